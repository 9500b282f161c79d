// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

const plain = (actor: string) => ({ category: null, actor, stance: "neutral" as const });
const lexicon = compileLexicon([
  term("dmsc-council", ["مجلس شورى مجاهدي درنة", "Mujahideen Shura Council"], plain("dmsc")),
  term("dmsc-shura", ["مجلس الشورى", "Shura Council"], plain("dmsc")),
  term("dmsc-force", ["قوة حماية درنة", "Derna Protection Force"], plain("dmsc")),
  term("dmsc-council-forces", ["قوات المجلس"], plain("dmsc")),
  term("isis", ["داعش", "تنظيم الدولة", "Islamic State"], plain("isis")),
  term("al-qaeda", ["القاعدة", "al-Qaeda"], plain("al-qaeda")),
  term("haftar", ["حفتر", "Haftar"], plain("haftar")),
  term("haftar-forces", ["قوات حفتر", "Haftar's forces"], { category: "delegitimization", actor: "lna", stance: "delegitimizing" }),
  term("haftar-fighters", ["مقاتلي حفتر", "Haftar's fighters"], { category: "delegitimization", actor: "lna", stance: "delegitimizing" }),
  term("parliament", ["مجلس النواب"], plain("parliament")),
  term("the-council", ["المجلس", "the council"], { category: null, refersBack: { dmsc: "dmsc-shura" } }),
  term("the-organization", ["التنظيم", "the group"], { category: null, refersBack: { isis: "isis", "al-qaeda": "al-qaeda", dmsc: "dmsc-shura" } }),
  term("his-forces", ["قواته", "his forces"], { category: null, refersBack: { haftar: "haftar-forces", dmsc: "dmsc-council-forces" } }),
  term("his-fighters", ["his fighters"], { category: null, refersBack: { haftar: "haftar-fighters" } }),
  term("the-force", ["القوة"], { category: null, refersBack: { dmsc: "dmsc-force" } }),
]);
/** Each mention as text:actor/category (category "-" for a plain name). */
const found = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.actor ?? "-"}/${m.category ?? "-"}`);

describe("a short form that refers back", () => {
  it("is the Shura Council when the council named last is the Shura Council", () => {
    expect(found("أعلن مجلس شورى مجاهدي درنة سيطرته على الحي، وقال المجلس إن مقاتليه تقدموا")).toEqual([
      "مجلس شورى مجاهدي درنة:dmsc/-",
      "المجلس:dmsc/-",
    ]);
    expect(found("The Mujahideen Shura Council took the hill; the council said it lost two men")).toEqual([
      "Mujahideen Shura Council:dmsc/-",
      "the council:dmsc/-",
    ]);
  });

  it("is the Islamic State after داعش and al-Qaeda after القاعدة", () => {
    expect(found("انسحب مقاتلو داعش من الحي بعد أن خسر التنظيم عددا من قادته")).toEqual(["داعش:isis/-", "التنظيم:isis/-"]);
    expect(found("هاجمت خلايا القاعدة الطريق وتبنى التنظيم الهجوم")).toEqual(["القاعدة:al-qaeda/-", "التنظيم:al-qaeda/-"]);
    expect(found("Islamic State fighters left the town, and the group has not returned")).toEqual(["Islamic State:isis/-", "the group:isis/-"]);
  });

  it("is Haftar's forces after Haftar, with the framing of قوات حفتر, and the Council's own after the Council", () => {
    expect(found("قال حفتر إن قواته ستدخل المدينة قريبا")).toEqual(["حفتر:haftar/-", "قواته:lna/delegitimization"]);
    expect(found("Haftar told his forces to tighten the siege")).toEqual(["Haftar:haftar/-", "his forces:lna/delegitimization"]);
    expect(found("Haftar ordered his fighters to advance")).toEqual(["Haftar:haftar/-", "his fighters:lna/delegitimization"]);
    expect(found("أكد المجلس بعد معارك مع مجلس الشورى أن قواته صامدة")).toEqual(["مجلس الشورى:dmsc/-", "قواته:dmsc/-"]);
  });

  it("is Haftar's forces after قوات حفتر itself, though the LNA it names maps to nothing", () => {
    expect(found("تقترب قوات حفتر من المدينة التي صمدت أمام قواته عامين")).toEqual([
      "قوات حفتر:lna/delegitimization",
      "قواته:lna/delegitimization",
    ]);
    expect(found("Haftar's forces shelled the port before his forces moved in")).toEqual([
      "Haftar's forces:lna/delegitimization",
      "his forces:lna/delegitimization",
    ]);
  });

  it("can itself be what a later short form refers back to", () => {
    expect(found("تقدم مجلس شورى مجاهدي درنة وأعلن المجلس أن قواته صدت الهجوم")).toEqual([
      "مجلس شورى مجاهدي درنة:dmsc/-",
      "المجلس:dmsc/-",
      "قواته:dmsc/-",
    ]);
  });

  it("is the protection force after قوة حماية درنة, read with its clitics", () => {
    expect(found("قال مصدر في قوة حماية درنة إن القوة دمرت آليتين")).toEqual(["قوة حماية درنة:dmsc/-", "القوة:dmsc/-"]);
  });
});

describe("a short form that finds nothing to refer back to", () => {
  it("is no mention when nothing before it names an actor it maps", () => {
    expect(found("قال المجلس إن الاجتماع تأجل")).toEqual([]);
    expect(found("قال حفتر إن التنظيم لا وجود له")).toEqual(["حفتر:haftar/-"]);
    expect(found("The group met on Tuesday")).toEqual([]);
  });

  it("is no mention when another council stands in between (مجلس النواب … المجلس)", () => {
    expect(found("رحب مجلس الشورى بالهدنة، ثم اجتمع مجلس النواب وقرر المجلس تأجيل الجلسة")).toEqual([
      "مجلس الشورى:dmsc/-",
      "مجلس النواب:parliament/-",
    ]);
    expect(found("رحب مجلس الشورى بالهدنة ثم عقد المجلس البلدي جلسة قال فيها المجلس إنه يرحب")).toEqual(["مجلس الشورى:dmsc/-"]);
  });

  it("is no mention when an adjective the lexicon does not know makes it another body (المجلس الرئاسي)", () => {
    expect(found("رحب مجلس الشورى بالهدنة ورحب المجلس الرئاسي بها أيضا")).toEqual(["مجلس الشورى:dmsc/-"]);
  });

  it("is no mention when the name is more than sixty words back", () => {
    const filler = Array.from({ length: 61 }, () => "كلمة").join(" ");
    expect(found(`تقدم مجلس الشورى ${filler} وقال المجلس إنه صامد`)).toEqual(["مجلس الشورى:dmsc/-"]);
    const near = Array.from({ length: 50 }, () => "كلمة").join(" ");
    expect(found(`تقدم مجلس الشورى ${near} وقال المجلس إنه صامد`)).toEqual(["مجلس الشورى:dmsc/-", "المجلس:dmsc/-"]);
  });

  it("does not take an actor the short form does not map (his forces after the Islamic State)", () => {
    expect(found("أعلن داعش أن قواته انسحبت")).toEqual(["داعش:isis/-"]);
  });
});

describe("a lexicon that refers back to an entry it lacks", () => {
  it("is refused, naming the entry", () => {
    expect(() => compileLexicon([term("the-council", ["المجلس"], { category: null, refersBack: { dmsc: "no-such-entry" } })])).toThrow(
      /"the-council".*"no-such-entry"/,
    );
  });
});
