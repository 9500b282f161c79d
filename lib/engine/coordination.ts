import { victimActors } from "./harm-phrases";
import type { CompiledLexicon } from "./lexicon";
import { findWordMatches, type ReadMatch } from "./match";
import { tokenize, tokenEquals, tokenText, type Tokens } from "./tokenize";

/** Categories of labels that tie someone to a group by naming it (مسلحي القاعدة، تحت راية داعش, al-Qaeda fighters). */
const TIE_CATEGORIES = new Set(["terrorism", "extremism"]);
/** Labels of foreign backing whose head may govern a second backer (المدعوم من القاهرة وأبوظبي). */
const BACKING_CATEGORY = "foreign-involvement";
/** A conjunction written as a word of its own (خليط من إرهابيي "القاعدة" و"داعش", ISIS and al-Qaeda). */
const CONJUNCTIONS = ["و", "and"];
/** What may stand between a conjunction written alone and the name after it: white space and quotation marks. */
const QUOTES_AND_SPACE = /^[\s"'“”„«»‹›]*$/u;

/**
 * Extend a label that ties someone to a group over a second group joined to it by "and": in
 * تحت راية داعش والقاعدة، مسلحي القاعدة وداعش، إرهابيي "القاعدة" و"داعش" the head (under the
 * banner of, militants of) governs both names, so the phrase is one label and the second name
 * is not a plain name of its own.
 *
 * The label is a terrorism or extremism phrase of two words or more whose last word is a plain
 * name of a group; right after it come و (written on the name or alone) or "and", then a plain
 * name of another actor that is no victim of harm (a phrase that ends in a name and goes on
 * with "and the civilians" lists them, it does not tie them).
 *
 * Whom the extended label names: a phrase that ties a third party to the first group (مسلحي
 * القاعدة names the Derna fighters) keeps its actor. A phrase that named the first group itself
 * (تحت راية داعش, under the Islamic State's banner) now ties someone to two groups, so it names
 * neither of them alone: it takes the actor the lexicon gives the same head before the second
 * name (تحت راية القاعدة), when that is a third party; otherwise it keeps its own.
 *
 * @param raw the text as read
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * A foreign-backing label ending in a country's name shares its head with a second country joined
 * the same way (المدعوم من القاهرة وأبوظبي): see {@link sharedBacking}.
 *
 * @returns the matches, each such label extended over the group joined to it, each second backer a foreign-involvement match of its own
 */
export function joinCoordinatedGroups(
  raw: string,
  tokens: Tokens,
  lexicon: CompiledLexicon,
  matches: readonly ReadMatch[],
): ReadMatch[] {
  const victims = victimActors(lexicon);
  const out: ReadMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const label = matches[i] as ReadMatch;
    const next = matches[i + 1];
    const joined = next ? joinedLabel(raw, tokens, lexicon, victims, label, next) : undefined;
    const backer = next && !joined ? sharedBacking(raw, tokens, lexicon, victims, label, next) : undefined;
    if (joined) {
      out.push(joined);
      i++;
    } else if (backer) {
      out.push(label, backer);
      i++;
    } else out.push(label);
  }
  return out;
}

/**
 * A second backer joined to a foreign-backing label (المدعوم من القاهرة وأبوظبي, backed by Cairo
 * and Abu Dhabi): the head governs both names, so the second is foreign involvement too, by its
 * own country. It stays a mention of its own, under the label's entry with its own actor, so each
 * country's part is counted.
 */
function sharedBacking(
  raw: string,
  tokens: Tokens,
  lexicon: CompiledLexicon,
  victims: ReadonlySet<string>,
  label: ReadMatch,
  next: ReadMatch,
): ReadMatch | undefined {
  const term = lexicon.entries[label.entry];
  if (term?.category !== BACKING_CATEGORY || label.firstWord === label.lastWord) return undefined;
  const names = secondNameJoined(raw, tokens, lexicon, victims, label, next);
  if (names === undefined) return undefined;
  return { firstWord: next.firstWord, lastWord: next.lastWord, entry: label.entry, actor: names.second };
}

