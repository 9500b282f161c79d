import type { Stance } from "@/lib/case-study/schema";
import type { Bilingual } from "@/lib/case-study/types";

/** A mention as the browser needs it: what the tooltip shows and what the marks are keyed by. */
export interface MentionData {
  /** The mark's id: `m-<start>` in the reader, `<article>-m-<start>` side by side. */
  key: string;
  /** UTF-16 offsets into the raw text. */
  start: number;
  end: number;
  /** The mention as written. */
  text: string;
  entry: string;
  category: string | null;
  /** The actor the label literally names. */
  actor: string | null;
  /** The actor it refers to, as the case study says (most often the same). */
  referent: string | null;
  /** The curator's notes on this occurrence. */
  notes: Bilingual[];
  stance: Stance | null;
  /** Whose words the label is: the outlet's own, attributed to someone, or held at a distance. */
  voice: "outlet" | "attributed" | "distanced";
  quoted: boolean;
  chrome: boolean;
}
