import { type LocalizedText, messageText, type TextValue } from "./localized-text";
import { defineMessages } from "./messages";

// What the validator says about a case study's referent rules and curator's notes, in both
// languages. Apart from the server's other refusals because these checks are one idea: whom a
// label refers to, and where a curator's note may stand.

/** The referent checks' texts, English and Arabic. */
export const REFERENT_MESSAGES = defineMessages({
  en: {
    unknownArticle: 'unknown article "{id}": no entry of articles.json has this id',
    unknownEntry: 'unknown lexicon entry "{id}": no entry of lexicon.json has this id',
    entryNamesOtherActor: 'lexicon entry "{id}" names "{named}", not the rule\'s actor "{actor}"',
    rulesOverlap: 'overlaps rule #{other} "{otherId}": both cover the same labels in article "{article}", and a label refers to one actor',
    noteOutsideText: "offsets {start}–{end} fall outside the article's text ({length} characters)",
    noteNotOnMention: 'offsets {start}–{end} are not on a tagged label (the text there is "{text}"): a note covers one label exactly, from its start to its end',
    noteDuplicate: "note #{first} is on the same occurrence: one note per occurrence",
  },
  ar: {
    unknownArticle: "مقالة غير معروفة «{id}»: لا يحمل أي عنصر في \u200earticles.json\u200e هذا المعرّف",
    unknownEntry: "مصطلح غير معروف «{id}»: لا يحمل أي عنصر في \u200elexicon.json\u200e هذا المعرّف",
    entryNamesOtherActor: "المصطلح «{id}» يسمّي «{named}» لا فاعل القاعدة «{actor}»",
    rulesOverlap: "تتداخل مع القاعدة رقم {other} «{otherId}»: كلتاهما تشمل التسميات نفسها في المقالة «{article}»، والتسمية تحيل إلى فاعل واحد",
    noteOutsideText: "الموضع {start}–{end} خارج نص المقالة ({length} محرفًا)",
    noteNotOnMention: "الموضع {start}–{end} ليس على تسمية موسومة (النص هناك «{text}»): الملاحظة تغطي تسمية واحدة من بدايتها إلى نهايتها",
    noteDuplicate: "الملاحظة رقم {first} على الموضع نفسه: ملاحظة واحدة لكل موضع",
  },
});

/** The key of one referent check's text. */
export type ReferentMessageKey = keyof (typeof REFERENT_MESSAGES)["en"];

/**
 * One referent check's text in both languages, its placeholders filled.
 *
 * @param key the message
 * @param values the values of its placeholders
 */
export function referentText(key: ReferentMessageKey, values: Record<string, TextValue> = {}): LocalizedText {
  return messageText(REFERENT_MESSAGES, key, values);
}
