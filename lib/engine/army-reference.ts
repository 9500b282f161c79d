import { expandForms } from "./forms";
import type { CompiledLexicon } from "./lexicon";
import { matchActor, type ReadMatch } from "./match";
import { isForeignAdjectiveEn, isForeignCountryEn, isForeignNisba } from "./nationalities";
import { normalizeWords } from "./normalize";
import { SHORT_FORM_WINDOW } from "./short-forms";
import { tokenize, tokenText, type Tokens } from "./tokenize";
import type { LexiconTerm } from "./types";

/** Nouns that make a label an army label, normalized, clitics aside: army, forces, air force, planes. */
const ARMY_NOUNS = new Set(normalizeWords("جيش قوات سلاح طيران طائرات مقاتلات").split(" "));
const ARMY_NOUNS_EN = new Set(["army", "military", "forces", "force", "troops", "planes", "warplanes", "jets", "aircraft"]);
/** Words that say whose army a label is (الجيش الليبي، الجيش الوطني, Libyan army): such a label is not bare. */
const OWN_COUNTRY = /^(?:.*ليبي(?:ه|ين|ون)?|.*وطني(?:ه)?|libyan|national|lna)$/u;
const PROCLITIC = /^(?:[وف]?لل|[وف]?[بلك]?(?:ال)?)/u;

/** Whose army a bare label means, as read from the words around it. */
type ArmyReading = { side: "own" } | { side: "foreign"; actor: string | null } | { side: "unsaid" };

/**
 * Read a bare army label as the foreign army the text means by it. A label of the case's own
 * army that does not say whose army it is (القوات الجوية، القوات المسلحة، الجيش, "the military",
 * "the air force") refers to another country's army (it becomes a plain name of that country,
 * through the lexicon's plain-name entry for it, category null, actor egypt, or no mention when
 * the lexicon has none, as for the Qatari army) when:
 * - its nearest earlier army label within {@link SHORT_FORM_WINDOW} words is that country's
 *   (الجيش المصري، القوات الجوية المصرية, "Egyptian planes"), or a bare label already read so;
 * - nothing in that window says whose army it is, and the last bare label before it, however far
 *   back, was read as that country's army with no mention of the case's own side since: once a
 *   text has said whose "armed forces" it means, it goes on meaning them until it names another;
 * - it comes before any mention of an army or of the case's own side, and the first one after it
 *   (within the window) is another country's state: its army, its head of state or its government
 *   (an Egyptian paper's headline "the air force destroys terrorist dens", then "President Sisi
 *   said"). A paper writes its own country's forces bare and names them later.
 *
 * Any mention of the case's own army side in between (حفتر، الجيش الليبي, "the LNA") keeps the
 * bare label the lexicon's: the side named last is the one meant. The case's own army side is the
 * actors of the lexicon's state-legitimacy entries (in Derna, the LNA and Haftar).
 *
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * @returns the matches, bare army labels that refer to another country's army re-read or left out
 */
export function readArmyReferences(tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[]): ReadMatch[] {
  const own = ownArmyActors(lexicon);
  const out: ReadMatch[] = [];
  // Bare labels already read as another country's army: a later one refers back through them.
  const reread = new Set<ReadMatch>();
  let lastReread: { match: ReadMatch; actor: string | null } | undefined;
  let ownSideNamed = false;
  for (const [i, match] of matches.entries()) {
    const term = lexicon.entries[match.entry];
    if (!term || term.category !== "state-legitimacy" || !isBareArmyLabel(tokens, match)) {
      out.push(match);
      if (own.has(matchActor(lexicon, match) ?? "")) ownSideNamed = true;
      continue;
    }
    let reading = readBackward(tokens, lexicon, own, out, reread, match.firstWord);
    if (reading.side === "unsaid" && lastReread && !ownSideNamed) reading = { side: "foreign", actor: lastReread.actor };
    if (reading.side === "unsaid" && !ownSideNamed && !lastReread) reading = readForward(tokens, lexicon, own, matches, i + 1, match.lastWord);
    if (reading.side !== "foreign") {
      out.push(match);
      ownSideNamed = true;
      continue;
    }
    if (reading.actor === null) continue;
    const entry = plainArmyEntry(lexicon, reading.actor, tokens, match);
    if (entry < 0) continue;
    const read = { firstWord: match.firstWord, lastWord: match.lastWord, entry };
    reread.add(read);
    lastReread = { match: read, actor: reading.actor };
    ownSideNamed = false;
    out.push(read);
  }
  return out;
}

/** Whose army the label at `firstWord` means, from the mentions and words within the window before it. */
function readBackward(
  tokens: Tokens,
  lexicon: CompiledLexicon,
  own: ReadonlySet<string>,
  before: readonly ReadMatch[],
  reread: ReadonlySet<ReadMatch>,
  firstWord: number,
): ArmyReading {
  let m = before.length - 1;
  for (let w = firstWord - 1; w >= Math.max(0, firstWord - SHORT_FORM_WINDOW); w--) {
    while (m >= 0 && (before[m] as ReadMatch).firstWord > w) m--;
    const mention = m >= 0 && (before[m] as ReadMatch).lastWord >= w ? (before[m] as ReadMatch) : undefined;
    if (mention) {
      const actor = matchActor(lexicon, mention);
      if (actor !== null && own.has(actor)) return { side: "own" };
      if (actor !== null && (reread.has(mention) || namesForeignArmy(tokens, mention.firstWord, mention.lastWord))) return { side: "foreign", actor };
      w = mention.firstWord;
      continue;
    }
    if (namesForeignArmy(tokens, w, w)) return { side: "foreign", actor: null };
  }
  return { side: "unsaid" };
}

