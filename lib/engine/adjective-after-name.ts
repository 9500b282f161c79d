import type { CompiledLexicon } from "./lexicon";
import { matchActor, type ReadMatch } from "./match";
import { tokenText, type Tokens } from "./tokenize";

/** Categories of labels that are also adjectives describing whoever was just named (الإرهابي، المتطرفة). */
const DESCRIBING_CATEGORIES = new Set(["terrorism", "extremism"]);
/** What may stand between a name and the adjective after it: white space and quotation marks ("داعش" الإرهابي). */
const BETWEEN_NAME_AND_ADJECTIVE = /^[\s"'“”„«»‘’‹›]*$/u;
/** An Arabic conjunction or preposition written on the adjective (والإرهابيين، للإرهابيين) joins or governs it: no description. */
const ATTACHED_PARTICLE = /^[وفبلك]/u;

/**
 * Give a terrorism or extremism adjective right after a name the actor of that name: in تنظيم
 * داعش الإرهابي، "داعش" الإرهابي، مجلس شورى مجاهدي درنة الإرهابي, "IS terrorists", the
 * adjective describes the group just named, whatever actor its entry gives it on its own
 * (الإرهابي alone is the lexicon's usual target, the Shura Council). The adjective keeps its
 * category and stance; only its actor, and so its referent, changes.
 *
 * "Right after" means a one-word label whose previous word ends a mention with an actor, with
 * nothing but white space or quotation marks between them, the adjective carrying no conjunction or
 * preposition: a comma or a conjunction (داعش، والإرهابيين) starts a list, not a description.
 *
 * @param raw the text as read
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * @returns the matches, each such adjective carrying the actor of the name before it
 */
export function placeAdjectivesAfterNames(raw: string, tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[]): ReadMatch[] {
  const out: ReadMatch[] = [];
  for (const match of matches) {
    const name = out[out.length - 1];
    const term = lexicon.entries[match.entry];
    const actor = name ? matchActor(lexicon, name) : null;
    if (
      name &&
      actor !== null &&
      term?.category != null &&
      DESCRIBING_CATEGORIES.has(term.category) &&
      match.firstWord === match.lastWord &&
      !ATTACHED_PARTICLE.test(tokenText(tokens, match.firstWord)) &&
      name.lastWord === match.firstWord - 1 &&
      BETWEEN_NAME_AND_ADJECTIVE.test(raw.slice(tokens.rawEnd[name.lastWord] ?? 0, tokens.rawStart[match.firstWord] ?? 0))
    ) {
      out.push({ ...match, actor });
    } else out.push(match);
  }
  return out;
}

/** What may stand between a description and the name set beside it: white space, a comma, a dash, a colon. */
const BETWEEN_DESCRIPTION_AND_NAME = /^[\s،,:\-–—]*$/u;

/**
 * Give a terrorism or extremism description that names no one the actor of the name set right
 * beside it, after a comma or nothing: in الجماعة المدرجة على قوائم الإرهاب، جماعة أنصار الشريعة
 * and "the blacklisted terrorist group, Ansar al-Sharia" the description and the name are one
 * noun phrase in apposition, so the description is about that group. A description that already
 * names an actor keeps it; anything else between the two (a word, a full stop) leaves it alone, and
 * so does a comma after a one-word label (الإرهاب، مجلس النواب …: a clause ends, a new one begins).
 *
 * @param raw the text as read
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * @returns the matches, each such description carrying the actor of the name beside it
 */
export function placeDescriptionsBeforeNames(raw: string, tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[]): ReadMatch[] {
  return matches.map((match, i) => {
    const term = lexicon.entries[match.entry];
    const name = matches[i + 1];
    if (!name || match.actor !== undefined || term?.actor !== null || term.category == null || !DESCRIBING_CATEGORIES.has(term.category)) return match;
    const named = lexicon.entries[name.entry];
    const actor = matchActor(lexicon, name);
    if (named?.category !== null || actor === null || name.firstWord !== match.lastWord + 1) return match;
    const between = raw.slice(tokens.rawEnd[match.lastWord] ?? 0, tokens.rawStart[name.firstWord] ?? 0);
    if (!BETWEEN_DESCRIPTION_AND_NAME.test(between)) return match;
    // After a comma a one-word label (الإرهاب، مجلس النواب …) more likely ends a clause than describes the name.
    return /^\s*$/u.test(between) || match.lastWord > match.firstWord ? { ...match, actor } : match;
  });
}
