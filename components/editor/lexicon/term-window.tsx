"use client";

import { useState } from "react";
import type { LexiconEntry } from "@/lib/case-study/schema";
import type { LexiconEditorMessages } from "@/lib/i18n/lexicon-editor-messages";
import { format } from "@/lib/i18n/messages";
import { BUTTON } from "../form-styles";

/**
 * How many terms the list renders at first, and how many more each "show more" adds: a page
 * to scan, where all 343 of Derna's terms at once made the editor slow to render and to read
 * with a screen reader.
 */
export const TERMS_PAGE = 50;

/** The terms the list renders, how many matching ones it leaves out, and how to show more. */
export interface TermWindow {
  visible: LexiconEntry[];
  hidden: number;
  showMore: () => void;
  showAll: () => void;
}

/**
 * Windows the matching terms: the first pages of them in lexicon order, plus the open term and
 * every term that joined the lexicon on its own while the editor was open (added from the form
 * or from the distinctive terms), so a new term is in view with its counts wherever it lands. A
 * lexicon replaced as a whole pins nothing.
 */
export function useTermWindow(lexicon: readonly LexiconEntry[], matching: readonly LexiconEntry[], openId: string | null): TermWindow {
  const [limit, setLimit] = useState(TERMS_PAGE);
  // Derived from the lexicon's previous value, the way React recommends: no effect, no extra commit.
  const [previous, setPrevious] = useState(lexicon);
  const [arrived, setArrived] = useState<readonly string[]>([]);
  let pinned = arrived;
  if (previous !== lexicon) {
    pinned = arrivals(previous, lexicon, arrived);
    setPrevious(lexicon);
    setArrived(pinned);
  }
  const keep = new Set(openId ? [...pinned, openId] : pinned);
  const visible = matching.filter((entry, index) => index < limit || keep.has(entry.id));
  return {
    visible,
    hidden: matching.length - visible.length,
    showMore: () => setLimit((n) => n + TERMS_PAGE),
    showAll: () => setLimit(Number.POSITIVE_INFINITY),
  };
}

/** The ids to keep in view after a change: the one term added by it, if it added just one. */
function arrivals(before: readonly LexiconEntry[], after: readonly LexiconEntry[], arrived: readonly string[]): readonly string[] {
  const ids = new Set(after.map((entry) => entry.id));
  const earlier = new Set(before.map((entry) => entry.id));
  const added = after.filter((entry) => !earlier.has(entry.id));
  // A whole lexicon read in is a new list, not a term to point at.
  if (added.length > 1) return [];
  const kept = arrived.filter((id) => ids.has(id));
  return added.length === 1 ? [...kept, added[0]!.id] : kept;
}

/** Under the list: how many matching terms it leaves out, and buttons to show a page more or all. */
export function MoreTerms({ termWindow, t }: { termWindow: TermWindow; t: LexiconEditorMessages }) {
  if (termWindow.hidden === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3" data-testid="terms-not-shown">
      <p className="text-sm text-muted">{format(t.notShown, { hidden: termWindow.hidden })}</p>
      <button type="button" className={BUTTON} onClick={termWindow.showMore}>
        {format(t.showMore, { count: Math.min(TERMS_PAGE, termWindow.hidden) })}
      </button>
      <button type="button" className={BUTTON} onClick={termWindow.showAll}>
        {t.showAll}
      </button>
    </div>
  );
}
