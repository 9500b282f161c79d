// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyze, compileLexicon } from "@/lib/engine";

// Derna's entries written as a lemma with a paradigm or an optional modifier, read in sentences
// written for these tests (none is quoted from an article).
const lexicon = compileLexicon(getBundledCaseStudy().lexicon);

function found(sentence: string): string[] {
  return analyze(sentence, lexicon).mentions.map((m) => `${m.text}=${m.entry}`);
}

describe("Derna's lexicon written as lemmas", () => {
  it("names the retired general with or without his nationality, the article or his name", () => {
    expect(found("أعلن اللواء الليبي المتقاعد خليفة حفتر بدء العملية")).toEqual(["اللواء الليبي المتقاعد خليفة حفتر=haftar-retired-general"]);
    expect(found("وصرح اللواء متقاعد حفتر للصحفيين")).toEqual(["اللواء متقاعد حفتر=haftar-retired-general"]);
    expect(found("تقدمت قوات اللواء الليبي المتقاعد نحو الساحل")).toEqual(["قوات اللواء الليبي المتقاعد=lna-retired-general-forces"]);
    expect(found("التقى الوفد اللواء الليبي خليفة حفتر")).toEqual(["اللواء الليبي خليفة حفتر=haftar-major-general"]);
  });

  it("reads the field marshal's full title and the armed forces' long name in either order", () => {
    expect(found("استقبل المشير أركان حرب خليفة حفتر الوفد")).toEqual(["المشير أركان حرب خليفة حفتر=haftar-field-marshal"]);
    expect(found("بيان القوات العربية الليبية المسلحة")).toEqual(["القوات العربية الليبية المسلحة=lna-armed-forces"]);
    expect(found("بيان القوات المسلحة العربية الليبية")).toEqual(["القوات المسلحة العربية الليبية=lna-armed-forces"]);
  });

  it("reads the Shura Council with the word مدينة and its fighters in the nominative", () => {
    expect(found("أصدر مجلس شورى مجاهدي مدينة درنة بيانا")).toEqual(["مجلس شورى مجاهدي مدينة درنة=dmsc-mujahideen-shura-council"]);
    expect(found("وتصدى مجاهدو درنة للهجوم")).toEqual(["مجاهدو درنة=dmsc-mujahideen-shura-council", "للهجوم=attack"]);
  });

  it("reads duals, plurals and the accusative of frame terms", () => {
    expect(found("نفذت الطائرات غارتين جويتين")).toEqual(["غارتين جويتين=raids"]);
    expect(found("استهدفت الغارات الجوية المصرية مواقع عدة")).toEqual(["الغارات الجوية المصرية=egypt-egyptian-raids"]);
    expect(found("فرضوا على المدينة حصارا محكما ثم حاصرهم الجيش")).toEqual(["حصارا محكما=tight-siege", "حاصرهم=siege", "الجيش=lna-the-army"]);
    expect(found("اعتقلت القوات إرهابيات وإماراتيين")).toEqual(["إرهابيات=dmsc-terrorists", "وإماراتيين=foreign-emirati"]);
  });

  it("creates no false friend: the diaspora, a country's name, a feminine the entry does not list", () => {
    // Each entry alone, so that another entry naming the country or the word plainly does not hide the point.
    const alone = (id: string, sentence: string) => {
      const entry = getBundledCaseStudy().lexicon.find((e) => e.id === id)!;
      return analyze(sentence, compileLexicon([entry])).mentions.map((m) => m.text);
    };
    // مهجر (diaspora) stays out of the displaced: only its plurals are listed.
    expect(alone("harm-displaced-people", "عاد من المهجر بعد سنوات")).toEqual([]);
    // قطر{n} and إمارات{n} generate the adjectives, not the countries' names.
    expect(alone("foreign-qatari", "زار وفد من قطر البلاد")).toEqual([]);
    expect(alone("foreign-emirati", "زار وفد من الإمارات البلاد")).toEqual([]);
    // متطرف{pa} has no feminine: متطرفة is left to the group entries.
    expect(alone("dmsc-extremists", "قالت إنها ليست متطرفة")).toEqual([]);
  });
});
