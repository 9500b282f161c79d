// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { separateChrome } from "@/lib/engine/chrome";
import { countTerms, rankDistinctiveTerms, type DistinctiveTerm } from "@/lib/engine/distinctive-terms";
import { STOPWORDS } from "@/lib/engine/stopwords";

const NONE = new Set<string>();
const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const termOf = (list: DistinctiveTerm[] | undefined, term: string) => list?.find((t) => t.term === term);

describe("countTerms", () => {
  it("should return no term for no text, or only stopwords and numbers", () => {
    expect(countTerms([], { stopwords: STOPWORDS, bigrams: true }).size).toBe(0);
    expect(countTerms(["في عام 2015 ومن ثم", ""], { stopwords: STOPWORDS, bigrams: true }).size).toBe(0);
  });

  it("counts the normalized words of every text, so الليبى and الليبي are one term", () => {
    const terms = countTerms(["الجيشُ الليبى", "الجيش الليبي"], { stopwords: NONE, bigrams: false });
    expect(terms).toEqual(counts({ الجيش: 2, الليبي: 2 }));
  });

  it("removes Arabic and English stopwords, with their clitics, and pure numbers", () => {
    const terms = countTerms(["وفي درنة قتل 12 مدنيا على يد التنظيم", "The army and the city"], { stopwords: STOPWORDS, bigrams: false });
    expect([...terms.keys()]).toEqual(["درنه", "قتل", "مدنيا", "يد", "التنظيم", "army", "city"]);
  });

  it("counts a two-word phrase only for two kept words that only a space or a hyphen separates", () => {
    const terms = countTerms(["قوات الجيش الليبي، قوات من الجيش\nالليبي", "pro-government"], { stopwords: STOPWORDS, bigrams: true });
    const phrases = [...terms].filter(([term]) => term.includes(" "));
    // Not "الليبي قوات" (a comma), "قوات الجيش" a second time (من between), "الجيش الليبي" again (a line break).
    expect(phrases).toEqual([
      ["قوات الجيش", 1],
      ["الجيش الليبي", 1],
      ["pro government", 1],
    ]);
  });

  it("forms no phrase across a skipped number or stopword", () => {
    const terms = countTerms(["قتل 12 مدنيا", "قصف على درنة"], { stopwords: STOPWORDS, bigrams: true });
    expect([...terms.keys()].some((term) => term.includes(" "))).toBe(false);
  });

  it("counts no phrase when bigrams are off", () => {
    expect(countTerms(["قوات الجيش"], { stopwords: NONE, bigrams: false })).toEqual(counts({ قوات: 1, الجيش: 1 }));
  });
});

/*
 * The tiny corpus the statistic is checked on, by hand:
 *
 *   group A: war 3, peace 1           n_A = 4
 *   group B: war 1, peace 2, truce 1  n_B = 4
 *   group C: peace 2                  n_C = 2
 *   pooled:  war 4, peace 5, truce 1  n   = 10
 *
 * Each group is compared with the two others pooled (j), so for A: n_j = n_B + n_C = 6.
 * With α0 = 5, α_w = α0 · y_w / n = y_w / 2: α_war = 2, α_peace = 2.5, α_truce = 0.5.
 */
const A = counts({ war: 3, peace: 1 });
const B = counts({ war: 1, peace: 2, truce: 1 });
const C = counts({ peace: 2 });
const TINY = { A, B, C };
const ALL = { alpha0: 5, minCount: 1 };

