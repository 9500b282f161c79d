"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useDeferredValue, useMemo, useState } from "react";
import { ArabicText } from "@/components/ui/arabic-text";
import { HowToRead } from "@/components/ui/how-to-read";
import { MixedText } from "@/components/ui/mixed-text";
import type { Outlet } from "@/lib/case-study/schema";
import type { CaseDraft } from "@/lib/editor/draft";
import { findDraftDistinctiveTerms } from "@/lib/editor/draft-distinctive";
import { addEntry } from "@/lib/editor/lexicon-edits";
import { entryFinder, entryFromSuggestion, pickSpelling } from "@/lib/editor/suggested-entry";
import type { RankedTerm, TermExample } from "@/lib/comparison/distinctive";
import { DISTINCTIVE_MESSAGES, type DistinctiveMessages } from "@/lib/i18n/lexicon-editor-messages";
import { format } from "@/lib/i18n/messages";
import { type Locale, localeDirection } from "@/lib/i18n/locale";
import { DistinctiveChart, IN_LEXICON_COLOR, OTHER_COLOR } from "./distinctive-chart";

/** What the case editor hands the distinctive-terms panel. */
export interface DistinctiveTermsPanelProps {
  caseId: string;
  draft: CaseDraft;
  /** Receives the draft with a suggestion added to its lexicon. */
  onChange: (next: CaseDraft) => void;
  locale: Locale;
  /** Most terms listed per outlet (default 12). */
  limit?: number;
}

const DEFAULT_LIMIT = 12;

/**
 * Per outlet, the words and two-word phrases it uses far more than the others (log-odds with an
 * informative Dirichlet prior), as a chart and a table, each one click from the lexicon. The
 * ranking reads the draft's articles only, so adding a term does not rank everything again.
 */
export function DistinctiveTermsPanel({ caseId, draft, onChange, locale, limit = DEFAULT_LIMIT }: DistinctiveTermsPanelProps) {
  const t = DISTINCTIVE_MESSAGES[locale];
  const deferred = useDeferredValue(draft);
  const { outlets, articles, translations } = deferred;
  const found = useMemo(() => findDraftDistinctiveTerms(caseId, { outlets, articles, translations }, limit), [caseId, outlets, articles, translations, limit]);
  const spellings = useMemo(() => {
    const byOutlet: Record<string, Record<string, string>> = {};
    for (const { outlet, terms } of found.outlets) {
      byOutlet[outlet.id] = Object.fromEntries(terms.map((term) => [term.term, pickSpelling(found.bodies[outlet.id] ?? [], term.term)]));
    }
    return byOutlet;
  }, [found]);
  // Which suggestions the lexicon has already: its forms indexed once per change, not per suggestion.
  const entryOf = useMemo(() => entryFinder(draft.lexicon), [draft.lexicon]);
  const [, setUrl] = useQueryStates({ section: parseAsString, entry: parseAsString });
  const [added, setAdded] = useState<{ id: string; spelling: string } | null>(null);

  function add(outlet: Pick<Outlet, "id" | "name">, term: RankedTerm) {
    const spelling = spellings[outlet.id]?.[term.term] ?? term.term;
    const fields = entryFromSuggestion({ ...term, outletName: outlet.name.en }, spelling, draft.lexicon);
    const result = addEntry(draft, fields, `${outlet.id}-suggested`);
    onChange(result.draft);
    setAdded({ id: result.id, spelling });
  }

  const paragraph = (text: string) => (
    <p>
      <MixedText>{text}</MixedText>
    </p>
  );

  return (
    <div data-testid="distinctive-terms">
      <header className="mb-4 max-w-3xl">
        <h2 className="text-2xl font-semibold tracking-tight">{t.title}</h2>
        <p className="mt-1 text-base leading-relaxed text-muted">{t.intro}</p>
      </header>
      <HowToRead title={t.howToRead} open>
        {paragraph(t.howMethod)}
        {paragraph(t.howZ)}
        {paragraph(t.howCounted)}
        {paragraph(t.howAdd)}
      </HowToRead>
      <div role="status" aria-live="polite" className="mb-4 min-h-0">
        {added && (
          <p className="flex flex-wrap items-center gap-3 rounded-md border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
            <span>
              {t.added.split("{term}")[0]}
              <ArabicText className="text-base font-semibold">{added.spelling}</ArabicText>
              {t.added.split("{term}")[1]}
            </span>
            <button
              type="button"
              className="rounded-md border border-accent bg-white px-2 py-1 text-sm font-semibold text-accent hover:bg-accent-soft"
              onClick={() => void setUrl({ section: "lexicon", entry: added.id })}
            >
              {t.complete}
            </button>
          </p>
        )}
      </div>
      <div className="grid gap-10">
        {found.outlets.map(({ outlet, words, terms }) => (
          <OutletTerms
            key={outlet.id}
            outlet={outlet}
            words={words}
            terms={terms}
            spellings={spellings[outlet.id] ?? {}}
            entryOf={entryOf}
            glossOf={(id) => draft.lexicon.find((e) => e.id === id)?.gloss ?? id}
            onAdd={(term) => add(outlet, term)}
            locale={locale}
            t={t}
          />
        ))}
      </div>
    </div>
  );
}

