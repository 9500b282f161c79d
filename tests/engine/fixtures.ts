import type { LexiconTerm } from "@/lib/engine";

/** Build a lexicon entry for a test: only what a test names differs from a neutral frame term. */
export function term(id: string, forms: string[], extra: Partial<LexiconTerm> = {}): LexiconTerm {
  return { id, forms, category: "assault", actor: null, stance: null, event: null, ...extra };
}
