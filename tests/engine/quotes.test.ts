// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon, findQuoteSpans } from "@/lib/engine";
import { term } from "./fixtures";

const lexicon = compileLexicon([
  term("cleansing", ["تطهير"], { category: "liberation" }),
  term("dmsc-name", ["مجلس شورى مجاهدي درنة"], { category: "religious-ideological", actor: "dmsc", stance: "neutral" }),
  term("lna-libyan-army", ["الجيش الليبي"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("bombardment", ["القصف"]),
]);
const quoted = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.quoted}`);

describe("findQuoteSpans", () => {
  it("should not fail on a text with no quotation marks", () => {
    expect(findQuoteSpans("الجيش الليبي يقترب من درنة")).toEqual([]);
  });

  it("finds the stretch between typographic quotes", () => {
    const text = "يقترب من “تطهير” درنة";
    const [span] = findQuoteSpans(text);
    expect(text.slice(span?.start, span?.end)).toBe("تطهير");
  });

  it("pairs straight quotes by the words around them", () => {
    const text = 'قال إن طرد التنظيم "انتصار لثورة 17 فبراير" داعيا';
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["انتصار لثورة 17 فبراير"]);
  });

  it("quotes nothing with a mark left open at the end of a line", () => {
    expect(findQuoteSpans('جنوب مدينة سبها"، متابعًا: "المنفور أوضح\nأن')).toEqual([]);
  });

  it("does not take an apostrophe inside an English word for a quotation mark", () => {
    const text = "the army's 'cleansing' of Derna";
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["cleansing"]);
  });
});

describe("quoted mentions", () => {
  it("flag Qposts's scare quotes: الجيش الليبي يقترب من “تطهير” درنة", () => {
    expect(quoted("الجيش الليبي يقترب من “تطهير” درنة")).toEqual(["الجيش الليبي:false", "تطهير:true"]);
  });

  it("flag a group's name written in quotes", () => {
    expect(quoted("وتسيطر جماعة “مجلس شورى مجاهدي درنة”، المقربة من القاعدة")).toEqual(["مجلس شورى مجاهدي درنة:true"]);
  });

  it("flag a term right after ما يسمى or ما يسمى بـ", () => {
    expect(quoted("ما يسمى الجيش الليبي")).toEqual(["الجيش الليبي:true"]);
    expect(quoted("ما يسمى بـ الجيش الليبي")).toEqual(["الجيش الليبي:true"]);
    expect(quoted("ما يسمى بالجيش الليبي")).toEqual(["بالجيش الليبي:true"]);
  });

  it("flag a term right before المزعوم or المزعومة", () => {
    expect(quoted("التطهير المزعوم للمدينة")).toEqual(["التطهير:true"]);
  });

  it("do not flag a term outside the quotation that follows it", () => {
    expect(quoted('لـ"اليوم السابع"، إن الجيش الليبي')).toEqual(["الجيش الليبي:false"]);
  });

  it("flag terms inside a quoted statement, and not those after a lost quote mark", () => {
    const text = 'جنوب مدينة سبها"، متابعًا: "المنفور أوضح أن قوة خارجة عن القانون بالقصف والاستهداف".';
    expect(quoted(text)).toEqual(["بالقصف:true"]);
  });
});
