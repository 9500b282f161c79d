// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

const lexicon = compileLexicon([
  term("lna-libyan-army", ["الجيش الليبي"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("lna-national-army", ["الجيش الوطني الليبي"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("lna-armed-forces", ["القوات المسلحة"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing", except: { after: ["المصرية"] } }),
  term("haftar-name", ["حفتر", "خليفة حفتر"], { category: "state-legitimacy", actor: "haftar", stance: "neutral" }),
  term("lna-haftar-forces", ["قوات حفتر"], { category: "delegitimization", actor: "lna", stance: "delegitimizing" }),
  term("isis-daesh", ["داعش"], { category: "terrorism", actor: "isis", stance: "delegitimizing" }),
  term("isis-state-organization", ["تنظيم الدولة"], { category: "terrorism", actor: "isis", stance: "neutral" }),
  term("al-qaeda", ["القاعدة"], { category: "terrorism", actor: "al-qaeda", stance: "neutral", except: { after: ["الجوية"] } }),
  term("dmsc-terrorists", ["الإرهابيين", "الإرهابيون", "إرهابي", "إرهابيا"], { category: "terrorism", actor: "dmsc", stance: "delegitimizing" }),
  term("liberation", ["تحرير"], { category: "liberation", except: { before: ["رئيس"] } }),
  term("victories", ["انتصارات"], { category: "liberation" }),
  term("command", ["قيادة"], { category: "state-legitimacy" }),
  term("storming", ["اقتحام"]),
  term("bombardment", ["قصف"]),
]);

const found = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}=${m.entry}`);

describe("matching", () => {
  it("should not fail on an empty text, or on a text with no Arabic", () => {
    expect(found("")).toEqual([]);
    expect(found("Derna, Libya — June 2018.")).toEqual([]);
  });

  it("finds a term in a real sentence with its offsets into the raw text", () => {
    const text = "ونجح الجيش الليبي في الأيام القليلة الماضية في التقدم على محاور عدة في المدينة";
    const [mention] = analyze(text, lexicon).mentions;
    expect(mention).toMatchObject({ text: "الجيش الليبي", entry: "lna-libyan-army", actor: "lna", stance: "legitimizing" });
    expect(text.slice(mention?.start, mention?.end)).toBe("الجيش الليبي");
  });

  it("matches Youm7's alef maqsura spelling (الوطنى الليبى) and tanween (إرهابيًا)", () => {
    expect(found("يواصل الجيش الوطنى الليبى انتصاراته")).toEqual(["الجيش الوطنى الليبى=lna-national-army", "انتصاراته=victories"]);
    expect(found("اعتقلت 21 إرهابيًا")).toEqual(["إرهابيًا=dmsc-terrorists"]);
  });

  describe("clitics", () => {
    it("matches a term behind the conjunctions و and ف", () => {
      expect(found("وداعش فداعش")).toEqual(["وداعش=isis-daesh", "فداعش=isis-daesh"]);
    });

    it("matches a term behind the prepositions ب ل ك, also after a conjunction", () => {
      expect(found("بتنظيم الدولة لداعش كداعش ولداعش")).toEqual([
        "بتنظيم الدولة=isis-state-organization",
        "لداعش=isis-daesh",
        "كداعش=isis-daesh",
        "ولداعش=isis-daesh",
      ]);
    });

    it("matches ل before the article, whose alef it elides: للجيش الليبي", () => {
      expect(found("التابعة للقيادة العامة للجيش الليبي")).toEqual(["للقيادة=command", "للجيش الليبي=lna-libyan-army"]);
    });

    it("matches the article in front of a form written without it, alone or after clitics", () => {
      expect(found("الإرهابي والإرهابي بالإرهابي للإرهابي")).toEqual([
        "الإرهابي=dmsc-terrorists",
        "والإرهابي=dmsc-terrorists",
        "بالإرهابي=dmsc-terrorists",
        "للإرهابي=dmsc-terrorists",
      ]);
    });

    it("matches the last word with a pronoun suffix: انتصاراته، قواتهم", () => {
      expect(found("يواصل انتصاراته وانتصاراتهم")).toEqual(["انتصاراته=victories", "وانتصاراتهم=victories"]);
    });

    it("reads a ta marbuta written ت before a pronoun: قيادته is قيادة", () => {
      expect(found("تحت قيادته")).toEqual(["قيادته=command"]);
    });

    it("does not take a final ta marbuta for the pronoun ه", () => {
      const withHa = compileLexicon([term("force", ["قو"])]);
      expect(analyze("قوة", withHa).mentions).toEqual([]);
    });

    it("does not strip clitics down to a stem shorter than two letters", () => {
      const short = compileLexicon([term("short", ["ه"])]);
      expect(analyze("به وبه", short).mentions).toEqual([]);
    });

    it("does not accept clitics on the inner words of a multi-word term", () => {
      expect(found("الجيش والليبي")).toEqual([]);
    });
  });

  describe("multi-word terms", () => {
    it("match across line breaks and runs of spaces", () => {
      expect(found("قوات\nحفتر و قوات    حفتر")).toEqual(["قوات\nحفتر=lna-haftar-forces", "قوات    حفتر=lna-haftar-forces"]);
    });

    it("do not match across punctuation", () => {
      expect(found("قوات، حفتر")).toEqual(["حفتر=haftar-name"]);
    });

    it("let the longest match win: قوات حفتر is the forces, not Haftar the person", () => {
      expect(found("تتقدم قوات حفتر")).toEqual(["قوات حفتر=lna-haftar-forces"]);
      expect(found("الجيش الوطني الليبي")).toEqual(["الجيش الوطني الليبي=lna-national-army"]);
    });

    it("keep a shorter term that follows a longer one: خليفة حفتر then حفتر", () => {
      expect(found("خليفة حفتر ثم حفتر")).toEqual(["خليفة حفتر=haftar-name", "حفتر=haftar-name"]);
    });
  });

  describe("context rules for false friends", () => {
    it("do not read رئيس التحرير (editor-in-chief) as liberation", () => {
      expect(found("قال رئيس التحرير")).toEqual([]);
      expect(found("أعلن تحرير المدينة")).toEqual(["تحرير=liberation"]);
    });

    it("do not read القاعدة الجوية (the air base) as al-Qaeda", () => {
      expect(found("استهدفت القاعدة الجوية")).toEqual([]);
      expect(found("بقايا القاعدة في درنة")).toEqual(["القاعدة=al-qaeda"]);
    });

    it("do not read القوات المسلحة المصرية (Egypt's army) as Haftar's forces", () => {
      expect(found("أعلنت القوات المسلحة المصرية")).toEqual([]);
      expect(found("أعلنت القوات المسلحة الليبية")).toEqual(["القوات المسلحة=lna-armed-forces"]);
    });
  });
});

describe("compileLexicon", () => {
  it("refuses a form that two entries share once normalized, naming both", () => {
    expect(() => compileLexicon([term("a", ["الجيش الليبي"]), term("b", ["الجيش الليبى"])])).toThrow(
      /entry "b": form "الجيش الليبى" is also a form of entry "a"/,
    );
  });

  it("refuses a form with no letters, naming the entry", () => {
    expect(() => compileLexicon([term("dash", ["—"])])).toThrow(/entry "dash": form "—" has no letters/);
  });

  it("counts distinct normalized forms, once per entry", () => {
    expect(compileLexicon([term("a", ["الجيش الليبي", "الجيش الليبى", "القوات"])]).formCount).toBe(2);
  });
});
