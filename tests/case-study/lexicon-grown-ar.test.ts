// @vitest-environment node
import { describe, expect, it } from "vitest";
import { tagOf, tagsOf } from "./lexicon-tags";

// Arabic labels grown from real coverage of Libya 2014-2020 (pro- and anti-Haftar outlets, wires,
// NGOs). Each kind has a tagged case and a false friend it must leave alone. The sentences are
// written for these tests; none is quoted from an article.
const entriesIn = (sentence: string) => tagsOf(sentence).map((t) => t.entry);

describe("labels that withhold legitimacy", () => {
  it.each([
    ["وصف الكاتب حفتر بأنه الطاغية الجديد", "الطاغية الجديد", "haftar-tyrant", "haftar"],
    ["تقدمت قوات الجنرال المتمرد حفتر نحو المطار", "الجنرال المتمرد حفتر", "haftar-rebel-general", "haftar"],
    ["اتهم البيان ميليشيا الشرق الليبي بقصف الحي", "ميليشيا الشرق الليبي", "lna-eastern-militia", "lna"],
    ["تحدث المقال عن إجرام لا مثيل له في حق السكان", "إجرام", "delegitimization-criminality", null],
    ["فككت الشرطة عصابات إجرامية في الجنوب", "عصابات إجرامية", "delegitimization-criminality", null],
    ["حذرت الصحيفة من الجماعات المارقة في الجنوب", "الجماعات المارقة", "dmsc-rogue", "dmsc"],
    ["قال المتحدث إن المتمردين انسحبوا من المحور", "المتمردين", "dmsc-rebels", "dmsc"],
    ["وصف البيان قادتها بأنهم مارقون عن القانون", "مارقون عن القانون", "dmsc-rogue", "dmsc"],
    ["تعهدت الغرفة بطرد المعتدين من ضواحي العاصمة", "المعتدين", "delegitimization-outside-legitimacy", null],
    ["وصف الباحث التحالف بأنه عصبة فضفاضة من المقاتلين", "عصبة فضفاضة", "dmsc-band", "dmsc"],
  ])("«%s» tags %s as delegitimization", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "delegitimization" });
  });

  it("leaves Gaddafi the tyrant, crime-fighting and the League of Nations alone", () => {
    expect(entriesIn("سقط الطاغية القذافي بعد ثمانية أشهر")).not.toContain("haftar-tyrant");
    expect(entriesIn("أعلنت الشرطة نجاح حملة مكافحة الإجرام")).not.toContain("delegitimization-criminality");
    expect(entriesIn("تأسست عصبة الأمم بعد الحرب الأولى")).not.toContain("dmsc-band");
  });
});

describe("labels of foreign involvement", () => {
  it.each([
    ["اتهم المتحدث حكومة السيسي بدعم الهجوم", "حكومة السيسي", "egypt-sisi-regime", "egypt"],
    ["قال إن النظام المصري يقف وراء الغارات", "النظام المصري", "egypt-sisi-regime", "egypt"],
    ["أكد التقرير تورط دولة الإمارات في خرق الحظر", "دولة الإمارات", "uae-emirati-government", "uae"],
    ["وصلت شحنة أسلحة إماراتية إلى الميناء", "شحنة أسلحة إماراتية", "foreign-emirati-weapons", "uae"],
    ["تلقى القائد دعما سعوديا كبيرا", "دعما سعوديا", "foreign-saudi-backing", null],
    ["هاجم الخطيب حكومة آل سعود", "حكومة آل سعود", "foreign-saudi-backing", null],
    ["وصل مرتزقة فاغنر إلى القاعدة الجوية", "مرتزقة فاغنر", "foreign-wagner-and-paid-fighters", null],
    ["انضم مرتزقة تشاديين إلى الهجوم", "مرتزقة تشاديين", "foreign-wagner-and-paid-fighters", null],
  ])("«%s» tags %s as foreign involvement", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "foreign-involvement" });
  });

  it("leaves the Emirates' embassy and bank out of the state label", () => {
    expect(entriesIn("زار الوفد سفارة دولة الإمارات في العاصمة")).not.toContain("uae-emirati-government");
  });
});

