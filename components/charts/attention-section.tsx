import { attentionCsv } from "@/lib/charts/chart-csv";
import type { CaseCharts } from "@/lib/charts/chart-models";
import { describeArticles } from "@/lib/charts/chart-notes";
import { buildAttentionTable } from "@/lib/charts/chart-tables";
import { attentionEvidence } from "@/lib/charts/evidence-links";
import { formatCounted } from "@/lib/charts/format";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import { type Locale, localeDirection, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { ArticlesCounted } from "./articles-counted";
import { AttentionChart } from "./attention-chart";
import { ChartDownloads } from "./chart-downloads";
import { ChartSection } from "./chart-section";
import { downloadLabels } from "./download-labels";

const ID = "attention";

/** Chart 3: each actor's share of an outlet's actor labels. */
export function AttentionSection({ charts, locale }: { charts: CaseCharts; locale: Locale }) {
  const t = CHARTS_MESSAGES[locale];
  const { attention, caseId } = charts;
  const legend = attention.actors.map((a) => ({ label: a.name, color: a.color }));
  const outlets = attention.outlets.map((o) => ({
    id: o.id,
    name: o.name,
    detail: formatCounted(attention.rows.find((r) => r.outlet === o.id)?.total ?? 0, t.labelsOne, t.labels),
  }));
  return (
    <ChartSection
      id={ID}
      title={t.attentionTitle}
      caption={t.attentionCaption}
      articles={<ArticlesCounted caseId={caseId} outlets={attention.outlets} locale={locale} />}
      legend={legend}
      locale={locale}
      table={buildAttentionTable(caseId, attention, locale, charts.voice)}
      downloads={
        <ChartDownloads
          chartId={`${ID}-chart`}
          fileName={`${caseId}${charts.voice === "outlet" ? "-own-words" : ""}-attention-by-actor`}
          csv={attentionCsv(attention)}
          image={{
            title: t.attentionTitle,
            legend,
            notes: [t.attentionCaption, describeArticles(attention.outlets, locale)],
            source: format(t.imageSource, { case: charts.caseName }),
            lang: locale,
            direction: localeDirection(locale),
          }}
          labels={downloadLabels(t, t.attentionTitle)}
        />
      }
      chart={
        <AttentionChart
          id={`${ID}-chart`}
          outlets={outlets}
          actors={attention.actors}
          rows={attention.rows}
          hrefs={attentionEvidence(caseId, attention.actors, attention.rows, (href) => localizedHref(href, locale), charts.voice)}
          direction={localeDirection(locale)}
          labels={{ axis: t.attentionAxis, tooltip: t.attentionTooltip }}
        />
      }
    />
  );
}
