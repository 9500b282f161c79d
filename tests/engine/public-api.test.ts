import { describe, expect, it } from "vitest";
import * as engine from "@/lib/engine";

describe("the engine's public API", () => {
  it("exports exactly these functions and the stopword list", () => {
    expect(Object.keys(engine).sort()).toEqual([
      "STOPWORDS",
      "analyze",
      "compileLexicon",
      "countMentions",
      "countTerms",
      "findOpenQuotes",
      "findQuoteSpans",
      "findVoice",
      "findWordMatches",
      "isWordCode",
      "normalize",
      "normalizeCode",
      "normalizeWords",
      "rankDistinctiveTerms",
      "ratePer1000Words",
      "separateChrome",
      "sumCounts",
      "tokenText",
      "tokenize",
    ]);
  });
});
