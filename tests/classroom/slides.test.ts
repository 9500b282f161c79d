// @vitest-environment node
import { describe, expect, it } from "vitest";
import { paragraphTranslationAt } from "@/lib/case-study/paragraph-translation";
import { MAX_PAIRS_PER_ROW, SLIDE_LABEL_LIMIT, MAX_EXCERPT_CHARS, buildSlides, getSlides, excerptAround, slideTitle, splitExcerpt, type PairSlide, type RowSlide, type Slide } from "@/lib/classroom/slides";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { buildActorMatrix, buildEventMatrix } from "@/lib/comparison/label-matrix";
import { TINY_CASE } from "./tiny-case";

const tiny = analyzeCaseStudy(TINY_CASE);
const derna = getBundledCaseAnalysis("derna")!;
const dernaSlides = buildSlides(derna);
const pair = (slides: Slide[], id: string) => slides.find((s): s is PairSlide => s.id === id)!;
const row = (slides: Slide[], id: string) => slides.find((s): s is RowSlide => s.id === id)!;

describe("buildSlides on a tiny case worked out by hand", () => {
  const slides = buildSlides(tiny);

  it("gives the title, each named actor and event followed by its pair, nothing for the unnamed, and closes on the summary", () => {
    expect(slides.map((s) => s.id)).toEqual(["title", "actor-army", "pair-actor-army", "actor-rebels", "pair-actor-rebels", "event-battle", "pair-event-battle", "summary"]);
  });

  it("lists each outlet's labels for an actor with their counts, stance and gloss", () => {
    const army = row(slides, "actor-army");
    expect(army.columns.map((c) => c.outlet)).toEqual(["east", "west"]);
    expect(army.columns[0]!.labels).toEqual([
      expect.objectContaining({ entry: "army-national", form: "الجيش الوطني", gloss: "the national army", stance: "legitimizing", count: 2 }),
    ]);
    expect(army.columns[1]!.labels).toEqual([expect.objectContaining({ entry: "army-haftar", stance: "delegitimizing", count: 1 })]);
    expect(army.columns[0]!.omitted).toEqual({ labels: 0, uses: 0 });
  });

  it("pairs opposite stances, a neutral one, and different categories for an event", () => {
    expect(pair(slides, "pair-actor-army").contrast).toBe("opposite-stance");
    expect(pair(slides, "pair-actor-rebels").contrast).toBe("different-stance");
    const battle = pair(slides, "pair-event-battle");
    expect(battle.contrast).toBe("different-category");
    expect(battle.sides.map((s) => [s.outlet, s.label.entry])).toEqual([
      ["east", "liberation"],
      ["west", "storming"],
    ]);
  });

  it("quotes each side's whole sentence, the label marked as the focus and the other terms marked too", () => {
    const [east, west] = pair(slides, "pair-actor-army").sides;
    expect(east.excerpt.text).toBe("أعلن الجيش الوطني تحرير المدينة من الإرهابيين بعد أسابيع من القتال في الأحياء القديمة.");
    expect(west.excerpt.text).toBe("بدأت قوات حفتر اقتحام المدينة وقتال المسلحين في الأحياء القديمة منذ أسابيع.");
    expect(east.excerpt.marks.map((m) => [m.entry, m.focal])).toEqual([
      ["army-national", true],
      ["liberation", false],
      ["rebels-terrorists", false],
    ]);
    const focal = east.excerpt.marks.find((m) => m.focal)!;
    expect(east.excerpt.text.slice(focal.start, focal.end)).toBe("الجيش الوطني");
    expect(east.excerpt.mentionStart).toBe(TINY_CASE.articles[0]!.text.indexOf("الجيش الوطني"));
  });
});

