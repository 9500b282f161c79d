"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { SwitchBox } from "@/components/ui/switch-box";
import { VOICE_PARAM, parseVoiceView, withVoiceView, type VoiceView } from "@/lib/comparison/voice-url";

const VoiceViewContext = createContext<VoiceView>("all");

export interface VoiceScopeProps {
  strings: { toggle: string; toggleHint: string; showingOwn: string; showingAll: string };
  children: ReactNode;
}

/**
 * The overview's "outlet's own words only" view. The page's render reads no query, so switching
 * the view needs no new render: it is read from `?voice=` in the browser and applied there: the matrices
 * carry both counts and CSS shows one ({@link VOICE_VIEW_ATTRIBUTE}), the summaries and CSV
 * files come in both versions ({@link VoiceSwitch}). Changing it writes the URL (a permalink)
 * and announces the new view.
 */
export function VoiceScope({ strings, children }: VoiceScopeProps) {
  const [view, setView] = useState<VoiceView>("all");
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const read = () => setView(parseVoiceView(new URLSearchParams(window.location.search).get(VOICE_PARAM)));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);
  function change(ownOnly: boolean) {
    const next: VoiceView = ownOnly ? "outlet" : "all";
    setView(next);
    setAnnouncement(ownOnly ? strings.showingOwn : strings.showingAll);
    const query = withVoiceView(window.location.search, next);
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
  }
  return (
    <VoiceViewContext.Provider value={view}>
      <SwitchBox
        checked={view === "outlet"}
        onChange={change}
        label={strings.toggle}
        hint={strings.toggleHint}
        announcement={announcement}
        testName="voice-own-only"
        className="mb-4"
      />
      <div {...{ [VOICE_VIEW_ATTRIBUTE]: view }}>{children}</div>
    </VoiceViewContext.Provider>
  );
}

/** The attribute whose value (`all` or `outlet`) the matrix's CSS reads (voice-view.css). */
export const VOICE_VIEW_ATTRIBUTE = "data-voice-view";

/**
 * One of two versions of a part of the overview, by the view: every voice, or the outlet's own
 * words. Only the one shown is in the page, so the two never share ids.
 */
export function VoiceSwitch({ all, own }: { all: ReactNode; own: ReactNode }) {
  return <>{useContext(VoiceViewContext) === "outlet" ? own : all}</>;
}
