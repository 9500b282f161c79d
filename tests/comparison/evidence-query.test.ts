// @vitest-environment node
import { describe, expect, it } from "vitest";
import { syntheticEvidenceRows } from "@/bench/synthetic-evidence";
import { buildEvidenceRows, type EvidenceRow } from "@/lib/comparison/evidence";
import {
  DEFAULT_SORT,
  EVIDENCE_COLUMNS,
  NO_FILTERS,
  type EvidenceFilters,
  filterEvidence,
  formatSort,
  indexEvidenceRows,
  paginate,
  parseSort,
  queryEvidence,
  searchWords,
  sortEvidence,
  spellingOf,
} from "@/lib/comparison/evidence-query";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { normalizeWords } from "@/lib/engine";

const analysis = getBundledCaseAnalysis("derna")!;
const rows = buildEvidenceRows(analysis);
const index = indexEvidenceRows(rows);
const query = (filters: Partial<EvidenceFilters>, sort = DEFAULT_SORT) => queryEvidence(index, { ...NO_FILTERS, ...filters }, sort);

describe("searchWords", () => {
  it("should find no word in a blank query", () => {
    expect(searchWords("")).toEqual([]);
    expect(searchWords("  ، ")).toEqual([]);
  });

  it("should normalize as the engine does: diacritics, alef forms, final ى, ة, Latin case", () => {
    expect(searchWords("إرهابيًا")).toEqual(["ارهابيا"]);
    expect(searchWords("درنة Terrorist")).toEqual(["درنه", "terrorist"]);
  });

  it("should let a word typed with the article also find it after li- (للجيش)", () => {
    expect(searchWords("الجيش")).toEqual(["لجيش"]);
    // Too short to be the article plus a word: left alone.
    expect(searchWords("الى")).toEqual(["الي"]);
  });
});

describe("filterEvidence on the Derna rows", () => {
  it("should let every row through without a filter, in natural order", () => {
    expect(query({}, { column: "date", desc: false }).length).toBe(rows.length);
  });

  it("should find الليبى when الليبي is typed, and the other way round", () => {
    const typedWithYa = query({ q: "الليبي" });
    expect(typedWithYa.some((r) => r.form.includes("الليبى"))).toBe(true);
    expect(typedWithYa.some((r) => r.form.includes("الليبي"))).toBe(true);
    expect(query({ q: "الليبى" }).map((r) => r.id)).toEqual(typedWithYa.map((r) => r.id));
  });

  it("should find إرهابيًا when إرهابيا is typed", () => {
    expect(query({ q: "إرهابيا" }).some((r) => r.form === "إرهابيًا")).toBe(true);
  });

  it("should find للجيش when الجيش is typed", () => {
    expect(rows.some((r) => r.form.includes("للجيش"))).toBe(true);
    expect(query({ q: "الجيش" }).filter((r) => r.form.includes("للجيش"))).toEqual(rows.filter((r) => r.form.includes("للجيش")));
  });

  it("should search the English gloss, case-insensitively", () => {
    const found = query({ q: "Libyan ARMY" });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => /libyan/i.test(r.gloss) && /army/i.test(r.gloss))).toBe(true);
    expect(found.map((r) => r.id)).toEqual(query({ q: "libyan army" }).map((r) => r.id));
  });

  it("should need every word typed", () => {
    const both = query({ q: "الجيش terrorist" });
    expect(both.length).toBeLessThan(query({ q: "الجيش" }).length);
    expect(both.length).toBeLessThan(query({ q: "terrorist" }).length);
  });

  it("should keep any ticked value within a facet and all facets at once", () => {
    const youm7 = query({ outlet: ["youm7"] });
    const qposts = query({ outlet: ["qposts"] });
    expect(query({ outlet: ["youm7", "qposts"] }).length).toBe(youm7.length + qposts.length);
    const youm7Terror = query({ outlet: ["youm7"], category: ["terrorism"] });
    expect(youm7Terror.length).toBeGreaterThan(0);
    expect(youm7Terror.every((r) => r.outlet === "youm7" && r.category === "terrorism")).toBe(true);
  });

  it("should select rows without an actor or stance with the value none: frame terms, and plain names, which take no stance", () => {
    const frameTerms = query({ actor: ["none"] });
    expect(frameTerms.length).toBeGreaterThan(0);
    expect(frameTerms.every((r) => r.actor === null)).toBe(true);
    const plainNames = query({ category: ["none"] });
    expect(plainNames.length).toBeGreaterThan(0);
    const noStance = new Set(query({ stance: ["none"] }).map((r) => r.id));
    expect([...frameTerms, ...plainNames].every((r) => noStance.has(r.id))).toBe(true);
    expect(noStance.size).toBe(new Set([...frameTerms, ...plainNames].map((r) => r.id)).size);
  });

  it("should lead a count of neutral labels to neutral framing labels only, never to plain names", () => {
    const neutral = query({ stance: ["neutral"] });
    expect(neutral.length).toBeGreaterThan(0);
    expect(neutral.every((r) => r.category !== null)).toBe(true);
  });

  it("should filter by entry, article and exact spelling", () => {
    const army = query({ entry: ["lna-libyan-army"] });
    expect(army.every((r) => r.entry === "lna-libyan-army")).toBe(true);
    const spelled = query({ entry: ["lna-libyan-army"], form: ["الجيش الليبى"] });
    expect(spelled.length).toBeGreaterThan(0);
    expect(spelled.length).toBeLessThan(army.length);
    expect(spelled.every((r) => spellingOf(r.form) === "الجيش الليبى")).toBe(true);
    expect(query({ article: ["aljazeera-2016-04"] }).every((r) => r.article === "aljazeera-2016-04")).toBe(true);
  });

  it("should keep one language's mentions when the language filter is set", () => {
    const english = buildEvidenceRows({ ...analysis, articles: analysis.articles.map((a) => (a.article.outlet.id === "youm7" ? { ...a, article: { ...a.article, language: "en" as const } } : a)) });
    const mixedIndex = indexEvidenceRows(english);
    const kept = queryEvidence(mixedIndex, { ...NO_FILTERS, language: ["en"] });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((r) => r.outlet === "youm7" && r.language === "en")).toBe(true);
    expect(kept).toHaveLength(english.filter((r) => r.outlet === "youm7").length);
    expect(query({ language: ["en"] })).toEqual([]);
    expect(query({ language: ["ar", "en"] })).toHaveLength(rows.length);
  });

  it("should hide page chrome on request", () => {
    expect(rows.some((r) => r.chrome)).toBe(true);
    const body = query({ hideChrome: true });
    expect(body.length).toBe(rows.filter((r) => !r.chrome).length);
  });

  it("should find nothing for an unknown value", () => {
    expect(query({ outlet: ["nobody"] })).toEqual([]);
  });
});