function joinedLabel(
  raw: string,
  tokens: Tokens,
  lexicon: CompiledLexicon,
  victims: ReadonlySet<string>,
  label: ReadMatch,
  next: ReadMatch,
): ReadMatch | undefined {
  const term = lexicon.entries[label.entry];
  const actor = label.actor !== undefined ? label.actor : (term?.actor ?? null);
  if (!term?.category || !TIE_CATEGORIES.has(term.category) || actor === null || label.firstWord === label.lastWord) return undefined;
  const names = secondNameJoined(raw, tokens, lexicon, victims, label, next);
  if (names === undefined) return undefined;
  const { name, second } = names;
  const inner = name.actor;
  const joined = { firstWord: label.firstWord, lastWord: next.lastWord, entry: label.entry };
  if (actor !== inner) return { ...joined, actor };
  // The phrase named the first group itself: with two groups, it names whomever the same head before the second names.
  const head = raw.slice(tokens.rawStart[label.firstWord] ?? 0, tokens.rawStart[name.firstWord] ?? 0);
  const other = wholePhraseActor(lexicon, head + wordsFrom(raw, tokens, next).replace(/^و/u, ""));
  return { ...joined, actor: other !== null && other !== inner && other !== second ? other : actor };
}

/**
 * The plain name of another group joined by و / "and" right after a label that ends with a group's
 * name (مسلحي القاعدة وداعش, المدعوم من القاهرة وأبوظبي): the name the label ends with and the second
 * group's actor. A name its context gave an actor (a short form) is read already, and the victims
 * are no group: neither joins.
 */
function secondNameJoined(
  raw: string,
  tokens: Tokens,
  lexicon: CompiledLexicon,
  victims: ReadonlySet<string>,
  label: ReadMatch,
  next: ReadMatch,
): { name: { firstWord: number; actor: string }; second: string } | undefined {
  const second = lexicon.entries[next.entry];
  if (next.actor !== undefined || !second || second.category !== null || second.actor === null || victims.has(second.actor)) return undefined;
  if (!conjoins(raw, tokens, label.lastWord, next.firstWord)) return undefined;
  const name = nameEnding(raw, tokens, lexicon, label);
  if (name === undefined || name.actor === second.actor) return undefined;
  return { name, second: second.actor };
}

/**
 * Whether word `at` follows word `last` with only a conjunction between: و on it (والقاعدة), or
 * و / "and" alone, which a quotation mark may touch (و"داعش").
 */
function conjoins(raw: string, tokens: Tokens, last: number, at: number): boolean {
  if (at === last + 1) return tokens.joined[at] === 1 && tokenText(tokens, at).startsWith("و");
  const afterConjunction = raw.slice(tokens.rawEnd[last + 1] ?? 0, tokens.rawStart[at] ?? 0);
  return (
    at === last + 2 &&
    tokens.joined[last + 1] === 1 &&
    CONJUNCTIONS.some((word) => tokenEquals(tokens, last + 1, word)) &&
    QUOTES_AND_SPACE.test(afterConjunction)
  );
}

/** The longest plain name of a group the label ends with (القاعدة in مسلحي القاعدة, al-Qaeda in "fighters of al-Qaeda"), if any. */
function nameEnding(raw: string, tokens: Tokens, lexicon: CompiledLexicon, label: ReadMatch): { firstWord: number; actor: string } | undefined {
  const end = tokens.rawEnd[label.lastWord] ?? 0;
  for (let first = label.firstWord + 1; first <= label.lastWord; first++) {
    const actor = plainNameActor(lexicon, raw.slice(tokens.rawStart[first] ?? 0, end));
    if (actor !== null) return { firstWord: first, actor };
  }
  return undefined;
}

function wordsFrom(raw: string, tokens: Tokens, match: ReadMatch): string {
  return raw.slice(tokens.rawStart[match.firstWord] ?? 0, tokens.rawEnd[match.lastWord] ?? 0);
}

/** The actor of the plain name some words are on their own (القاعدة، بداعش، تنظيم القاعدة), or null when they are none. */
function plainNameActor(lexicon: CompiledLexicon, phrase: string): string | null {
  const words = tokenize(phrase);
  const match = findWordMatches(words, lexicon).find((m) => m.firstWord === 0 && m.lastWord === words.count - 1);
  const term = match ? lexicon.entries[match.entry] : undefined;
  return term && term.category === null ? term.actor : null;
}

/** The actor of the label a whole phrase is (تحت راية القاعدة), or null when it is no one label. */
function wholePhraseActor(lexicon: CompiledLexicon, phrase: string): string | null {
  const words = tokenize(phrase);
  const match = findWordMatches(words, lexicon).find((m) => m.firstWord === 0 && m.lastWord === words.count - 1);
  return match ? (lexicon.entries[match.entry]?.actor ?? null) : null;
}
