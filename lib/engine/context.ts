import { wordAfterCount } from "./harm-phrases";
import { isForeignAdjectiveEn, isForeignNisba } from "./nationalities";
import { tokenEquals, tokenText, type Tokens } from "./tokenize";
import type { LexiconTerm } from "./types";

/** "On both sides" in Arabic (من الطرفين، في صفوف الجانبين، كلا الطرفين) and English, as the last normalized word(s). */
const BOTH_SIDES_AR = new Set(["الطرفين", "الجانبين", "للطرفين", "للجانبين", "بالطرفين"]);
const BOTH_SIDES_EN: readonly (readonly string[])[] = [["both", "sides"]];
/**
 * Fighting units, normalized: casualties "in the ranks of" one of them (قتلى في صفوف قوات …،
 * في صفوف المسلحين, among the militia's fighters) are fighters' losses, not civilian harm.
 */
const FIGHTING_RANKS = new Set([
  "قوات", "القوات", "مليشيات", "المليشيات", "ميليشيات", "الميليشيات", "الجيش", "المسلحين", "مسلحي", "مقاتلي", "المقاتلين",
  "عناصر", "العناصر", "التنظيم", "الجماعات", "الكتائب", "كتائب", "الجنود", "جنود", "قوه", "القوه",
]);
const RANKS_AR = [["في", "صفوف"], ["فى", "صفوف"], ["بين", "صفوف"], ["من", "صفوف"], ["بصفوف"]];
const RANKS_EN: readonly (readonly string[])[] = [["among", "the", "ranks", "of"], ["among", "fighters"], ["among", "troops"], ["among", "the", "fighters"], ["among", "the", "troops"]];
/** How many words after a casualty term "on both sides" may come (قتلى وجرحى في صفوف الطرفين). */
const BOTH_SIDES_WINDOW = 4;

/** Words that deny what follows them (لم، دون، بدون، عدم, no, without): "no casualties" reports no harm. */
const NEGATORS = new Set(["لم", "دون", "بدون", "عدم", "no", "without"]);
/** Verbs a denial of casualties is built on (لم يسفر عن، لم تخلف), normalized; the word after one may be its subject (لم يسفر الهجوم عن). */
const RESULT_VERBS = new Set(["يسفر", "تسفر", "يخلف", "تخلف", "يوقع", "توقع", "يسجل", "تسجل", "يودي", "تودي"]);
/** Words that may stand between a denial and the casualties it denies (عن سقوط، وقوع أي, any reported), normalized. */
const DENIAL_LINKS = new Set(["عن", "سقوط", "وقوع", "تسجيل", "اي", "ايه", "any", "reported", "immediate"]);
/** How many words back from a casualty term a denial may start (لم يسفر الهجوم عن سقوط: five). */
const DENIAL_WINDOW = 5;

/** Agency names and dashes that make a line's first word a dateline, not a mention (القاهرة (رويترز) -). */
const DATELINE_AFTER = /^[ \t\u00a0]*(?:\(|[-\u2010-\u2015])/;

/**
 * Whether the sentence around a match shows it is not what its entry means, so it is no
 * mention at all:
 * - a dateline: a name of at most two words opening a line and followed by "(" or a dash
 *   (القاهرة (رويترز)، أبوظبي - (سكاي نيوز عربية), CAIRO (Reuters) -) places the report, it
 *   does not bring that country into the story;
 * - another country's army: a state-legitimacy label (the army, the air force) right before a
 *   foreign nationality adjective (الجيش القطري، القوات الجوية المصرية) or right after one
 *   ("Egyptian army") is that country's army, not the side the lexicon means;
 * - casualties on both sides: a civilian-harm term (قتلى، القتلى والجرحى, casualties, even one
 *   that names the civilians it usually counts) followed within four words by من الطرفين / "on both sides", or right away by
 *   "in the ranks of" a fighting unit (في صفوف قوات، في صفوف المسلحين), or fighters after an
 *   optional count (مقتل ثلاثة عناصر, killed two commanders), counts fighters, not civilians;
 * - casualties denied: لم يسفر الهجوم عن سقوط ضحايا، دون وقوع إصابات, "no casualties" report no harm.
 *
 * @param raw the text as read
 * @param tokens the text's words
 * @param term the matched entry
 * @param firstWord index of the match's first word
 * @param lastWord index of the match's last word
 */
export function isOutOfContext(raw: string, tokens: Tokens, term: LexiconTerm, firstWord: number, lastWord: number): boolean {
  if (lastWord - firstWord < 2 && isDateline(raw, tokens, firstWord, lastWord)) return true;
  if (term.category === "state-legitimacy" && namesAnotherArmy(tokens, firstWord, lastWord)) return true;
  // Casualty words name the civilians they count (القتلى، الجرحى, victims): on both sides or in a unit's ranks, they count fighters.
  if (term.category === "civilian-harm" && (countsBothSides(tokens, lastWord) || countsFighters(tokens, lastWord))) return true;
  if (term.category === "civilian-harm" && isDenied(tokens, firstWord)) return true;
  return false;
}

/**
 * Whether the casualties at `firstWord` are denied: a negator, then only a result verb (and its
 * subject right after it) or linking words, then the term: لم يسفر الهجوم عن سقوط ضحايا، دون
 * وقوع إصابات، no casualties, without any reported casualties. Any other word in between ends
 * the denial's reach (لم يتوقف نزوح السكان: the displacement goes on).
 */
function isDenied(tokens: Tokens, firstWord: number): boolean {
  for (let w = firstWord - 1; w >= Math.max(0, firstWord - DENIAL_WINDOW); w--) {
    if (tokens.joined[w + 1] !== 1) return false;
    const word = tokenText(tokens, w);
    if (NEGATORS.has(word)) return true;
    const afterVerb = w > 0 && RESULT_VERBS.has(tokenText(tokens, w - 1));
    if (!DENIAL_LINKS.has(word) && !RESULT_VERBS.has(word) && !afterVerb) return false;
  }
  return false;
}

function isDateline(raw: string, tokens: Tokens, firstWord: number, lastWord: number): boolean {
  const start = tokens.rawStart[firstWord] ?? 0;
  for (let i = start - 1; i >= 0; i--) {
    const code = raw.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) break;
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0 && code !== 0xfeff) return false;
  }
  return DATELINE_AFTER.test(raw.slice(tokens.rawEnd[lastWord] ?? 0, (tokens.rawEnd[lastWord] ?? 0) + 8));
}