describe("buildSlides on the tiny case with a third outlet", () => {
  // South names the army only, as "Haftar's forces" (−), once: east and south then differ the
  // way east and west do (national army + ×2 against Haftar's forces − ×1, the same rank), and
  // west and south agree (no pair). Rebels and the battle stay east against west alone.
  const south = { id: "south", name: { en: "South Post", ar: "بريد الجنوب" }, country: "Egypt", language: "ar" as const, description: "A third made-up outlet." };
  const three = analyzeCaseStudy({
    ...TINY_CASE,
    outlets: [...TINY_CASE.outlets, south],
    articles: [...TINY_CASE.articles, { ...TINY_CASE.articles[1]!, id: "south-1", rawFile: "south-1.txt", outlet: south, date: "2018-06", text: "تقدمت قوات حفتر نحو المدينة." }],
  });
  const slides = buildSlides(three);

  it("follows the army's pair with an alternate from the other two outlets that differ, and none where they agree", () => {
    expect(slides.map((s) => s.id)).toEqual(["title", "actor-army", "pair-actor-army", "pair-actor-army.2", "actor-rebels", "pair-actor-rebels", "event-battle", "pair-event-battle", "summary"]);
    const [first, second] = [pair(slides, "pair-actor-army"), pair(slides, "pair-actor-army.2")];
    // Equal ranks keep the outlets' order: east with west first, then east with south.
    expect(first.sides.map((s) => s.outlet)).toEqual(["east", "west"]);
    expect(second.sides.map((s) => [s.outlet, s.label.entry])).toEqual([
      ["east", "army-national"],
      ["south", "army-haftar"],
    ]);
    expect(second.sides[1].excerpt.text).toBe("تقدمت قوات حفتر نحو المدينة.");
  });

  it("marks only the further pairs as alternates", () => {
    expect(pair(slides, "pair-actor-army").alternate).toBeUndefined();
    expect(pair(slides, "pair-actor-army.2").alternate).toBe(true);
    expect(slides.filter((s) => s.kind === "pair" && s.alternate).map((s) => s.id)).toEqual(["pair-actor-army.2"]);
  });
});

