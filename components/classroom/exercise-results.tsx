"use client";

import type { Ref } from "react";
import { SourceText } from "@/components/ui/source-text";
import type { TermExplanation } from "@/lib/classroom/answer-key";
import { type ExerciseScore, type ReferenceTerm, type Selection, spansOverlap } from "@/lib/classroom/score";
import { STANCE_SIGNS } from "@/lib/comparison/palette";
import type { Stance } from "@/lib/case-study/schema";
import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { termNote } from "@/lib/i18n/term-note";
import { format } from "@/lib/i18n/messages";

/** Names the explanations need, in the interface language. */
export interface ResultNames {
  categories: Record<string, string>;
  actors: Record<string, string>;
  events: Record<string, string>;
  stances: Record<string, string>;
}

/** A share as a whole percentage; null (nothing to divide by) as a dash. */
function percent(value: number | null, dash: string, locale: Locale): string {
  return value === null ? dash : new Intl.NumberFormat(locale === "ar" ? "ar-EG-u-nu-latn" : "en", { style: "percent" }).format(value);
}

export interface ResultSummaryProps {
  score: ExerciseScore;
  strings: ExerciseMessages;
  locale: Locale;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Precision, recall and categories right, each as a percentage with the counts behind it, linking to the lists. */
export function ResultSummary({ score, strings: t, locale, headingRef }: ResultSummaryProps) {
  const selected = score.found.length + score.extra.length;
  const reference = score.found.length + score.missed.length;
  const rows = [
    { id: "precision", label: t.precision, help: t.precisionHelp, value: score.precision, n: score.found.length, d: selected, href: "#result-found" },
    { id: "recall", label: t.recall, help: t.recallHelp, value: score.recall, n: score.found.length, d: reference, href: "#result-missed" },
    {
      id: "categories",
      label: t.categories,
      help: t.categoriesHelp,
      value: score.found.length === 0 ? null : score.categoryRight / score.found.length,
      n: score.categoryRight,
      d: score.found.length,
      href: "#result-found",
    },
  ];
  return (
    <section className="grid gap-4" aria-labelledby="exercise-result-title">
      <h2 id="exercise-result-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {t.resultTitle}
      </h2>
      <dl className="grid gap-3">
        {rows.map((row) => (
          <div key={row.id} className="grid grid-cols-[auto_1fr] items-baseline gap-x-3" data-testid={`score-${row.id}`}>
            <dt className="col-span-2 text-sm font-semibold text-muted">{row.label}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid={`score-${row.id}-value`}>
              {percent(row.value, t.noValue, locale)}
            </dd>
            <dd className="text-sm">
              <a href={row.href} className="font-semibold text-accent underline-offset-4 hover:underline" data-testid={`score-${row.id}-ratio`}>
                {format(t.ratio, { n: row.n, d: row.d })}
              </a>{" "}
              <span className="text-muted">{row.help}</span>
            </dd>
          </div>
        ))}
      </dl>
      <div className="exercise-key grid gap-1 text-sm">
        <p className="font-semibold text-muted">{t.keyTitle}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <span className="exercise-run" data-kind="found">
              {t.keyFound}
            </span>
          </li>
          <li>
            <span className="exercise-run" data-kind="missed">
              {t.keyMissed}
            </span>
          </li>
          <li>
            <span className="exercise-run" data-kind="extra">
              {t.keyExtra}
            </span>
          </li>
        </ul>
      </div>
    </section>
  );
}

export interface ResultListsProps {
  score: ExerciseScore;
  entries: Record<string, TermExplanation>;
  textOf: (span: { start: number; end: number }) => string;
  language: "ar" | "en";
  names: ResultNames;
  readerPath: string;
  locale: Locale;
  strings: ExerciseMessages;
}

/** Found, missed and extra terms, each with the lexicon's explanation (the glossary's gloss and note). */
export function ResultLists({ score, entries, textOf, language, names, readerPath, locale, strings: t }: ResultListsProps) {
  const explain = (reference: ReferenceTerm) => (
    <>
      <Explanation reference={reference} entry={entries[reference.entry]} names={names} locale={locale} strings={t} />
      {reference.quoted && <p className="text-sm italic text-muted">{t.quoted}</p>}
      <ReaderLinks references={[reference]} readerPath={readerPath} locale={locale} strings={t} />
    </>
  );
  const foundSpans = score.found.map((f) => f.reference);
  return (
    // Found and extra (the student's own marks) share a column; missed terms, usually the
    // longest list, take the wider one.
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]" data-testid="result-lists">
      <div className="grid gap-6">
        <ResultList id="result-found" title={t.foundTitle} count={score.found.length} kind="found" empty={t.noneFound}>
          {score.found.map(({ reference, selection, exact, categoryRight }) => (
            <li key={reference.start} data-entry={reference.entry} className="grid content-start gap-1 border-t border-rule pt-3 first:border-t-0 first:pt-0">
              <YouMarked selection={selection} textOf={textOf} language={language} names={names} strings={t} />
              {!exact && <p className="text-sm text-muted">{fillQuoted(t.partial, reference.text, language)}</p>}
              <p className={`text-sm font-semibold ${categoryRight ? "text-[#1b6e2c]" : "text-[#a12a2a]"}`} data-testid="category-verdict">
                {categoryRight ? `✓ ${t.categoryRight}` : `✗ ${format(t.categoryWrong, { category: names.categories[reference.category] ?? reference.category })}`}
              </p>
              {explain(reference)}
            </li>
          ))}
        </ResultList>
        <ResultList id="result-extra" title={t.extraTitle} count={score.extra.length} kind="extra" empty={t.noneFound}>
          {score.extra.map((selection) => (
            <li key={selection.start} className="grid content-start gap-1 border-t border-rule pt-3 first:border-t-0 first:pt-0">
              <YouMarked selection={selection} textOf={textOf} language={language} names={names} strings={t} />
              <p className="text-sm text-muted">{foundSpans.some((r) => spansOverlap(r, selection)) ? t.extraDuplicate : t.extraNone}</p>
            </li>
          ))}
        </ResultList>
      </div>
      <ResultList id="result-missed" title={t.missedTitle} count={score.missed.length} kind="missed" empty={t.noneFound} columns>
        {groupByEntry(score.missed).map((group) => (
          <li key={group[0]!.start} data-entry={group[0]!.entry} className="grid content-start gap-1 border-t border-rule pt-3 first:border-t-0 first:pt-0">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <SourceText language={language} className="text-lg font-semibold">
                {[...new Set(group.map((r) => r.text))].join(" · ")}
              </SourceText>
              {group.length > 1 && <span className="text-sm text-muted" data-testid="missed-times">{format(t.times, { count: group.length })}</span>}
            </p>
            <Explanation reference={group[0]!} entry={entries[group[0]!.entry]} names={names} locale={locale} strings={t} />
            {group.some((r) => r.quoted) && <p className="text-sm italic text-muted">{t.quoted}</p>}
            <ReaderLinks references={group} readerPath={readerPath} locale={locale} strings={t} />
          </li>
        ))}
      </ResultList>
    </div>
  );
}