describe("rankDistinctiveTerms", () => {
  it("should return an empty list for every group of an empty corpus, or of a corpus of one group", () => {
    expect(rankDistinctiveTerms({})).toEqual({});
    expect(rankDistinctiveTerms({ A: new Map() })).toEqual({ A: [] });
    expect(rankDistinctiveTerms({ A }, ALL)).toEqual({ A: [] });
  });

  it("should refuse a prior of no weight", () => {
    expect(() => rankDistinctiveTerms(TINY, { alpha0: 0 })).toThrow(RangeError);
  });

  it("matches δ̂, σ² and z computed by hand for a term a group over-uses", () => {
    // A, war: y_i = 3, y_j = 1, α = 2
    //   log((3 + 2) / (4 + 5 − 3 − 2)) = log(5/4)
    //   log((1 + 2) / (6 + 5 − 1 − 2)) = log(3/8)
    //   δ̂ = log(5/4) − log(3/8) = log(10/3) = 1.2039728043259361
    //   σ² = 1/(3 + 2) + 1/(1 + 2) = 1/5 + 1/3 = 8/15 = 0.5333333333333333
    //   z = 1.2039728043259361 / √(8/15) = 1.6486076588801715
    const war = termOf(rankDistinctiveTerms(TINY, ALL).A, "war");
    expect(war).toMatchObject({ term: "war", count: 3, otherCount: 1 });
    expect(war?.logOdds).toBeCloseTo(1.2039728043259361, 9);
    expect(war?.variance).toBeCloseTo(0.5333333333333333, 9);
    expect(war?.z).toBeCloseTo(1.6486076588801715, 9);
  });

  it("matches the hand-computed values for a term a group under-uses: z is negative", () => {
    // A, peace: y_i = 1, y_j = 4, α = 2.5
    //   log((1 + 2.5) / (4 + 5 − 1 − 2.5)) = log(3.5/5.5) = log(7/11)
    //   log((4 + 2.5) / (6 + 5 − 4 − 2.5)) = log(6.5/4.5) = log(13/9)
    //   δ̂ = log(7/11) − log(13/9) = log(63/143) = −0.8197099038683746
    //   σ² = 1/3.5 + 1/6.5 = 40/91 = 0.43956043956043955
    //   z = −1.2363769015908022
    const peace = termOf(rankDistinctiveTerms(TINY, ALL).A, "peace");
    expect(peace?.logOdds).toBeCloseTo(-0.8197099038683746, 9);
    expect(peace?.variance).toBeCloseTo(0.43956043956043955, 9);
    expect(peace?.z).toBeCloseTo(-1.2363769015908022, 9);
  });

  it("matches the hand-computed values for a term only one group uses", () => {
    // B, truce: y_i = 1, y_j = 0, α = 0.5, n_i = 4, n_j = n_A + n_C = 6
    //   log((1 + 0.5) / (4 + 5 − 1 − 0.5)) = log(1.5/7.5) = log(1/5)
    //   log((0 + 0.5) / (6 + 5 − 0 − 0.5)) = log(0.5/10.5) = log(1/21)
    //   δ̂ = log(21/5) = 1.4350845252893227
    //   σ² = 1/1.5 + 1/0.5 = 8/3 = 2.6666666666666665
    //   z = 0.8788062061807655: the prior keeps one use from looking like a landslide
    const truce = termOf(rankDistinctiveTerms(TINY, ALL).B, "truce");
    expect(truce).toMatchObject({ count: 1, otherCount: 0 });
    expect(truce?.logOdds).toBeCloseTo(1.4350845252893227, 9);
    expect(truce?.variance).toBeCloseTo(2.6666666666666665, 9);
    expect(truce?.z).toBeCloseTo(0.8788062061807655, 9);
  });

  it("gives z = 0 to a term a group uses at the others' rate", () => {
    // B, peace: 2 of 4 words, the others 3 of 6. α = 2.5:
    //   log((2 + 2.5) / (4 + 5 − 2 − 2.5)) = log(4.5/4.5) = 0
    //   log((3 + 2.5) / (6 + 5 − 3 − 2.5)) = log(5.5/5.5) = 0
    const peace = termOf(rankDistinctiveTerms(TINY, ALL).B, "peace");
    expect(peace?.logOdds).toBeCloseTo(0, 12);
    expect(peace?.z).toBeCloseTo(0, 12);
  });

  it("weighs the prior as the pooled total by default: α0 = n, so α_w = y_w", () => {
    // A, war, α0 = n = 10, α = 4:
    //   log((3 + 4) / (4 + 10 − 3 − 4)) = log(7/7) = 0
    //   log((1 + 4) / (6 + 10 − 1 − 4)) = log(5/11)
    //   δ̂ = log(11/5) = 0.7884573603642702
    //   σ² = 1/7 + 1/5 = 12/35 = 0.34285714285714286
    //   z = 1.3465472921185235
    const war = termOf(rankDistinctiveTerms(TINY).A, "war");
    expect(war?.logOdds).toBeCloseTo(0.7884573603642702, 9);
    expect(war?.variance).toBeCloseTo(0.34285714285714286, 9);
    expect(war?.z).toBeCloseTo(1.3465472921185235, 9);
  });

  it("lists only the terms the group uses minCount times, 2 by default", () => {
    expect(rankDistinctiveTerms(TINY).A?.map((t) => t.term)).toEqual(["war"]);
    expect(rankDistinctiveTerms(TINY).B?.map((t) => t.term)).toEqual(["peace"]);
  });

  it("ranks the highest z first and keeps at most limit terms", () => {
    // B: peace z = 0 (above), truce z = 0.879 (above), war z = −0.699 (log(3/6) − log(5/6)).
    expect(rankDistinctiveTerms(TINY, ALL).B?.map((t) => [t.term, Number(t.z.toFixed(3))])).toEqual([
      ["truce", 0.879],
      ["peace", 0],
      ["war", -0.699],
    ]);
    expect(rankDistinctiveTerms(TINY, { ...ALL, limit: 1 }).B?.map((t) => t.term)).toEqual(["truce"]);
  });

  it("gives a group with no tokens an empty list and changes no other group's values", () => {
    const ranked = rankDistinctiveTerms({ ...TINY, D: new Map() }, ALL);
    expect(ranked.D).toEqual([]);
    expect(ranked.A).toEqual(rankDistinctiveTerms(TINY, ALL).A);
  });

  it("gives every term z = 0 when all groups use the same words at the same rates", () => {
    const same = counts({ war: 2, peace: 1 });
    const ranked = rankDistinctiveTerms({ A: same, B: same, C: same }, { minCount: 1 });
    const all = Object.values(ranked).flat();
    expect(all).toHaveLength(6);
    for (const t of all) {
      expect(t.logOdds).toBeCloseTo(0, 12);
      expect(t.z).toBeCloseTo(0, 12);
    }
  });
});