describe("buildSlides on Derna", () => {
  it("starts with the title, then actors in the case's order, then events", () => {
    const ids = dernaSlides.map((s) => s.id);
    expect(ids[0]).toBe("title");
    const rows = dernaSlides.filter((s): s is RowSlide => s.kind === "actor" || s.kind === "event");
    expect(rows.map((s) => s.id)).toEqual([
      ...derna.caseStudy.actors.map((a) => `actor-${a.id}`),
      ...derna.caseStudy.events.map((e) => `event-${e.id}`),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every actor and event some outlet names a slide, each pair right after its row", () => {
    for (const [kind, matrix] of [["actor", buildActorMatrix(derna)], ["event", buildEventMatrix(derna)]] as const) {
      for (const r of matrix) {
        const named = Object.values(r.cells).some((uses) => uses.length > 0);
        expect(dernaSlides.some((s) => s.id === `${kind}-${r.id}`), `${kind}-${r.id}`).toBe(named);
      }
    }
    dernaSlides.forEach((slide, i) => {
      if (slide.kind !== "pair") return;
      const before = dernaSlides[i - 1]!;
      const rowId = `${slide.row.kind}-${slide.row.id}`;
      // The row's pair right after the row, its alternates right after the pair.
      if (slide.alternate) expect(before.kind === "pair" && `${before.row.kind}-${before.row.id}`).toBe(rowId);
      else expect(before.id).toBe(rowId);
    });
  });

  it("offers at most three pairs per actor or event, each from another two outlets", () => {
    const pairs = dernaSlides.filter((s): s is PairSlide => s.kind === "pair");
    const byRow = new Map<string, PairSlide[]>();
    for (const p of pairs) byRow.set(`${p.row.kind}-${p.row.id}`, [...(byRow.get(`${p.row.kind}-${p.row.id}`) ?? []), p]);
    expect([...byRow.values()].some((group) => group.length > 1)).toBe(true);
    for (const group of byRow.values()) {
      expect(group.length).toBeLessThanOrEqual(MAX_PAIRS_PER_ROW);
      expect(group.filter((p) => !p.alternate)).toHaveLength(1);
      const outletPairs = group.map((p) => p.sides.map((side) => side.outlet).join("+"));
      expect(new Set(outletPairs).size).toBe(group.length);
    }
  });

  it("contrasts the LNA's names: a legitimizing label against Al Jazeera's “Haftar's forces”", () => {
    const lna = pair(dernaSlides, "pair-actor-lna");
    expect(lna.contrast).toBe("opposite-stance");
    expect(lna.sides.map((s) => s.label.stance).sort()).toEqual(["delegitimizing", "legitimizing"]);
    const aljazeera = lna.sides.find((s) => s.outlet === "aljazeera")!;
    expect(aljazeera.label.form).toBe("قوات حفتر");
  });

  it("frames the 2018 assault in two different categories", () => {
    const assault = pair(dernaSlides, "pair-event-assault-2018");
    expect(assault.contrast).toBe("different-category");
    expect(assault.sides[0].label.category).not.toBe(assault.sides[1].label.category);
  });

  it("quotes real text: every excerpt is a slice of its article and its marks are the engine's mentions", () => {
    for (const slide of dernaSlides.filter((s): s is PairSlide => s.kind === "pair")) {
      for (const side of slide.sides) {
        const { article, mentions } = derna.articles.find((a) => a.article.id === side.excerpt.article)!;
        expect(article.outlet.id).toBe(side.outlet);
        const { excerpt } = side;
        expect(article.text.slice(excerpt.offset, excerpt.offset + excerpt.text.length)).toBe(excerpt.text);
        expect(excerpt.text.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
        const focal = excerpt.marks.filter((m) => m.focal);
        expect(focal).toHaveLength(1);
        expect(focal[0]!.entry).toBe(side.label.entry);
        for (const mark of excerpt.marks) {
          expect(mentions.some((m) => m.start === excerpt.offset + mark.start && m.end === excerpt.offset + mark.end && m.entry === mark.entry)).toBe(true);
        }
      }
    }
  });

  it("shows at most the three most used labels per outlet and says how many more there are", () => {
    const lna = row(dernaSlides, "actor-lna");
    const full = buildActorMatrix(derna).find((r) => r.id === "lna")!;
    for (const column of lna.columns) {
      const all = full.cells[column.outlet] ?? [];
      expect(column.labels).toEqual(all.slice(0, SLIDE_LABEL_LIMIT));
      expect(column.omitted.labels).toBe(Math.max(0, all.length - SLIDE_LABEL_LIMIT));
      expect(column.omitted.uses).toBe(all.slice(SLIDE_LABEL_LIMIT).reduce((n, u) => n + u.count, 0));
      expect(column.rest).toEqual(all.slice(SLIDE_LABEL_LIMIT));
    }
    expect(lna.columns.find((c) => c.outlet === "youm7")!.omitted.labels).toBe(5);
  });
});

describe("the translation under each excerpt", () => {
  it("is the marked paragraph the excerpt stands in, for every side of a Derna pair (every bundled article is translated)", () => {
    const pairs = dernaSlides.filter((s): s is PairSlide => s.kind === "pair");
    for (const side of pairs.flatMap((p) => p.sides)) {
      const article = derna.caseStudy.articles.find((a) => a.id === side.excerpt.article)!;
      const translation = derna.caseStudy.translations!.find((t) => t.article === article.id);
      expect(side.translation).toBe(paragraphTranslationAt(article, translation, "marked")(side.excerpt.mentionStart));
      expect(side.translation).not.toBeNull();
    }
  });

  it("is missing, not made up, for an article without a translation", () => {
    const sides = buildSlides(tiny).flatMap((s) => (s.kind === "pair" ? s.sides : []));
    expect(sides.length).toBeGreaterThan(0);
    expect(sides.every((side) => side.translation === null)).toBe(true);
  });
});

describe("excerptAround", () => {
  it("cuts a sentence too long for a slide to the words around the label, and says so", () => {
    const words = Array.from({ length: 60 }, (_, i) => `كلمة${i}`);
    words.splice(30, 0, "الجيش الوطني");
    const text = words.join(" ");
    const start = text.indexOf("الجيش الوطني");
    const excerpt = excerptAround({ article: { ...TINY_CASE.articles[0]!, text }, mentions: [] }, { start, end: start + "الجيش الوطني".length });
    expect(excerpt.cutBefore && excerpt.cutAfter).toBe(true);
    expect(excerpt.text).toContain("الجيش الوطني");
    expect(excerpt.text.startsWith("كلمة18 ")).toBe(true);
    expect(excerpt.text.endsWith(" كلمة41")).toBe(true);
  });
});

describe("splitExcerpt", () => {
  it("covers the text exactly, marks in order", () => {
    const pieces = splitExcerpt({ text: "أ ب ج", marks: [{ start: 2, end: 3, entry: "x", category: "terrorism", stance: null, focal: true }] });
    expect(pieces.map((p) => [p.kind, p.text])).toEqual([
      ["text", "أ "],
      ["mark", "ب"],
      ["text", " ج"],
    ]);
  });
});

describe("slideTitle", () => {
  it("names the title slide after the case and the others after their actor or event", () => {
    const slides = buildSlides(tiny);
    expect(slides.map((s) => slideTitle(s, "Tiny case", "en"))).toEqual(["Tiny case", "The army", "The army", "The rebels", "The rebels", "The battle", "The battle", "Summary: the key contrasts"]);
    expect(slideTitle(slides[1]!, "حالة صغيرة", "ar")).toBe("الجيش");
    expect(slideTitle(slides.at(-1)!, "حالة صغيرة", "ar")).toBe("خلاصة: أبرز الفروق");
  });
});

describe("getSlides", () => {
  it("builds an analysis's slides once and gives the same ones after", () => {
    const first = getSlides(tiny);
    expect(first).toEqual(buildSlides(tiny));
    expect(getSlides(tiny)).toBe(first);
    expect(getSlides(derna)).not.toBe(first);
  });
});