function ResultList({ id, title, count, kind, empty, columns = false, children }: { id: string; title: string; count: number; kind: string; empty: string; columns?: boolean; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-testid={id} className="scroll-mt-4 rounded-xl border border-rule bg-white p-4">
      <h2 id={`${id}-title`} className="mb-3 flex items-baseline gap-2 text-lg font-semibold">
        <span className="exercise-key">
          <span className="exercise-run" data-kind={kind}>
            {title}
          </span>
        </span>
        <span className="text-base font-normal text-muted" data-testid={`${id}-count`}>
          {count}
        </span>
      </h2>
      {count === 0 ? <p className="text-sm text-muted">{empty}</p> : <ul className={`grid gap-3 ${columns ? "xl:grid-cols-2 xl:gap-x-6 xl:[&>li:nth-child(2)]:border-t-0 xl:[&>li:nth-child(2)]:pt-0" : ""}`}>{children}</ul>}
    </section>
  );
}

/** "You marked “…” as <category>", with the marked text in its own script. */
function YouMarked({ selection, textOf, language, names, strings: t }: { selection: Selection; textOf: (s: Selection) => string; language: "ar" | "en"; names: ResultNames; strings: ExerciseMessages }) {
  const category = selection.category === null ? t.noCategoryGiven : format(t.asCategory, { category: names.categories[selection.category] ?? selection.category });
  return (
    <p className="text-sm">
      {fillQuoted(t.youMarked, textOf(selection), language, "text-lg font-semibold")} {category}
    </p>
  );
}

