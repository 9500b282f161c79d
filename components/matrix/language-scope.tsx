"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { LANGUAGE_PARAM, parseLanguageView, withLanguageView, type LanguageView } from "@/lib/comparison/language-url";
import { format } from "@/lib/i18n/messages";

export interface LanguageScopeProps {
  /** The overview as each choice counts it: every article's, or one language's. */
  views: Record<LanguageView, ReactNode>;
  /** How many articles each choice counts. */
  articleCounts: Record<LanguageView, number>;
  strings: { languageFilter: string; languageAll: string; languageAr: string; languageEn: string; languageOption: string; showingLanguage: string; showingAllLanguages: string };
}

/**
 * The overview's language filter, for a case study that mixes Arabic and English coverage. The
 * page is pre-rendered once for every visitor, so the choice is read from `?language=` in the
 * browser and applied there, as `?voice=` is: the page carries each language's counts and shows
 * one. Changing it writes the URL (a permalink) and announces the new view.
 */
export function LanguageScope({ views, articleCounts, strings: t }: LanguageScopeProps) {
  const [view, setView] = useState<LanguageView>("all");
  const [announcement, setAnnouncement] = useState("");
  const name = useId();
  useEffect(() => {
    const read = () => setView(parseLanguageView(new URLSearchParams(window.location.search).get(LANGUAGE_PARAM)));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);
  const labels: Record<LanguageView, string> = { all: t.languageAll, ar: t.languageAr, en: t.languageEn };
  function change(next: LanguageView) {
    setView(next);
    setAnnouncement(next === "all" ? t.showingAllLanguages : format(t.showingLanguage, { language: labels[next] }));
    const query = withLanguageView(window.location.search, next);
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
  }
  return (
    <>
      <fieldset className="mb-4 rounded-lg border border-rule bg-white px-4 py-2.5 text-sm print:hidden" data-testid="language-filter">
        <legend className="float-start me-3 py-1 font-semibold text-ink">{t.languageFilter}</legend>
        <div className="inline-flex flex-wrap gap-1 rounded-lg border border-rule bg-paper p-1">
          {(["all", "ar", "en"] as const).map((value) => (
            <label
              key={value}
              className={`cursor-pointer rounded-md px-3 py-1 font-medium has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${view === value ? "bg-white text-accent-strong shadow-sm" : "text-muted hover:text-ink"}`}
            >
              <input type="radio" name={name} value={value} checked={view === value} onChange={() => change(value)} className="sr-only" data-testid={`language-${value}`} />
              {format(t.languageOption, { language: labels[value], count: articleCounts[value] })}
            </label>
          ))}
        </div>
        <p role="status" className="sr-only" data-testid="language-announcement">
          {announcement}
        </p>
      </fieldset>
      <div data-language-view={view}>{views[view]}</div>
    </>
  );
}