describe("labels of popular support", () => {
  it.each([
    ["أبدى مقاتلو المدينة مقاومة أمام القوات المهاجمة", "مقاومة", "support-resistance-bare", null],
    ["وعد القائد بحماية أهلنا في درنة", "أهلنا في درنة", "civilians-sons-of-the-city", "civilians"],
    ["انضم أبناء القبائل إلى صفوف الجيش", "أبناء القبائل", "support-sons-of-the-tribes", null],
    ["قالوا إن القوة تشكلت للدفاع عن درنة", "للدفاع عن درنة", "support-defending-the-city", null],
  ])("«%s» tags %s as popular support", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "popular-support" });
  });

  it("leaves military 'no resistance', its pockets and counter-terrorism out of resistance", () => {
    expect(entriesIn("دخلت القوات الحي دون مقاومة تذكر")).not.toContain("support-resistance-bare");
    expect(entriesIn("أعلن الجيش القضاء على جيوب المقاومة")).not.toContain("support-resistance-bare");
    expect(entriesIn("دعا الوزير إلى مقاومة الإرهاب بكل الوسائل")).not.toContain("support-resistance-bare");
  });
});

describe("labels of assault", () => {
  it.each([
    ["أعلنت القوات الجوية تدمير معسكرات التدريب", "تدمير معسكرات", "assault-destruction"],
    ["قالت القاهرة إنها ستواصل ضرب مراكز التدريب", "ضرب مراكز", "assault-striking-dens"],
    ["تصدى الأهالي للقوات الغازية عند مدخل المدينة", "للقوات الغازية", "assault-invasion"],
    ["يسعى الحصار إلى تركيع أهل المدينة", "تركيع", "assault-bringing-to-its-knees"],
    ["لم تعرف هوية الطائرات المهاجمة", "الطائرات المهاجمة", "assault-attacking-aircraft"],
  ])("«%s» tags %s as assault", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor: null, category: "assault" });
  });

  it("leaves destroyed vehicles, Palmyra, a proverb and the invasion of ideas alone", () => {
    expect(entriesIn("تمكنت الطائرات من تدمير آليات مسلحة")).not.toContain("assault-destruction");
    expect(entriesIn("سيطر التنظيم على مدينة تدمر الأثرية")).not.toContain("assault-destruction");
    expect(entriesIn("ضرب الرئيس مثلا بالتجربة الماضية")).toEqual([]);
    expect(entriesIn("حذر الكاتب من الغزو الفكري")).not.toContain("assault-invasion");
  });
});

describe("labels of religious authority", () => {
  it.each([
    ["فرض التنظيم الحسبة على الأسواق", "الحسبة", "religious-hisba-and-sharia-courts"],
    ["أنشأت الجماعة محكمة شرعية في وسط المدينة", "محكمة شرعية", "religious-hisba-and-sharia-courts"],
    ["سيرت الجماعة دوريات الشرطة الإسلامية", "الشرطة الإسلامية", "religious-hisba-and-sharia-courts"],
    ["طالب التنظيم بإقامة الحدود في الساحات", "بإقامة الحدود", "religious-hisba-and-sharia-courts"],
    ["أعلن التنظيم قتاله ضد المرتدين", "المرتدين", "religious-apostates-and-awakening"],
    ["هاجم البيان صحوات الردة في الضواحي", "صحوات الردة", "religious-apostates-and-awakening"],
    ["وصف البيان قادة الجيش بالطواغيت", "بالطواغيت", "religious-apostates-and-awakening"],
    ["قال المجلس إن التنظيم دولة البغي والإجرام", "دولة البغي والإجرام", "religious-transgressors"],
  ])("«%s» tags %s as religious framing with no actor", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor: null, category: "religious-ideological" });
  });

  it("leaves the Egyptian hisba lawsuit out of the religious police", () => {
    expect(entriesIn("رفع المحامي دعوى الحسبة ضد الكاتب")).toEqual([]);
  });
});

