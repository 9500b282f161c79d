// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

const lexicon = compileLexicon([
  term("egypt-cairo", ["القاهرة"], { category: null, actor: "egypt", stance: "neutral" }),
  term("uae-abu-dhabi", ["أبوظبي", "أبو ظبي"], { category: null, actor: "uae", stance: "neutral" }),
  term("egypt-cairo-en", ["Cairo"], { category: null, actor: "egypt", stance: "neutral" }),
  term("lna-the-army", ["الجيش", "قوات الجيش"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("lna-air-force", ["القوات الجوية", "سلاح الجو"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("lna-army-en", ["army"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("dead-and-wounded", ["قتلى وجرحى", "القتلى والجرحى", "قتلى"], { category: "civilian-harm" }),
  term("casualties-en", ["casualties"], { category: "civilian-harm" }),
  term("victims", ["ضحايا", "إصابات"], { category: "civilian-harm" }),
  term("displacement", ["نزوح السكان"], { category: "civilian-harm" }),
  term("civilians", ["المدنيين"], { category: null, actor: "civilians", stance: "neutral" }),
]);
const found = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.actor ?? "-"}`);

describe("a dateline", () => {
  it("is no mention of the city it was filed from", () => {
    expect(found("القاهرة (رويترز) - أعلنت مصادر عسكرية تقدما جديدا")).toEqual([]);
    expect(found("أبوظبي - (سكاي نيوز عربية، وكالات)\nتقدم الجيش نحو الميناء")).toEqual(["الجيش:lna"]);
    expect(found("CAIRO (Reuters) - Fighting resumed on Tuesday")).toEqual([]);
  });

  it("does not hide the same city named inside a sentence", () => {
    expect(found("قال مسؤول في القاهرة إن المحادثات مستمرة")).toEqual(["القاهرة:egypt"]);
    expect(found("The talks in Cairo (the second round) went on")).toEqual(["Cairo:egypt"]);
  });
});

describe("another country's army", () => {
  it("is not the army the lexicon means", () => {
    expect(found("أعلن الجيش القطري انتهاء المناورة")).toEqual([]);
    expect(found("نفذت القوات الجوية المصرية ضربات قرب الحدود")).toEqual([]);
    expect(found("وصل وفد من قوات الجيش التشادي إلى المطار")).toEqual([]);
    expect(found("the Egyptian army said it had struck convoys")).toEqual([]);
  });

  it("leaves the army named alone, or with the case's own country", () => {
    expect(found("أعلن الجيش دخول المدينة")).toEqual(["الجيش:lna"]);
    expect(found("the army entered the old town")).toEqual(["army:lna"]);
  });
});

describe("casualties on both sides", () => {
  it("are not civilian harm", () => {
    expect(found("سقط قتلى وجرحى من الطرفين في اشتباكات الليلة")).toEqual([]);
    expect(found("ارتفع عدد القتلى والجرحى في صفوف الطرفين")).toEqual([]);
    expect(found("there were casualties on both sides of the front")).toEqual([]);
  });

  it("are not civilian harm in the ranks of a fighting unit either", () => {
    expect(found("سقط قتلى وجرحى في صفوف مليشيات متحالفة مع الطرف الآخر")).toEqual([]);
    expect(found("there were casualties among the ranks of the attacking brigade")).toEqual([]);
  });

  it("stay civilian harm when the sentence does not split them between the sides", () => {
    expect(found("سقط قتلى وجرحى في قصف حي سكني")).toEqual(["قتلى وجرحى:-"]);
    // The residents are part of the phrase; this lexicon has no civilian-harm phrase naming the civilians, so it names no one.
    expect(found("there were casualties among residents")).toEqual(["casualties among residents:-"]);
  });

  it("never drop a label that names the civilians themselves", () => {
    expect(found("أصيب عدد من المدنيين من الطرفين")).toEqual(["المدنيين:civilians"]);
  });
});

describe("a harm and the civilians it is done to", () => {
  const harmLexicon = compileLexicon([
    term("violations", ["انتهاكات خطيرة", "انتهاكات"], { category: "civilian-harm" }),
    term("panic", ["الهلع"], { category: "civilian-harm" }),
    term("civilians", ["المدنيين", "السكان"], { category: null, actor: "civilians", stance: "neutral" }),
    term("haftar", ["حفتر"], { category: null, actor: "haftar", stance: "neutral" }),
    term("heavy-losses", ["خسائر فادحة في صفوف المدنيين"], { category: "civilian-harm", actor: "civilians", stance: "neutral" }),
    term("dead", ["قتلى"], { category: "civilian-harm" }),
  ]);
  const joined = (text: string) => analyze(text, harmLexicon).mentions.map((m) => `${m.text}:${m.actor ?? "-"}/${m.category ?? "plain"}`);

  it("are one framing phrase that names the civilians", () => {
    expect(joined("وثقت المنظمة انتهاكات خطيرة بحق المدنيين في المدينة")).toEqual(["انتهاكات خطيرة بحق المدنيين:civilians/civilian-harm"]);
    expect(joined("أدى القصف إلى نشر الهلع في صفوف السكان")).toEqual(["الهلع في صفوف السكان:civilians/civilian-harm"]);
  });

  it("stay two mentions when a sentence break or other words stand between them", () => {
    expect(joined("تحدثت عن انتهاكات. المدنيين غادروا")).toEqual(["انتهاكات:-/civilian-harm", "المدنيين:civilians/plain"]);
    expect(joined("انتهاكات كثيرة بحق المدنيين")).toEqual(["انتهاكات:-/civilian-harm", "المدنيين:civilians/plain"]);
  });

  it("never make fighters' dead into harm done to civilians", () => {
    expect(joined("سقط قتلى في صفوف حفتر")).toEqual(["قتلى:-/civilian-harm", "حفتر:haftar/plain"]);
  });

  it("reach the victims across a count, in digits or words, and an estimate", () => {
    expect(joined("خلف القصف قتلى ثلاثة أطفال")).toEqual(["قتلى ثلاثة أطفال:civilians/civilian-harm"]);
    expect(joined("أدت الغارة إلى قتلى نحو 12 مدنيا")).toEqual(["قتلى نحو 12 مدنيا:civilians/civilian-harm"]);
    expect(joined("سجلت انتهاكات بحق عشرات المدنيين")).toEqual(["انتهاكات بحق عشرات المدنيين:civilians/civilian-harm"]);
  });

  it("read a list of victims and من بينهم as one phrase", () => {
    expect(joined("سقط قتلى تسعة أشخاص من بينهم 3 أطفال وامرأتين في القصف")).toEqual([
      "قتلى تسعة أشخاص من بينهم 3 أطفال وامرأتين:civilians/civilian-harm",
    ]);
  });

  it("name no one when the victims are only counted as people, or are homes", () => {
    expect(joined("سقط قتلى أكثر من 30 شخصا")).toEqual(["قتلى أكثر من 30 شخصا:-/civilian-harm"]);
    expect(joined("نشر الهلع في منازل السكان")).toEqual(["الهلع في منازل السكان:civilians/civilian-harm"]);
    expect(joined("نشر الهلع في منازل قرب الميناء")).toEqual(["الهلع في منازل:-/civilian-harm"]);
  });

  it("do not tie a harm to a place by في alone", () => {
    expect(joined("سقط قتلى في درنة")).toEqual(["قتلى:-/civilian-harm"]);
  });
});

describe("casualties a sentence denies", () => {
  it("are no harm: the attack caused none", () => {
    expect(found("سقطت القذائف على الميناء، لكن الهجوم لم يسفر عن سقوط ضحايا")).toEqual([]);
    expect(found("انفجرت العبوة دون وقوع إصابات")).toEqual([]);
    expect(found("The shell hit an empty school; there were no casualties")).toEqual([]);
    expect(found("The strike ended without any reported casualties")).toEqual([]);
  });

  it("are harm again when the negation is about something else", () => {
    expect(found("لم يتوقف نزوح السكان منذ بدء القصف")).toEqual(["نزوح السكان:-"]);
    expect(found("لم يعلن أحد عدد الضحايا")).toEqual(["الضحايا:-"]);
    expect(found("لم يسفر الحصار عن شيء سوى ضحايا جدد")).toEqual(["ضحايا:-"]);
  });
});

