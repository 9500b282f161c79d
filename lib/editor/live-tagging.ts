import type { CaseMention } from "@/lib/comparison/analyze-case";
import { analyze, compileLexicon, type CompiledLexicon, type Segment } from "@/lib/engine";
import type { CaseDraft } from "./draft";

/** A draft's lexicon compiled for tagging, or why it cannot be. */
export type DraftLexicon = { ok: true; lexicon: CompiledLexicon } | { ok: false; error: string };

/** A text as the live preview shows it. */
export interface TaggedText {
  mentions: CaseMention[];
  segments: Segment[];
  /** Body words (page chrome excluded). */
  words: number;
  /** Mentions in the body: the count the pages show. */
  bodyMentions: number;
}

/**
 * Compile a draft's lexicon once, for every text tagged with it until it changes. A lexicon
 * being edited can be inconsistent (two entries sharing a form): that is reported, not thrown.
 *
 * @param lexicon the draft's lexicon
 */
export function compileDraftLexicon(lexicon: CaseDraft["lexicon"]): DraftLexicon {
  try {
    return { ok: true, lexicon: compileLexicon(lexicon) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/**
 * Tag one text with a compiled lexicon, as the reader would show it once saved.
 *
 * @param text the article's raw text
 * @param lexicon the compiled lexicon
 * @param chromeLines lines known to be page chrome in this text (default: none)
 */
export function tagText(text: string, lexicon: CompiledLexicon, chromeLines: readonly string[] = []): TaggedText {
  const result = analyze(text, lexicon, { chromeLines });
  const mentions = result.mentions.map((m) => ({ ...m, countedEvent: m.event }));
  return { mentions, segments: result.segments, words: result.words, bodyMentions: mentions.filter((m) => !m.chrome).length };
}