function namesAnotherArmy(tokens: Tokens, firstWord: number, lastWord: number): boolean {
  const next = lastWord + 1;
  if (next < tokens.count && tokens.joined[next] === 1 && isForeignNisba(tokenText(tokens, next))) return true;
  return firstWord > 0 && tokens.joined[firstWord] === 1 && isForeignAdjectiveEn(tokenText(tokens, firstWord - 1));
}

/**
 * Fighters named as such, normalized: a harm followed (after a count) by one of them is a
 * fighters' loss (مقتل ثلاثة عناصر، قتل قائد ميداني, killed two commanders).
 */
const FIGHTERS = new Set([
  "عنصر", "عنصرا", "عنصرين", "عناصر", "العناصر", "مسلح", "مسلحا", "مسلحين", "المسلحين", "مقاتل", "مقاتلا", "مقاتلين", "المقاتلين", "مسلحي", "مقاتلي", "عناصر",
  "جندي", "جنديا", "جنديين", "جنود", "الجنود", "ضابط", "ضابطا", "ضباط", "قايد", "قايدا", "القايد", "قاده", "القاده", "قيادي", "قياديا", "قياديين", "امير", "الامير",
  "fighter", "fighters", "soldier", "soldiers", "militant", "militants", "commander", "commanders", "troops", "members", "jihadists", "gunmen", "officer", "officers",
]);

/** Whether "in the ranks of" a fighting unit follows the term right away (قتلى في صفوف قوات …), or fighters after a count. */
function countsFighters(tokens: Tokens, lastWord: number): boolean {
  // من before the fighters is partitive: الجرحى من عناصر الكتيبة.
  const from = lastWord + 1 < tokens.count && tokenEquals(tokens, lastWord + 1, "من") ? lastWord + 2 : lastWord + 1;
  const named = wordAfterCount(tokens, from);
  if (named < tokens.count && tokens.joined[named] === 1 && FIGHTERS.has(tokenText(tokens, named))) return true;
  const at = lastWord + 1;
  const ranks = RANKS_AR.find((phrase) => phrase.every((word, k) => at + k < tokens.count && tokenEquals(tokens, at + k, word)));
  if (ranks && at + ranks.length < tokens.count && FIGHTING_RANKS.has(tokenText(tokens, at + ranks.length))) return true;
  return RANKS_EN.some((phrase) => phrase.every((word, k) => at + k < tokens.count && tokenEquals(tokens, at + k, word)));
}

function countsBothSides(tokens: Tokens, lastWord: number): boolean {
  const last = Math.min(tokens.count - 1, lastWord + BOTH_SIDES_WINDOW);
  for (let w = lastWord + 1; w <= last; w++) {
    if (BOTH_SIDES_AR.has(tokenText(tokens, w))) return true;
    for (const phrase of BOTH_SIDES_EN) {
      if (w + phrase.length <= tokens.count && phrase.every((word, k) => tokenEquals(tokens, w + k, word))) return true;
    }
  }
  return false;
}
