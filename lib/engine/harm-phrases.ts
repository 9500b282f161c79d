import type { CompiledLexicon } from "./lexicon";
import type { ReadMatch } from "./match";
import { tokenEquals, type Tokens } from "./tokenize";

/**
 * Normalized words that tie a harm to the people who suffer it: انتهاكات بحق المدنيين، خسائر
 * في صفوف السكان، عنف ضد الأهالي، معاناة لدى المدنيين. None at all is fine too (معاناة المدنيين).
 */
const LINKS: readonly (readonly string[])[] = [
  [], ["بحق"], ["في", "صفوف"], ["فى", "صفوف"], ["ضد"], ["علي"], ["بين"], ["لدي"], ["وسط"], ["among"], ["against"], ["on"],
];

/**
 * Join a harm and its victims into one mention: a civilian-harm term that names no one,
 * followed (right after it, or after بحق، في صفوف، ضد، بين …) by a plain name of the people
 * harmed (المدنيين، السكان, civilians: an actor the lexicon's own civilian-harm phrases name), is one framing phrase, as a reader quotes it. The
 * phrase keeps the harm's entry and category and takes the victims' actor and stance; the
 * name inside it is not a mention of its own (the longest phrase wins).
 *
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * @returns the matches with each such pair joined; a joined match carries `actorFrom`, the victims' entry
 */
export function joinHarmToVictims(tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[]): (ReadMatch & { actorFrom?: number })[] {
  const out: (ReadMatch & { actorFrom?: number })[] = [];
  for (let i = 0; i < matches.length; i++) {
    const harm = matches[i] as ReadMatch;
    const victims = matches[i + 1];
    const harmTerm = lexicon.entries[harm.entry];
    const victimsTerm = victims && victims.actor === undefined ? lexicon.entries[victims.entry] : undefined;
    if (
      victims &&
      harm.actor === undefined &&
      harmTerm?.category === "civilian-harm" &&
      harmTerm.actor === null &&
      victimsTerm?.category === null &&
      victimsTerm.actor !== null &&
      victimActors(lexicon).has(victimsTerm.actor) &&
      linked(tokens, harm.lastWord + 1, victims.firstWord)
    ) {
      out.push({ firstWord: harm.firstWord, lastWord: victims.lastWord, entry: harm.entry, actorFrom: victims.entry });
      i++;
    } else out.push(harm);
  }
  return out;
}

const victimActorsByLexicon = new WeakMap<CompiledLexicon, ReadonlySet<string>>();

/**
 * The actors the lexicon's own civilian-harm phrases name (in Derna, the civilians): only a
 * plain name of one of them is a harm's victim. Fighters' dead (قتلى في صفوف قوات حفتر) are not.
 */
function victimActors(lexicon: CompiledLexicon): ReadonlySet<string> {
  let actors = victimActorsByLexicon.get(lexicon);
  if (!actors) {
    actors = new Set(lexicon.entries.filter((e) => e.category === "civilian-harm" && e.actor !== null).map((e) => e.actor as string));
    victimActorsByLexicon.set(lexicon, actors);
  }
  return actors;
}

/** Whether words `from … to - 1` are exactly one of the {@link LINKS}, on one line of words. */
function linked(tokens: Tokens, from: number, to: number): boolean {
  const gap = to - from;
  for (let w = from; w <= to; w++) if (tokens.joined[w] !== 1) return false;
  return LINKS.some((link) => link.length === gap && link.every((word, k) => tokenEquals(tokens, from + k, word)));
}
