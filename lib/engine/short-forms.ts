import type { CompiledLexicon, ShortFormRule } from "./lexicon";
import { matchActor, type ReadMatch } from "./match";
import { tokenText, type Tokens } from "./tokenize";

/**
 * How many words back a short form looks for the name it refers to. Sixty words is about three
 * news sentences: far enough to cross from a headline into the lead, or from the sentence that
 * names the Shura Council to the next one that says المجلس; beyond that a writer names the actor
 * again, and a bare المجلس or "the group" is as likely to mean something the lexicon does not know.
 */
export const SHORT_FORM_WINDOW = 60;

/** Arabic proclitics a word may carry before a head noun (وب + المجلس …). */
const PROCLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];
/** Arabic pronoun suffixes a head noun may carry after it. */
const ENCLITICS = ["", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"];

/**
 * Resolve short forms that refer back: a lexicon entry with `refersBack` (المجلس، التنظيم،
 * قواته، القوة, "the group", "his forces") becomes a mention of the entry mapped to the actor
 * of the nearest earlier mention whose actor it maps (taking that entry's actor, category,
 * stance and note), at most {@link SHORT_FORM_WINDOW} words back: المجلس after مجلس شورى مجاهدي درنة is the Shura Council, قواته after حفتر is Haftar's
 * forces. A mention of the entry itself names the actor too: قواته after قوات حفتر is Haftar's
 * forces again, though the mention's own actor (the LNA) maps to nothing. A resolved short form
 * is itself a mention a later one can refer back to.
 *
 * It stays unresolved, and is then no mention at all, when no such mention is close enough
 * before it, or when a word with its head noun stands in between outside any mention of an
 * actor it maps or resolves to (مجلس شورى مجاهدي درنة … مجلس النواب … المجلس: the council
 * last named is the parliament, which the short form cannot be resolved to).
 *
 * A short form right before a definite nisba adjective the lexicon does not know (المجلس
 * الرئاسي، المجلس الأعلى، المجلس البلدي، التنظيم الدولي) names a different body, and is no
 * mention either; one the lexicon knows (التنظيم الإرهابي) only describes what it refers to.
 *
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * @returns the matches, each resolved short form naming the entry it stands for, unresolved ones left out
 */
export function resolveShortForms(tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[]): ReadMatch[] {
  const out: ReadMatch[] = [];
  matches.forEach((match, i) => {
    const rule = lexicon.shortForms[match.entry];
    if (!rule) {
      out.push(match);
      return;
    }
    if (isQualified(tokens, match.lastWord, matches[i + 1])) return;
    const target = findAntecedent(tokens, lexicon, rule, out, match.firstWord);
    // Resolved, it is a mention of the entry it stands for: قواته is a use of قوات حفتر, written so.
    if (target !== undefined) out.push({ ...match, entry: target });
  });
  return out;
}

/** The entry index the short form at `firstWord` resolves to, given the mentions before it. */
function findAntecedent(tokens: Tokens, lexicon: CompiledLexicon, rule: ShortFormRule, before: readonly ReadMatch[], firstWord: number): number | undefined {
  const windowStart = firstWord - SHORT_FORM_WINDOW;
  // Head nouns inside a mention of an actor the short form maps or resolves to do not block it.
  const ownActors = new Set<string | null>([...rule.targets.keys(), ...[...rule.targets.values()].map((t) => lexicon.entries[t]?.actor ?? null)]);
  ownActors.delete(null);
  for (let i = before.length - 1; i >= 0; i--) {
    const previous = before[i] as ReadMatch;
    if (previous.lastWord < windowStart) return undefined;
    // Words after this mention and before the next one (or the short form) stand between.
    const gapEnd = i + 1 < before.length ? (before[i + 1] as ReadMatch).firstWord : firstWord;
    if (hasHead(tokens, rule, previous.lastWord + 1, gapEnd)) return undefined;
    // A use of the very entry the short form would stand for names its actor too: قوات حفتر … قواته.
    if (targetEntries(rule).has(previous.entry)) return previous.entry;
    const actor = matchActor(lexicon, previous);
    if (actor !== null && rule.targets.has(actor)) return rule.targets.get(actor);
    if (!ownActors.has(actor) && hasHead(tokens, rule, previous.firstWord, previous.lastWord + 1)) return undefined;
  }
  return undefined;
}

/** Whether a definite nisba adjective that starts no match (`next`, the match after) follows word `lastWord` (المجلس الرئاسي). */
function isQualified(tokens: Tokens, lastWord: number, next: ReadMatch | undefined): boolean {
  const after = lastWord + 1;
  if (after >= tokens.count || tokens.joined[after] !== 1) return false;
  if (!/^ال.+(?:ي|يه)$/u.test(tokenText(tokens, after))) return false;
  return next?.firstWord !== after;
}

function targetEntries(rule: ShortFormRule): ReadonlySet<number> {
  return new Set(rule.targets.values());
}

/** Whether a word in `from … to - 1` is one of the short form's head nouns, clitics aside. */
function hasHead(tokens: Tokens, rule: ShortFormRule, from: number, to: number): boolean {
  for (let w = Math.max(0, from); w < to; w++) {
    const word = tokenText(tokens, w);
    for (const head of rule.heads) if (carries(word, head)) return true;
  }
  return false;
}

function carries(word: string, head: string): boolean {
  if (word === head) return true;
  const at = word.indexOf(head.endsWith("ه") ? head.slice(0, -1) : head);
  if (at < 0) return false;
  const before = word.slice(0, at);
  const proclitic = PROCLITICS.some((p) => before === p || before === `${p}ال` || (p.endsWith("ل") && before === `${p}ل`));
  if (!proclitic) return false;
  const rest = word.slice(at + head.length - (head.endsWith("ه") ? 1 : 0));
  // A ta marbuta (normalized ه) is written ت before a pronoun: القوة، قوتها.
  if (head.endsWith("ه")) return rest === "ه" || (rest.startsWith("ت") && ENCLITICS.includes(rest.slice(1)));
  return ENCLITICS.includes(rest);
}