interface OutletTermsProps {
  outlet: Pick<Outlet, "id" | "name">;
  words: number;
  terms: readonly RankedTerm[];
  spellings: Readonly<Record<string, string>>;
  entryOf: (term: string) => string | null;
  glossOf: (id: string) => string;
  onAdd: (term: RankedTerm) => void;
  locale: Locale;
  t: DistinctiveMessages;
}

/** One outlet's distinctive terms: a chart of z and the same numbers as a table, with the add buttons. */
function OutletTerms({ outlet, words, terms, spellings, entryOf, glossOf, onAdd, locale, t }: OutletTermsProps) {
  const outletName = outlet.name[locale];
  const entries = new Map(terms.map((term) => [term.term, entryOf(term.term)]));
  const inLexicon = new Set(terms.filter((term) => entries.get(term.term)).map((term) => term.term));
  const headingId = `distinctive-${outlet.id}`;
  const number = (value: number, digits = 0) => value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (
    <section aria-labelledby={headingId} data-outlet={outlet.id} className="rounded-lg border border-rule bg-white px-4 py-4">
      <h3 id={headingId} className="text-xl font-semibold tracking-tight">
        {outletName}
      </h3>
      <p className="mb-3 text-sm text-muted">{format(t.outletWords, { words: number(words) })}</p>
      {terms.length === 0 ? (
        <p className="text-sm text-muted">{t.noTerms}</p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
          <figure>
            <p className="mb-1 text-sm font-semibold" aria-hidden="true">
              {format(t.chartTitle, { outlet: outletName })}
            </p>
            <DistinctiveChart
              terms={terms}
              spellings={spellings}
              inLexicon={inLexicon}
              title={format(t.chartTitle, { outlet: outletName })}
              axis={t.chartAxis}
              direction={localeDirection(locale)}
            />
            <figcaption className="mt-1 grid gap-1 text-xs text-muted">
              <span className="flex flex-wrap gap-x-4" aria-hidden="true">
                <span className="inline-flex items-center gap-1.5">
                  <span className="inline-block size-3 rounded-sm" style={{ background: IN_LEXICON_COLOR }} />
                  {t.legendIn}
                </span>
                <span className="inline-flex items-center gap-1.5">
                  <span className="inline-block size-3 rounded-sm" style={{ background: OTHER_COLOR }} />
                  {t.legendOut}
                </span>
              </span>
              {format(t.chartCaption, { outlet: outletName })}
            </figcaption>
          </figure>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm tabular-nums" data-testid="distinctive-table">
              <caption className="pb-2 text-start text-sm text-muted">{format(t.tableCaption, { outlet: outletName })}</caption>
              <thead>
                <tr className="border-b-2 border-rule">
                  <th scope="col" className="px-2 py-1.5 text-start font-semibold">
                    {t.rank}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-start font-semibold">
                    {t.term}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-end font-semibold">
                    {t.z}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-end font-semibold">
                    {format(t.countHere, { outlet: outletName })}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-end font-semibold">
                    {t.countOthers}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-start font-semibold">
                    {t.sentences}
                  </th>
                  <th scope="col" className="min-w-44 px-2 py-1.5 text-start font-semibold">
                    {t.lexicon}
                  </th>
                </tr>
              </thead>
              <tbody>
                {terms.map((term, index) => {
                  const entry = entries.get(term.term) ?? null;
                  const spelling = spellings[term.term] ?? term.term;
                  return (
                    <tr key={term.term} data-term={term.term} className="border-t border-rule">
                      <td className="px-2 py-1 text-muted">{number(index + 1)}</td>
                      <th scope="row" className="px-2 py-1 text-start align-top font-normal">
                        <ArabicText className="whitespace-nowrap text-lg">{spelling}</ArabicText>
                      </th>
                      <td className="px-2 py-1 text-end">
                        <span className={term.mayBeChance ? "text-muted" : "font-semibold"}>{number(term.z, 2)}</span>
                        {term.mayBeChance && (
                          <span className="block whitespace-nowrap text-xs font-semibold text-[#8a4b00]" data-may-be-chance>
                            {t.mayBeChance}
                          </span>
                        )}
                      </td>
                      <td className="px-2 py-1 text-end">{number(term.count)}</td>
                      <td className="px-2 py-1 text-end">{number(term.otherCount)}</td>
                      <td className="px-2 py-1 align-top">
                        <TermExamples examples={term.examples} t={t} />
                      </td>
                      <td className="px-2 py-1">
                        {entry ? (
                          <span className="grid text-xs" data-in-lexicon={entry}>
                            <span className="font-semibold text-accent-strong">
                              <span aria-hidden="true">✓ </span>
                              {t.inLexicon}
                            </span>
                            <bdi lang="en" className="text-muted">
                              {glossOf(entry)}
                            </bdi>
                          </span>
                        ) : (
                          <button
                            type="button"
                            onClick={() => onAdd(term)}
                            className="whitespace-nowrap rounded-md border border-rule bg-white px-2 py-1 text-xs font-semibold text-ink hover:border-accent hover:bg-accent-soft"
                          >
                            + {t.add}
                            <span className="sr-only">: {spelling}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

/** A term's sentences, folded: what a journalist who reads no Arabic needs to judge it (the paragraph's English where there is one). */
function TermExamples({ examples, t }: { examples: readonly TermExample[]; t: DistinctiveMessages }) {
  if (examples.length === 0) return null;
  return (
    <details className="mt-1 text-sm" data-testid="term-examples">
      <summary className="cursor-pointer whitespace-nowrap text-xs font-semibold text-accent-strong">{format(t.examplesSummary, { count: examples.length })}</summary>
      <ul className="mt-1 grid min-w-64 max-w-md gap-2">
        {examples.map((example) => (
          <li key={`${example.article}-${example.before.length}-${example.after.length}`} className="rounded border border-rule bg-paper px-2 py-1.5">
            <p lang={example.language} dir={example.language === "ar" ? "rtl" : "ltr"} className="text-start text-base leading-relaxed">
              {example.before}
              <mark className="rounded bg-accent-soft px-0.5 font-semibold text-ink">{example.form}</mark>
              {example.after}
            </p>
            {example.translation === null ? (
              example.language !== "en" && <p className="mt-1 text-xs italic text-muted">{t.noTranslation}</p>
            ) : (
              <div className="mt-1 border-s-2 border-rule ps-2">
                <p className="text-xs font-semibold text-muted">{t.exampleTranslation}</p>
                <p lang="en" dir="ltr" className="text-start text-xs leading-relaxed text-ink">
                  {example.translation}
                </p>
              </div>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
