import type { LexiconEntry } from "@/lib/case-study/schema";
import type { Mention } from "@/lib/engine";
import type { ReferenceTerm } from "./score";

/** What the results show beside a term: the lexicon entry's explanation, as the glossary gives it. */
export type TermExplanation = Pick<LexiconEntry, "id" | "gloss" | "category" | "actor" | "stance" | "event" | "note" | "note_ar">;

/** The reference answers of one article's exercise. */
export interface AnswerKey {
  /** The engine's body mentions, in text order. */
  terms: ReferenceTerm[];
  /** The explanation of every entry a term matches, by entry id. */
  entries: Record<string, TermExplanation>;
}

/**
 * Turn the engine's mentions of one article into the exercise's answer key: the body mentions
 * (the same tagging the reader and every count use; page chrome is never counted, so it is
 * left out) with the explanation of each entry they match.
 *
 * @param mentions every mention of the article, body and chrome, as the analysis gives them
 * @param lexicon the case study's lexicon
 * @returns the reference terms and their entries' explanations
 */
export function buildAnswerKey(mentions: readonly Mention[], lexicon: readonly LexiconEntry[]): AnswerKey {
  const byId = new Map(lexicon.map((entry) => [entry.id, entry]));
  const terms: ReferenceTerm[] = [];
  const entries: Record<string, TermExplanation> = {};
  for (const m of mentions) {
    // Plain names frame nothing: a student is never asked to find them.
    if (m.chrome || m.category === null) continue;
    terms.push({ start: m.start, end: m.end, text: m.text, entry: m.entry, category: m.category, quoted: m.quoted });
    const entry = byId.get(m.entry);
    if (entry && !(entry.id in entries)) {
      entries[entry.id] = { id: entry.id, gloss: entry.gloss, category: entry.category, actor: entry.actor, stance: entry.stance, event: entry.event, note: entry.note, ...(entry.note_ar ? { note_ar: entry.note_ar } : {}) };
    }
  }
  terms.sort((a, b) => a.start - b.start);
  return { terms, entries };
}

/**
 * A short fingerprint of what an exercise's answers depend on: the article's text and the
 * lexicon. Saved progress is filed under it, so a changed lexicon or text starts afresh instead
 * of scoring old selections against new answers.
 *
 * @param text the article's raw text
 * @param lexicon the case study's lexicon
 * @returns eight hex digits (32-bit FNV-1a)
 */
export function answerKeyVersion(text: string, lexicon: readonly LexiconEntry[]): string {
  const input = `${text}\u0000${JSON.stringify(lexicon)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
