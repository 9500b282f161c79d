"use client";

import Link from "next/link";
import { ParagraphTranslation } from "./occurrence-translation";
import { useQueryState } from "nuqs";
import { type ReactNode, useCallback, useEffect, useRef } from "react";
import { ArabicText } from "@/components/ui/arabic-text";
import { SourceText } from "@/components/ui/source-text";
import type { CategoryId } from "@/lib/case-study/schema";
import { CATEGORY_TINTS } from "@/lib/comparison/palette";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import { LANGUAGE_PARAM, parseLanguageView } from "@/lib/comparison/language-url";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { format } from "@/lib/i18n/messages";
import { VOICE_PARAM, parseVoiceView } from "@/lib/comparison/voice-url";
import { LABEL_PARAM } from "./label-param";
import { QuotedMark, StanceSign } from "./stance-sign";
import { useLabelSentences } from "./use-label-sentences";

/** The dialog's strings, in the interface language. */
export interface OccurrencesDialogStrings {
  outlet: string;
  actor: string;
  event: string;
  uses: string;
  quotedUses: string;
  stance: string;
  category: string;
  spellings: string;
  sentences: string;
  close: string;
  openInReader: string;
  allInTable: string;
  /** Said when the dialog lists only the first sentences: `{shown}` of `{total}`. */
  firstOf: string;
  quoted: string;
  noHeadline: string;
  /** Names the English under a sentence: ours, and of its whole paragraph. */
  translation: string;
  /** The same, for a translation the case's editor supplied. */
  translationEditor: string;
  /** Said under a sentence whose article has no translation. */
  noTranslation: string;
  /** Said while a label's facts and sentences are on their way. */
  loading: string;
  /** Said when they could not be had: `{reason}`. */
  loadFailed: string;
}

export interface OccurrencesDialogProps {
  /** The case study, whose label's facts and sentences the dialog asks for as it opens. */
  caseId: string;
  strings: OccurrencesDialogStrings;
  /** The interface language: the facts and a refusal's reason are asked for in it. */
  locale: Locale;
}

const FOCUSABLE = "a[href], button:not([disabled]), [tabindex]:not([tabindex='-1'])";

/**
 * The sentences behind one label, in a modal dialog opened by the label's key in the URL
 * (`?label=`), so the view is a permalink. Its facts and sentences are loaded as it opens, counted
 * as the overview's language filter (`?language=`) says. Escape, the close button or a click
 * outside close it; focus moves into it on opening, stays inside while it is open, and returns to the label.
 */
