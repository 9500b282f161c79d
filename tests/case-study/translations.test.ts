// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { exportCaseStudy, importCaseStudy } from "@/lib/case-study/exchange";
import { malformedMark, plainTranslation, splitTranslation } from "@/lib/case-study/translation-marks";
import { CaseStudyInvalidError, validateCaseStudyContent } from "@/lib/case-study/validate";
import { bodyParagraphs } from "@/lib/case-study/validate-translations";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";

// A small case of one article: a headline, a byline, two body paragraphs and one "read also" line.
const TEXT = "الجيش يعلن تطهير المدينة\n\nمراسلنا\n\nقال الجيش إن العملية انتهت.\n\nاقرأ أيضًا: خبر آخر\n\nوعاد الأهالي إلى بيوتهم.\n";

function parts(translations: unknown) {
  return {
    outlets: [{ id: "paper", name: { en: "Paper", ar: "صحيفة" }, country: "Libya", language: "ar", description: "A paper." }],
    actors: [{ id: "army", name: { en: "The army", ar: "الجيش" }, description: "An army." }],
    events: [{ id: "battle", name: { en: "Battle", ar: "معركة" }, period: "2018", description: "A battle." }],
    articles: [
      {
        id: "paper-2018",
        outlet: "paper",
        headline: "الجيش يعلن تطهير المدينة",
        subheadline: null,
        date: "2018",
        datePrecision: "year",
        dateApproximate: false,
        dateEvidence: "Printed.",
        byline: null,
        rawFile: "a.txt",
        language: "ar",
        events: ["battle"],
        chromeLines: [],
      },
    ],
    lexicon: [
      { id: "the-army", forms: ["الجيش"], gloss: "the army", category: "state-legitimacy", actor: "army", stance: "legitimizing", event: null, note: "A state's army.", seeds: [] },
      { id: "cleansing", forms: ["تطهير"], gloss: "cleansing", category: "liberation", actor: null, stance: null, event: null, note: "Purifies.", seeds: [] },
    ],
    translations,
    textOf: () => TEXT,
  };
}

const LABELS = { outlets: "outlets", actors: "actors", events: "events", articles: "articles", lexicon: "lexicon", translations: "translations", rawFile: (f: string) => f };

const GOOD = {
  article: "paper-2018",
  headline: "[[The army|the-army]] announces the [[cleansing|cleansing]] of the city",
  subheadline: null,
  paragraphs: [
    "[[The army|the-army]] announces the [[cleansing|cleansing]] of the city",
    "Our correspondent",
    "[[The army|the-army]] said the operation was over.",
    "And the residents returned to their homes.",
  ],
};