describe("phrases that tie a group to a terror organization", () => {
  it.each([
    ["وصف المحلل الجماعات المرتبطة بتنظيم داعش في المدينة", "المرتبطة بتنظيم داعش", "isis-ties", "isis"],
    ["قاتل عشرات تحت راية داعش في سرت", "تحت راية داعش", "isis-ties", "isis"],
    ["تدور هذه الفصائل في فلك تنظيم القاعدة", "فلك تنظيم القاعدة", "dmsc-qaeda-ties", "dmsc"],
    ["اتهم البيان المجلس بالانتماء لتنظيم القاعدة", "بالانتماء لتنظيم القاعدة", "dmsc-qaeda-ties", "dmsc"],
    ["هاجم مقاتلو القاعدة نقطة تفتيش", "مقاتلو القاعدة", "dmsc-qaeda-ties", "dmsc"],
    ["تحصنت في الحي جماعات مرتبطة بالقاعدة", "جماعات مرتبطة بالقاعدة", "dmsc-qaeda-ties", "dmsc"],
  ])("«%s» tags %s as terrorism", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "terrorism" });
  });

  it("leaves a group 'not loyal' to the Islamic State and an air base out of the ties", () => {
    expect(entriesIn("تتواجد مجموعات غير موالية لداعش في المدينة")).not.toContain("isis-ties");
    expect(entriesIn("تقع المنشأة القريبة من القاعدة الجوية")).not.toContain("dmsc-qaeda-ties");
  });

  // The al-Qaeda ties were once listed one spelling at a time; written as lemmas with paradigms,
  // they must still find every phrase the old list named.
  it.each([
    "الموالي لتنظيم القاعدة", "الموالية لتنظيم القاعدة", "الموالي للقاعدة", "الموالية للقاعدة", "الموالين للقاعدة",
    "الموالين لتنظيم القاعدة", "موالية لتنظيم القاعدة", "موالية للقاعدة", "المرتبط بتنظيم القاعدة", "المرتبطة بتنظيم القاعدة",
    "المرتبط بالقاعدة", "المرتبطة بالقاعدة", "مرتبطة بالقاعدة", "مرتبطة بتنظيم القاعدة", "مرتبط بالقاعدة",
    "قوات مرتبطة بالقاعدة", "المقرب من تنظيم القاعدة", "المقربة من تنظيم القاعدة", "مقرب من تنظيم القاعدة",
    "مقربة من تنظيم القاعدة", "القريبة من القاعدة", "القريب من القاعدة", "التابع لتنظيم القاعدة", "التابعة لتنظيم القاعدة",
    "التابعة للقاعدة", "على علاقة بتنظيم القاعدة", "أحد أذرع تنظيم القاعدة", "ذراع القاعدة", "يد القاعدة", "فرع القاعدة",
    "مسلحي القاعدة", "مسلحو القاعدة", "مسلحي تنظيم القاعدة", "إرهابيي القاعدة", "عناصر القاعدة", "عناصر تنظيم القاعدة",
    "فلول القاعدة", "عصابات القاعدة", "الاسم المحلي لمسلحي تنظيم القاعدة", "الاسم التجميلي لتنظيم القاعدة",
  ])("still reads «%s» as a tie to al-Qaeda", (phrase) => {
    expect(tagOf(`قال المصدر إن المجلس ${phrase} في المدينة`, phrase)).toMatchObject({ entry: "dmsc-qaeda-ties", actor: "dmsc" });
  });
});

describe("labels of harm to civilians", () => {
  it.each([
    ["قتل ثلاثة أطفال في غارة على حي سكني", "قتل ثلاثة أطفال", "harm-killing-civilians", "civilians"],
    ["أسفر القصف عن مقتل امرأة في الحي الغربي", "مقتل امرأة", "harm-killing-civilians", "civilians"],
    ["أدى القصف إلى مقتل عدد من النساء والأطفال", "مقتل عدد من النساء والأطفال", "harm-killing-civilians", "civilians"],
    ["ألحقت الغارة أضرارا بمنازل المواطنين", "بمنازل المواطنين", "harm-civilian-homes", "civilians"],
    ["ألقت المروحيات البراميل المتفجرة على الحي", "البراميل المتفجرة", "harm-barrel-bombs", null],
    ["تعيش المدينة أوضاعا إنسانية صعبة منذ أشهر", "أوضاعا إنسانية صعبة", "harm-hard-living-conditions", null],
    ["يعيش النازحون أوضاعا معيشية وصحية صعبة في المخيم", "أوضاعا معيشية وصحية صعبة", "harm-hard-living-conditions", null],
    ["حذرت المنظمة من الأوضاع الإنسانية والأمنية الكارثية في الأحياء", "الأوضاع الإنسانية والأمنية الكارثية", "harm-hard-living-conditions", null],
  ])("«%s» tags %s as civilian harm", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "civilian-harm" });
  });

  it("names the people a siege brings to their knees apart from the siege", () => {
    expect(tagOf("يسعى الحصار إلى تركيع أهل المدينة", "أهل المدينة")).toEqual({ text: "أهل المدينة", entry: "civilians-city-residents", actor: "civilians", category: null });
  });

  it("leaves fighters killed in an ambush to the plain words", () => {
    expect(entriesIn("قتل المسلحون الجنود في الكمين")).not.toContain("harm-killing-civilians");
  });
});

