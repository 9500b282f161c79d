// @vitest-environment node
import { describe, expect, it } from "vitest";
import { tagOf, tagsOf } from "./lexicon-tags";

// Event and frame labels collected from real coverage of Derna (2014-2020). The sentences
// below are written for these tests; none is quoted from an article.
describe("event and frame labels seen in real coverage", () => {
  it.each([
    ["فرضت القوات حصارا خانقا على الأحياء الشرقية", "حصارا خانقا", "assault-stifling-siege", null, "assault"],
    ["يعيش السكان في المدينة المحاصرة منذ عامين", "المدينة المحاصرة", "assault-besieged-city", null, "assault"],
    ["تواصل المدفعية دك مواقع المسلحين", "دك", "assault-pounding", null, "assault"],
    ["حاولت القوات المهاجمة دخول الحي من الجنوب", "القوات المهاجمة", "assault-attacking-forces", "lna", "assault"],
    ["ندد البيان بالحرب على درنة", "بالحرب على درنة", "assault-war-on-derna", null, "assault"],
  ])("tags the assault frame in «%s»", (sentence, words, entry, actor, category) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category });
  });

  it.each([
    ["وصلت الأسر النازحة إلى البيضاء", "النازحة", "harm-displaced-people", "civilians"],
    ["تسبب القتال في نزوح مئات العائلات", "نزوح", "harm-displacement", null],
    ["قتل في الغارة ثلاثة بينهم نساء وأطفال", "نساء وأطفال", "harm-women-and-children", "civilians"],
    // The dead are the victims the harm is done to, and casualty words name the civilians they count: one phrase.
    ["تحدث ناشطون عن التمثيل بجثث القتلى", "التمثيل بجثث القتلى", "harm-mutilation-of-bodies", "civilians"],
    ["اتهمت منظمات حقوقية المسلحين بتنفيذ إعدامات ميدانية", "إعدامات ميدانية", "harm-field-executions", null],
    ["تعاني الأحياء من نقص حاد في الأدوية", "نقص حاد", "harm-shortages", null],
    ["طالت موجة الاغتيالات القضاة والصحفيين", "الاغتيالات", "harm-assassinations", null],
    ["أدى القصف العشوائي إلى هدم المنازل", "القصف العشوائي", "harm-indiscriminate-shelling", null],
    ["وثقت المنظمة التعذيب في السجن", "التعذيب", "harm-torture", null],
  ])("tags the civilian-harm frame in «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "civilian-harm" });
  });

  it("tags the nation's-bosom phrase as liberation", () => {
    expect(tagOf("احتفل الأهالي بعودة مدينتهم إلى حضن الوطن", "حضن الوطن")).toMatchObject({
      entry: "liberation-nations-bosom",
      category: "liberation",
    });
  });

  it("names Egypt and the UAE as the actors of the foreign air power they are tied to", () => {
    const tags = tagsOf("قالت مصادر محلية إن طائرات مصرية وإماراتية قصفت أطراف المدينة");
    expect(tags).toContainEqual({ text: "طائرات مصرية", entry: "foreign-egyptian-aircraft", actor: "egypt", category: "foreign-involvement" });
    expect(tags).toContainEqual({ text: "وإماراتية", entry: "foreign-emirati", actor: "uae", category: "foreign-involvement" });
  });

  it("files Egypt's aviation under Egypt", () => {
    expect(tagOf("قالت المصادر إن الطيران المصري سيوفر غطاء للعملية", "الطيران المصري")).toMatchObject({
      entry: "foreign-egyptian-air-force",
      actor: "egypt",
    });
  });

  it("gives Qatar's and Turkey's roles a foreign-involvement frame with no actor of the case", () => {
    expect(tagOf("حذر المتحدث من التدخل التركي ومن الدعم القطري", "التدخل التركي")).toMatchObject({ actor: null, category: "foreign-involvement" });
    expect(tagOf("حذر المتحدث من التدخل التركي ومن الدعم القطري", "الدعم القطري")).toMatchObject({ actor: null, category: "foreign-involvement" });
  });

  it.each([
    ["خرج السكان في احتفالات بعد دخول الجيش", "احتفالات", "support-celebrations"],
    ["أعلنت القبائل دعم القبائل للجيش في بيان", "دعم القبائل", "support-tribal-backing"],
    ["دعا البيان إلى الالتفاف حول المؤسسة العسكرية", "الالتفاف حول", "support-rallying-around"],
    ["خرجت مظاهرات مؤيدة في عدة مدن", "مظاهرات مؤيدة", "support-pro-army-demonstrations"],
    ["شهدت المدينة انتفاضة شعبية ضد التنظيم", "انتفاضة شعبية", "support-popular-uprising"],
  ])("tags the popular-support frame in «%s»", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toMatchObject({ entry, category: "popular-support" });
  });
});

describe("risky words keep their ordinary sense", () => {
  it.each([
    ["أصدرت المحكمة حكما بالإعدام على المتهم", "a court's death sentence is no field execution"],
    ["حسمت ضربات الترجيح المباراة", "a penalty shoot-out is no air strike"],
    ["رصدت البعثة انتهاكات لوقف إطلاق النار", "ceasefire violations are not abuses of civilians"],
    ["يوزع متطوعين في الهلال الأحمر الطرود", "Red Crescent volunteers are not fighters joining a side"],
    ["انتهى القصف دون وقوع أضرار مادية", "damage that did not happen is no harm"],
    ["سقط جرحى من الطرفين في الاشتباكات", "wounded fighters on both sides are no civilian harm"],
    ["نجح الوسطاء في تطويق الأزمة بين البلديتين", "containing a crisis is no encirclement of a city"],
    ["أشعل اغتيال القائد الميداني جولة جديدة من القتال", "the assassination of a commander is a killing among fighters, not harm to civilians"],
  ])("«%s»: %s", (sentence) => {
    const framed = tagsOf(sentence).filter((t) =>
      ["harm-field-executions", "assault-strikes", "harm-violations", "support-volunteers", "harm-human-and-material-losses", "harm-wounded", "assault-encirclement", "harm-assassinations"].includes(t.entry),
    );
    expect(framed).toEqual([]);
  });
});
