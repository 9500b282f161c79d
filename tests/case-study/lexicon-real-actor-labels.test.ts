// @vitest-environment node
import { describe, expect, it } from "vitest";
import { tagOf, tagsOf } from "./lexicon-tags";

// Actor labels collected from real coverage of the Libyan conflict (2014-2021), from outlets of
// both camps. The sentences below are written for these tests; none is quoted from an article.
describe("labels that withhold legitimacy from Haftar and his forces", () => {
  it.each([
    ["تقدمت ميليشيات حفتر نحو الأحياء الغربية", "ميليشيات حفتر", "lna-haftar-militias", "lna"],
    ["قصفت مليشيات خليفة حفتر محيط الميناء", "مليشيات خليفة حفتر", "lna-haftar-militias", "lna"],
    ["انسحبت قوات عملية الكرامة إلى مواقعها", "قوات عملية الكرامة", "lna-karama-militias", "lna"],
    ["اتهم البيان مليشيات الكرامة بهدم البيوت", "مليشيات الكرامة", "lna-karama-militias", "lna"],
    ["أصيب ثلاثة من مقاتلي حفتر في الاشتباك", "مقاتلي حفتر", "lna-haftar-fighters", "lna"],
    ["سيطرت القوات الموالية لحفتر على التلة", "القوات الموالية لحفتر", "lna-forces-loyal-to-haftar", "lna"],
    ["وصفت الصحيفة ما جرى بأنه من فعل عصابات حفتر", "عصابات حفتر", "lna-haftar-gangs", "lna"],
    ["تحدث الناشط عن مرتزقة حفتر في الجنوب", "مرتزقة حفتر", "lna-haftar-mercenaries", "lna"],
    ["قال الكاتب إن الثورة المضادة تريد المدينة", "الثورة المضادة", "lna-counter-revolution", "lna"],
    ["هدد اللواء الليبي المتقاعد باقتحام المدينة", "اللواء الليبي المتقاعد", "haftar-retired-general", "haftar"],
    ["وصل اللواء المنشق إلى بنغازي", "اللواء المنشق", "haftar-renegade-general", "haftar"],
    ["زار الجنرال حفتر العاصمة الفرنسية", "الجنرال حفتر", "haftar-the-general", "haftar"],
    ["طالبت عائلات الضحايا بمحاكمة مجرم الحرب حفتر", "مجرم الحرب حفتر", "haftar-war-criminal", "haftar"],
    ["رفض الانقلابي حفتر وقف إطلاق النار", "الانقلابي حفتر", "haftar-putschist", "haftar"],
    ["وصفه التقرير بأنه أمير حرب لا يعترف بالحكومة", "أمير حرب", "haftar-warlord", "haftar"],
    ["يسعى الرجل القوي في الشرق الليبي إلى الرئاسة", "الرجل القوي في الشرق الليبي", "haftar-strongman", "haftar"],
  ])("«%s» tags %s as delegitimization", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "delegitimization" });
  });

  it("takes the whole phrase, so the name inside a militia label is not tagged again", () => {
    const tags = tagsOf("تقدمت ميليشيات حفتر نحو الأحياء الغربية");
    expect(tags.map((t) => t.text)).toEqual(["ميليشيات حفتر"]);
  });

  it("keeps Egypt's president out of the putschist label", () => {
    const tags = tagsOf("هاجم الموقع المنقلب السيسي في مقاله");
    expect(tags.some((t) => t.entry === "haftar-putschist")).toBe(false);
  });

  it("keeps other countries' generals out of the general label", () => {
    const tags = tagsOf("التقى الجنرال الأمريكي بقادة أفريقيا");
    expect(tags.some((t) => t.entry === "haftar-the-general")).toBe(false);
  });
});