describe("more labels of support, distance and foreign presence", () => {
  it("files Haftar's 'your army' and 'the army's supporters' as popular support for his forces", () => {
    expect(tagOf("أعلن جيشكم تحرير المدينة", "جيشكم")).toMatchObject({ entry: "support-your-army", actor: "lna", category: "popular-support" });
    expect(tagOf("احتفل أنصار الجيش الليبي في الساحة", "أنصار الجيش الليبي")).toMatchObject({ entry: "support-army-supporters", actor: "lna", category: "popular-support" });
  });

  it("tags 'claiming' and 'on the pretext of' as delegitimization, but not a lawsuit", () => {
    expect(tagOf("قصفت الطائرات المدينة بزعم أنها تؤوي معسكرات", "بزعم")).toMatchObject({ entry: "delegitimization-pretext", category: "delegitimization" });
    expect(tagOf("استهدف الطيران المدينة بحجة مكافحة الإرهاب", "بحجة")).toMatchObject({ entry: "delegitimization-pretext" });
    expect(entriesIn("تقدم المحامي بدعوى قضائية مستعجلة")).not.toContain("delegitimization-pretext");
  });

  it("tags Egyptian officers on Libyan soil as Egypt's involvement", () => {
    expect(tagOf("وصل ضباط مصريين إلى القاعدة الجوية", "ضباط مصريين")).toMatchObject({ actor: "egypt", category: "foreign-involvement" });
  });
});

describe("labels that make Haftar's forces his own, and his campaign a coup", () => {
  it.each([
    ["قتلت طائرات حفتر ثلاثة أطفال في الحي", "طائرات حفتر", "lna-haftar-aircraft", "lna"],
    ["تحاصر قوات الجنرال خليفة حفتر المدينة", "قوات الجنرال خليفة حفتر", "lna-the-generals-forces", "lna"],
    ["اعتبر المؤتمر العملية تمردا عسكريا", "تمردا عسكريا", "delegitimization-coup-and-military-rule", null],
    ["حذر الكاتب من ديكتاتورية عسكرية جديدة", "ديكتاتورية عسكرية", "delegitimization-coup-and-military-rule", null],
    ["قال المغرد إن القائد دمية في أيدي داعميه", "دمية في أيدي", "delegitimization-puppet", null],
  ])("«%s» tags %s as delegitimization", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "delegitimization" });
  });
});

describe("labels of takfir, terror methods, slaughter and foreign forces", () => {
  it("tags takfir as extremism, but not atonement for sins", () => {
    expect(tagOf("انتشرت كتب التكفير في المسجد", "كتب التكفير")).toMatchObject({ entry: "extremism-takfir", category: "extremism" });
    expect(entriesIn("الصوم تكفير عن الذنوب")).toEqual([]);
  });

  it("tags sleeper cells and car bombs as terrorism", () => {
    expect(tagOf("لاحقت القوات الخلايا النائمة في الضواحي", "الخلايا النائمة")).toMatchObject({ entry: "terrorism-sleeper-cells", category: "terrorism" });
    expect(tagOf("انفجرت سيارة مفخخة قرب المستشفى", "سيارة مفخخة")).toMatchObject({ entry: "terrorism-car-bombs", category: "terrorism" });
  });

  it("tags slaughter as civilian harm, but not the Eid sacrifice", () => {
    expect(tagOf("أعلن التنظيم ذبح الرهائن على الشاطئ", "ذبح")).toMatchObject({ entry: "harm-slaughter", category: "civilian-harm" });
    expect(entriesIn("تم ذبح الأضاحي في العيد")).toEqual([]);
  });

  it("tags recourse to foreign forces as foreign involvement", () => {
    expect(tagOf("اتهم البيان القائد بالاستعانة بقوات أجنبية", "بالاستعانة بقوات أجنبية")).toMatchObject({ category: "foreign-involvement" });
  });
});

