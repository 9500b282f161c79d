import { ara, eng } from "stopword";
import { normalizeWords } from "./normalize";

/**
 * Arabic function words that news text is full of and the `stopword` package's Arabic list
 * lacks or lists only in a form normalization does not produce (its التى، فى، الى are there,
 * its إلى and في too, but not منه، عليها، بأن، لذلك …). Written as read; normalized on load.
 */
const ARABIC_FUNCTION_WORDS = [
  // Prepositions and particles.
  "في", "من", "على", "إلى", "عن", "مع", "بين", "عند", "حول", "ضد", "دون", "نحو", "لدى", "منذ", "خلال",
  "بعد", "قبل", "حتى", "أمام", "وراء", "فوق", "تحت", "عبر", "وسط", "حسب", "بحسب", "وفق", "وفقا",
  "أن", "أنه", "أنها", "بأن", "لأن", "لكن", "بل", "أو", "أم", "ثم", "إذ", "إذا",
  "كما", "مثل", "ما", "لا", "لم", "لن", "قد", "لقد", "سوف", "هل", "إلا", "أما", "غير", "سوى",
  "كل", "بعض", "أي", "أيضا", "حيث", "عندما", "بينما", "كيف", "متى", "أين", "لماذا", "ماذا",
  // Demonstratives and relatives.
  "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هناك", "هنا", "التي", "الذي", "الذين", "اللذين", "اللتين",
  "لذلك", "بذلك", "كذلك", "لهذا", "بهذا", "لهذه", "بهذه",
  // Pronouns and pronoun-suffixed prepositions.
  "هو", "هي", "هم", "هن", "هما", "نحن",
  "له", "لها", "لهم", "به", "بها", "بهم", "منه", "منها", "منهم", "عنه", "عنها", "عنهم", "فيه", "فيها", "فيهم",
  "عليه", "عليها", "عليهم", "إليه", "إليها", "إليهم", "معه", "معها", "معهم", "بينهم", "لديه", "لديها",
  // Auxiliary verbs.
  "كان", "كانت", "كانوا", "يكون", "تكون", "يكن", "تم", "يتم", "ليس", "ليست", "أصبح", "أصبحت", "بات", "باتت",
];

/**
 * Words every news report is full of whatever its framing: reporting verbs and nouns (who said
 * what, where it was reported) and time words. Ranked as distinctive they only say an outlet
 * quotes more, or dates its stories more, and a journalist would never add them to a lexicon.
 */
const ARABIC_NEWS_WORDS = [
  // Reporting.
  "قال", "قالت", "يقول", "تقول", "وقال", "وقالت", "أضاف", "أضافت", "وأضاف", "وأضافت", "أكد", "أكدت", "وأكد", "وأكدت",
  "أوضح", "أوضحت", "وأوضح", "أشار", "أشارت", "وأشار", "مشيرا", "مضيفا", "موضحا", "مؤكدا", "تابع", "وتابع", "صرح", "وصرح",
  "ذكر", "ذكرت", "وذكر", "أفاد", "أفادت", "نقل", "نقلت", "نقلا", "حسبما", "مصدر", "مصادر", "وكالة", "الوكالة", "وكالات",
  "المتحدث", "متحدث", "الناطق", "بيان", "البيان", "تصريح", "تصريحات", "صحفي", "صحفية", "الصحفي", "مراسل", "المراسل",
  // Time.
  "اليوم", "أمس", "يوم", "أيام", "الأيام", "الأسبوع", "أسبوع", "الشهر", "شهر", "أشهر", "الأشهر", "العام", "عام", "أعوام",
  "الماضي", "الماضية", "الجاري", "الحالي", "الحالية", "المقبل", "المقبلة", "صباح", "مساء", "ساعات", "الساعات", "الآن",
];

const ENGLISH_NEWS_WORDS = ["said", "says", "told", "added", "according", "reported", "reports", "statement", "spokesman", "spokesperson", "quoted", "agency", "news", "yesterday", "today", "week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

assertNoDuplicates([...ARABIC_FUNCTION_WORDS, ...ARABIC_NEWS_WORDS]);

/** Proclitic و ("and") glued to a function word is still a function word: وفي، ومن، وقد، والتي. */
const WAW_WORDS = ARABIC_FUNCTION_WORDS.map((word) => `و${word}`);
/** Proclitic ف ("so") on the few words it commonly starts: فإن، فلا، فما. فقد is left out: it is also "lost". */
const FA_WORDS = ["إن", "إنه", "لا", "ما", "من", "هو", "هي", "هم", "لم", "لن", "إذا", "كان"].map((word) => `ف${word}`);

/** A hand-edited list must name each word once, once normalized (أن and إن are one word). */
function assertNoDuplicates(entries: readonly string[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    const word = normalizeWords(entry);
    if (!word || word.includes(" ")) throw new Error(`stopwords: "${entry}" is not one word`);
    if (seen.has(word)) throw new Error(`stopwords: unexpected duplicate entry "${entry}"`);
    seen.add(word);
  }
}

/** Every word of each entry, normalized as the tokenizer normalizes text; entries that hold no word are dropped. */
function normalizedWords(entries: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const entry of entries) for (const word of normalizeWords(entry).split(" ")) if (word) words.add(word);
  return words;
}

/**
 * Arabic stopwords, normalized: the `stopword` package's `ara` list (3.1.5) plus the
 * function words it misses, each also with the proclitic و and, for a few, ف, and the news
 * words (reporting, time).
 */
export const ARABIC_STOPWORDS: ReadonlySet<string> = normalizedWords([...ara, ...ARABIC_FUNCTION_WORDS, ...WAW_WORDS, ...FA_WORDS, ...ARABIC_NEWS_WORDS]);

/** English stopwords, normalized (lower case): the `stopword` package's `eng` list (3.1.5) and the news words. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = normalizedWords([...eng, ...ENGLISH_NEWS_WORDS]);

/** Arabic and English stopwords together: what distinctive terms leave out by default. */
export const STOPWORDS: ReadonlySet<string> = new Set([...ARABIC_STOPWORDS, ...ENGLISH_STOPWORDS]);