describe("sortEvidence", () => {
  const ids = (list: readonly EvidenceRow[]) => list.map((r) => r.id);

  it("should sort by date, oldest first, each article's mentions in text order", () => {
    const sorted = query({});
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(a.date <= b.date).toBe(true);
      if (a.article === b.article) expect(a.start).toBeLessThan(b.start);
    }
    expect(sorted[0]?.article).toBe("aljazeera-2016-04");
  });

  it("should reverse the order but keep text order within an article when descending", () => {
    const sorted = query({}, { column: "date", desc: true });
    expect(sorted[0]?.date).toBe([...rows].sort((a, b) => b.date.localeCompare(a.date))[0]?.date);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i - 1]!.article === sorted[i]!.article) expect(sorted[i - 1]!.start).toBeLessThan(sorted[i]!.start);
    }
  });

  it("should put rows without an actor last in both directions", () => {
    for (const desc of [false, true]) {
      const sorted = query({}, { column: "actor", desc });
      const firstMissing = sorted.findIndex((r) => r.actor === null);
      expect(firstMissing).toBeGreaterThan(0);
      expect(sorted.slice(firstMissing).every((r) => r.actor === null)).toBe(true);
    }
  });

  it("should order stances along their scale: legitimizing, neutral, delegitimizing", () => {
    const stances = [...new Set(query({ stance: ["legitimizing", "neutral", "delegitimizing"] }, { column: "stance", desc: false }).map((r) => r.stance))];
    expect(stances).toEqual(["legitimizing", "neutral", "delegitimizing"]);
  });

  it("should sort the outlet column by the names shown", () => {
    const labelled = indexEvidenceRows(rows, { outlet: { qposts: "A", libya24: "B", youm7: "C", aljazeera: "D" } });
    const outlets = [...new Set(queryEvidence(labelled, NO_FILTERS, { column: "outlet", desc: false }).map((r) => r.outlet))];
    expect(outlets).toEqual(["qposts", "libya24", "youm7", "aljazeera"]);
  });

  it("should sort Arabic forms alphabetically whatever their hamza or final yaa", () => {
    const forms = query({}, { column: "form", desc: false }).map((r) => normalizeWords(r.form));
    expect(forms).toEqual([...forms].sort());
  });

  it("should put quoted and distanced mentions first when the voice column is sorted descending", () => {
    const sorted = query({}, { column: "voice", desc: true });
    expect(sorted[0]?.quoted).toBe(true);
    expect(sorted.at(-1)?.quoted).toBe(false);
    expect(sorted.at(-1)?.voice).toBe("outlet");
  });

  it("should read an older permalink's quoted sort as the voice column's", () => {
    expect(parseSort("quoted.desc")).toEqual({ column: "voice", desc: true });
  });

  it("should sort every column without losing or repeating a row", () => {
    for (const column of EVIDENCE_COLUMNS) {
      const sorted = query({}, { column, desc: false });
      expect(new Set(ids(sorted)).size, column).toBe(rows.length);
    }
  });
});

