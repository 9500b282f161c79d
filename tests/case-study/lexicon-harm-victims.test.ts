// @vitest-environment node
import { describe, expect, it } from "vitest";
import { tagOf, tagsOf } from "./lexicon-tags";

// Harm joined to its victims, with the Derna lexicon. Every sentence below is written for these tests; none is quoted from an article.

describe("a harm and the victims it counts", () => {
  it.each([
    ["أسفر القصف عن مقتل أربعة أطفال وامرأة في حي الساحل", "مقتل أربعة أطفال وامرأة"],
    ["وأدت الغارة إلى قتل نحو عشرة أشخاص من بينهم طفلان", "قتل نحو عشرة أشخاص من بينهم طفلان"],
    ["وتسببت القذائف في جرح عشرات المدنيين قرب السوق", "جرح عشرات المدنيين"],
    ["أدى القصف إلى إصابة أكثر من 20 مواطنا بجروح", "إصابة أكثر من 20 مواطنا"],
    ["عثر الأهالي على جثة مدني قرب الوادي", "جثة مدني"],
    ["أدى القصف إلى انقطاع الكهرباء والمياه عن 40 ألف مواطن", "انقطاع الكهرباء والمياه عن 40 ألف مواطن"],
    ["تسبب الحصار في انقطاع الكهرباء والمياه تماماً عن آلاف السكان", "انقطاع الكهرباء والمياه تماماً عن آلاف السكان"],
    ["أدى القصف إلى انقطاع الكهرباء والمياه بشكل كامل عن 30 ألف مواطن", "انقطاع الكهرباء والمياه بشكل كامل عن 30 ألف مواطن"],
    ["وقعت أضرار مادية في ممتلكات المواطنين جراء القصف", "أضرار مادية في ممتلكات المواطنين"],
    ["لحقت أضرار مادية في منازل المدنيين قرب الميناء", "أضرار مادية في منازل المدنيين"],
    ["The shelling injured three children and two women near the port.", "injured three children and two women"],
    ["The siege caused the displacement of hundreds of families from the old town.", "displacement of hundreds of families"],
    ["The strike wounded at least 12 civilians in the old town.", "wounded at least 12 civilians"],
  ])("reads «%s» as harm done to the civilians", (sentence, words) => {
    expect(tagOf(sentence, words)).toMatchObject({ actor: "civilians", category: "civilian-harm" });
  });

  it.each([
    ["أسفر الانفجار عن إصابة أكثر من 15 شخصا", "إصابة أكثر من 15 شخصا"],
    ["أسفرت الغارة عن تدمير ثلاثة منازل في الحي", "تدمير ثلاثة منازل"],
    ["تسبب القصف في تدمير منازل قرب الميناء", "تدمير منازل"],
    ["The fighting caused the displacement of 300 people from the coast.", "displacement of 300 people"],
  ])("reads «%s» as harm that names no one: people or homes, not who they were", (sentence, words) => {
    expect(tagOf(sentence, words)).toMatchObject({ actor: null, category: "civilian-harm" });
  });

  it("reads a degree adverb as part of the harm, not as its victims, when no one harmed follows it", () => {
    expect(tagOf("يستمر انقطاع الكهرباء والمياه بالكامل عن المدينة منذ أسبوع", "انقطاع الكهرباء والمياه")).toMatchObject({ actor: null, category: "civilian-harm" });
  });

  it("is no harm at all when a bare act of killing has no victims after it", () => {
    expect(tagsOf("ندد البيان بعمليات القتل في المدينة").filter((t) => t.category === "civilian-harm")).toEqual([]);
  });
});

describe("words for the people harmed", () => {
  it.each([
    ["ارتفع عدد القتلى إلى عشرين", "القتلى"],
    ["نقل الجرحى إلى مستشفى المدينة", "الجرحى"],
    ["سقط 12 شهيدا في القصف", "شهيدا"],
    ["روى الناجون ما حدث في تلك الليلة", "الناجون"],
    ["لم تعلن الخسائر البشرية بعد", "الخسائر البشرية"],
    ["Rescuers searched for the victims under the rubble.", "victims"],
    ["Hospitals could not treat all the wounded.", "wounded"],
  ])("name the civilians they count in «%s»", (sentence, words) => {
    expect(tagOf(sentence, words)).toMatchObject({ actor: "civilians", category: "civilian-harm" });
  });

  it("join the victims counted after them", () => {
    expect(tagOf("سقط عشرات القتلى من المدنيين", "القتلى من المدنيين")).toMatchObject({ actor: "civilians", category: "civilian-harm" });
    expect(tagOf("سقط القتلى والجرحى بين السكان", "القتلى والجرحى بين السكان")).toMatchObject({ actor: "civilians", category: "civilian-harm" });
  });

  it.each([
    ["سقط قتلى وجرحى من الطرفين في اشتباكات الليلة", "قتلى وجرحى"],
    ["ارتفع عدد القتلى في صفوف المسلحين", "القتلى"],
    ["سقط قتلى وجرحى بصفوف مليشيات متحالفة", "قتلى وجرحى"],
    ["نقل الجرحى من عناصر الكتيبة إلى المستشفى", "الجرحى"],
    ["There were victims on both sides of the front.", "victims"],
  ])("count fighters, not civilians, in «%s»", (sentence, words) => {
    expect(tagsOf(sentence).filter((t) => t.text.includes(words) && t.category === "civilian-harm")).toEqual([]);
  });
});

describe("fighters' losses", () => {
  it.each([
    ["أعلنت القوات مقتل ثلاثة عناصر في كمين", "مقتل"],
    ["وقتل قائد ميداني في الاشتباكات", "قتل"],
    ["أعلنت القيادة مقتل القيادي في التنظيم", "مقتل"],
    ["قتل التنظيم القائد البارز", "قتل"],
    ["The airstrike injured two commanders of the group.", "injured"],
    ["سقط قتلى وجرحى من الطرفين في اشتباكات الليلة", "قتلى"],
  ])("are no civilian harm in «%s»", (sentence, words) => {
    expect(tagsOf(sentence).filter((t) => t.text.includes(words) && t.category === "civilian-harm")).toEqual([]);
  });

  it("does not make the destruction of a military position into harm", () => {
    expect(tagsOf("استهدفت الغارات تدمير المقر الرئيسي للكتيبة").filter((t) => t.category === "civilian-harm")).toEqual([]);
  });

  it("does not make a hit on a target into harm", () => {
    expect(tagsOf("أكدت القيادة إصابة الهدف بدقة").filter((t) => t.category === "civilian-harm")).toEqual([]);
  });
});

describe("strikes on homes and residential areas", () => {
  it.each([
    ["استمر القصف على المناطق السكنية طوال الليل", "القصف على المناطق السكنية"],
    ["نددت المنظمة بقصف الأحياء السكنية في المدينة", "بقصف الأحياء السكنية"],
    ["The shells hit residential neighborhoods near the market.", "residential neighborhoods"],
  ])("reads «%s» as civilian harm, not as an assault alone", (sentence, words) => {
    expect(tagOf(sentence, words)).toMatchObject({ category: "civilian-harm" });
  });

  it("leaves shelling of a military camp an assault", () => {
    expect(tagsOf("استمر القصف على المعسكر طوال الليل").map((t) => t.category)).toEqual(["assault"]);
  });
});
