"use client";

import { useQueryState } from "nuqs";
import { useEffect, useId, useState, useTransition } from "react";
import { TRANSLATION_PARAM, translationParser } from "./url-state";

export interface TranslationPickerProps {
  /** True when the page shows the translation (the server's reading of the URL). */
  shown: boolean;
  strings: { translationToggle: string; translationToggleHint: string; translationShown: string; translationHidden: string };
}

/**
 * The switch that shows or hides the translation by Framelens beside each paragraph. The
 * choice lives in the URL (`?translation=hide`), so the view is a permalink; the server renders
 * the page anew for it.
 */
export function TranslationPicker({ shown, strings }: TranslationPickerProps) {
  const hintId = useId();
  const [, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  // The box follows the click at once; the page the server renders for it follows.
  const [checked, setChecked] = useState(shown);
  useEffect(() => setChecked(shown), [shown]);
  const [, setParam] = useQueryState(TRANSLATION_PARAM, translationParser.withOptions({ shallow: false, scroll: false, history: "push", startTransition }));
  function change(next: boolean) {
    setChecked(next);
    setAnnouncement(next ? strings.translationShown : strings.translationHidden);
    void setParam(next ? null : "hide");
  }
  return (
    <div className="rounded-lg border border-rule bg-white px-4 py-2.5 text-sm print:hidden" data-testid="translation-toggle">
      <label className="flex cursor-pointer items-center gap-2 font-semibold text-ink">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => change(event.target.checked)}
          aria-describedby={hintId}
          className="size-4 accent-accent"
          data-testid="translation-shown"
        />
        {strings.translationToggle}
      </label>
      <p id={hintId} className="ms-6 mt-0.5 text-xs text-muted">
        {strings.translationToggleHint}
      </p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
