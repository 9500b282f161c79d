/** A lexicon entry as the engine needs it: the same shape as the case study's lexicon. */
export interface LexiconTerm {
  /** Stable id of the entry, reported on every mention. */
  id: string;
  /** Surface forms as written; each is normalized and tokenized when the lexicon is compiled. */
  forms: readonly string[];
  category: string;
  actor: string | null;
  stance: "legitimizing" | "neutral" | "delegitimizing" | null;
  event: string | null;
  /** False friends: the entry does not match right after a `before` phrase or right before an `after` phrase. */
  except?: { before?: readonly string[]; after?: readonly string[] };
}

/** A stretch of the raw text, in UTF-16 offsets: article body or page chrome. */
export interface Segment {
  kind: "body" | "chrome";
  start: number;
  end: number;
}

/** One occurrence of a lexicon entry, located in the raw text. */
export interface Mention {
  /** UTF-16 offset of the first character of the first word, clitics included. */
  start: number;
  /** UTF-16 offset just past the last word. */
  end: number;
  /** `rawText.slice(start, end)`. */
  text: string;
  entry: string;
  actor: string | null;
  category: string;
  stance: LexiconTerm["stance"];
  event: string | null;
  /** Inside quotation marks, after "ما يسمى" or "so-called" (and the like), or before "المزعوم(ة)". */
  quoted: boolean;
  /** In page chrome: kept for the reader, never counted. */
  chrome: boolean;
}
