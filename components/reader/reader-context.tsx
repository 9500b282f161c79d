"use client";

import { useQueryState } from "nuqs";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Focus } from "@/lib/comparison/focus";
import type { Locale } from "@/lib/i18n/locale";
import type { MentionData } from "@/lib/reader/mention-data";
import type { TooltipDetails } from "@/lib/reader/reader-props";
import { MentionTooltip } from "./mention-tooltip";
import { chromeParser, hideParser } from "./url-state";

interface ReaderState {
  hidden: ReadonlySet<string>;
  focus: Focus | null;
  /** The mention whose tooltip is open. */
  activeKey: string | null;
  /** The mention the URL's hash points at. */
  targetKey: string | null;
  tooltipId: string;
  open(mention: MentionData, anchor: HTMLElement): void;
  /** Open after a short delay: a pointer crossing other terms on its way does not open theirs. */
  openSoon(mention: MentionData, anchor: HTMLElement): void;
  /** Close after a short delay, so the pointer can move onto the tooltip (WCAG 1.4.13). */
  closeSoon(): void;
}

const ReaderContext = createContext<ReaderState | null>(null);

/** Delay before a tooltip closes once the pointer leaves its term. */
const CLOSE_DELAY_MS = 150;
/** Delay before the pointer resting on a term opens its tooltip. */
const OPEN_DELAY_MS = 120;

export interface ReaderProviderProps {
  details: TooltipDetails;
  /** The actor or category singled out by the page (from its URL), or null. */
  focus?: Focus | null;
  children: ReactNode;
}

/**
 * The interactive layer over server-rendered tagged text: hidden categories (from the URL),
 * the singled-out actor or category, the one tooltip, and the mention the URL's hash points
 * at (scrolled to, marked and focused, its page chrome unfolded if need be).
 */
export function ReaderProvider({ details, focus = null, children }: ReaderProviderProps) {
  const [hide] = useQueryState("hide", hideParser);
  const [chrome, setChrome] = useQueryState("chrome", chromeParser);
  const hidden = useMemo(() => new Set<string>(hide), [hide]);
  const [active, setActive] = useState<{ mention: MentionData; anchor: HTMLElement } | null>(null);
  const [targetKey, setTargetKey] = useState<string | null>(null);
  // One timer for both delays: a pending open and a pending close replace each other.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const tooltipId = useId();

  const cancelPending = useCallback(() => clearTimeout(timer.current), []);
  const open = useCallback(
    (mention: MentionData, anchor: HTMLElement) => {
      cancelPending();
      setActive((current) => (current?.anchor === anchor ? current : { mention, anchor }));
    },
    [cancelPending],
  );
  const openSoon = useCallback(
    (mention: MentionData, anchor: HTMLElement) => {
      cancelPending();
      timer.current = setTimeout(() => open(mention, anchor), OPEN_DELAY_MS);
    },
    [cancelPending, open],
  );
  const closeSoon = useCallback(() => {
    cancelPending();
    timer.current = setTimeout(() => {
      // A term that keeps the keyboard focus keeps its tooltip when the pointer wanders off.
      setActive((current) => (current && current.anchor === document.activeElement ? current : null));
    }, CLOSE_DELAY_MS);
  }, [cancelPending]);

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") setActive(null);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.target === active.anchor) setActive(null);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("focusout", onFocusOut);
    };
  }, [active]);

  // The hash names a mention: mark it, and once it is visible, bring it into view and focus it.
  useEffect(() => {
    const follow = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const element = id ? document.getElementById(id) : null;
      setTargetKey(element?.matches("mark[data-mention]") ? id : null);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const reached = useRef<string | null>(null);
  useEffect(() => {
    if (!targetKey || reached.current === targetKey) return;
    const element = document.getElementById(targetKey);
    if (!element) return;
    if (element.closest("[data-segment='chrome'] [hidden]")) {
      void setChrome(null);
      return;
    }
    reached.current = targetKey;
    element.scrollIntoView({ block: "center" });
    element.focus({ preventScroll: true });
  }, [targetKey, chrome, setChrome]);

  const state = useMemo<ReaderState>(
    () => ({ hidden, focus, activeKey: active?.mention.key ?? null, targetKey, tooltipId, open, openSoon, closeSoon }),
    [hidden, focus, active, targetKey, tooltipId, open, openSoon, closeSoon],
  );

  return (
    <ReaderContext.Provider value={state}>
      {children}
      {active && (
        <MentionTooltip
          id={tooltipId}
          anchor={active.anchor}
          mention={active.mention}
          details={details}
          onPointerEnter={cancelPending}
          onPointerLeave={closeSoon}
        />
      )}
    </ReaderContext.Provider>
  );
}

/** The reader's state, for the marks inside a {@link ReaderProvider}. */
export function useReader(): ReaderState {
  const state = useContext(ReaderContext);
  if (!state) throw new Error("useReader must be used inside a ReaderProvider");
  return state;
}
