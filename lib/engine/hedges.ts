import type { CompiledLexicon } from "./lexicon";
import type { WordMatch } from "./match";
import type { Tokens } from "./tokenize";
import { hedgePlace } from "./voice";

/** How many words may stand between a hedge and its label: the بـ of ما يسمى بـ, an article word ("the"). */
const MAX_WORDS_BETWEEN = 2;
/** What may stand between a hedge and its label besides those words: spaces, quotation marks, a tatweel. */
const ONLY_SPACES_AND_QUOTES = /^[\s"'“”„«»‘’‹›ـ]*$/u;

/**
 * Find the label each hedge is about. A hedge that the lexicon counts as a label (ما يسمى،
 * ما يعرف بـ، المدعو, so-called, self-described: delegitimization that names no one) says
 * nothing of its own about who is meant: it withholds legitimacy from the label it hedges, so
 * it takes that label's actor (ما يسمى بـ"الجيش الوطني" delegitimizes the LNA). A hedge before
 * its label takes the next match, when at most two words and no punctuation but quotation
 * marks stand between them; المزعوم takes the match right before it. A hedge with no label
 * there (ما يسمى with nothing the lexicon knows after it) and a hedge on a claim (بزعم,
 * claiming), which hedges a statement rather than a name, keep no actor.
 *
 * @param raw the text as read
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * @returns for each match, the index (into `matches`) of the label it hedges, or undefined
 */
export function findHedgedLabels(raw: string, tokens: Tokens, lexicon: CompiledLexicon, matches: readonly WordMatch[]): (number | undefined)[] {
  return matches.map((match, i) => {
    const term = lexicon.entries[match.entry];
    if (!term || term.category === null || term.actor !== null) return undefined;
    const place = hedgePlace(tokens, match.firstWord, match.lastWord);
    if (place === "before") {
      const label = matches[i + 1];
      return label && closeAfter(raw, tokens, match, label) ? i + 1 : undefined;
    }
    if (place === "after") {
      const label = matches[i - 1];
      return label && label.lastWord + 1 === match.firstWord && tokens.joined[match.firstWord] === 1 ? i - 1 : undefined;
    }
    return undefined;
  });
}

/** Whether `label` follows `hedge` within {@link MAX_WORDS_BETWEEN} words, with no punctuation but quotation marks between. */
function closeAfter(raw: string, tokens: Tokens, hedge: WordMatch, label: WordMatch): boolean {
  if (label.firstWord - hedge.lastWord - 1 > MAX_WORDS_BETWEEN) return false;
  for (let w = hedge.lastWord + 1; w <= label.firstWord; w++) {
    const gap = raw.slice(tokens.rawEnd[w - 1] ?? 0, tokens.rawStart[w] ?? 0);
    // A hyphen or an apostrophe joins words (self-styled, Haftar's); anything else ends the phrase.
    if (tokens.joined[w] !== 1 && !ONLY_SPACES_AND_QUOTES.test(gap)) return false;
  }
  return true;
}
