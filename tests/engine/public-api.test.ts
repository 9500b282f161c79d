// @vitest-environment node
import { describe, expect, it } from "vitest";
import * as engine from "@/lib/engine";

describe("the engine's public API", () => {
  it("exports exactly these functions and the stopword list", () => {
    expect(Object.keys(engine).sort()).toEqual([
      "FormSyntaxError",
      "MAX_GENERATED_FORMS",
      "STOPWORDS",
      "analyze",
      "compileLexicon",
      "countMentions",
      "countTerms",
      "displayForm",
      "expandForm",
      "expandForms",
      "findOpenQuotes",
      "findQuoteSpans",
      "findVoice",
      "findWordMatches",
      "formSyntaxProblem",
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