describe("labels that grant Haftar's side the standing of a state army", () => {
  it.each([
    ["استقبل الفريق خليفة حفتر وفدا من القبائل", "الفريق خليفة حفتر", "haftar-lieutenant-general", "haftar"],
    ["أعلن قائد الجيش الليبي بدء المرحلة الثانية", "قائد الجيش الليبي", "haftar-army-commander", "haftar"],
    ["انتشرت القوات النظامية عند مداخل المدينة", "القوات النظامية", "lna-regular-army", "lna"],
    ["دعا البيان إلى دعم المؤسسة العسكرية", "المؤسسة العسكرية", "lna-military-institution", "lna"],
    ["شكر المتحدث أبطال القوات المسلحة على صمودهم", "أبطال القوات المسلحة", "lna-heroes-of-the-armed-forces", "lna"],
    ["وصل القائد العام للجيش خليفة حفتر إلى المدينة", "القائد العام للجيش", "haftar-commander-in-chief", "haftar"],
  ])("«%s» tags %s as state legitimacy", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "state-legitimacy" });
  });

  it("does not give Egypt's or Syria's forces the Libyan army's legitimacy", () => {
    expect(tagsOf("أشاد الوزير بالمؤسسة العسكرية المصرية").some((t) => t.entry === "lna-military-institution")).toBe(false);
    expect(tagsOf("تقدمت القوات النظامية السورية نحو حلب").some((t) => t.entry === "lna-regular-army")).toBe(false);
    expect(tagsOf("زار القائد العام للجيش المصري القاعدة الجوية").some((t) => t.entry === "haftar-commander-in-chief")).toBe(false);
  });

  it("counts the auxiliaries fighting beside the army as popular support for it", () => {
    expect(tagOf("شاركت القوات المساندة في تمشيط الحي", "القوات المساندة")).toMatchObject({
      actor: "lna",
      category: "popular-support",
    });
  });
});

describe("labels for the Derna fighters", () => {
  it.each([
    ["تصدت قوة حماية درنة لهجوم من الجنوب", "قوة حماية درنة", "dmsc-derna-protection-force", "dmsc"],
    ["قالت قوات حماية درنة إنها استعادت الموقع", "قوات حماية درنة", "dmsc-derna-protection-force", "dmsc"],
    ["تراجع مقاتلو المجلس إلى وسط المدينة", "مقاتلو المجلس", "dmsc-council-fighters", "dmsc"],
    ["تعد عملية الكرامة أطول حملات الشرق", "عملية الكرامة", "lna-operation-dignity", "lna"],
    ["توزعت قوات شرق ليبيا على المحاور", "قوات شرق ليبيا", "lna-eastern-forces", "lna"],
    ["قصفت طائرات موالية لبرلمان طبرق مواقع في الضواحي", "طائرات موالية لبرلمان طبرق", "lna-eastern-forces", "lna"],
    ["تقدمت القوات الموالية لحكومة الشرق الليبي من الغرب", "القوات الموالية لحكومة الشرق الليبي", "lna-eastern-forces", "lna"],
  ])("«%s» tags %s as a plain name (no framing category)", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: null });
  });

  it.each([
    ["قال المتحدث إن ثوار درنة صدوا الهجوم", "ثوار درنة"],
    ["خرج الأهالي لتحية الثوار بعد طرد التنظيم", "الثوار"],
  ])("«%s» files %s under the Shura Council as popular support", (sentence, words) => {
    expect(tagOf(sentence, words)).toMatchObject({ entry: "dmsc-revolutionaries", actor: "dmsc", category: "popular-support" });
  });

  it("gives other cities' revolutionaries popular support but no actor of the case", () => {
    expect(tagOf("أعلن ثوار مصراتة دعمهم للحكومة", "ثوار مصراتة")).toMatchObject({ actor: null, category: "popular-support" });
  });

  it.each([
    ["يضم المجلس فصائل الموالي لتنظيم القاعدة", "الموالي لتنظيم القاعدة"],
    ["هاجم مسلحي القاعدة نقطة تفتيش", "مسلحي القاعدة"],
    ["وصف التقرير قوات مرتبطة بالقاعدة تسيطر على الميناء", "قوات مرتبطة بالقاعدة"],
    ["قال المحلل إن المجلس مقرب من تنظيم القاعدة", "مقرب من تنظيم القاعدة"],
    ["طاردت الدوريات فلول الإرهاب في الوادي", "فلول الإرهاب"],
    ["قتل قادة من الميليشيات الإرهابية في الغارة", "الميليشيات الإرهابية"],
    ["حاصر الجيش مسلحي مجلس شورى درنة الإرهابي", "مجلس شورى درنة الإرهابي"],
    ["اشتدت المعارك بين داعش والقاعدة في درنة طوال الشتاء", "والقاعدة في درنة"],
    ["أعلن المتحدث أن القوات تطوق القاعدة بمدينة درنة من ثلاث جهات", "القاعدة بمدينة درنة"],
  ])("«%s» ties the Shura Council to terror with %s", (sentence, words) => {
    expect(tagOf(sentence, words)).toMatchObject({ actor: "dmsc", category: "terrorism" });
  });

  it("leaves al-Qaeda placed in another city, or named on its own, a plain name of al-Qaeda", () => {
    expect(tagOf("اشتدت المعارك بين داعش والقاعدة في بنغازي", "والقاعدة")).toMatchObject({ actor: "al-qaeda", category: null });
    expect(tagOf("أصدر تنظيم القاعدة بيانا من درنة", "تنظيم القاعدة")).toMatchObject({ actor: "al-qaeda", category: null });
  });

  it.each([
    ["تسيطر على المدينة جماعات إسلامية مسلحة", "جماعات إسلامية مسلحة", "dmsc-islamists"],
    ["اعتبرت المدينة معقلا للإسلاميين منذ عقود", "للإسلاميين", "dmsc-islamists"],
    ["عاد عشرات الجهاديين من سوريا", "الجهاديين", "dmsc-jihadists"],
    ["انسحبت الميليشيات الإسلامية من الطريق الساحلي", "الميليشيات الإسلامية", "dmsc-islamist-militias"],
  ])("«%s» frames the fighters by religion with %s", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toMatchObject({ entry, actor: "dmsc", category: "religious-ideological" });
  });

  it("tags takfiris as extremism", () => {
    expect(tagOf("حذر الخطيب من الجماعات التكفيرية", "الجماعات التكفيرية")).toMatchObject({ actor: "dmsc", category: "extremism" });
  });
});

