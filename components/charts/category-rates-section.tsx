import { categoryCsv } from "@/lib/charts/chart-csv";
import type { CaseCharts } from "@/lib/charts/chart-models";
import { describeArticles } from "@/lib/charts/chart-notes";
import { buildCategoryTable } from "@/lib/charts/chart-tables";
import { categoryEvidence } from "@/lib/charts/evidence-links";
import { formatCounted } from "@/lib/charts/format";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import { type Locale, localeDirection, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { ArticlesCounted } from "./articles-counted";
import { CategoryRatesChart } from "./category-rates-chart";
import { ChartDownloads } from "./chart-downloads";
import { ChartSection } from "./chart-section";
import { downloadLabels } from "./download-labels";

const ID = "framing-categories";

/** Chart 1: framing categories per 1,000 body words, per outlet. */
export function CategoryRatesSection({ charts, locale }: { charts: CaseCharts; locale: Locale }) {
  const t = CHARTS_MESSAGES[locale];
  const { category, caseId } = charts;
  const legend = category.categories.map((c) => ({ label: c.name, color: c.color }));
  const outlets = category.outlets.map((o) => ({
    id: o.id,
    name: o.name,
    detail: formatCounted(o.words, t.wordsOne, t.words),
  }));
  return (
    <ChartSection
      id={ID}
      title={t.categoryTitle}
      caption={t.categoryCaption}
      articles={<ArticlesCounted caseId={caseId} outlets={category.outlets} locale={locale} />}
      legend={legend}
      locale={locale}
      table={buildCategoryTable(caseId, category, locale, charts.voice)}
      downloads={
        <ChartDownloads
          chartId={`${ID}-chart`}
          fileName={`${caseId}${charts.voice === "outlet" ? "-own-words" : ""}-framing-categories`}
          csv={categoryCsv(category)}
          image={{
            title: t.categoryTitle,
            legend,
            notes: [t.categoryCaption, describeArticles(category.outlets, locale)],
            source: format(t.imageSource, { case: charts.caseName }),
            lang: locale,
            direction: localeDirection(locale),
          }}
          labels={downloadLabels(t, t.categoryTitle)}
        />
      }
      chart={
        <CategoryRatesChart
          id={`${ID}-chart`}
          outlets={outlets}
          categories={category.categories}
          values={category.values}
          hrefs={categoryEvidence(caseId, category, (href) => localizedHref(href, locale), charts.voice)}
          direction={localeDirection(locale)}
          labels={{ axis: t.categoryAxisShort, column: t.categoryColumn, tooltip: t.categoryTooltip, tooltipOne: t.categoryTooltipOne }}
        />
      }
    />
  );
}
