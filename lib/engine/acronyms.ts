import type { CompiledLexicon } from "./lexicon";
import { ENGLISH_STOPWORDS } from "./stopwords";
import { tokenText, type Tokens } from "./tokenize";

/**
 * English matches case-insensitively (LNA and lna are one name), except where that would read
 * a common word as an acronym: the Islamic State's initials IS are also the verb "is", and the
 * World Health Organization's WHO the pronoun "who". A one-word match whose word is an English
 * stopword, of an entry that lists it in capitals, therefore stands only where the text writes
 * it in capitals.
 *
 * @param tokens the text's words, from `tokenize`
 * @param lexicon the compiled lexicon
 * @param entry the matched entry's index
 * @param firstWord the match's first word
 * @param lastWord the match's last word
 * @returns true when the match is a common word written in small letters, not the acronym
 */
export function isAcronymInSmallLetters(
  tokens: Tokens,
  lexicon: CompiledLexicon,
  entry: number,
  firstWord: number,
  lastWord: number,
): boolean {
  if (firstWord !== lastWord || tokens.capitals[firstWord] === 1) return false;
  const word = tokenText(tokens, firstWord);
  if (!ENGLISH_STOPWORDS.has(word)) return false;
  const acronym = word.toUpperCase();
  return lexicon.entries[entry]?.forms.includes(acronym) ?? false;
}
