import type { CategoryId, Stance } from "@/lib/case-study/schema";
import { defineMessages } from "./messages";
import { PLAIN_NAME } from "./taxonomy-messages";

/** Strings of a case study's overview: the summary lines, the label matrices, the occurrences dialog. */
export const OVERVIEW_MESSAGES = defineMessages({
  en: {
    title: "How each outlet names the actors and the events",
    intro: "Each cell lists the words one outlet used for one actor or event, with how often. Choose a label to read the sentences behind it.",
    metaTitle: "Overview",

    keyContrastTitle: "Key contrast: where the outlets' words differ most",
    keyContrastRule: "Each outlet's most-used framing label (plain names never count) for the actors whose labels differ most in stance, then category. Choose one for its sentences.",
    keyContrastCaption: "The most contested actors: each outlet's most-used framing label for each, with stance and count",
    keyContrastNone: "The outlets' most-used labels agree on every actor: no contrast to show first.",
    noFramingLabel: "no framing label",
    plainNameOnly: "names it by plain name only",
    neverNamedIt: "never names it",

    summariesTitle: "Each outlet in one line",
    summariesNote: "Generated from the counts below. Each number opens the evidence table at the mentions behind it.",
    summaryActor: "{legitimizing} legitimizing, {neutral} neutral and {delegitimizing} delegitimizing labels for {actor}",
    summaryNeverNames: "never names {actor}",
    summaryOnlyPlainNames: "names {actor} {count|one=once|other=# times}, by plain name only (no framing label)",
    summaryTopCategory: "most used category: {category}, {rate} per 1,000 body words",
    summaryNoTerms: "no framing term found in the article bodies",
    summaryNumberLabel: "{count} — show them in the evidence table",

    actorsTitle: "Labels for each actor",
    actorsNote: "Rows are actors, columns are outlets. Colour, sign and line style give the label’s stance toward the actor.",
    actorColumn: "Actor",
    actorsCaption: "The labels each outlet used for each actor, with counts and stance",
    eventsTitle: "Names for each event",
    eventsNote: "Rows are events, columns are outlets. Colour gives the framing category, also written under each term.",
    eventColumn: "Event",
    eventsCaption: "The terms each outlet used for each event, with counts and framing category",
    outletsHeading: "Outlets",

    neverNamed: "never named",
    plainNameMarker: "plain name: names, does not frame",
    usedTimes: "used {count} times",
    usedOnce: "used once",
    quotedCount: "{count} in quotation marks or after “so-called”",
    literally: "literally: {actor}",
    curatorNote: "Curator's note",

    legendTitle: "Key",
    legendLegitimizing: "confers authority: an army, a state, a rank",
    legendNeutral: "names without judging",
    legendDelegitimizing: "withholds or strips authority, or brands as terrorist",
    legendQuoted: "uses in quotation marks or after “so-called”: the outlet keeps its distance",
    legendCount: "how many times, in the article bodies",
    legendNeverNamed: "the outlet never names it with any label of the lexicon",
    legendCategory: "Framing category (colour of the edge)",
    legendPlainNameTitle: "Plain name",
    legendPlainName: "dashed grey: it only names the actor{examples} and is never counted as framing",

    downloadCsv: "Download CSV",
    downloadCsvFailed: "The CSV file could not be made ({reason}).",
    downloadActorsCsv: "Download CSV: the actor matrix, one column per outlet",
    downloadEventsCsv: "Download CSV: the event matrix, one column per outlet",

    dialogOutlet: "Outlet",
    dialogActor: "Actor",
    dialogEvent: "Event",
    dialogUses: "Uses",
    dialogQuoted: "In quotation marks",
    dialogStance: "Stance",
    dialogCategory: "Category",
    dialogSpellings: "Spellings found in the text",
    dialogSentences: "Every sentence where the outlet used it",
    dialogClose: "Close",
    openInReader: "Open in the article",
    allInTable: "All in the evidence table",
    firstOf: "The first {shown} of {total} sentences are listed here; the evidence table has every one.",
    dialogLoading: "Loading the sentences…",
    dialogLoadFailed: "The sentences could not be loaded ({reason}); the evidence table below has every one.",
    quoted: "quoted",
    noHeadline: "(no headline captured)",
    // The English under a quoted sentence is ours and covers its whole paragraph, not the sentence.
    dialogTranslation: "Translation by Framelens (whole paragraph)",
    dialogTranslationEditor: "Translation supplied by the case's editor (whole paragraph)",
    languageFilter: "Articles in",
    languageAll: "Every language",
    languageAr: "Arabic",
    languageEn: "English",
    languageOption: "{language} ({count})",
    showingLanguage: "Counting the {language} articles only.",
    showingAllLanguages: "Counting the articles in every language.",
    dialogNoTranslation: "No translation of this article yet.",

    howCounted: "Counted: the case study’s lexicon terms found in the article bodies. Page chrome (menus, “read also” links, captions, comment boxes) is shown in the reader but never counted. Spellings the engine treats as one word count together (الليبي and الليبى).",
    howStance: "Stance is the lexicon’s reading of a label toward its actor: legitimizing (+) confers the authority of an army or a state; neutral (=) names without judging; delegitimizing (−) withholds that authority or brands the actor as terrorist. Colour, sign and line style say the same, so no one needs the colour.",
    howCells: "Each cell lists the labels one outlet used for one actor, most used first, with the count. Choose a label (click, or Enter) to read every sentence behind it, each linking to the article.",
    howEmpty: "An empty cell is a finding too: the outlet never names that actor or event with any label of the lexicon.",
    howEvents: "Event names: a term tied to an event counts toward it. A liberation or assault term that names no event of its own (تطهير “purification” or اقتحام “storming” can serve several) counts toward the article’s main event, the first event the case study lists for that article.",
    howSummary: "The lines per outlet are generated from the same counts, never written by hand; rates are per 1,000 body words, so long and short coverage compare.",
    howCsv: "The CSV files have one row per actor or event and one column per outlet; each cell lists the labels with their counts, category and stance.",
    howPlainVoice: "A plain name{examples} only names its actor: it is listed, dashed and grey, marked “plain name”, and never counted as framing. “Only the outlet's own words” leaves out the labels an outlet quotes from someone or keeps at a distance, from the matrices, the summary lines and the CSV files.",

    aboutTitle: "About this case study",
  },
  ar: {
    title: "كيف تسمّي كل وسيلة إعلام الفاعلين والأحداث",
    intro: "تعرض كل خانة الكلمات التي استخدمتها وسيلة واحدة لفاعل أو حدث واحد، وعدد مرات استخدامها. اختر تسمية لتقرأ الجمل التي وردت فيها.",
    metaTitle: "نظرة عامة",

    keyContrastTitle: "التباين الأبرز: حيث تختلف كلمات الوسائل أكثر",
    keyContrastRule: "التسمية المؤطِّرة الأكثر استخدامًا في كل وسيلة (لا تُحتسب الأسماء المجردة) للفاعلين الأكثر اختلافًا في الموقف ثم في الفئة. اختر تسمية لتقرأ جملها.",
    keyContrastCaption: "أكثر الفاعلين خلافًا: التسمية المؤطِّرة الأكثر استخدامًا لكل منهم في كل وسيلة، مع موقفها وعددها",
    keyContrastNone: "تتفق التسميات الأكثر استخدامًا في الوسائل على كل فاعل: لا تباين يُعرض أولًا.",
    noFramingLabel: "لا تسمية مؤطِّرة",
    plainNameOnly: "تذكره باسمه المجرد فقط",
    neverNamedIt: "لا تذكره قط",

    summariesTitle: "كل وسيلة في سطر",
    summariesNote: "سطور مولَّدة من الأعداد أدناه. كل رقم يفتح جدول الأدلة على الإشارات التي وراءه.",
    summaryActor: "تسميات {actor}: {legitimizing} منها تضفي الشرعية، و{neutral} محايدة، و{delegitimizing} تنزع الشرعية",
    summaryNeverNames: "لا تسمّي {actor}",
    summaryOnlyPlainNames: "تذكر {actor} {count|one=مرة واحدة|two=مرتين|few=# مرات|many=# مرة|other=# مرة} بالاسم المجرد وحده (دون تسمية مؤطِّرة)",
    summaryTopCategory: "الفئة الأكثر استخدامًا: {category}، {rate} لكل 1000 كلمة من متن المقالات",
    summaryNoTerms: "لم يُعثر على أي مصطلح تأطير في متن المقالات",
    summaryNumberLabel: "{count} — اعرضها في جدول الأدلة",

    actorsTitle: "تسميات كل فاعل",
    actorsNote: "الصفوف للفاعلين والأعمدة لوسائل الإعلام. يدل اللون والعلامة ونمط الخط على موقف التسمية من الفاعل.",
    actorColumn: "الفاعل",
    actorsCaption: "التسميات التي استخدمتها كل وسيلة لكل فاعل، مع عددها وموقفها",
    eventsTitle: "أسماء كل حدث",
    eventsNote: "الصفوف للأحداث والأعمدة لوسائل الإعلام. يدل اللون على فئة التأطير، وهي مكتوبة أيضًا تحت كل مصطلح.",
    eventColumn: "الحدث",
    eventsCaption: "المصطلحات التي استخدمتها كل وسيلة لكل حدث، مع عددها وفئة التأطير",
    outletsHeading: "وسائل الإعلام",

    neverNamed: "لم تذكره قط",
    plainNameMarker: "اسم مجرد: يسمّي ولا يؤطّر",
    usedTimes: "عدد مرات الاستخدام: {count}",
    usedOnce: "استُخدمت مرة واحدة",
    quotedCount: "{count} بين علامتي تنصيص أو بعد «ما يسمى»",
    literally: "حرفيًا: {actor}",
    curatorNote: "ملاحظة المنسّق",

    legendTitle: "مفتاح الرموز",
    legendLegitimizing: "تضفي سلطة: جيش أو دولة أو رتبة",
    legendNeutral: "تسمّي دون حكم",
    legendDelegitimizing: "تحجب السلطة أو تنزعها، أو تصم بالإرهاب",
    legendQuoted: "مرات الورود بين علامتي تنصيص أو بعد «ما يسمى»: الوسيلة تنأى بنفسها",
    legendCount: "عدد المرات في متن المقالات",
    legendNeverNamed: "الوسيلة لا تسمّيه بأي تسمية من المعجم",
    legendCategory: "فئة التأطير (لون الحافة)",
    legendPlainNameTitle: "اسم مجرد",
    legendPlainName: "رمادي متقطع: يسمّي الفاعل فقط{examples} ولا يُحتسب تأطيرًا أبدًا",

    downloadCsv: "تنزيل CSV",
    downloadCsvFailed: "تعذّر إعداد ملف CSV ({reason}).",
    downloadActorsCsv: "تنزيل CSV: مصفوفة الفاعلين، عمود لكل وسيلة",
    downloadEventsCsv: "تنزيل CSV: مصفوفة الأحداث، عمود لكل وسيلة",

    dialogOutlet: "الوسيلة",
    dialogActor: "الفاعل",
    dialogEvent: "الحدث",
    dialogUses: "مرات الاستخدام",
    dialogQuoted: "بين علامتي تنصيص",
    dialogStance: "الموقف",
    dialogCategory: "الفئة",
    dialogSpellings: "الصيغ الواردة في النص",
    dialogSentences: "كل جملة استخدمتها فيها الوسيلة",
    dialogClose: "إغلاق",
    openInReader: "افتح في المقالة",
    allInTable: "الكل في جدول الأدلة",
    firstOf: "تُعرض هنا أولى الجمل: {shown} من أصل {total} جملة؛ وفي جدول الأدلة كلها.",
    dialogLoading: "جارٍ تحميل الجمل…",
    dialogLoadFailed: "تعذّر تحميل الجمل ({reason})؛ وفي جدول الأدلة أدناه كلها.",
    quoted: "بين علامتي تنصيص",
    noHeadline: "(لم يُلتقط عنوان)",
    dialogTranslation: "ترجمة Framelens (الفقرة كاملة)",
    dialogTranslationEditor: "ترجمة قدّمها محرّر دراسة الحالة (الفقرة كاملة)",
    languageFilter: "المقالات باللغة",
    languageAll: "كل اللغات",
    languageAr: "العربية",
    languageEn: "الإنجليزية",
    languageOption: "{language} ({count})",
    showingLanguage: "تُحتسب المقالات باللغة {language} وحدها.",
    showingAllLanguages: "تُحتسب المقالات بكل اللغات.",
    dialogNoTranslation: "لا ترجمة لهذه المقالة بعد.",

    howCounted: "ما أحصيناه: مصطلحات معجم دراسة الحالة الواردة في متن المقالات. عناصر الصفحة (القوائم وروابط «اقرأ أيضًا» والتعليقات على الصور ومربعات التعليق) تظهر في صفحة القراءة ولا تُحتسب أبدًا. الصيغ التي يعدّها المحرك كلمة واحدة تُحتسب معًا (الليبي والليبى).",
    howStance: "الموقف هو قراءة المعجم لتسمية ما تجاه فاعلها: «تضفي الشرعية» (+) تمنح سلطة جيش أو دولة؛ «محايدة» (=) تسمّي دون حكم؛ «تنزع الشرعية» (−) تحجب تلك السلطة أو تصم الفاعل بالإرهاب. اللون والعلامة ونمط الخط تقول الشيء نفسه، فلا حاجة إلى تمييز الألوان.",
    howCells: "تعرض كل خانة التسميات التي استخدمتها وسيلة واحدة لفاعل واحد، الأكثر استخدامًا أولًا، مع العدد. اختر تسمية (بالنقر أو بمفتاح الإدخال) لتقرأ كل جملة وردت فيها، ولكل جملة رابط إلى المقالة.",
    howEmpty: "الخانة الفارغة نتيجة أيضًا: الوسيلة لا تسمّي ذلك الفاعل أو الحدث بأي تسمية من المعجم.",
    howEvents: "أسماء الأحداث: المصطلح المرتبط بحدث يُحتسب له. ومصطلح التحرير أو الهجوم الذي لا يسمّي حدثًا بعينه (تطهير، اقتحام تصلح لأكثر من حدث) يُحتسب للحدث الرئيسي في مقالته، أي أول حدث تذكره دراسة الحالة لتلك المقالة.",
    howSummary: "السطور الخاصة بكل وسيلة مولَّدة من الأعداد نفسها ولم تُكتب يدويًا؛ والمعدلات لكل 1000 كلمة من المتن، لتمكن المقارنة بين التغطيات الطويلة والقصيرة.",
    howCsv: "في ملفات CSV صف لكل فاعل أو حدث وعمود لكل وسيلة؛ وتعرض كل خانة التسميات مع عددها وفئتها وموقفها.",
    howPlainVoice: "الاسم المجرد{examples} يسمّي فاعله فقط: يُدرج رماديًا بحافة متقطعة وعليه «اسم مجرد»، ولا يُحتسب تأطيرًا أبدًا. ويستبعد خيار «كلام الوسيلة نفسها فقط» التسميات التي تنقلها الوسيلة عن غيرها أو تتحفّظ منها، من الجدولين وسطور الملخص وملفات CSV.",

    aboutTitle: "عن دراسة الحالة",
  },
});

