import { categoryName } from "@/lib/i18n/taxonomy-messages";
import Link from "next/link";
import { ArabicText } from "@/components/ui/arabic-text";
import { MixedText } from "@/components/ui/mixed-text";
import { type EvidenceFilters, evidenceTablePath } from "@/lib/comparison/evidence-url";
import type { EntrySpellings, SpellingMatch } from "@/lib/comparison/spellings";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { TableMessages } from "@/lib/i18n/table-messages";
import { CategoryMark } from "./evidence-cells";

export interface MergedSpellingsProps {
  caseId: string;
  locale: Locale;
  entries: readonly EntrySpellings[];
  categoryNames: Readonly<Record<string, string>>;
  messages: TableMessages;
}

const MATCH_STYLES: Record<SpellingMatch, string> = {
  listed: "border-rule bg-white",
  normalized: "border-accent/50 bg-accent-soft",
  clitic: "border-dashed border-muted bg-paper",
};

/**
 * What normalization merged: the normalization rules in brief, then for each lexicon entry the
 * spellings that matched it, each count linking to those very mentions in the table.
 */
export function MergedSpellings({ caseId, locale, entries, categoryNames, messages: t }: MergedSpellingsProps) {
  const merged = entries.filter((e) => e.spellings.length > 1);
  const single = entries.filter((e) => e.spellings.length === 1);
  const tableHref = (filters: Partial<EvidenceFilters>) => localizedHref(`${evidenceTablePath(caseId, filters)}#mentions`, locale);
  const matchLabels: Record<SpellingMatch, string> = { listed: t.matchListed, normalized: t.matchNormalized, clitic: t.matchClitic };

  const rowsOf = (list: readonly EntrySpellings[]) =>
    list.map((entry) => (
      <tr key={entry.entry} className="border-b border-rule align-top" data-testid="merged-entry">
        <th scope="row" className="py-3 pe-4 text-start font-normal">
          <div className="text-lg font-semibold leading-8">
            <ArabicText>{entry.form}</ArabicText>
          </div>
          <div className="text-sm">
            <bdi lang="en" dir="ltr">
              {entry.gloss}
            </bdi>
          </div>
          <div className="mt-1 text-xs text-muted">
            <CategoryMark category={entry.category} name={entry.category === null ? categoryName(null, locale) : (categoryNames[entry.category] ?? entry.category)} />
          </div>
        </th>
        <td className="py-3 pe-4">
          <ul className="flex flex-wrap gap-2">
            {entry.spellings.map((s) => (
              <li key={s.spelling} className={`flex items-center gap-2 rounded-md border px-2.5 py-1 ${MATCH_STYLES[s.match]}`}>
                <ArabicText className="text-base">{s.spelling}</ArabicText>
                <span className="text-xs text-muted">{matchLabels[s.match]}</span>
                <Link
                  href={tableHref({ entry: [entry.entry], form: [s.spelling] })}
                  prefetch={false}
                  aria-label={format(t.spellingMentions, { count: s.count, spelling: s.spelling })}
                  className="rounded bg-white px-1.5 text-sm font-semibold tabular-nums text-accent underline underline-offset-2"
                >
                  ×{s.count}
                </Link>
              </li>
            ))}
          </ul>
        </td>
        <td className="py-3 text-end">
          <Link
            href={tableHref({ entry: [entry.entry] })}
            prefetch={false}
            aria-label={format(t.entryMentions, { count: entry.total, entry: entry.form })}
            className="font-semibold tabular-nums text-accent underline underline-offset-2"
          >
            {entry.total}
          </Link>
        </td>
      </tr>
    ));

  const head = (
    <thead>
      <tr className="border-b-2 border-ink/70 text-sm">
        <th scope="col" className="w-1/4 py-2 pe-4 text-start font-semibold">
          {t.mergedEntry}
        </th>
        <th scope="col" className="py-2 pe-4 text-start font-semibold">
          {t.mergedSpellings}
        </th>
        <th scope="col" className="w-24 py-2 text-end font-semibold">
          {t.mergedTotal}
        </th>
      </tr>
    </thead>
  );

  return (
    <section id="merged" aria-labelledby="merged-heading" className="mt-16 scroll-mt-6" data-testid="merged-spellings">
      <h2 id="merged-heading" className="text-2xl font-semibold tracking-tight">
        {t.mergedTitle}
      </h2>
      <div className="mt-3 max-w-3xl text-base leading-relaxed">
        <p>{t.mergedIntro}</p>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {[t.ruleDiacritics, t.ruleAlef, t.ruleYa, t.ruleTa, t.ruleClitics, t.ruleSpaces].map((rule) => (
            <li key={rule}>
              <MixedText>{rule}</MixedText>
            </li>
          ))}
        </ul>
      </div>
      <p className="mt-5 text-sm font-semibold">{format(t.mergedSummary, { entries: entries.length, merged: merged.length })}</p>
      <p className="mt-1 text-sm text-muted">
        <MixedText>{t.matchLegend}</MixedText>
      </p>
      {/* Long Arabic names and their spellings: on a phone the table scrolls in its own box, not the page. */}
      <div className="relative mt-4 overflow-x-auto">
        <table className="w-full border-collapse">
          {head}
          <tbody>{rowsOf(merged)}</tbody>
        </table>
      </div>
      {single.length > 0 && (
        <details className="mt-6 rounded-lg border border-rule bg-white px-4 py-3">
          <summary className="cursor-pointer font-semibold text-accent-strong">{format(t.singleSpelling, { count: single.length })}</summary>
          <div className="relative mt-2 overflow-x-auto">
            <table className="w-full border-collapse">
              {head}
              <tbody>{rowsOf(single)}</tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
