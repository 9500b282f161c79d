"use client";

import { useId } from "react";

export interface VoiceToggleProps {
  /** True when only the outlet's own words are shown. */
  ownOnly: boolean;
  onChange: (ownOnly: boolean) => void;
  /** Set after the reader changed the view: what is shown now, read out by screen readers. */
  announcement: string;
  strings: { toggle: string; toggleHint: string };
}

/**
 * The "outlet's own words only" switch: a checkbox with what it leaves out under it, and a
 * status line that announces the new view when it changes.
 */
export function VoiceToggle({ ownOnly, onChange, announcement, strings }: VoiceToggleProps) {
  const hintId = useId();
  return (
    <div className="mb-4 rounded-lg border border-rule bg-white px-4 py-2.5 text-sm print:hidden" data-testid="voice-toggle">
      <label className="flex cursor-pointer items-center gap-2 font-semibold text-ink">
        <input
          type="checkbox"
          checked={ownOnly}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hintId}
          className="size-4 accent-accent"
          data-testid="voice-own-only"
        />
        {strings.toggle}
      </label>
      <p id={hintId} className="ms-6 mt-0.5 text-xs text-muted">
        {strings.toggleHint}
      </p>
      <p role="status" className="sr-only" data-testid="voice-announcement">
        {announcement}
      </p>
    </div>
  );
}
