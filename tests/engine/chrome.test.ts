// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { separateChrome } from "@/lib/engine";

const chromeText = (text: string, extra: string[] = []) =>
  separateChrome(text, extra)
    .filter((s) => s.kind === "chrome")
    .map((s) => text.slice(s.start, s.end).trim());
const seed = (file: string) => readFileSync(`data/derna/raw/${file}`, "utf8");

describe("separateChrome", () => {
  it("should not fail on an empty text: one empty body segment", () => {
    expect(separateChrome("")).toEqual([{ kind: "body", start: 0, end: 0 }]);
  });

  it("covers the whole text, in order, with no gap", () => {
    const text = seed("004_34b74b3da89c24fc.txt");
    const segments = separateChrome(text);
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(text.length);
    segments.slice(1).forEach((s, i) => expect(s.start).toBe(segments[i]?.end));
  });

  it("sets apart Qposts's breadcrumb, its 'read also' lines and its closing comment block", () => {
    const chrome = chromeText(seed("000_2bf3b4fb94a3cc7e.txt"));
    expect(chrome[0]).toBe("الواجهة الرئيسيةشؤون عربية");
    expect(chrome.filter((c) => c.startsWith("اقرأ أيضًا:"))).toHaveLength(3);
    expect(chrome.at(-1)).toMatch(/^تعليقات عبر الفيس بوك[\s\S]*مقالات ذات صلة$/);
  });

  it("sets apart Libya24's lone '12', 'AfterPost' and its related block", () => {
    const chrome = chromeText(seed("001_be86f70e453d7f27.txt"));
    expect(chrome).toEqual(["12", "AfterPost\nمقالات ذات صلة"]);
  });

  it("sets apart Youm7's comment-box line and nothing else", () => {
    expect(chromeText(seed("002_3edc3f6ad946e501.txt"))).toEqual(["تم أضافة تعليقك سوف يظهر بعد المراجعة"]);
  });

  it("leaves Al Jazeera's one-paragraph transcript and its date line in the body", () => {
    expect(chromeText(seed("003_3dfe98a37ea4deb2.txt"))).toEqual([]);
  });

  it("sets apart Al Jazeera Net's captions, source line and everything from حول هذه القصة on", () => {
    const chrome = chromeText(seed("004_34b74b3da89c24fc.txt"), ["جانب من معارك درنة ضد تنظيم الدولة."]);
    expect(chrome[0]).toBe("جانب من معارك درنة ضد تنظيم الدولة.\nمسلحون من مجلس شورى مجاهدي درنة في أحد شوارع المدينة (الجزيرة)");
    expect(chrome[1]).toMatch(/^مقاتل من شورى درنة يقصف موقعا لتنظيم الدولة \(الجزيرة\)/);
    expect(chrome[2]).toMatch(/^المصدر : الجزيرة\s+حول هذه القصة[\s\S]*الأكثر قراءة$/);
  });

  it("keeps an English article's lines in the body", () => {
    expect(chromeText("Haftar's forces advanced on Derna.\nThe army said it had cleansed the city.")).toEqual([]);
  });

  it("does not take a long paragraph that starts with المصدر for a source line", () => {
    const paragraph = "المصدر " + "الذي تحدث إلى الجزيرة قال إن القوات تقدمت في عدة محاور داخل المدينة بعد اشتباكات ".repeat(2);
    expect(chromeText(paragraph)).toEqual([]);
  });
});
