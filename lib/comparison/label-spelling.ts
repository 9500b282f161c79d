import { expandForms, normalizeWords } from "@/lib/engine";

// The proclitics a mention may carry in front of the label (و ف, then ب ل ك), which a reader
// does not expect in a label shown on its own: وبالجيش is "and with the army", not the label.
const CONJUNCTION = /^[وف]/u;
const PREPOSITION = /^[بلك]/u;
const ARABIC_LETTER = /[\u0621-\u064A]/u;

/**
 * The ways a mention's text may be read as the label on its own: as written; without و or ف;
 * without ب ل ك after them; and لل read as ال (للمدنيين → المدنيين).
 */
function withoutProclitics(spelling: string): string[] {
  const readings = [spelling];
  let rest = spelling;
  if (CONJUNCTION.test(rest)) readings.push((rest = rest.slice(1)));
  if (PREPOSITION.test(rest)) readings.push(rest.slice(1));
  if (rest.startsWith("لل")) readings.push(`ا${rest.slice(1)}`);
  return readings;
}

/**
 * The phrases an entry's forms stand for, normalized, each also with the article on its first
 * word (the matcher strips ال, so المتشددين is a spelling of متشدد{p}).
 */
function labelPhrases(forms: readonly string[]): Set<string> {
  const phrases = new Set<string>();
  for (const phrase of expandForms(forms)) {
    const normalized = normalizeWords(phrase);
    if (normalized === "") continue;
    phrases.add(normalized);
    if (ARABIC_LETTER.test(normalized) && !normalized.startsWith("ال")) phrases.add(`ال${normalized}`);
  }
  return phrases;
}

/**
 * The entry's first form read plainly: the first phrase it stands for (a pattern's lemma, a
 * slot's fullest reading left for the text), preferring a form in the script the mentions were
 * written in.
 */
function firstPlainForm(forms: readonly string[], arabic: boolean): string {
  const first = forms.find((form) => ARABIC_LETTER.test(form) === arabic) ?? forms[0];
  return first === undefined ? "" : (expandForms([first])[0] ?? first);
}

/**
 * How to show a label where a reader expects a word (the key contrast, the matrix, the deck): the
 * spelling an outlet wrote most often for it, as the text writes it (its hamza, its final ى),
 * without a proclitic in front; never the lexicon's pattern notation (`متشدد (ـون، ـين، ـا)`).
 * A spelling that is no form of the entry (a pronoun on the last word, a verb the matcher
 * counted) is passed over; when none is left, the entry's first plain form stands in.
 *
 * @param spellings the outlet's mentions of the label, white space folded, each with how often it was written
 * @param forms the lexicon entry's forms as written
 * @returns the spelling to show (the first written on a tie)
 */
export function labelSpelling(spellings: ReadonlyMap<string, number>, forms: readonly string[]): string {
  const phrases = labelPhrases(forms);
  const counts = new Map<string, number>();
  for (const [spelling, count] of spellings) {
    const reading = withoutProclitics(spelling).find((candidate) => phrases.has(normalizeWords(candidate)));
    if (reading !== undefined) counts.set(reading, (counts.get(reading) ?? 0) + count);
  }
  let best: string | null = null;
  let most = 0;
  for (const [reading, count] of counts) {
    if (count > most) [best, most] = [reading, count];
  }
  const arabic = [...spellings.keys()].some((spelling) => ARABIC_LETTER.test(spelling));
  return best ?? firstPlainForm(forms, arabic);
}
