import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

// Every sentence below is written for these tests; none is quoted from an article.
const plain = (actor: string) => ({ category: null, actor, stance: "neutral" as const });
const terror = (actor: string) => ({ category: "terrorism", actor, stance: "delegitimizing" as const });
const lexicon = compileLexicon([
  term("isis", ["داعش", "تنظيم الدولة", "ISIS"], plain("isis")),
  term("al-qaeda", ["القاعدة", "تنظيم القاعدة", "al-Qaeda"], plain("al-qaeda")),
  term("ansar", ["أنصار الشريعة"], plain("ansar-al-sharia")),
  term("civilians", ["المدنيين"], plain("civilians")),
  term("haftar", ["حفتر"], plain("haftar")),
  term("haftar-forces", ["قوات حفتر"], { category: "delegitimization", actor: "lna", stance: "delegitimizing" }),
  term("harm", ["قتل"], { category: "civilian-harm", actor: null }),
  term("harm-civilians", ["قتلى مدنيين"], { category: "civilian-harm", actor: "civilians" }),
  term("qaeda-ties", ["[مسلحي|إرهابيي] [القاعدة|تنظيم القاعدة]", "تحت راية القاعدة", "fighters of al-Qaeda"], terror("dmsc")),
  term("isis-ties", ["تحت راية داعش", "[مسلحي|عناصر] داعش"], terror("isis")),
  term("egypt", ["القاهرة"], plain("egypt")),
  term("uae", ["أبوظبي"], plain("uae")),
  term("egypt-backed", ["المدعوم من القاهرة"], { category: "foreign-involvement", actor: "egypt", stance: "delegitimizing" }),
]);
/** Each mention as text:actor/category (category "-" for a plain name). */
const found = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.actor ?? "-"}/${m.category ?? "-"}`);

describe("a label that ties someone to a group, and a second group joined by and", () => {
  it("is one label when it ties a third party to both groups", () => {
    expect(found("يقاتل مسلحي القاعدة وداعش في الأحياء القديمة")).toEqual(["مسلحي القاعدة وداعش:dmsc/terrorism"]);
    expect(found("وصف التقرير المقاتلين بأنهم إرهابيي \"القاعدة\" و\"داعش\" معا")).toEqual(["إرهابيي \"القاعدة\" و\"داعش:dmsc/terrorism"]);
    expect(found("وصفهم بمسلحي تنظيم القاعدة وأنصار الشريعة")).toEqual(["بمسلحي تنظيم القاعدة وأنصار الشريعة:dmsc/terrorism"]);
    expect(found("the fighters of al-Qaeda and ISIS held the port")).toEqual(["fighters of al-Qaeda and ISIS:dmsc/terrorism"]);
  });

  it("names whom the same head names before the second group when it named the first group itself", () => {
    expect(found("زج الشباب في القتال تحت راية داعش والقاعدة")).toEqual(["تحت راية داعش والقاعدة:dmsc/terrorism"]);
  });

  it("keeps its own actor when the head says nothing of the second group", () => {
    expect(found("اشتبك عناصر داعش والقاعدة قرب الجسر")).toEqual(["عناصر داعش والقاعدة:isis/terrorism"]);
  });

  it("lists, and does not tie, victims, a comma, or a name after a label that is no tie", () => {
    expect(found("سقط قتلى بين مسلحي القاعدة والمدنيين")).toEqual(["مسلحي القاعدة:dmsc/terrorism", "والمدنيين:civilians/-"]);
    expect(found("انسحب مسلحي القاعدة، وداعش بقي في الحي")).toEqual(["مسلحي القاعدة:dmsc/terrorism", "وداعش:isis/-"]);
    expect(found("تقدمت قوات حفتر والقاعدة تنسحب")).toEqual(["قوات حفتر:lna/delegitimization", "والقاعدة:al-qaeda/-"]);
    expect(found("تقدم داعش والقاعدة نحو المدينة")).toEqual(["داعش:isis/-", "والقاعدة:al-qaeda/-"]);
  });
});

describe("a foreign-backing label, and a second backer joined by and", () => {
  it("makes the second backer foreign involvement too, by its own country", () => {
    expect(found("تقدمت قوات اللواء المدعوم من القاهرة وأبوظبي نحو المدينة")).toEqual([
      "المدعوم من القاهرة:egypt/foreign-involvement",
      "وأبوظبي:uae/foreign-involvement",
    ]);
  });

  it("leaves a country after a comma a plain name", () => {
    expect(found("وصف الجيش المدعوم من القاهرة، وأبوظبي تراقب")).toEqual(["المدعوم من القاهرة:egypt/foreign-involvement", "وأبوظبي:uae/-"]);
  });
});
