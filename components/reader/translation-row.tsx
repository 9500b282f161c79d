"use client";

import type { ReactNode, SyntheticEvent } from "react";

/**
 * One paragraph beside its translation (under it on a phone, or always when `stacked`: a
 * side-by-side column is too narrow for two). Pointing at a tagged term (or focusing an Arabic
 * one) marks its twin on the other side: the marks of the same lexicon entry in this row.
 */
export function TranslationRow({ children, stacked = false }: { children: ReactNode; stacked?: boolean }) {
  function mark(event: SyntheticEvent<HTMLDivElement>, on: boolean) {
    const term = (event.target as HTMLElement).closest<HTMLElement>("[data-entry]");
    const entry = term?.dataset.entry;
    if (!entry) return;
    for (const twin of event.currentTarget.querySelectorAll<HTMLElement>("[data-entry]")) {
      if (twin.dataset.entry === entry && twin !== term) twin.toggleAttribute("data-twin", on);
    }
  }
  return (
    <div
      data-translation-row=""
      className={stacked ? "grid gap-1.5" : "grid gap-2 md:grid-cols-2 md:gap-8"}
      onPointerOver={(event) => mark(event, true)}
      onPointerOut={(event) => mark(event, false)}
      onFocus={(event) => mark(event, true)}
      onBlur={(event) => mark(event, false)}
    >
      {children}
    </div>
  );
}
