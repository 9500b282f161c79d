"use client";

import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useEffect, useState, useTransition } from "react";
import { SwitchBox } from "@/components/ui/switch-box";
import { VOICE_PARAM } from "@/lib/comparison/voice-url";

export interface VoicePickerProps {
  /** True when the page counts the outlets' own words alone (the server's reading of the URL). */
  ownOnly: boolean;
  strings: { toggle: string; toggleHint: string; showingOwn: string; showingAll: string };
  /** Announced while the page redraws. */
  updating: string;
}

/**
 * The "outlet's own words only" switch of a page the server renders per request: the charts
 * count them alone, the reader fades the rest. The choice lives in the URL (`?voice=outlet`),
 * so the view is a permalink; the server renders the page anew for it.
 */
export function VoicePicker({ ownOnly, strings, updating }: VoicePickerProps) {
  const [pending, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  // The box follows the click at once; the page the server renders for it follows.
  const [checked, setChecked] = useState(ownOnly);
  useEffect(() => setChecked(ownOnly), [ownOnly]);
  const [, setVoice] = useQueryState(
    VOICE_PARAM,
    parseAsStringLiteral(["outlet"] as const).withOptions({ shallow: false, scroll: false, history: "push", startTransition }),
  );
  function change(next: boolean) {
    setChecked(next);
    setAnnouncement(next ? strings.showingOwn : strings.showingAll);
    void setVoice(next ? "outlet" : null);
  }
  return (
    <SwitchBox
      checked={checked}
      onChange={change}
      label={strings.toggle}
      hint={strings.toggleHint}
      announcement={pending ? updating : announcement}
      testName="voice-own-only"
      className="mb-4"
    />
  );
}
