// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mentionsOf, tagOf, tagsOf } from "./lexicon-tags";

// Hedges of the Derna lexicon. Every sentence below is written for these tests; none is quoted from an article.

describe("a hedge before a name, in the Derna lexicon", () => {
  it.each([
    ["أعلن ما يسمى بـ«مجلس شورى مجاهدي درنة» تشكيل قوة جديدة", "ما يسمى", "dmsc"],
    ["احتفلت قيادة ما تسمى عملية الكرامة بذكراها الرابعة", "ما تسمى", "lna"],
    ["وتواصل قوات مايسمى الجيش الوطني الليبي حصار المدينة", "مايسمى", "lna"],
    ["يهاجم تنظيم ما يعرف بمجلس شورى مجاهدي درنة مواقع داعش", "ما يعرف", "dmsc"],
    ["تحاصر قوات اللواء، أو ما يُعرف بـ\"الجيش الوطني الليبي\"، المدينة", "ما يُعرف", "lna"],
    ["The so-called Libyan National Army shelled the western districts.", "so-called", "lna"],
    ["Haftar's self-described Libyan National Army fought a band of local fighters.", "self-described", "lna"],
  ])("tags «%s» as delegitimizing the actor it hedges", (sentence, words, actor) => {
    expect(tagOf(sentence, words)).toMatchObject({ entry: "hedge-so-called", actor, category: "delegitimization" });
  });

  it("holds the name it hedges at a distance", () => {
    const name = mentionsOf("وتواصل قوات مايسمى الجيش الوطني الليبي حصار المدينة").find((m) => m.text === "الجيش الوطني الليبي");
    expect(name?.voice).toBe("distanced");
  });

  it("names no one when no name the lexicon knows follows it", () => {
    expect(tagOf("انتقد الكاتب ما يسمى الحوار الوطني", "ما يسمى")).toMatchObject({ entry: "hedge-so-called", actor: null });
  });
});

describe("a hedge on a claim, in the Derna lexicon", () => {
  it.each([
    ["قصفت الطائرات المدينة بزعم وجود معسكرات للمسلحين", "بزعم", "delegitimization-pretext"],
    ["دخلت القوات الأحياء الشرقية بدعوى ملاحقة الإرهابيين", "بدعوى", "delegitimization-pretext"],
    ["ودافع الوزير عن الغارة زاعما أنها أصابت مخزنا للسلاح", "زاعما", "hedge-claim"],
    ["Cairo claims it has evidence that the camps trained the attackers.", "claims", "en-delegitimization-claims"],
    ["The air force struck the camps, claiming they sheltered the attackers.", "claiming", "en-delegitimization-claims"],
  ])("tags «%s» with no actor", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toMatchObject({ entry, actor: null, category: "delegitimization" });
  });
});

describe("words that look like hedges and are none", () => {
  it.each([
    ["The Islamic State claimed responsibility for the bombing.", "claimed"],
    ["تبنى تنظيم الدولة الهجوم على الحافلة", "تبنى"],
    ["ولا يعرف أحد مصير المخطوفين حتى الآن", "يعرف"],
    ["لا يعرف السكان متى يعود التيار الكهربائي", "يعرف"],
    ["وهذا ما يعرف عنه منذ سنوات", "ما يعرف"],
    ["The Shura Council claimed the port after a week of fighting.", "claimed"],
  ])("tags nothing in «%s»", (sentence, words) => {
    expect(tagsOf(sentence).filter((t) => t.text.includes(words) && t.entry.startsWith("hedge-"))).toEqual([]);
  });

  it("keeps a hedge inside a statement in the statement's voice", () => {
    const mentions = mentionsOf('The commander said: "the so-called Libyan National Army will never enter our city."');
    expect(mentions.filter((m) => m.entry === "hedge-so-called" || m.entry === "lna-libyan-national-army").map((m) => m.voice)).toEqual([
      "attributed",
      "attributed",
    ]);
  });
});