describe("jihadist titles and symbols, scarcity and crowds", () => {
  it("tags the group's emir and the Commander of the Faithful as religious framing, but not the Emir of Qatar", () => {
    expect(tagOf("قتل أمير التنظيم في الغارة", "أمير التنظيم")).toMatchObject({ entry: "religious-emir-ar", category: "religious-ideological" });
    expect(tagOf("بايع المسلحون البغدادي أميرا للمؤمنين", "أميرا للمؤمنين")).toMatchObject({ entry: "religious-emir-ar" });
    expect(entriesIn("زار أمير قطر العاصمة")).toEqual([]);
  });

  it("tags the black banners as the Islamic State's religious claim", () => {
    expect(tagOf("رفع المسلحون الرايات السوداء فوق المباني", "الرايات السوداء")).toMatchObject({ actor: "isis", category: "religious-ideological" });
  });

  it("names the Saiqa forces plainly", () => {
    expect(tagOf("تقدمت قوات الصاعقة في حي شيحا", "قوات الصاعقة")).toEqual({ text: "قوات الصاعقة", entry: "lna-saiqa-forces-ar", actor: "lna", category: null });
  });

  it("tags scarcity as civilian harm and crowds of residents as popular support", () => {
    expect(tagOf("يعاني المستشفى من نقص الأكسجين", "نقص الأكسجين")).toMatchObject({ entry: "harm-scarcity", category: "civilian-harm" });
    expect(tagOf("خرجت جموع غفيرة من الأهالي إلى الساحة", "جموع غفيرة من الأهالي")).toMatchObject({ category: "popular-support" });
  });
});

describe("victims, liberation from terror, jihad and foreign patrons", () => {
  it("tags the Copts as civilian victims, but not the Coptic Church", () => {
    expect(tagOf("هاجم مسلحون حافلة أقباط في المنيا", "حافلة أقباط")).toMatchObject({ entry: "civilians-copts-ar", actor: "civilians", category: "civilian-harm" });
    expect(entriesIn("زار البابا الكنيسة القبطية في الإسكندرية")).toEqual([]);
  });

  it("tags a city 'free of terrorists' as liberation", () => {
    expect(tagOf("أعلن القائد أن المدينة باتت خالية من الإرهابيين", "باتت خالية من الإرهابيين")).toMatchObject({ category: "liberation" });
  });

  it("tags declared jihad as religious framing, but not a man named Jihad", () => {
    expect(tagOf("أعلن المجلس الجهاد ضد التنظيم", "الجهاد ضد التنظيم")).toMatchObject({ category: "religious-ideological" });
    expect(entriesIn("زار الوزير جهاد الخازن المعرض")).toEqual([]);
  });

  it("tags Haftar's regional backers and the foreign air bases as foreign involvement", () => {
    expect(tagOf("دعا داعمي حفتر الإقليميين إلى التهدئة", "داعمي حفتر الإقليميين")).toMatchObject({ category: "foreign-involvement" });
    expect(tagOf("أقلعت الطائرات من قاعدة محمد نجيب العسكرية", "قاعدة محمد نجيب العسكرية")).toMatchObject({ category: "foreign-involvement" });
  });
});

describe("Egypt beside Haftar's air force, and aircraft by their owner or its absence", () => {
  it("tags joint strikes and coordination with the Egyptian army as Egypt's involvement", () => {
    expect(tagOf("شاركت القوات في الغارات الليبية المصرية المشتركة", "الغارات الليبية المصرية المشتركة")).toMatchObject({ actor: "egypt", category: "foreign-involvement" });
    expect(tagOf("قال المصدر إن الجيش نسق مع الجيش المصري", "نسق مع الجيش المصري")).toMatchObject({ actor: "egypt", category: "foreign-involvement" });
  });

  it("tags backing 'internationally or regionally' as foreign involvement, but not the internationally recognized government", () => {
    expect(tagOf("صعدت فصائل المدعومة دوليا أو إقليميا", "المدعومة دوليا أو إقليميا")).toMatchObject({ category: "foreign-involvement" });
    expect(entriesIn("استقبلت الحكومة المدعومة دوليا وفدا أمميا")).toEqual([]);
  });

  it("gives Haftar's planes the Libyan state's name, but not the Libyan airline", () => {
    expect(tagOf("شن الطيران الليبي غارات على مواقع التنظيم", "الطيران الليبي")).toMatchObject({ actor: "lna", category: "state-legitimacy" });
    expect(entriesIn("أقلعت طائرة الخطوط الجوية الليبية من المطار")).toEqual([]);
  });
});