/**
 * Whose army a label that opens the text's talk of armies means, from the first mention after it
 * (within the window) of the case's own side or of another country's state: a country whose army
 * the lexicon names (its army, its head of state, its government all carry its actor).
 */
function readForward(
  tokens: Tokens,
  lexicon: CompiledLexicon,
  own: ReadonlySet<string>,
  matches: readonly ReadMatch[],
  from: number,
  lastWord: number,
): ArmyReading {
  for (let i = from; i < matches.length; i++) {
    const mention = matches[i] as ReadMatch;
    if (mention.firstWord > lastWord + SHORT_FORM_WINDOW) break;
    // Another bare label says no more than this one does.
    if (lexicon.entries[mention.entry]?.category === "state-legitimacy" && isBareArmyLabel(tokens, mention)) continue;
    const actor = matchActor(lexicon, mention);
    if (actor !== null && own.has(actor)) return { side: "own" };
    if (actor !== null && foreignStateActors(lexicon).has(actor)) return { side: "foreign", actor };
  }
  return { side: "unsaid" };
}

/** Whether words `first … last` hold an army noun with another country's nationality on it. */
function namesForeignArmy(tokens: Tokens, first: number, last: number): boolean {
  for (let w = first; w <= Math.min(last, tokens.count - 1); w++) {
    if (!isArmyNoun(tokenText(tokens, w))) continue;
    // Arabic puts the nationality after the noun (الجيش المصري), English before it (Egyptian army, Egypt's army).
    const next = w + 1 < tokens.count && tokens.joined[w + 1] === 1 ? tokenText(tokens, w + 1) : "";
    const previous = w > 0 && tokens.joined[w] === 1 ? tokenText(tokens, w - 1) : "";
    const possessor = previous === "s" && w > 1 && tokens.joined[w - 1] === 1 ? tokenText(tokens, w - 2) : "";
    if (isForeignNisba(next) || isForeignAdjectiveEn(previous) || isForeignCountryEn(possessor)) return true;
    // Two-word nouns: القوات الجوية المصرية, Egyptian air force.
    const after = w + 2 < tokens.count && tokens.joined[w + 1] === 1 && tokens.joined[w + 2] === 1 ? tokenText(tokens, w + 2) : "";
    if (isForeignNisba(after)) return true;
  }
  return false;
}

/**
 * Whether a match is an army label that does not say whose army it is: it opens with an army noun
 * (الجيش، القوات الجوية، قوات الجيش, "the military") and no word of it names the case's country.
 */
function isBareArmyLabel(tokens: Tokens, match: ReadMatch): boolean {
  const opening = tokenText(tokens, match.firstWord) === "the" ? match.firstWord + 1 : match.firstWord;
  if (opening > match.lastWord || !isArmyNoun(tokenText(tokens, opening))) return false;
  for (let w = match.firstWord; w <= match.lastWord; w++) if (OWN_COUNTRY.test(tokenText(tokens, w))) return false;
  return true;
}

function isArmyNoun(word: string): boolean {
  return ARMY_NOUNS_EN.has(word) || ARMY_NOUNS.has(word.replace(PROCLITIC, "")) || ARMY_NOUNS.has(word);
}

/**
 * The lexicon's plain-name army entry of a country: a name with no category whose actor is the
 * country and whose forms name an army; the one with a form that starts as the label does
 * (القوات الجوية → القوات الجوية المصرية) first. -1 when the lexicon has none.
 */
function plainArmyEntry(lexicon: CompiledLexicon, actor: string, tokens: Tokens, match: ReadMatch): number {
  const label = Array.from({ length: match.lastWord - match.firstWord + 1 }, (_, k) => tokenText(tokens, match.firstWord + k)).join(" ");
  let first = -1;
  for (let e = 0; e < lexicon.entries.length; e++) {
    const term = lexicon.entries[e] as LexiconTerm;
    if (term.category !== null || term.actor !== actor) continue;
    const forms = term.forms.map((f) => normalizeWords(f));
    if (!forms.some((f) => f.split(" ").some(isArmyNoun))) continue;
    if (forms.some((f) => f.startsWith(`${label} `))) return e;
    if (first < 0) first = e;
  }
  return first;
}

const foreignByLexicon = new WeakMap<CompiledLexicon, ReadonlySet<string>>();

/**
 * The actors that are other countries' states: those the lexicon names an army of with a foreign
 * nationality (الجيش المصري → egypt). Any mention of theirs (the head of state, the government)
 * names that state; a group with fighters of its own (قوات المجلس) is none.
 */
function foreignStateActors(lexicon: CompiledLexicon): ReadonlySet<string> {
  let foreign = foreignByLexicon.get(lexicon);
  if (!foreign) {
    foreign = new Set(
      lexicon.entries
        .filter((e) => e.actor !== null && expandForms(e.forms).some((form) => namesForeignArmy(tokenize(form), 0, Infinity)))
        .map((e) => e.actor as string),
    );
    foreignByLexicon.set(lexicon, foreign);
  }
  return foreign;
}

const ownByLexicon = new WeakMap<CompiledLexicon, ReadonlySet<string>>();

/** The actors of the lexicon's state-legitimacy entries: the side whose army the bare labels mean. */
function ownArmyActors(lexicon: CompiledLexicon): ReadonlySet<string> {
  let own = ownByLexicon.get(lexicon);
  if (!own) {
    own = new Set(lexicon.entries.filter((e) => e.category === "state-legitimacy" && e.actor !== null).map((e) => e.actor as string));
    ownByLexicon.set(lexicon, own);
  }
  return own;
}
