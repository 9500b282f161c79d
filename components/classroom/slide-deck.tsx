"use client";

import { useRouter } from "next/navigation";
import { parseAsInteger, useQueryState } from "nuqs";
import { type ReactNode, useCallback, useEffect, useState } from "react";

/** One slide as the deck receives it: rendered on the server, shown one at a time here. */
export interface DeckSlide {
  id: string;
  /** Plain-text title, announced when the slide changes. */
  title: string;
  content: ReactNode;
}

export interface SlideDeckProps {
  slides: DeckSlide[];
  /** The interface's direction: in Arabic the arrows mirror (← moves forward, as pages turn in an Arabic book). */
  dir: "ltr" | "rtl";
  /** Where Escape leaves to: the arrange view of this same deck. */
  leaveHref: string;
  /** A notice shown above the slides (ids in the URL the case does not have). */
  notice?: string;
  strings: {
    deckLabel: string;
    counter: string;
    counterLabel: string;
    previous: string;
    next: string;
    fullscreen: string;
    exitFullscreen: string;
    leave: string;
    keysHint: string;
  };
}

const atParser = parseAsInteger.withDefault(1).withOptions({ history: "replace", scroll: false });

/**
 * The running deck: one slide on the whole screen, a counter, and the keyboard. → (← in
 * Arabic), Space and Page Down move forward; ← (→ in Arabic), Shift+Space and Page Up move
 * back; Home and End jump to the ends; Escape leaves for the arrange view. The slide on screen
 * is in the URL (`?at=3`), so a refresh keeps the place.
 */
export function SlideDeck({ slides, dir, leaveHref, notice, strings: t }: SlideDeckProps) {
  const router = useRouter();
  const [rawAt, setAt] = useQueryState("at", atParser);
  const count = slides.length;
  const at = Math.min(Math.max(rawAt, 1), count);
  const go = useCallback((to: number) => void setAt(Math.min(Math.max(to, 1), count)), [setAt, count]);
  const fullscreen = useFullscreen();

  useEffect(() => {
    const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const backward = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      // Space on a focused button presses it (the deck's own buttons move already), and on a
      // disclosure ("+ 4 more labels") opens it.
      if (event.key === " " && target?.closest("button, summary")) return;
      let to: number | null = null;
      if (event.key === forward || event.key === "PageDown" || (event.key === " " && !event.shiftKey)) to = at + 1;
      else if (event.key === backward || event.key === "PageUp" || (event.key === " " && event.shiftKey)) to = at - 1;
      else if (event.key === "Home") to = 1;
      else if (event.key === "End") to = count;
      else if (event.key === "Escape") {
        event.preventDefault();
        router.push(leaveHref);
        return;
      }
      if (to === null) return;
      event.preventDefault();
      go(to);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [at, count, dir, go, leaveHref, router]);

  const slide = slides[at - 1];
  const counter = t.counter.replace("{at}", String(at)).replace("{count}", String(count));
  const counterLabel = t.counterLabel.replace("{at}", String(at)).replace("{count}", String(count));
  return (
    <main
      className="flex h-dvh flex-col bg-paper text-ink"
      // The deck's type follows the screen: 1.6vw is 30.7 px at 1920×1080, and never more than
      // the height allows, so a slide fits a projector whatever its shape.
      style={{ fontSize: "clamp(16px, min(1.6vw, 2.85vh), 48px)" }}
    >
      {notice && (
        <p role="alert" data-testid="deck-notice" className="border-b border-[#f0b59a] bg-[#fdf1ea] px-[1.2em] py-[0.3em] text-[0.85em] font-medium text-[#7c2d12]">
          {notice}
        </p>
      )}
      {slide && (
        <section
          key={slide.id}
          aria-roledescription="slide"
          aria-label={`${counterLabel}: ${slide.title}`}
          data-testid="slide"
          data-slide={slide.id}
          className="min-h-0 flex-1 overflow-auto px-[2em] pb-[0.6em] pt-[1.2em]"
        >
          {slide.content}
        </section>
      )}
      <nav aria-label={t.deckLabel} className="flex flex-wrap items-center gap-[0.6em] border-t border-rule bg-white px-[1.2em] py-[0.25em] text-[0.8em]">
        <a href={leaveHref} className="rounded px-[0.4em] py-[0.2em] font-medium text-accent-strong underline-offset-4 hover:underline" onClick={(e) => { e.preventDefault(); router.push(leaveHref); }}>
          <span aria-hidden="true">Esc · </span>
          {t.leave}
        </a>
        <p className="hidden flex-1 text-center text-muted lg:block">{t.keysHint}</p>
        <div className="ms-auto flex items-center gap-[0.4em]">
          <button type="button" onClick={() => go(at - 1)} disabled={at <= 1} aria-label={t.previous} className="rounded border border-rule px-[0.6em] py-[0.1em] text-[1.2em] leading-none disabled:opacity-40">
            <span aria-hidden="true">{dir === "rtl" ? "→" : "←"}</span>
          </button>
          <p data-testid="slide-counter" className="min-w-[4.5em] text-center text-[1.1em] font-bold tabular-nums" dir="ltr">
            {counter}
          </p>
          <button type="button" onClick={() => go(at + 1)} disabled={at >= count} aria-label={t.next} className="rounded border border-rule px-[0.6em] py-[0.1em] text-[1.2em] leading-none disabled:opacity-40">
            <span aria-hidden="true">{dir === "rtl" ? "←" : "→"}</span>
          </button>
          {fullscreen.supported && (
            <button type="button" onClick={fullscreen.toggle} className="ms-[0.6em] rounded border border-rule px-[0.6em] py-[0.2em] font-medium">
              {fullscreen.active ? t.exitFullscreen : t.fullscreen}
            </button>
          )}
        </div>
      </nav>
      {/* Announces the new slide to screen readers; the counter above is its visible twin. */}
      <p aria-live="polite" className="sr-only">
        {slide ? `${counterLabel}: ${slide.title}` : ""}
      </p>
    </main>
  );
}

/** The browser's Fullscreen API, when it has one (known only after hydration). */
function useFullscreen() {
  const [supported, setSupported] = useState(false);
  const [active, setActive] = useState(false);
  useEffect(() => {
    setSupported(typeof document.documentElement.requestFullscreen === "function");
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);
  return { supported, active, toggle };
}