/** A template's `{text}` filled with source text kept in its own script and direction. */
function fillQuoted(template: string, text: string, language: "ar" | "en", className?: string) {
  const [before = "", after = ""] = template.split("{text}");
  return (
    <>
      {before}
      <SourceText language={language} className={className}>
        {text}
      </SourceText>
      {after}
    </>
  );
}

/** Links to the reader at each occurrence: one link, or one numbered link per occurrence. */
function ReaderLinks({ references, readerPath, locale, strings: t }: { references: readonly ReferenceTerm[]; readerPath: string; locale: Locale; strings: ExerciseMessages }) {
  const href = (r: ReferenceTerm) => localizedHref(`${readerPath}#m-${r.start}`, locale);
  const [only] = references;
  if (references.length === 1 && only) {
    return (
      <a href={href(only)} className="text-sm text-accent underline-offset-4 hover:underline">
        {t.inReader}
      </a>
    );
  }
  return (
    <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
      <span>{t.inReader}:</span>
      {references.map((r, i) => (
        <a key={r.start} href={href(r)} aria-label={format(t.occurrenceLabel, { n: i + 1 })} className="font-semibold text-accent underline-offset-4 hover:underline">
          {i + 1}
        </a>
      ))}
    </p>
  );
}

/** Reference terms grouped by the lexicon entry they match, each group in text order, groups by first occurrence. */
function groupByEntry(references: readonly ReferenceTerm[]): ReferenceTerm[][] {
  const groups = new Map<string, ReferenceTerm[]>();
  for (const r of references) groups.set(r.entry, [...(groups.get(r.entry) ?? []), r]);
  return [...groups.values()];
}

/** The lexicon entry's explanation, as the glossary gives it: gloss, category, actor and stance, event, why it frames. */
function Explanation({ entry, names, locale, strings: t }: { reference: ReferenceTerm; entry: TermExplanation | undefined; names: ResultNames; locale: Locale; strings: ExerciseMessages }) {
  if (!entry) return null;
  const note = termNote(entry, locale);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm">
      <dt className="text-muted">{t.gloss}</dt>
      <dd>
        <bdi lang="en" dir="ltr">
          {entry.gloss}
        </bdi>
      </dd>
      <dt className="text-muted">{t.category}</dt>
      <dd>{entry.category === null ? null : (names.categories[entry.category] ?? entry.category)}</dd>
      {entry.actor !== null && (
        <>
          <dt className="text-muted">{t.actor}</dt>
          <dd>
            {names.actors[entry.actor] ?? entry.actor}
            {entry.stance !== null && (
              <span className="text-muted">
                {" "}
                ({STANCE_SIGNS[entry.stance as Stance]} {names.stances[entry.stance] ?? entry.stance})
              </span>
            )}
          </dd>
        </>
      )}
      {entry.event !== null && (
        <>
          <dt className="text-muted">{t.event}</dt>
          <dd>{names.events[entry.event] ?? entry.event}</dd>
        </>
      )}
      <dt className="text-muted">{t.why}</dt>
      <dd data-testid="term-note">
        <bdi lang={note.lang} dir={note.dir}>
          {note.text}
        </bdi>
      </dd>
    </dl>
  );
}
