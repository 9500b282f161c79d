// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText, sniffMetaCharset } from "@/lib/import/charset";
import { extractArticle } from "@/lib/import/extract-article";
import { InputError } from "@/lib/http/input-error";
import { encodeCp1256 } from "./cp1256";

const fixture = (name: string) => readFileSync(`tests/import/fixtures/${name}`, "utf8");

const ARABIC_PARAGRAPHS = [
  "اعلنت السلطات في شرق ليبيا الحداد ثلاثة ايام بعد انهيار سدين فوق مدينة درنة، وجرفت المياه احياء كاملة نحو البحر.",
  "وصلت فرق الانقاذ من دول عدة، وبحث المتطوعون في الشوارع عن ناجين تحت الطين.",
  "وقال مسؤول محلي ان عدد الضحايا مرشح للارتفاع.",
];
const ARABIC_PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="windows-1256"><title>فيضانات درنة</title>
<meta property="article:published_time" content="2023-09-12T10:00:00Z"></head>
<body><article><h1>فيضانات درنة</h1>${ARABIC_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;

describe("extractArticle", () => {
  it("should refuse a page with no article, with 422 naming the minimum", () => {
    const error = (() => {
      try {
        extractArticle(fixture("no-article.html"));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).status).toBe(422);
    expect((error as InputError).message).toMatch(/^no article found on the page: the readable text has \d+ words?, fewer than 25/);
  });

  it("should refuse an empty document", () => {
    expect(() => extractArticle("")).toThrow(/no article found on the page: the readable text has 0 words/);
  });

  it("should read a Windows-1256 Arabic page declared by <meta charset>", () => {
    const bytes = encodeCp1256(ARABIC_PAGE);
    expect(sniffMetaCharset(bytes)).toBe("windows-1256");
    const { text: html, encoding } = decodeText(bytes, sniffMetaCharset(bytes));
    expect(encoding).toBe("windows-1256");
    const article = extractArticle(html);
    expect(article.headline).toBe("فيضانات درنة");
    // Readability keeps an <h1> that repeats the title as the first paragraph.
    expect(article.text).toBe(["فيضانات درنة", ...ARABIC_PARAGRAPHS].join("\n\n"));
    expect(article).toMatchObject({ date: "2023-09-12T10:00:00Z", dateSource: "readability", byline: null });
  });

  it("should keep scripts, styles, navigation, sidebars and footers out of the text", () => {
    const { text } = extractArticle(fixture("article-with-chrome.html"));
    for (const leak of ["SCRIPT_LEAK", "tracking code", "INLINE-SCRIPT-LEAK", "STYLE-LEAK", "font-family", "NAV-LEAK", "SIDEBAR-LEAK", "FOOTER-LEAK"]) {
      expect(text).not.toContain(leak);
    }
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("should separate paragraphs by a blank line and keep a <br> as a newline", () => {
    const { text } = extractArticle(fixture("article-with-chrome.html"));
    expect(text).toContain(
      "Rescue teams from several countries arrived during the day, and volunteers searched the mud-covered streets for survivors.\nOfficials said the toll was still rising.",
    );
    expect(text).toContain("\n\n\"We have lost entire neighbourhoods,\" a local doctor said.\n\nTwo dams failed overnight.\n\nStorm Daniel brought the rain.");
  });

  it("should keep the headline, the byline and the <time datetime> date", () => {
    expect(extractArticle(fixture("article-with-chrome.html"))).toMatchObject({
      headline: "Floods in Derna: the city mourns",
      byline: "Jane Reporter",
      date: "2023-09-13T08:30:00+02:00",
      dateSource: "time",
    });
  });

  it("should take the date from <meta property=\"article:published_time\"> before a <time>", () => {
    const html = fixture("article-with-chrome.html").replace("<head>", '<head><meta property="article:published_time" content="2023-09-12">');
    // Readability reads this meta too; either way the date is the meta's.
    expect(extractArticle(html).date).toBe("2023-09-12");
  });

  it("should ignore a date that does not parse", () => {
    const html = fixture("article-with-chrome.html").replace('datetime="2023-09-13T08:30:00+02:00"', 'datetime="yesterday"');
    expect(extractArticle(html)).toMatchObject({ date: null, dateSource: null });
  });
});
