import type { CaseMention } from "@/lib/comparison/analyze-case";
import { analyze, compileLexicon, type CompiledLexicon, type Segment } from "@/lib/engine";
import type { CaseDraft } from "./draft";
import { selectTaggableEntries } from "./draft-analysis";

/**
 * A draft's lexicon compiled for tagging, with the ids of the entries set aside (a form that is
 * another entry's), or why it cannot be compiled at all.
 */
export type DraftLexicon = { ok: true; lexicon: CompiledLexicon; untagged: ReadonlySet<string> } | { ok: false; error: string };

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
 * Compile a draft's lexicon once, for every text tagged with it until it changes. It is the
 * lexicon as the lexicon editor tags it ({@link selectTaggableEntries}): blank forms left out,
 * an entry that shares a form with an earlier one set aside and named, the rest tagged. Any
 * other refusal of the engine is reported, not thrown.
 *
 * @param lexicon the draft's lexicon
 */
export function compileDraftLexicon(lexicon: CaseDraft["lexicon"]): DraftLexicon {
  const { entries, untagged } = selectTaggableEntries(lexicon);
  try {
    return { ok: true, lexicon: compileLexicon(entries), untagged };
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
  // A draft's text has no referent rules or notes yet: every label refers to what it names.
  const mentions = result.mentions.map((m) => ({ ...m, countedEvent: m.event, referentRule: null, notes: [] }));
  return { mentions, segments: result.segments, words: result.words, bodyMentions: mentions.filter((m) => !m.chrome).length };
}