function problemsOf(translations: unknown, locale: "en" | "ar" = "en"): string[] {
  try {
    validateCaseStudyContent(parts(translations), LABELS);
  } catch (error) {
    if (error instanceof CaseStudyInvalidError) return error.problemsIn(locale).map((p) => `${p.entry ?? ""} ${p.field ?? ""}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("translation marks", () => {
  it("should cut a paragraph into plain text and terms marked with their lexicon entry", () => {
    expect(splitTranslation("the [[cleansing|purification]] of Derna")).toEqual([
      { kind: "text", text: "the " },
      { kind: "term", text: "cleansing", entry: "purification" },
      { kind: "text", text: " of Derna" },
    ]);
  });

  it("should read a paragraph without marks, marks reduced to the terms they show", () => {
    expect(plainTranslation("[[The army|the-army]] said so")).toBe("The army said so");
  });

  it("should find a mark with no entry, or a bracket left open, and pass plain single brackets", () => {
    expect(malformedMark("the [[cleansing]] of Derna")).toBe("[[cleansing]]");
    expect(malformedMark("the [[cleansing|Purification]] of Derna")).toBe("[[cleansing|Purification]]");
    expect(malformedMark("the [[cleansing of Derna")).toBe("[[cleansing of Derna");
    expect(malformedMark("a figure [sic] and (an aside)")).toBeNull();
  });
});

describe("validating translations", () => {
  it("should take a case with no translations, and one whose translation matches its article", () => {
    expect(problemsOf(undefined)).toEqual([]);
    expect(problemsOf([GOOD])).toEqual([]);
  });

  it("should count as body paragraphs every non-blank body line, headline and byline included, and no chrome", () => {
    expect(bodyParagraphs({ text: TEXT, chromeLines: [] })).toEqual(["الجيش يعلن تطهير المدينة", "مراسلنا", "قال الجيش إن العملية انتهت.", "وعاد الأهالي إلى بيوتهم."]);
  });

  it("should refuse a translation whose paragraph count differs, naming the article and both counts in both languages", () => {
    const short = { ...GOOD, paragraphs: GOOD.paragraphs.slice(0, 3) };
    expect(problemsOf([short])).toEqual([
      'entry #0 "paper-2018" paragraphs: article "paper-2018" has 4 body paragraphs but its translation has 3: give one paragraph for each',
    ]);
    const [arabic] = problemsOf([short], "ar");
    expect(arabic).toContain("4");
    expect(arabic).toContain("3");
    expect(arabic).toMatch(/فقرات المتن/u);
  });

  it("should refuse a marked term naming no lexicon entry, and a mark it cannot read", () => {
    const paragraphs = [...GOOD.paragraphs];
    paragraphs[2] = "[[The army|the-armee]] said the [[operation]] was over.";
    const problems = problemsOf([{ ...GOOD, paragraphs }]);
    expect(problems).toContain('entry #0 "paper-2018" paragraphs[2]: the term "The army" is marked with unknown lexicon entry "the-armee"');
    expect(problems).toContain('entry #0 "paper-2018" paragraphs[2]: cannot read the mark "[[operation]]": write a marked term as [[rendering|entry-id]]');
  });

  it("should refuse a translation of an unknown article, a second translation of one article, and a headline the original lacks", () => {
    expect(problemsOf([{ ...GOOD, article: "paper-2019" }])).toEqual(['entry #0 "paper-2019" article: unknown article "paper-2019": no entry of articles.json has this id']);
    expect(problemsOf([GOOD, GOOD])).toEqual(['entry #1 "paper-2018" article: duplicate translation: entry #0 translates the same article']);
    expect(problemsOf([{ ...GOOD, subheadline: "An invented sub-headline" }])).toEqual([
      'entry #0 "paper-2018" subheadline: article "paper-2018" has none in the original, so its translation must give null',
    ]);
    expect(problemsOf([{ ...GOOD, headline: null }])).toEqual(['entry #0 "paper-2018" headline: article "paper-2018" has one in the original: translate it too']);
  });

  it("should take an editor's translation that lacks a headline or a paragraph, which the reader shows as out of step", () => {
    const mine = { ...GOOD, headline: null, paragraphs: GOOD.paragraphs.slice(0, 3), by: "editor" };
    expect(problemsOf([mine])).toEqual([]);
    expect(problemsOf([{ ...mine, subheadline: "An invented sub-headline" }])).toHaveLength(1);
  });

  it("should refuse a translation larger than an article may be, naming the size and the limit", () => {
    const huge = { ...GOOD, paragraphs: [...GOOD.paragraphs.slice(0, 3), "x".repeat(1024 * 1024)], by: "editor" };
    const [problem] = problemsOf([huge]);
    expect(problem).toContain("the limit per translation is 1048576 bytes");
  });

  it("should refuse an empty paragraph, since a missing translation is shown as missing and never left blank", () => {
    const paragraphs = [...GOOD.paragraphs];
    paragraphs[3] = "  ";
    expect(problemsOf([{ ...GOOD, paragraphs }])).toEqual(['entry #0 "paper-2018" paragraphs[3]: must not be empty']);
  });
});

describe("the bundled translations", () => {
  const caseStudy = getBundledCaseStudy();

  it("should translate each of the five articles", () => {
    expect(caseStudy.translations?.map((t) => t.article).sort()).toEqual(caseStudy.articles.map((a) => a.id).sort());
  });

  it("should mark in each paragraph only terms the engine tags in the Arabic paragraph beside it", () => {
    const analysis = analyzeCaseStudy(caseStudy);
    for (const translation of caseStudy.translations ?? []) {
      const analyzed = analysis.articles.find((a) => a.article.id === translation.article)!;
      const paragraphs = bodyParagraphs(analyzed.article);
      translation.paragraphs.forEach((paragraph, i) => {
        const arabic = paragraphs[i]!;
        const tagged = new Set(analyzed.mentions.filter((m) => !m.chrome && arabic.includes(m.text)).map((m) => m.entry));
        const marked = splitTranslation(paragraph).flatMap((piece) => (piece.kind === "term" ? [piece.entry] : []));
        expect({ article: translation.article, paragraph: i, unmatched: marked.filter((entry) => !tagged.has(entry)) }).toEqual({ article: translation.article, paragraph: i, unmatched: [] });
      });
    }
  });

  it("should render تطهير literally, as cleansing", () => {
    const qposts = caseStudy.translations!.find((t) => t.article === "qposts-2018-05")!;
    expect(qposts.headline).toContain("[[cleansing|purification]]");
  });

  it("should carry the translations through export and import", () => {
    const exported = JSON.parse(JSON.stringify(exportCaseStudy(caseStudy)));
    expect(importCaseStudy(exported, "import.json").content.translations).toEqual(caseStudy.translations);
  });

  it("should carry an editor's translation through export and import, still credited to the editor and still out of step", () => {
    const article = caseStudy.articles[0]!;
    const mine = { article: article.id, headline: null, subheadline: null, paragraphs: ["Only the first paragraph, in my words."], by: "editor" as const };
    const edited = { ...caseStudy, translations: [mine, ...caseStudy.translations!.filter((t) => t.article !== article.id)] };
    const exported = JSON.parse(JSON.stringify(exportCaseStudy(edited)));
    expect(importCaseStudy(exported, "import.json").content.translations![0]).toEqual(mine);
  });
});
