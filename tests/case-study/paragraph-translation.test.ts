// @vitest-environment node
import { describe, expect, it } from "vitest";
import { bodyParagraphLines, paragraphTranslationAt, paragraphTranslationsByArticle } from "@/lib/case-study/paragraph-translation";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

// A headline, a byline, two body paragraphs and a "read also" line of page chrome between them.
const TEXT = "الجيش يعلن تطهير المدينة\n\nمراسلنا\n\nقال الجيش إن العملية انتهت.\n\nاقرأ أيضًا: خبر آخر\n\nوعاد الأهالي إلى بيوتهم.\n";
const ARTICLE = { id: "paper-2018", text: TEXT, chromeLines: [] };
const TRANSLATION = {
  article: "paper-2018",
  headline: "The army announces the [[purification|purification]] of the city",
  subheadline: null,
  paragraphs: [
    "The army announces the [[purification|purification]] of the city",
    "Our correspondent",
    "[[The army|army]] said the operation was over.",
    "The residents returned to their homes.",
  ],
};

const at = (words: string) => TEXT.indexOf(words);

describe("the translation of the paragraph a quoted sentence is in", () => {
  it("is the whole paragraph's English, its marks reduced to the terms they show", () => {
    const lookup = paragraphTranslationAt(ARTICLE, TRANSLATION);
    expect(lookup(at("العملية"))).toBe("The army said the operation was over.");
    expect(lookup(at("تطهير"))).toBe("The army announces the purification of the city");
  });

  it("counts paragraphs past page chrome, which is not translated", () => {
    const lookup = paragraphTranslationAt(ARTICLE, TRANSLATION);
    expect(lookup(at("الأهالي"))).toBe("The residents returned to their homes.");
    expect(lookup(at("خبر آخر"))).toBeNull();
  });

  it("finds the same paragraphs from an analysis's segments as from the chrome separated again", () => {
    for (const { article, segments } of getBundledCaseAnalysis("derna")!.articles) {
      expect(bodyParagraphLines({ ...article, segments }), article.id).toEqual(bodyParagraphLines(article));
    }
  });

  it("is none when the article has no translation", () => {
    expect(paragraphTranslationAt(ARTICLE, undefined)(at("العملية"))).toBeNull();
  });

  it("is looked up per article, untranslated articles answering none", () => {
    const other = { ...ARTICLE, id: "paper-2019" };
    const lookups = paragraphTranslationsByArticle([ARTICLE, other], [TRANSLATION]);
    expect(lookups.get("paper-2018")!(at("العملية"))).toBe("The army said the operation was over.");
    expect(lookups.get("paper-2019")!(at("العملية"))).toBeNull();
  });
});