describe("labels for the Islamic State and the religious field", () => {
  it("tags the pejorative plural of Daesh as a terror label for the Islamic State", () => {
    expect(tagOf("فر الدواعش نحو الجنوب", "الدواعش")).toMatchObject({ actor: "isis", category: "terrorism" });
  });

  it("tags the Islamic State's province and the pledge as religious framing", () => {
    expect(tagOf("أعلن التنظيم ولاية برقة في خطاب مسجل", "ولاية برقة")).toMatchObject({ actor: "isis", category: "religious-ideological" });
    expect(tagOf("قالت الجماعة إنها بايعت زعيم التنظيم", "بايعت")).toMatchObject({ actor: null, category: "religious-ideological" });
  });

  it("tags naming the Islamic State after its leader as delegitimization", () => {
    expect(tagOf("قاتل المجلس تنظيم البغدادي في الأحياء الشرقية", "تنظيم البغدادي")).toMatchObject({ actor: "isis", category: "delegitimization" });
  });

  it("tags the Madkhali current and the Kharijite charge as religious framing with no actor", () => {
    expect(tagOf("تقاتل الكتائب المدخلية إلى جانب الجيش", "الكتائب المدخلية")).toMatchObject({ actor: null, category: "religious-ideological" });
    expect(tagOf("وصف البيان خصومه بالخوارج", "بالخوارج")).toMatchObject({ actor: null, category: "religious-ideological" });
  });

  it("tags suicide attacks as terrorism, but not a suicidal step", () => {
    expect(tagOf("تعرضت الثكنة لهجمات انتحارية متتالية", "لهجمات انتحارية")).toMatchObject({ category: "terrorism" });
    expect(tagsOf("وصف المراقبون القرار بالخطوة الانتحارية")).toEqual([]);
  });

  it("leaves the Libyan Islamic Fighting Group, a group outside the case that frames nothing, without a mention", () => {
    expect(tagsOf("انتمى القائد سابقا إلى الجماعة الليبية المقاتلة")).toEqual([]);
  });
});

describe("Egypt, the residents and the city", () => {
  it("files Egypt's air force under Egypt as a plain name, not under the Libyan air force", () => {
    expect(tagOf("نفذت القوات الجوية المصرية ست ضربات", "القوات الجوية المصرية")).toMatchObject({ actor: "egypt", category: null });
  });

  it("tags backing from Cairo as Egyptian involvement", () => {
    expect(tagOf("يقود الهجوم القائد المدعوم من القاهرة", "المدعوم من القاهرة")).toMatchObject({ actor: "egypt", category: "foreign-involvement" });
  });

  it("names the residents plainly", () => {
    expect(tagOf("نزح آلاف من سكان المدينة", "سكان المدينة")).toMatchObject({ actor: "civilians", category: null });
  });

  it("tags the hijacked city as liberation and the unyielding city as popular support", () => {
    expect(tagOf("وعد البيان بإنقاذ المدينة المختطفة", "المدينة المختطفة")).toMatchObject({ category: "liberation" });
    expect(tagOf("بقيت المدينة العصية خارج السيطرة", "المدينة العصية")).toMatchObject({ category: "popular-support" });
  });
});