describe("paginate", () => {
  it("should cut the asked page and count the pages", () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ items: [3, 4], page: 2, pageCount: 3, offset: 2 });
  });

  it("should show the last page for a page past the end, and the first for nonsense", () => {
    expect(paginate([1, 2, 3, 4, 5], 9, 2)).toMatchObject({ items: [5], page: 3 });
    expect(paginate([1, 2, 3], 0, 2)).toMatchObject({ items: [1, 2], page: 1 });
    expect(paginate([1, 2, 3], Number.NaN, 2)).toMatchObject({ page: 1 });
  });

  it("should count one empty page for an empty list", () => {
    expect(paginate([], 1, 50)).toEqual({ items: [], page: 1, pageCount: 1, offset: 0 });
  });
});

describe("parseSort and formatSort", () => {
  it("should read what they write", () => {
    for (const column of EVIDENCE_COLUMNS) {
      for (const desc of [false, true]) expect(parseSort(formatSort({ column, desc }))).toEqual({ column, desc });
    }
  });

  it("should fall back to the date, oldest first, for a missing or unknown sort", () => {
    expect(parseSort(null)).toEqual(DEFAULT_SORT);
    expect(parseSort("headline.asc")).toEqual(DEFAULT_SORT);
    expect(parseSort("date.sideways")).toEqual(DEFAULT_SORT);
    expect(formatSort(DEFAULT_SORT)).toBe("date.asc");
  });
});

describe("the pipeline at scale (50,000 rows)", () => {
  const many = syntheticEvidenceRows(rows, 50_000);
  const big = indexEvidenceRows(many);

  // The same question answered the slow, obvious way: normalize every row for every test,
  // compare with plain array methods.
  function naive(filters: EvidenceFilters, compare: (a: EvidenceRow, b: EvidenceRow) => number) {
    const words = searchWords(filters.q);
    return many
      .map((row, i) => ({ row, i }))
      .filter(({ row }) => filters.outlet.length === 0 || filters.outlet.includes(row.outlet))
      .filter(({ row }) => filters.category.length === 0 || filters.category.includes(row.category ?? "none"))
      .filter(({ row }) => !filters.hideChrome || !row.chrome)
      .filter(({ row }) => {
        const text = `${normalizeWords(row.before)} ${normalizeWords(row.form)} ${normalizeWords(row.after)} ${normalizeWords(`${row.gloss} ${row.entry}`)}`;
        const joined = normalizeWords(row.before + row.form + row.after);
        return words.every((w) => text.includes(w) || joined.includes(w));
      })
      .sort((a, b) => compare(a.row, b.row) || a.i - b.i)
      .map(({ row }) => row.id);
  }

  it("should build distinct rows with varied spellings", () => {
    expect(many).toHaveLength(50_000);
    expect(new Set(many.map((r) => r.id)).size).toBe(50_000);
    expect(many.some((r) => r.form.includes("الليبى"))).toBe(true);
  });

  it("should return the right page of a filtered, searched, date-sorted view", () => {
    const filters: EvidenceFilters = { ...NO_FILTERS, outlet: ["youm7", "qposts"], q: "الليبي", hideChrome: true };
    const expected = naive(filters, (a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    expect(expected.length).toBeGreaterThan(1000);

    const kept = filterEvidence(big, sortEvidence(big, { column: "date", desc: true }), filters);
    expect(kept.length).toBe(expected.length);
    const page = paginate(kept, 7, 100);
    expect(page.offset).toBe(600);
    expect(page.items.map((i) => many[i]!.id)).toEqual(expected.slice(600, 700));
    const last = paginate(kept, 10_000, 100);
    expect(last.items.map((i) => many[i]!.id)).toEqual(expected.slice((last.pageCount - 1) * 100));
  });

  it("should return the right page sorted by gloss, filtered by category and an English word", () => {
    const filters: EvidenceFilters = { ...NO_FILTERS, category: ["terrorism", "extremism"], q: "the" };
    const expected = naive(filters, (a, b) => a.gloss.toLowerCase().localeCompare(b.gloss.toLowerCase(), "en", { sensitivity: "base" }));
    const kept = filterEvidence(big, sortEvidence(big, { column: "gloss", desc: false }), filters);
    expect(paginate(kept, 3, 50).items.map((i) => many[i]!.id)).toEqual(expected.slice(100, 150));
  });
});
