import Link from "next/link";
import type { ReactNode } from "react";
import type { Actor, Outlet } from "@/lib/case-study/schema";
import { evidenceTablePath, type EvidenceFilters } from "@/lib/comparison/evidence-url";
import type { OutletSummary } from "@/lib/comparison/summary";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { OVERVIEW_MESSAGES, categoryName } from "@/lib/i18n/overview-messages";
import { formatNodes } from "./format-nodes";
import { CLAUSE_SEMICOLON } from "@/lib/i18n/punctuation";

export interface OutletSummariesProps {
  caseId: string;
  summaries: readonly OutletSummary[];
  /** The actors every line reports on ({@link pickSummaryActors}). */
  actorIds: readonly string[];
  outlets: readonly Pick<Outlet, "id" | "name">[];
  actors: readonly Pick<Actor, "id" | "name">[];
  locale: Locale;
  /** True when the lines count the outlets' own words alone: their numbers then lead to those mentions only. */
  ownVoice?: boolean;
}

/**
 * One generated line per outlet: its labels for the case's most labelled actors by stance,
 * and its most used framing category per 1,000 body words. Every number links to the
 * evidence table, filtered to the mentions it counts.
 */
export function OutletSummaries({ caseId, summaries, actorIds, outlets, actors, locale, ownVoice = false }: OutletSummariesProps) {
  const t = OVERVIEW_MESSAGES[locale];
  const noteId = "outlet-summaries-note";
  const number = (value: number | string, filters: Partial<EvidenceFilters>) => (
    <Link
      href={localizedHref(evidenceTablePath(caseId, ownVoice ? { ...filters, voice: ["outlet"] } : filters), locale)}
      // The evidence table is a page of its own; prefetching every number would fetch it dozens of times.
      prefetch={false}
      aria-describedby={noteId}
      className="font-semibold tabular-nums text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
    >
      {value}
    </Link>
  );
  return (
    <section aria-labelledby="outlet-summaries-title">
      <h2 id="outlet-summaries-title" className="text-xl font-semibold tracking-tight">
        {t.summariesTitle}
      </h2>
      <p id={noteId} className="mb-3 mt-1 text-sm text-muted">
        {t.summariesNote}
      </p>
      <ul className="divide-y divide-rule rounded-lg border border-rule bg-white" data-testid="outlet-summaries" data-voice={ownVoice ? "outlet" : "all"}>
        {summaries.map((summary) => {
          const outlet = outlets.find((o) => o.id === summary.outlet);
          const parts: ReactNode[] = actorIds.map((actorId) => {
            const actor = actors.find((a) => a.id === actorId);
            const name = <span className="font-medium">{actor?.name[locale] ?? actorId}</span>;
            const tally = summary.actors.find((a) => a.actor === actorId);
            if (!tally || tally.legitimizing + tally.neutral + tally.delegitimizing === 0) {
              // A plain name frames nothing, but an outlet that uses one does name the actor.
              const plain = summary.plainNames?.[actorId] ?? 0;
              return plain > 0 ? formatNodes(t.summaryOnlyPlainNames, { actor: name, count: plain }) : formatNodes(t.summaryNeverNames, { actor: name });
            }
            const filters = (stance: string) => ({ outlet: [summary.outlet], actor: [actorId], stance: [stance] });
            return formatNodes(t.summaryActor, {
              actor: name,
              legitimizing: number(tally.legitimizing, filters("legitimizing")),
              neutral: number(tally.neutral, filters("neutral")),
              delegitimizing: number(tally.delegitimizing, filters("delegitimizing")),
            });
          });
          const top = summary.topCategory;
          parts.push(
            top
              ? formatNodes(t.summaryTopCategory, {
                  category: <span className="font-medium">{categoryName(top.category, locale)}</span>,
                  rate: number(top.per1000, { outlet: [summary.outlet], category: [top.category] }),
                })
              : t.summaryNoTerms,
          );
          return (
            <li key={summary.outlet} data-outlet={summary.outlet} className="px-4 py-2 text-[0.95rem] leading-relaxed">
              <span className="font-semibold text-ink">{outlet?.name[locale] ?? summary.outlet}</span>
              {": "}
              {parts.map((part, index) => (
                <span key={index}>
                  {index > 0 && CLAUSE_SEMICOLON[locale]}
                  {part}
                </span>
              ))}
              {"."}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
