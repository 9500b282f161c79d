// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon, findOpenQuotes, findQuoteSpans } from "@/lib/engine";
import { term } from "./fixtures";

const lexicon = compileLexicon([
  term("liberation", ["تحرير"], { category: "liberation" }),
  term("terrorists", ["الإرهابيين", "إرهابيين"], { category: "terrorism", actor: "dmsc", stance: "delegitimizing" }),
  term("dmsc-name", ["مجلس شورى مجاهدي درنة", "شورى المجاهدين"], { category: null, actor: "dmsc", stance: "neutral" }),
  term("lna-libyan-army", ["الجيش الليبي"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("lna-en", ["Libyan National Army"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("liberation-en", ["liberation"], { category: "liberation" }),
  term("terrorists-en", ["terrorists"], { category: "terrorism", actor: "dmsc", stance: "delegitimizing" }),
]);
/** Each mention as "text:voice". */
const voices = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.voice}`);

describe("a label in the outlet's own words", () => {
  it("is in the outlet's voice when nothing quotes or hedges it", () => {
    expect(voices("تقدم الجيش الليبي نحو المدينة صباح اليوم")).toEqual(["الجيش الليبي:outlet"]);
  });

  it("is in the outlet's voice after a quotation has closed", () => {
    expect(voices('نقلت الوكالة عن مصدر قوله "المعارك مستمرة منذ أيام" ثم تقدم الجيش الليبي')).toEqual(["الجيش الليبي:outlet"]);
  });

  it("says quoted is false exactly when the voice is the outlet's", () => {
    const mentions = analyze('تقدم الجيش الليبي لما سماه "تحرير" المدينة', lexicon).mentions;
    expect(mentions.map((m) => m.quoted)).toEqual(mentions.map((m) => m.voice !== "outlet"));
  });
});

describe("a label held at a distance", () => {
  it("is distanced in short scare quotes of one to four words", () => {
    expect(voices("أعلنت القيادة بدء “تحرير” الأحياء الشرقية")).toEqual(["تحرير:distanced"]);
    expect(voices("اتهمت الحكومة ما وصفتهم بـ «الإرهابيين في المدينة» بالهجوم")).toEqual(["الإرهابيين:distanced"]);
  });

  it("is distanced after ما يسمى, مايسمى and ما يعرف بـ", () => {
    expect(voices("تحاصر قوات ما يسمى الجيش الليبي المدينة")).toEqual(["الجيش الليبي:distanced"]);
    expect(voices("تحاصر قوات مايسمى الجيش الليبي المدينة")).toEqual(["الجيش الليبي:distanced"]);
    expect(voices("يقاتل ما يعرف بـ مجلس شورى مجاهدي درنة")).toEqual(["مجلس شورى مجاهدي درنة:distanced"]);
    expect(voices("يقاتل ما يعرف بمجلس شورى مجاهدي درنة")).toEqual(["بمجلس شورى مجاهدي درنة:distanced"]);
  });

  it("is distanced before المزعوم or المزعومة, and after المدعو", () => {
    expect(voices("تحدث البيان عن التحرير المزعوم للمدينة")).toEqual(["التحرير:distanced"]);
    expect(voices("أعلن المدعو الجيش الليبي سيطرته")).toEqual(["الجيش الليبي:distanced"]);
  });

  it("is distanced after so-called, self-styled, self-described and what it described as", () => {
    expect(voices("the so-called Libyan National Army moved east")).toEqual(["Libyan National Army:distanced"]);
    expect(voices("the self-styled Libyan National Army moved east")).toEqual(["Libyan National Army:distanced"]);
    expect(voices("the self-described Libyan National Army moved east")).toEqual(["Libyan National Army:distanced"]);
    expect(voices("the command announced what it described as liberation of the port")).toEqual(["liberation:distanced"]);
  });
});

describe("a label in someone else's statement", () => {
  it("is attributed inside a quotation longer than four words", () => {
    expect(voices("وجاء في الرسالة “إن الإرهابيين لن يجدوا مكانا في أي حي من أحياء المدينة”.")).toEqual(["الإرهابيين:attributed"]);
  });

  it("is attributed inside spaced quotation marks", () => {
    expect(voices("ردد المقاتلون ” سنبقى مع شورى المجاهدين حتى آخر رجل فينا ” أمام الكاميرا")).toEqual(["شورى المجاهدين:attributed"]);
  });

  it("is attributed in a quotation opened and closed with the same ” mark", () => {
    expect(voices("كتب القائد ”الجيش الليبي يدخل المدينة من ثلاثة محاور اليوم” على صفحته")).toEqual(["الجيش الليبي:attributed"]);
  });

  it("is attributed inside guillemets « »", () => {
    expect(voices("نشر المكتب «نحيي صمود الجيش الليبي في كل الجبهات المفتوحة» مساء أمس")).toEqual(["الجيش الليبي:attributed"]);
  });

  it("is attributed in a short quotation introduced by a colon or by a verb of saying", () => {
    expect(voices('وكتب المتحدث على صفحته: "تحرير المدينة قريب"')).toEqual(["تحرير:attributed"]);
    expect(voices('وقال المتحدث "تحرير المدينة قريب" للصحفيين')).toEqual(["تحرير:attributed"]);
    expect(voices("the spokesman said “liberation is near” on Monday")).toEqual(["liberation:attributed"]);
  });

  it("is attributed in a statement after قال or بيان whose closing mark the page lost", () => {
    expect(voices("وأكد في بيان نشره مساء السبت: “قواتنا تطارد الإرهابيين في الأحياء القديمة\nوفي سطر جديد")).toEqual([
      "الإرهابيين:attributed",
    ]);
    expect(voices("he stated that “the terrorists will be driven from every street\nNext line")).toEqual(["terrorists:attributed"]);
  });

  it("stays a scare quote when it sits in reported speech far from the verb", () => {
    expect(voices('قال المتحدث إن القوات ستواصل "تحرير" الأحياء')).toEqual(["تحرير:distanced"]);
  });
});

describe("quotation marks as real pages write them", () => {
  it("pairs spaced marks that both look like closing marks", () => {
    const text = "حيا ” شورى المجاهدين ” في كلمته";
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(["شورى المجاهدين"]);
  });

  it("lists a mark left open at the end of its line as an open quotation, not a closed one", () => {
    const text = "قال: “الطريق مفتوح\nسطر آخر";
    expect(findQuoteSpans(text)).toEqual([]);
    expect(findOpenQuotes(text).map((s) => text.slice(s.start, s.end))).toEqual(["الطريق مفتوح"]);
  });
});
