// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon, displayForm, expandForm, expandForms, formSyntaxProblem, type LexiconTerm } from "@/lib/engine";
import { term } from "./fixtures";

/** What a lexicon of these entries finds in a text, as `text=entry`. */
function findIn(entries: LexiconTerm[], text: string): string[] {
  return analyze(text, compileLexicon(entries)).mentions.map((m) => `${m.text}=${m.entry}`);
}

describe("word forms generated from a lemma", () => {
  it("leaves a form without syntax as it is written", () => {
    expect(expandForm("الجيش الوطني الليبي")).toEqual(["الجيش الوطني الليبي"]);
  });

  describe("an optional slot [x]", () => {
    const lexicon = [term("retired-general-forces", ["قوات اللواء [الليبي] المتقاعد"], { category: "delegitimization" })];

    it("generates the phrase with and without the modifier", () => {
      expect(expandForm("قوات اللواء [الليبي] المتقاعد")).toEqual(["قوات اللواء الليبي المتقاعد", "قوات اللواء المتقاعد"]);
    });

    it("matches a sentence that names the general's nationality and one that does not", () => {
      expect(findIn(lexicon, "تقدمت قوات اللواء الليبي المتقاعد نحو وسط المدينة")).toEqual(["قوات اللواء الليبي المتقاعد=retired-general-forces"]);
      expect(findIn(lexicon, "وأعلنت قوات اللواء المتقاعد سيطرتها على الميناء")).toEqual(["قوات اللواء المتقاعد=retired-general-forces"]);
    });

    it("does not let the slot stand for some other word", () => {
      expect(findIn(lexicon, "تقدمت قوات اللواء السابق المتقاعد")).toEqual([]);
    });

    it("fills a slot inside a longer name, with a proclitic on the first word", () => {
      const council = [term("shura-council", ["مجلس شورى مجاهدي [مدينة] درنة"], { category: "religious-ideological" })];
      expect(findIn(council, "بيان صادر عن مجلس شورى مجاهدي مدينة درنة صباح اليوم")).toEqual(["مجلس شورى مجاهدي مدينة درنة=shura-council"]);
      expect(findIn(council, "وقال إن لمجلس شورى مجاهدي درنة مقرات عدة")).toEqual(["لمجلس شورى مجاهدي درنة=shura-council"]);
    });
  });

  describe("alternatives [a|b]", () => {
    it("generates one phrase per alternative, and none without the slot unless it is left empty", () => {
      expect(expandForm("مجاهد[و|ي] درنة")).toEqual(["مجاهدو درنة", "مجاهدي درنة"]);
      expect(expandForm("المشير [أركان حرب|الركن|] حفتر")).toEqual(["المشير أركان حرب حفتر", "المشير الركن حفتر", "المشير حفتر"]);
    });

    it("matches the nominative of a name written in the genitive", () => {
      const lexicon = [term("mujahideen-of-derna", ["مجاهد[و|ي] درنة"], { category: "religious-ideological" })];
      expect(findIn(lexicon, "ورفض مجاهدو درنة الانسحاب من أحياء المدينة القديمة")).toEqual(["مجاهدو درنة=mujahideen-of-derna"]);
      expect(findIn(lexicon, "تحدث أحد مجاهد درنة")).toEqual([]);
    });
  });

  describe("a paradigm word{flags}", () => {
    it("inflects an adjective for the feminine, the sound plurals and the accusative", () => {
      expect(expandForm("متطرف{fpa}")).toEqual(["متطرف", "متطرفة", "متطرفون", "متطرفين", "متطرفات", "متطرفا"]);
    });

    it("matches every generated form with and without the article and proclitics", () => {
      const lexicon = [term("extremists", ["متطرف{fpa}"], { category: "extremism" })];
      expect(findIn(lexicon, "حذر التقرير من المتطرفين وقال إن متطرفات انضممن إليهم")).toEqual(["المتطرفين=extremists", "متطرفات=extremists"]);
      expect(findIn(lexicon, "وللمتطرفين فالمتطرفون بالمتطرفة")).toEqual(["وللمتطرفين=extremists", "فالمتطرفون=extremists", "بالمتطرفة=extremists"]);
      expect(findIn(lexicon, "اعتقلت الشرطة متطرفًا ثم متطرفاً ثم متطرفا")).toEqual(["متطرفًا=extremists", "متطرفاً=extremists", "متطرفا=extremists"]);
    });

    it("generates only what its flags ask for: a plural of gunmen never reads the feminine adjective 'armed'", () => {
      expect(expandForm("مسلح{p}")).toEqual(["مسلح", "مسلحون", "مسلحين"]);
      const lexicon = [term("gunmen", ["مسلح{p}"], { category: "delegitimization" })];
      expect(findIn(lexicon, "هاجم مسلحون حاجزا لجماعة مسلحة")).toEqual(["مسلحون=gunmen"]);
    });

    it("builds the dual and the plural of a feminine noun from its ta marbuta", () => {
      expect(expandForm("غارة{pd}")).toEqual(["غارة", "غارات", "غارتان", "غارتين"]);
      const lexicon = [term("raids", ["غارة{pd}"])];
      expect(findIn(lexicon, "شنت الطائرات غارتين على المدينة ثم غارات أخرى")).toEqual(["غارتين=raids", "غارات=raids"]);
    });

    it("gives the dual of a masculine noun", () => {
      expect(expandForm("هجوم{da}")).toEqual(["هجوم", "هجومان", "هجومين", "هجوما"]);
    });

    it("never adds tanween alif to a word with the article, a feminine noun or a word ending in alif", () => {
      expect(expandForm("الحصار{a}")).toEqual(["الحصار"]);
      expect(expandForm("جماعة{a}")).toEqual(["جماعة"]);
      expect(expandForm("ضحايا{a}")).toEqual(["ضحايا"]);
      expect(expandForm("جرحى{a}")).toEqual(["جرحى"]);
    });

    it("puts every flagged word of a phrase in the accusative together", () => {
      expect(expandForm("حصار{a} خانق{a}")).toEqual(["حصار خانق", "حصارا خانقا"]);
      const lexicon = [term("stifling-siege", ["حصار{a} خانق{a}"])];
      expect(findIn(lexicon, "فرضت القوات حصاراً خانقاً على الأحياء")).toEqual(["حصاراً خانقاً=stifling-siege"]);
      expect(findIn(lexicon, "فرضت القوات حصارًا خانقًا")).toEqual(["حصارًا خانقًا=stifling-siege"]);
    });

    it("gives an adjective the article when its noun has it ({l}), and only then", () => {
      expect(expandForm("حصار{a} خانق{al}")).toEqual(["حصار خانق", "حصارا خانقا", "الحصار الخانق"]);
      const lexicon = [term("stifling-siege", ["حصار{a} خانق{al}"])];
      expect(findIn(lexicon, "رفعت القوات الحصار الخانق عن الأحياء وكسرت حصاراً خانقاً آخر")).toEqual([
        "الحصار الخانق=stifling-siege",
        "حصاراً خانقاً=stifling-siege",
      ]);
      expect(findIn(lexicon, "للحصار الخانق")).toEqual(["للحصار الخانق=stifling-siege"]);
      expect(findIn(lexicon, "حصار الخانق")).toEqual([]);
    });
  });

  describe("the accusative with tanween alif", () => {
    const lexicon = [term("siege", ["حصار{a}"])];

    it("matches the alif with the tanween on either side of it, or none", () => {
      expect(findIn(lexicon, "عاشت المدينة حصاراً طويلا")).toEqual(["حصاراً=siege"]);
      expect(findIn(lexicon, "عاشت المدينة حصارًا طويلا")).toEqual(["حصارًا=siege"]);
      expect(findIn(lexicon, "عاشت المدينة حصارا طويلا")).toEqual(["حصارا=siege"]);
    });
  });

  describe("the nisba {n}", () => {
    const lexicon = [term("egyptian", ["مصر{n}"], { category: "foreign-involvement", actor: "egypt", stance: "neutral" })];

    it("generates the adjective in ي with its feminine, plurals and accusative, not the country's name", () => {
      expect(expandForm("مصر{n}")).toEqual(["مصري", "مصرية", "مصريون", "مصريين", "مصريات", "مصريا"]);
    });

    it("matches the adjective in a sentence, with the article and a preposition", () => {
      expect(findIn(lexicon, "قصفت طائرة مصرية مواقع في المدينة بدعم من ضباط مصريين")).toEqual(["مصرية=egyptian", "مصريين=egyptian"]);
      expect(findIn(lexicon, "رحب المسؤول بالمصريين وقال إن دعماً مصرياً وصل")).toEqual(["بالمصريين=egyptian", "مصرياً=egyptian"]);
    });

    it("does not match Egypt, a bank or Misrata", () => {
      expect(findIn(lexicon, "زار وفد من مصر مقر مصرف ليبيا المركزي في مصراتة")).toEqual([]);
    });

    it("works from the stem ي attaches to, and with the accusative written with tanween", () => {
      const emirati = [term("emirati", ["إمارات{n}"], { category: "foreign-involvement", actor: "uae", stance: "neutral" })];
      expect(findIn(emirati, "وصلت طائرة إماراتية ثم دعم إماراتياً")).toEqual(["إماراتية=emirati", "إماراتياً=emirati"]);
      expect(findIn(emirati, "أعلنت الإمارات دعمها")).toEqual([]);
    });
  });

  describe("spelling variants", () => {
    it("matches مسؤول and مسئول from either spelling", () => {
      expect(expandForm("مسؤول{p}")).toEqual(["مسؤول", "مسئول", "مسؤولون", "مسئولون", "مسؤولين", "مسئولين"]);
      const lexicon = [term("officials", ["مسؤول{p}"])];
      expect(findIn(lexicon, "قال مسئولون في المدينة إن المسؤولين غادروا")).toEqual(["مسئولون=officials", "المسؤولين=officials"]);
    });

    it("matches ميليشيات and مليشيات from either spelling", () => {
      const lexicon = [term("haftar-militias", ["ميليشيات حفتر"], { category: "delegitimization" })];
      expect(findIn(lexicon, "تقدمت مليشيات حفتر ثم انسحبت ميليشيات حفتر")).toEqual(["مليشيات حفتر=haftar-militias", "ميليشيات حفتر=haftar-militias"]);
    });

    it("leaves to normalization alif maqsura, ta marbuta written ه and hamza on alef", () => {
      const lexicon = [term("extremist-groups", ["جماعة{p} متطرف{f}"], { category: "extremism" })];
      expect(findIn(lexicon, "اتهم البيان جماعه متطرفه بالهجوم")).toEqual(["جماعه متطرفه=extremist-groups"]);
      const terrorists = [term("terrorists", ["إرهابي{fpa}"], { category: "terrorism" })];
      expect(findIn(terrorists, "قتل ارهابيون وأصيب إرهابيين آخرين")).toEqual(["ارهابيون=terrorists", "إرهابيين=terrorists"]);
      const army = [term("national-army", ["الجيش الوطني"], { category: "state-legitimacy" })];
      expect(findIn(army, "قال الجيش الوطنى")).toEqual(["الجيش الوطنى=national-army"]);
    });
  });

  describe("syntax errors", () => {
    it("names what is wrong", () => {
      expect(formSyntaxProblem("قوات [الليبي")).toMatch(/never closed/);
      expect(formSyntaxProblem("قوات الليبي]")).toMatch(/closes no slot/);
      expect(formSyntaxProblem("قوات [اللواء [الليبي]]")).toMatch(/do not nest/);
      expect(formSyntaxProblem("قوات a|b")).toMatch(/outside/);
      expect(formSyntaxProblem("قوات []")).toMatch(/empty/);
      expect(formSyntaxProblem("متطرف{x}")).toMatch(/unknown paradigm flag "x"/);
      expect(formSyntaxProblem("متطرف{ff}")).toMatch(/given twice/);
      expect(formSyntaxProblem("متطرف{}")).toMatch(/no flag/);
      expect(formSyntaxProblem("متطرف{f}ين")).toMatch(/follows the last letter/);
      expect(formSyntaxProblem("extremist{p}")).toMatch(/Arabic word/);
      expect(formSyntaxProblem("[الليبي]")).toMatch(/leaves no word/);
      expect(formSyntaxProblem("[a|b|c|d] [a|b|c|d] [a|b|c|d] [a|b|c|d]")).toMatch(/more than 64/);
      expect(formSyntaxProblem("متطرف{fp}")).toBeNull();
    });

    it("makes compiling a lexicon fail with the entry and the form", () => {
      expect(() => compileLexicon([term("bad-entry", ["متطرف{q}"])])).toThrow(/bad-entry.*متطرف\{q\}.*"q"/);
    });

    it("refuses two entries that generate the same form, naming both entries and the form", () => {
      expect(() => compileLexicon([term("civilians", ["مدني{p}"]), term("civilian-victims", ["المدنيين", "مدنيين"])])).toThrow(
        /civilian-victims.*"مدنيين".*civilians/,
      );
      expect(() => compileLexicon([term("militias", ["مليشيات"]), term("haftar-militias", ["ميليشيات"])])).toThrow(/haftar-militias.*militias/);
    });

    it("lets callers that only search or display read a broken form as written", () => {
      expect(expandForms(["متطرف{q}", "متشدد{p}"])).toEqual(["متطرف{q}", "متشدد", "متشددون", "متشددين"]);
    });
  });

  describe("displayForm", () => {
    it("shows an optional slot in parentheses and alternatives with a slash", () => {
      expect(displayForm("قوات اللواء [الليبي] المتقاعد")).toBe("قوات اللواء (الليبي) المتقاعد");
      expect(displayForm("مجاهد[و|ي] درنة")).toBe("مجاهدو/ي درنة");
      expect(displayForm("المشير [أركان حرب|الركن|] حفتر")).toBe("المشير (أركان حرب/الركن) حفتر");
    });

    it("shows a paradigm as its lemma and the endings it adds", () => {
      expect(displayForm("متطرف{fpa}")).toBe("متطرف (ـة، ـون، ـين، ـات، ـا)");
      expect(displayForm("مصر{n}")).toBe("مصري (ـة، ـون، ـين، ـات، ـا)");
      expect(displayForm("غارة{pd}")).toBe("غارة (غارات، غارتان، غارتين)");
      expect(displayForm("حصار{a} خانق{al}")).toBe("حصار (ـا) (ال)خانق (ـا)");
    });

    it("shows a plain form, or one it cannot read, as written", () => {
      expect(displayForm("الجيش الليبي")).toBe("الجيش الليبي");
      expect(displayForm("متطرف{q}")).toBe("متطرف{q}");
    });
  });
});
