import { formatArticleDate } from "@/lib/case-study/format-date";
import type { Article } from "@/lib/case-study/schema";
import { isWholeCase, PERIOD_KEYS, type PeriodProblem } from "@/lib/comparison/period";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { PERIOD_MESSAGES } from "@/lib/i18n/timeline-messages";
import type { CasePage, PageQuery } from "@/lib/pages/find-page";

export interface PeriodControlProps {
  page: Pick<CasePage, "locale" | "analysis" | "wholeCase" | "period" | "periodProblem">;
  /** The page's whole query: the form keeps its other keys (the actor, the filters) as they are. */
  query: PageQuery;
}

/** A date as the URL writes it, shown as the reader reads one: 2018-05 → May 2018. */
function readable(date: string, locale: Locale): string {
  const parts = date.split("-").length;
  const datePrecision: Article["datePrecision"] = parts === 1 ? "year" : parts === 2 ? "month" : "day";
  return formatArticleDate({ date, datePrecision, dateApproximate: false }, locale);
}

/**
 * Narrow a case's page to a period (`?from=2018-05&to=2018-06`): one line that says which of the
 * case's articles the page counts (or names a period it could not read, and is then open), and,
 * opened, a plain form that sends the page's own query with the two dates, so it works before any
 * script has loaded and the period is in the URL a teacher shares.
 */
export function PeriodControl({ page, query }: PeriodControlProps) {
  const { locale, period, periodProblem } = page;
  const t = PERIOD_MESSAGES[locale];
  const kept = Object.entries(query).flatMap(([key, value]) =>
    key === PERIOD_KEYS.from || key === PERIOD_KEYS.to || value === undefined ? [] : (typeof value === "string" ? [value] : value).map((v) => [key, v] as const),
  );
  const clearQuery = new URLSearchParams(kept.map(([k, v]) => [k, v])).toString();
  const dates = page.wholeCase.caseStudy.articles.map((a) => a.date).sort();
  const showing =
    !isWholeCase(period) &&
    format(t.showing, {
      from: readable(period.from ?? dates[0] ?? "", locale),
      to: readable(period.to ?? dates[dates.length - 1] ?? "", locale),
      count: page.analysis.articles.length,
      total: page.wholeCase.articles.length,
    });
  const summary = showing || format(t.wholeCase, { count: page.wholeCase.articles.length });
  return (
    // Closed, one line that always says which articles the page counts; open, the form.
    <details className="text-sm" data-testid="period-control" open={periodProblem !== null}>
      <summary className="inline-flex cursor-pointer flex-wrap items-baseline gap-x-2 py-0.5">
        <span className="font-semibold text-ink">{t.legend}</span>
        <span id="period-status" role="status" className={periodProblem ? "font-medium text-[#a4261b]" : "text-muted"}>
          {periodProblem
            ? format(periodProblem.reason === "format" ? t.problemFormat : t.problemOrder, {
                end: periodProblem.key === "from" ? t.endFrom : t.endTo,
                value: periodProblem.value,
              })
            : summary}
        </span>
      </summary>
      <form method="get" className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2" aria-describedby="period-status">
        {kept.map(([key, value], i) => (
          <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
        ))}
        <DateField name={PERIOD_KEYS.from} label={t.from} value={period.from} problem={periodProblem?.key === "from" ? periodProblem : null} />
        <DateField name={PERIOD_KEYS.to} label={t.to} value={period.to} problem={periodProblem?.key === "to" ? periodProblem : null} />
        <button type="submit" className="rounded-md border border-accent bg-white px-3 py-1 font-medium text-accent-strong hover:bg-accent hover:text-white">
          {t.apply}
        </button>
        {!isWholeCase(period) && (
          <a href={clearQuery ? `?${clearQuery}` : "?"} className="px-1 py-1 text-accent-strong underline">
            {t.clear}
          </a>
        )}
        <span className="basis-full text-xs text-muted">{t.hint}</span>
      </form>
    </details>
  );
}

/** One end of the period: the URL's date, or the one it could not read, shown again to be mended. */
function DateField({ name, label, value, problem }: { name: string; label: string; value: string | null; problem: PeriodProblem | null }) {
  return (
    <label className="flex items-center gap-1.5 text-muted">
      {label}
      <input
        name={name}
        defaultValue={value ?? problem?.value ?? ""}
        placeholder="YYYY-MM"
        inputMode="numeric"
        dir="ltr"
        aria-invalid={problem !== null || undefined}
        className="w-28 rounded-md border border-rule bg-white px-2 py-1 text-ink"
      />
    </label>
  );
}
