// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

const plain = (actor: string) => ({ category: null, actor, stance: "neutral" as const });
const lexicon = compileLexicon([
  term("isis", ["داعش", "تنظيم الدولة", "IS", "Islamic State"], plain("isis")),
  term("isis-daesh-organization", ["تنظيم داعش"], plain("isis")),
  term("dmsc-council", ["مجلس شورى مجاهدي درنة", "Shura Council"], plain("dmsc")),
  term("haftar", ["حفتر"], plain("haftar")),
  term("dmsc-terrorists", ["إرهابي{fpa}", "terrorists"], { category: "terrorism", actor: "dmsc", stance: "delegitimizing" }),
  term("dmsc-extremists", ["متطرف{pa}", "extremists"], { category: "extremism", actor: "dmsc", stance: "delegitimizing" }),
  term("organization", ["التنظيم"], { category: null, refersBack: { isis: "isis" } }),
]);
/** Each mention as text:actor/category (category "-" for a plain name). */
const found = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.actor ?? "-"}/${m.category ?? "-"}`);

describe("a terrorism or extremism adjective right after a name", () => {
  it("describes the group just named", () => {
    expect(found("شن تنظيم داعش الإرهابي هجوما على البلدة")).toEqual(["تنظيم داعش:isis/-", "الإرهابي:isis/terrorism"]);
    expect(found("تبنى تنظيم الدولة الإرهابي التفجير")).toEqual(["تنظيم الدولة:isis/-", "الإرهابي:isis/terrorism"]);
    expect(found("أعلن \"داعش\" الإرهابي مسؤوليته")).toEqual(["داعش:isis/-", "الإرهابي:isis/terrorism"]);
    expect(found("قصفت الطائرات مواقع مجلس شورى مجاهدي درنة المتطرف")).toEqual(["مجلس شورى مجاهدي درنة:dmsc/-", "المتطرف:dmsc/extremism"]);
    expect(found("وصف البيان حفتر إرهابيا")).toEqual(["حفتر:haftar/-", "إرهابيا:haftar/terrorism"]);
  });

  it("describes a short form resolved just before it", () => {
    expect(found("فر مقاتلو داعش من الحي، ولم يعد التنظيم الإرهابي يسيطر عليه")).toEqual([
      "داعش:isis/-",
      "التنظيم:isis/-",
      "الإرهابي:isis/terrorism",
    ]);
  });

  it("describes the group named right before it in English", () => {
    expect(found("Checkpoints were set up by IS terrorists near the port")).toEqual(["IS:isis/-", "terrorists:isis/terrorism"]);
  });
});

describe("a terrorism or extremism label not right after a name", () => {
  it("keeps its entry's actor on its own", () => {
    expect(found("اعتقلت الشرطة عددا من الإرهابيين في المدينة")).toEqual(["الإرهابيين:dmsc/terrorism"]);
  });

  it("keeps it after a comma, a conjunction, a preposition or another word", () => {
    expect(found("قاتل حفتر، الإرهابيين في الأحياء")).toEqual(["حفتر:haftar/-", "الإرهابيين:dmsc/terrorism"]);
    expect(found("اتهم حفتر والمتطرفين بعرقلة الهدنة")).toEqual(["حفتر:haftar/-", "والمتطرفين:dmsc/extremism"]);
    expect(found("دعا حفتر للإرهابيين بالاستسلام")).toEqual(["حفتر:haftar/-", "للإرهابيين:dmsc/terrorism"]);
    expect(found("قال حفتر إن الإرهابيين فروا")).toEqual(["حفتر:haftar/-", "الإرهابيين:dmsc/terrorism"]);
  });
});

describe("a terrorism description set beside a name", () => {
  const withDesignation = compileLexicon([
    term("ansar", ["أنصار الشريعة", "جماعة أنصار الشريعة", "Ansar al-Sharia"], plain("ansar-al-sharia")),
    term("parliament", ["مجلس النواب"], plain("parliament")),
    term("designation", ["المدرجة على قوائم الإرهاب", "blacklisted terrorist group"], { category: "terrorism", stance: "delegitimizing" }),
    term("terrorism", ["الإرهاب"], { category: "terrorism", stance: "delegitimizing" }),
  ]);
  const read = (text: string) => analyze(text, withDesignation).mentions.map((m) => `${m.text}:${m.actor ?? "-"}/${m.category ?? "-"}`);

  it("is about the group named right after it, with or without a comma", () => {
    expect(read("وتضم القوة عناصر من الجماعة المدرجة على قوائم الإرهاب، جماعة أنصار الشريعة")).toEqual([
      "المدرجة على قوائم الإرهاب:ansar-al-sharia/terrorism",
      "جماعة أنصار الشريعة:ansar-al-sharia/-",
    ]);
    expect(read("It includes members of a blacklisted terrorist group, Ansar al-Sharia.")).toEqual([
      "blacklisted terrorist group:ansar-al-sharia/terrorism",
      "Ansar al-Sharia:ansar-al-sharia/-",
    ]);
  });

  it("names no one when a one-word label ends a clause before the name", () => {
    expect(read("دعا إلى مكافحة الإرهاب، مجلس النواب رحب بالدعوة")).toEqual(["الإرهاب:-/terrorism", "مجلس النواب:parliament/-"]);
  });

  it("names no one when a word stands between it and the name", () => {
    expect(read("الجماعة المدرجة على قوائم الإرهاب تحارب أنصار الشريعة")).toEqual(["المدرجة على قوائم الإرهاب:-/terrorism", "أنصار الشريعة:ansar-al-sharia/-"]);
  });
});