export function OccurrencesDialog({ caseId, strings, locale }: OccurrencesDialogProps) {
  const [param, setParam] = useQueryState(LABEL_PARAM);
  // In the overview's own-words view (?voice=outlet) the dialog shows the uses that view counts.
  const [voice] = useQueryState(VOICE_PARAM);
  const [language] = useQueryState(LANGUAGE_PARAM);
  const ownOnly = parseVoiceView(voice) === "outlet";
  const key = param && /^[a-z0-9-]+:[a-z0-9-]+:[a-z0-9-]+$/.test(param) ? param : null;
  const sentences = useLabelSentences(caseId, key, parseLanguageView(language), locale);
  const panelRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const openedKey = useRef<string | null>(null);
  // The label button that opened the dialog: a label can stand twice on a page (the key contrast and the matrix).
  const opener = useRef<HTMLElement | null>(null);
  const close = useCallback(() => void setParam(null), [setParam]);

  // A label the case does not have shows nothing, and takes neither the focus nor the page's scroll.
  const shownKey = sentences?.state === "missing" ? null : key;
  useEffect(() => {
    if (!shownKey) {
      if (openedKey.current !== null) focusLabel(openedKey.current, opener.current);
      openedKey.current = null;
      opener.current = null;
      return;
    }
    openedKey.current = shownKey;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active.dataset.labelKey === shownKey ? active : null;
    closeRef.current?.focus();
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = "hidden";
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      } else if (event.key === "Tab" && panelRef.current) {
        trapFocus(event, panelRef.current);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      root.style.overflow = overflow;
    };
  }, [shownKey, close]);

  if (!key || !sentences || sentences.state === "missing") return null;
  const label = sentences.state === "ready" ? sentences.label : null;
  const articles = sentences.state === "ready" ? sentences.articles : {};
  const ready = sentences.state === "ready" ? sentences.occurrences : [];
  const shown = ownOnly ? ready.filter((occurrence) => !occurrence.quoted) : ready;
  const titleId = "occurrences-title";
  // Until the facts arrive (or when they cannot), the table link is worked out from the key itself.
  const [outlet = "", entry = ""] = key.split(":");
  const tableHref = label?.tableHref ?? localizedHref(evidenceTablePath(caseId, { entry: [entry], outlet: [outlet] }), locale);
  return (
    <div
      className="fixed inset-0 z-50 flex items-start justify-center bg-ink/50 p-3 sm:p-8"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) close();
      }}
    >
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={sentences.state === "loading"}
        data-testid="occurrences-dialog"
        tabIndex={-1}
        className="flex max-h-full w-full max-w-3xl flex-col overflow-hidden rounded-xl border border-rule bg-white shadow-2xl"
      >
        <header className="border-b border-rule px-5 pb-4 pt-4 sm:px-6">
          <div className="flex items-start gap-4">
            <h2 id={titleId} className="min-w-0 flex-1">
              {label ? (
                <>
                  <span className="block text-3xl font-semibold leading-snug text-ink">
                    <ArabicText>{label.form}</ArabicText>
                  </span>
                  <span className="mt-0.5 block text-base font-normal text-muted">
                    <bdi lang="en">{label.gloss}</bdi>
                  </span>
                </>
              ) : (
                <span className="block text-base font-normal text-muted">{strings.sentences}</span>
              )}
            </h2>
            <button
              ref={closeRef}
              type="button"
              onClick={close}
              className="shrink-0 rounded-md border border-rule px-3 py-1.5 text-sm font-medium text-ink hover:bg-accent-soft"
            >
              {strings.close}
            </button>
          </div>
          {label && (
            <>
            <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1.5 text-sm">
              <Fact term={strings.outlet}>{label.outletName}</Fact>
              <Fact term={label.kind === "actor" ? strings.actor : strings.event}>{label.rowName}</Fact>
              {label.stance && label.stanceName && label.category !== null && (
                <Fact term={strings.stance}>
                  <span className="inline-flex items-center gap-1.5">
                    <StanceSign stance={label.stance} />
                    <span>{label.stanceName}</span>
                  </span>
                </Fact>
              )}
              <Fact term={strings.category}>{label.categoryName}</Fact>
              <Fact term={strings.uses}>
                <span className="tabular-nums">{ownOnly ? label.count - label.quoted : label.count}</span>
              </Fact>
              {label.quoted > 0 && !ownOnly && (
                <Fact term={strings.quotedUses}>
                  <span className="tabular-nums">{label.quoted}</span>
                </Fact>
              )}
            </dl>
            <p className="mt-2 text-sm text-muted">
              {strings.spellings}:{" "}
              {label.spellings.map((spelling, index) => (
                <span key={spelling}>
                  {index > 0 && " · "}
                  <ArabicText className="text-ink">{spelling}</ArabicText>
                </span>
              ))}
            </p>
            </>
          )}
        </header>

        <section aria-label={strings.sentences} className="min-h-0 flex-1 overflow-y-auto px-5 py-4 sm:px-6">
          {sentences.state === "loading" && (
            <p role="status" className="text-sm text-muted">
              {strings.loading}
            </p>
          )}
          {sentences.state === "failed" && (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
              {format(strings.loadFailed, { reason: sentences.reason })}
            </p>
          )}
          <ol className="grid gap-3" data-testid="occurrences">
            {shown.map((occurrence) => {
              const article = articles[occurrence.article];
              return (
                <li key={`${occurrence.article}:${occurrence.start}`} className="rounded-lg border border-rule bg-paper px-4 py-3">
                  <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
                    <span className="font-medium text-ink">{article?.date}</span>
                    <span aria-hidden="true">·</span>
                    {article?.headline ? (
                      <SourceText language={article.language} className="text-sm">
                        {article.headline}
                      </SourceText>
                    ) : (
                      <span className="italic">{strings.noHeadline}</span>
                    )}
                    {occurrence.quoted && <QuotedMark count={1} label={strings.quoted} />}
                  </p>
                  <SourceText as="p" language={article?.language ?? "ar"} className="mt-1.5 block text-xl leading-loose text-ink">
                    {occurrence.before}
                    <mark className="rounded px-0.5 font-semibold text-ink" style={{ background: CATEGORY_TINTS[label?.category as CategoryId] ?? "#fff3b0" }}>
                      {occurrence.form}
                    </mark>
                    {occurrence.after}
                  </SourceText>
                  <ParagraphTranslation text={occurrence.translation} label={occurrence.translationBy === "editor" ? strings.translationEditor : strings.translation} missing={strings.noTranslation} locale={locale} />
                  {occurrence.notes.length > 0 && (
                    <div className="mt-1.5 border-s-2 border-accent ps-2 text-sm" data-testid="occurrence-note">
                      <p className="text-xs font-semibold text-muted">{OVERVIEW_MESSAGES[locale].curatorNote}</p>
                      {occurrence.notes.map((note) => (
                        <p key={note.en} className="mt-0.5 leading-snug">
                          {note[locale]}
                        </p>
                      ))}
                    </div>
                  )}
                  <Link
                    href={`${article?.href ?? ""}#m-${occurrence.start}`}
                    data-testid="occurrence-link"
                    className="mt-1 inline-block text-sm font-medium text-accent underline-offset-4 hover:underline"
                  >
                    {strings.openInReader}
                  </Link>
                </li>
              );
            })}
          </ol>
        </section>

        <footer className="border-t border-rule px-5 py-3 sm:px-6">
          {sentences.state === "ready" && ready.length < sentences.total && (
            <p className="mb-1 text-sm text-muted" data-testid="occurrences-first-of">
              {format(strings.firstOf, { shown: ready.length, total: sentences.total })}
            </p>
          )}
          <Link
            href={tableHref}
            prefetch={false}
            data-testid="occurrences-table-link"
            className="text-sm font-medium text-accent underline-offset-4 hover:underline"
          >
            {strings.allInTable}
          </Link>
        </footer>
      </div>
    </div>
  );
}

/** One fact about the label: a term and its value. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline gap-1.5">
      <dt className="text-muted">{term}:</dt>
      <dd className="font-medium text-ink">{children}</dd>
    </div>
  );
}

/** Keep Tab and Shift+Tab inside the dialog, wrapping at either end. */
function trapFocus(event: KeyboardEvent, panel: HTMLElement) {
  const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !panel.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/** Give focus back to the label the dialog was opened from. */
function focusLabel(key: string, opener: HTMLElement | null) {
  if (opener?.isConnected) return opener.focus();
  const button = [...document.querySelectorAll<HTMLElement>("[data-label-key]")].find((element) => element.dataset.labelKey === key);
  button?.focus();
}
