"use client";

import type { CaseDraft } from "@/lib/editor/draft";
import type { Locale } from "@/lib/i18n/locale";

/** What the case editor hands the distinctive-terms panel. */
export interface DistinctiveTermsPanelProps {
  caseId: string;
  draft: CaseDraft;
  /** Receives the draft with a suggestion added to its lexicon. */
  onChange: (next: CaseDraft) => void;
  locale: Locale;
}

/** Per outlet, the words it uses far more than the others, each one click from the lexicon. (Being built.) */
export function DistinctiveTermsPanel(_props: DistinctiveTermsPanelProps) {
  return null;
}
