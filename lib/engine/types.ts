/** A lexicon entry as the engine needs it: the same shape as the case study's lexicon. */
export interface LexiconTerm {
  /** Stable id of the entry, reported on every mention. */
  id: string;
  /** Surface forms as written, each a phrase or a pattern in the form syntax (`expandForm`: optional slots, paradigms); normalized and tokenized when the lexicon is compiled. */
  forms: readonly string[];
  /** A framing category, or null for a plain name that only names its actor (never counted as framing). */
  category: string | null;
  actor: string | null;
  stance: "legitimizing" | "neutral" | "delegitimizing" | null;
  event: string | null;
  /** False friends: the entry does not match right after a `before` phrase or right before an `after` phrase. */
  except?: { before?: readonly string[]; after?: readonly string[] };
  /**
   * A short form that refers back (المجلس، التنظيم، قواته, "the group"): the actor of the nearest
   * earlier mention, mapped to the id of the entry whose actor, category and stance the short
   * form then takes. With no such mention close enough before it, the short form is no mention.
   */
  refersBack?: Readonly<Record<string, string>>;
}

/**
 * Whose words a mention is: the outlet's own, inside a statement or quotation the outlet
 * attributes to someone, or held at a distance (scare quotes, "so-called", ما يسمى).
 */
export type Voice = "outlet" | "attributed" | "distanced";

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
  /** The actor the label literally names. */
  actor: string | null;
  /** The actor the label refers to: the same as `actor` unless the case study says otherwise. */
  referent: string | null;
  /** The framing category, or null for a plain name. */
  category: string | null;
  stance: LexiconTerm["stance"];
  event: string | null;
  /** Whose words the label is. */
  voice: Voice;
  /** `voice !== "outlet"`: attributed to someone or held at a distance. */
  quoted: boolean;
  /** In page chrome: kept for the reader, never counted. */
  chrome: boolean;
}
