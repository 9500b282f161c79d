"use client";

import { useId } from "react";

export interface SwitchBoxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What the box switches on. */
  label: string;
  /** What switching does, under the label. */
  hint: string;
  /** Set after the reader switched: what is shown now, read out by screen readers. */
  announcement: string;
  /** Names the box, its checkbox and its status line for tests: `<name>-box`, `<name>`, `<name>-announcement`. */
  testName: string;
  className?: string;
}

/**
 * A view switch of a page (the outlet's own words only; the translation beside the text): a
 * checkbox with what it does under it, and a status line that announces the new view.
 */
export function SwitchBox({ checked, onChange, label, hint, announcement, testName, className = "" }: SwitchBoxProps) {
  const hintId = useId();
  return (
    <div className={`rounded-lg border border-rule bg-white px-4 py-2.5 text-sm print:hidden ${className}`} data-testid={`${testName}-box`}>
      <label className="flex cursor-pointer items-center gap-2 font-semibold text-ink">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hintId}
          className="size-4 accent-accent"
          data-testid={testName}
        />
        {label}
      </label>
      <p id={hintId} className="ms-6 mt-0.5 text-xs text-muted">
        {hint}
      </p>
      <p role="status" className="sr-only" data-testid={`${testName}-announcement`}>
        {announcement}
      </p>
    </div>
  );
}