describe("labels added from a second reading", () => {
  it("tags bare militias as delegitimization with no actor, since both camps use it for the other", () => {
    expect(tagOf("دعا البيان إلى حل الميليشيات المسلحة", "الميليشيات المسلحة")).toMatchObject({ actor: null, category: "delegitimization" });
  });

  it("names armed groups and gunmen plainly, as the Derna fighters", () => {
    expect(tagOf("انسحبت الجماعات المسلحة من الحي القديم", "الجماعات المسلحة")).toMatchObject({ actor: "dmsc", category: null });
  });

  it("gives the forces of the recognized government the state's standing", () => {
    expect(tagOf("تقدمت القوات التابعة للبرلمان نحو الوادي", "القوات التابعة للبرلمان")).toMatchObject({ actor: "lna", category: "state-legitimacy" });
  });

  it("does not read channels loyal to Haftar as his forces", () => {
    expect(tagsOf("بثت قنوات موالية لحفتر صورا من المحور").some((t) => t.entry === "lna-forces-loyal-to-haftar")).toBe(false);
  });

  it("tags foreign fighters and Qatar's 'project' as foreign involvement", () => {
    expect(tagOf("قالت المصادر إن المقاتلين الأجانب غادروا المدينة", "المقاتلين الأجانب")).toMatchObject({ category: "foreign-involvement" });
    expect(tagOf("وصف الكاتب الحرب بأنها نهاية مشروع الحمدين", "مشروع الحمدين")).toMatchObject({ category: "foreign-involvement" });
  });

  it("tags flight in women's clothes as ridicule", () => {
    expect(tagOf("قبض على أحدهم متخفيا في زي نسائي", "في زي نسائي")).toMatchObject({ category: "delegitimization" });
  });

  it("files Egyptian air raids under Egypt even with the word for air between", () => {
    expect(tagOf("نفذت غارات جوية مصرية على أطراف المدينة", "غارات جوية مصرية")).toMatchObject({ actor: "egypt", category: "foreign-involvement" });
  });

  it("places a toll among the residents under civilian harm", () => {
    // The toll and the civilians it counts read as one phrase, the way a reader quotes it.
    expect(tagOf("سقط قتلى في صفوف المدنيين خلال القصف", "قتلى في صفوف المدنيين")).toMatchObject({ actor: "civilians", category: "civilian-harm" });
    expect(tagOf("وقعت خسائر كبيرة في صفوف المدنيين خلال القصف", "في صفوف المدنيين")).toMatchObject({ actor: "civilians", category: "civilian-harm" });
  });

  it("names the Derna operations room, the Islamic State's local precursor and Abu Dhabi's ruler plainly", () => {
    expect(tagOf("أعلنت غرفة عمليات عمر المختار السيطرة على الحي", "غرفة عمليات عمر المختار")).toMatchObject({ actor: "lna", category: null });
    expect(tagOf("بايع مجلس شورى شباب الإسلام زعيم التنظيم", "مجلس شورى شباب الإسلام")).toMatchObject({ actor: "isis", category: null });
    expect(tagOf("استقبل محمد بن زايد الضيف الليبي", "محمد بن زايد")).toMatchObject({ actor: "uae", category: null });
  });

  it("files takfiri Daesh under the Islamic State, not under the Derna fighters", () => {
    expect(tagOf("قصفت الطائرات مواقع داعش التكفيري", "داعش التكفيري")).toMatchObject({ actor: "isis", category: "extremism" });
  });

  it("tags backing with money and weapons as foreign involvement", () => {
    expect(tagOf("اتهم البيان دولا بدعم المسلحين بالمال والسلاح", "بالمال والسلاح")).toMatchObject({ category: "foreign-involvement" });
  });

  it("reads a name in scare quotes inside a tie to al-Qaeda as part of the phrase (the mention ends with the name's last letter)", () => {
    expect(tagOf('حاصرت القوات مسلحي "القاعدة" في الحي القديم', 'مسلحي "القاعدة')).toMatchObject({ actor: "dmsc", category: "terrorism" });
    expect(tagOf("قالت الصحيفة إن المقاتلين من عناصر «القاعدة» المحليين", "عناصر «القاعدة")).toMatchObject({ actor: "dmsc", category: "terrorism" });
  });
});