/**
 * The framing categories' names as they read inside a sentence ("most used category: state
 * legitimacy"); headings and keys use `CATEGORY_NAMES` of taxonomy-messages.ts.
 */
export const CATEGORY_IN_SENTENCE = defineMessages({
  en: {
    terrorism: "terrorism",
    extremism: "extremism",
    "state-legitimacy": "state legitimacy",
    delegitimization: "delegitimization",
    liberation: "liberation",
    assault: "assault",
    "civilian-harm": "civilian harm",
    "foreign-involvement": "foreign involvement",
    "popular-support": "popular support",
    "religious-ideological": "religious or ideological legitimacy",
  } satisfies Record<CategoryId, string>,
  ar: {
    terrorism: "الإرهاب",
    extremism: "التطرف",
    "state-legitimacy": "شرعية الدولة",
    delegitimization: "نزع الشرعية",
    liberation: "التحرير",
    assault: "الهجوم",
    "civilian-harm": "الأذى اللاحق بالمدنيين",
    "foreign-involvement": "التدخل الأجنبي",
    "popular-support": "التأييد الشعبي",
    "religious-ideological": "الشرعية الدينية أو العقائدية",
  },
});

/**
 * The stances as adjectives agreeing with "labels" (تسميات, feminine plural in Arabic: تضفي،
 * محايدة); headings and keys use `STANCE_NAMES` of taxonomy-messages.ts.
 */
export const STANCE_ADJECTIVES = defineMessages({
  en: {
    legitimizing: "legitimizing",
    neutral: "neutral",
    delegitimizing: "delegitimizing",
  } satisfies Record<Stance, string>,
  ar: {
    legitimizing: "تضفي الشرعية",
    neutral: "محايدة",
    delegitimizing: "تنزع الشرعية",
  },
});

/**
 * A category's name in the interface language; an id outside the reference taxonomy (a user's
 * own case study) is shown as it is.
 *
 * @param category the category id
 * @param locale the interface language
 */
export function categoryName(category: string | null, locale: "en" | "ar"): string {
  if (category === null) return PLAIN_NAME[locale];
  const names: Record<string, string> = CATEGORY_IN_SENTENCE[locale];
  return names[category] ?? category;
}