describe("distinctive terms of the Derna coverage", () => {
  const caseStudy = getBundledCaseStudy();
  const groups: Record<string, Map<string, number>> = {};
  for (const outlet of caseStudy.outlets) {
    const bodies = caseStudy.articles
      .filter((a) => a.outlet.id === outlet.id)
      .flatMap((a) =>
        separateChrome(a.text, a.chromeLines)
          .filter((s) => s.kind === "body")
          .map((s) => a.text.slice(s.start, s.end)),
      );
    groups[outlet.id] = countTerms(bodies, { stopwords: STOPWORDS, bigrams: true });
  }
  const ranked = rankDistinctiveTerms(groups);
  const top = (outlet: string, n: number) => (ranked[outlet] ?? []).slice(0, n).map((t) => t.term);

  it("finds Youm7 over-using 'the army' and 'Libyan', and the phrase قوات الجيش no other outlet writes", () => {
    expect(top("youm7", 3)).toEqual(["الجيش", "الليبي", "قوات الجيش"]);
    expect(termOf(ranked.youm7, "قوات الجيش")).toMatchObject({ count: 12, otherCount: 0 });
  });

  it("finds Libya24 over-using 'the armed forces'", () => {
    expect(top("libya24", 3)).toContain("القوات المسلحه");
  });

  it("finds Al Jazeera over-using 'the Islamic State' and, lower, 'the retired general'", () => {
    expect(top("aljazeera", 1)).toEqual(["تنظيم الدوله"]);
    expect(top("aljazeera", 15)).toContain("اللواء المتقاعد");
  });

  it("finds Qposts over-using 'the hardliners'", () => {
    expect(top("qposts", 1)).toEqual(["المتشددين"]);
  });
});
