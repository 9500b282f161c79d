// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

const army = { category: "state-legitimacy", actor: "lna", stance: "legitimizing" as const };
const plain = (actor: string) => ({ category: null, actor, stance: "neutral" as const });
const lexicon = compileLexicon([
  term("lna-the-army", ["الجيش", "قوات الجيش", "army"], army),
  term("lna-armed-forces", ["القوات المسلحة"], army),
  term("lna-air-force", ["القوات الجوية", "سلاح الجو"], army),
  term("lna-the-military-en", ["the military"], army),
  term("lna-libyan-army", ["الجيش الليبي", "Libyan army"], army),
  term("haftar", ["حفتر"], plain("haftar")),
  // A title makes Haftar one of the actors the case's own army labels name.
  term("haftar-field-marshal", ["المشير"], { category: "state-legitimacy", actor: "haftar", stance: "legitimizing" }),
  term("egypt-armed-forces", ["الجيش المصري", "القوات المسلحة المصرية", "Egyptian army"], plain("egypt")),
  term("egypt-air-force", ["القوات الجوية المصرية"], plain("egypt")),
  term("egypt-aircraft", ["Egyptian planes"], { category: "foreign-involvement", actor: "egypt", stance: "neutral" }),
  term("egypt-sisi", ["السيسي"], plain("egypt")),
]);
/** Each mention as text:entry:actor/category (category "-" for a plain name). */
const found = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.entry}:${m.actor ?? "-"}/${m.category ?? "-"}`);

describe("a bare army label after another country's army", () => {
  it("is that country's army, a plain name of the country", () => {
    expect(found("أعلن الجيش المصري أن القوات الجوية نفذت ضربات على معسكرات")).toEqual([
      "الجيش المصري:egypt-armed-forces:egypt/-",
      "القوات الجوية:egypt-air-force:egypt/-",
    ]);
    expect(found("قالت القوات الجوية المصرية إن القوات المسلحة ستواصل عملياتها")).toEqual([
      "القوات الجوية المصرية:egypt-air-force:egypt/-",
      "القوات المسلحة:egypt-armed-forces:egypt/-",
    ]);
  });

  it("is that country's army in English, after its planes or its army", () => {
    expect(found("Egyptian planes struck the port at dawn. In a statement, the military said all pilots returned")).toEqual([
      "Egyptian planes:egypt-aircraft:egypt/foreign-involvement",
      "the military:egypt-armed-forces:egypt/-",
    ]);
    expect(found("The Egyptian army said the army would strike again")).toEqual([
      "Egyptian army:egypt-armed-forces:egypt/-",
      "army:egypt-armed-forces:egypt/-",
    ]);
  });

  it("stays that country's army through later bare labels", () => {
    expect(found("أعلن الجيش المصري أن القوات الجوية قصفت مواقع، وأكد الجيش أن طائراته عادت")).toEqual([
      "الجيش المصري:egypt-armed-forces:egypt/-",
      "القوات الجوية:egypt-air-force:egypt/-",
      "الجيش:egypt-armed-forces:egypt/-",
    ]);
  });

  it("stays that country's army beyond sixty words while no other army is named", () => {
    const filler = Array.from({ length: 61 }, () => "كلمة").join(" ");
    expect(found(`أعلن الجيش المصري أن القوات الجوية قصفت مواقع ${filler} وقال المتحدث باسم القوات المسلحة إن الطائرات عادت`).at(-1)).toBe(
      "القوات المسلحة:egypt-armed-forces:egypt/-",
    );
  });

  it("is the country whose state the text names next, when it opens the text's talk of armies", () => {
    // A headline of an Egyptian paper: its own air force, bare, then the president who ordered the strike.
    expect(found("القوات الجوية تقصف معسكرات في ليبيا. نفذت القوات الجوية ست طلعات، وقال السيسي إن الضربات ستستمر")).toEqual([
      "القوات الجوية:egypt-air-force:egypt/-",
      "القوات الجوية:egypt-air-force:egypt/-",
      "السيسي:egypt-sisi:egypt/-",
    ]);
  });

  it("is no mention when the country has no actor in the case (the Qatari army)", () => {
    expect(found("أجرى الجيش القطري مناورة، وقال الجيش إنها انتهت")).toEqual([]);
  });
});

describe("a bare army label that stays the case's own army", () => {
  it("stays the LNA when the LNA side is named in between", () => {
    expect(found("أعلن الجيش المصري ضرباته، وقال حفتر إن الجيش سيدخل المدينة")).toEqual([
      "الجيش المصري:egypt-armed-forces:egypt/-",
      "حفتر:haftar:haftar/-",
      "الجيش:lna-the-army:lna/state-legitimacy",
    ]);
  });

  it("stays the LNA when it says whose army it is (الجيش الليبي)", () => {
    expect(found("أعلن الجيش المصري ضرباته ورحب الجيش الليبي بها")).toEqual([
      "الجيش المصري:egypt-armed-forces:egypt/-",
      "الجيش الليبي:lna-libyan-army:lna/state-legitimacy",
    ]);
  });

  it("stays the LNA when the other country was named but not its army", () => {
    expect(found("استقبل السيسي وفدا، ثم أعلن الجيش تقدمه")).toEqual(["السيسي:egypt-sisi:egypt/-", "الجيش:lna-the-army:lna/state-legitimacy"]);
  });

  it("stays the LNA when the text names the LNA's side before another country's state", () => {
    expect(found("القوات الجوية تقصف مواقع في درنة، وقال حفتر بعد لقائه السيسي إن الجيش سيتقدم")).toEqual([
      "القوات الجوية:lna-air-force:lna/state-legitimacy",
      "حفتر:haftar:haftar/-",
      "السيسي:egypt-sisi:egypt/-",
      "الجيش:lna-the-army:lna/state-legitimacy",
    ]);
  });

  it("stays the LNA when the other army is more than sixty words back", () => {
    const filler = Array.from({ length: 61 }, () => "كلمة").join(" ");
    expect(found(`أعلن الجيش المصري ضرباته ${filler} ثم أعلن الجيش تقدمه`).at(-1)).toBe("الجيش:lna-the-army:lna/state-legitimacy");
  });
});
