import type { Locale } from "./locale";
import { defineMessages } from "./messages";

// The editor's Referents tab, in both languages: its own file, as each editor tab's strings
// are one area a translator reviews together.

/** The Referents tab's strings, English and Arabic. */
export const REFERENTS_EDITOR_MESSAGES = defineMessages({
  en: {
    section: "Referents ({count})",
    rulesTitle: "Referent rules",
    rulesHint: "In the articles a rule covers, a label that literally names one actor refers to another (a paper calls the city's defenders by a group they had expelled). The matrix files such labels under the actor they refer to.",
    notesTitle: "Curator's notes",
    notesHint: "A note on one occurrence: the article and the offsets of one tagged label (the evidence table gives each mention's start and end). The note shows in the reader, the table, the matrix and the slides.",
    addRule: "Add a rule",
    addNote: "Add a note",
    remove: "Remove",
    ruleId: "Id",
    ruleActor: "The label names",
    noActor: "(no actor: a frame term)",
    ruleReferent: "It refers to",
    ruleArticles: "Only in these articles (none chosen: every article)",
    ruleEntries: "Only these lexicon entries (ids, comma-separated; empty: every label of that actor)",
    noteArticle: "Article",
    noteStart: "Start",
    noteEnd: "End",
    noteReferent: "It refers to",
    noteReferentSame: "(as the rules say)",
    noteEn: "Note (English)",
    noteAr: "Note (Arabic)",
    problemsTitle: "To fix before saving",
    ruleLabel: "Rule {n}",
    noteLabel: "Note {n}",
  },
  ar: {
    section: "الإحالات ({count})",
    rulesTitle: "قواعد الإحالة",
    rulesHint: "في المقالات التي تشملها القاعدة، التسمية التي تسمّي فاعلًا حرفيًا تحيل إلى فاعل آخر (صحيفة تسمّي المدافعين عن المدينة باسم جماعة طردوها). تضع المصفوفة هذه التسميات تحت الفاعل الذي تحيل إليه.",
    notesTitle: "ملاحظات المنسّق",
    notesHint: "ملاحظة على موضع واحد: المقالة وموضع تسمية موسومة واحدة (يعطي جدول الأدلة بداية كل ذكر ونهايته). تظهر الملاحظة في القارئ والجدول والمصفوفة والشرائح.",
    addRule: "أضف قاعدة",
    addNote: "أضف ملاحظة",
    remove: "احذف",
    ruleId: "المعرّف",
    ruleActor: "التسمية تسمّي",
    noActor: "(لا فاعل: مصطلح تأطير)",
    ruleReferent: "وتحيل إلى",
    ruleArticles: "في هذه المقالات فقط (إن لم تختر شيئًا: كل المقالات)",
    ruleEntries: "هذه المصطلحات فقط (معرّفات مفصولة بفواصل؛ فارغ: كل تسميات ذلك الفاعل)",
    noteArticle: "المقالة",
    noteStart: "البداية",
    noteEnd: "النهاية",
    noteReferent: "تحيل إلى",
    noteReferentSame: "(كما تقول القواعد)",
    noteEn: "الملاحظة (بالإنجليزية)",
    noteAr: "الملاحظة (بالعربية)",
    problemsTitle: "يجب إصلاحه قبل الحفظ",
    ruleLabel: "القاعدة {n}",
    noteLabel: "الملاحظة {n}",
  },
});

/** The Referents tab's strings in one language. */
export type ReferentsEditorMessages = Record<keyof (typeof REFERENTS_EDITOR_MESSAGES)["en"], string>;

/**
 * The Referents tab's strings in the interface language.
 *
 * @param locale the interface language
 */
export function referentsEditorMessages(locale: Locale): ReferentsEditorMessages {
  return REFERENTS_EDITOR_MESSAGES[locale];
}
