// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildEvidenceRows, type EvidenceRow } from "@/lib/comparison/evidence";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { summarizeSpellings } from "@/lib/comparison/spellings";

const row = (entry: string, form: string, extra: Partial<EvidenceRow> = {}): EvidenceRow => ({
  id: `a:${form}`,
  outlet: "youm7",
  article: "a",
  date: "2018",
  language: "ar",
  form,
  entry,
  gloss: `gloss of ${entry}`,
  category: "state-legitimacy",
  actor: null,
  referent: null,
  noteEn: "",
  noteAr: "",
  stance: null,
  event: null,
  voice: "outlet",
  quoted: false,
  chrome: false,
  start: 0,
  end: form.length,
  before: "",
  after: "",
  translation: null,
  translationBy: null,
  ...extra,
});

describe("summarizeSpellings", () => {
  it("should return nothing for no rows", () => {
    expect(summarizeSpellings([], [])).toEqual([]);
  });

  it("should count each spelling, fold line breaks, and tell how it matched", () => {
    const lexicon = [{ id: "army", forms: ["الجيش الليبي"] }];
    const rows = [
      row("army", "الجيش الليبى"),
      row("army", "الجيش\nالليبى"),
      row("army", "الجيش الليبي"),
      row("army", "للجيش الليبي", { chrome: true }),
    ];
    expect(summarizeSpellings(rows, lexicon)).toEqual([
      {
        entry: "army",
        form: "الجيش الليبي",
        gloss: "gloss of army",
        category: "state-legitimacy",
        total: 4,
        spellings: [
          { spelling: "الجيش الليبى", count: 2, normalized: "الجيش الليبي", match: "normalized" },
          { spelling: "الجيش الليبي", count: 1, normalized: "الجيش الليبي", match: "listed" },
          { spelling: "للجيش الليبي", count: 1, normalized: "للجيش الليبي", match: "clitic" },
        ],
      },
    ]);
  });

  it("should list entries with more spellings first, then the most mentioned", () => {
    const rows = [row("a", "داعش"), row("a", "داعش"), row("a", "داعش"), row("b", "تطهير"), row("b", "التطهير"), row("c", "اقتحام")];
    expect(summarizeSpellings(rows, []).map((e) => e.entry)).toEqual(["b", "a", "c"]);
  });

  it("should show, on Derna, the Libyan army written with ي and with ى and with a clitic", () => {
    const analysis = getBundledCaseAnalysis("derna")!;
    const army = summarizeSpellings(buildEvidenceRows(analysis), analysis.caseStudy.lexicon).find((e) => e.entry === "lna-libyan-army");
    const spellings = army?.spellings.map((s) => s.spelling);
    expect(spellings).toEqual(expect.arrayContaining(["الجيش الليبي", "الجيش الليبى", "بالجيش الليبى"]));
    expect(army?.spellings.find((s) => s.spelling === "الجيش الليبى")?.match).toBe("normalized");
    expect(army?.spellings.find((s) => s.spelling === "بالجيش الليبى")?.match).toBe("clitic");
    expect(army?.total).toBe(army?.spellings.reduce((n, s) => n + s.count, 0));
  });
});
