import { stanceCsv } from "@/lib/charts/chart-csv";
import type { CaseCharts } from "@/lib/charts/chart-models";
import { describeArticles } from "@/lib/charts/chart-notes";
import { buildStanceTable } from "@/lib/charts/chart-tables";
import { stanceEvidence } from "@/lib/charts/evidence-links";
import { formatCounted } from "@/lib/charts/format";
import { STANCE_PATTERNS } from "@/lib/charts/patterns";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import { type Locale, localeDirection, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { ActorPicker } from "./actor-picker";
import { ArticlesCounted } from "./articles-counted";
import { ChartDownloads } from "./chart-downloads";
import { ChartSection } from "./chart-section";
import { downloadLabels } from "./download-labels";
import { StanceChart } from "./stance-chart";

const ID = "labels-by-stance";

/** Chart 2: labels for one actor, chosen in the URL, by stance, per outlet. */
export function StanceSection({ charts, locale }: { charts: CaseCharts; locale: Locale }) {
  const t = CHARTS_MESSAGES[locale];
  const { stance, caseId } = charts;
  const actor = stance.actor;
  const title = format(t.stanceTitle, { actor: actor.name });
  const caption = format(t.stanceCaption, { actor: actor.name });
  // Delegitimizing first: the legend reads in the chart's order, from one side of zero to the other.
  const legend = [...stance.stances].reverse().map((s) => ({ label: `${s.sign} ${s.name}`, color: s.color, pattern: STANCE_PATTERNS[s.id] }));
  const outlets = stance.outlets.map((o) => {
    const row = stance.rows.find((r) => r.outlet === o.id);
    const total = row ? row.legitimizing + row.neutral + row.delegitimizing : 0;
    return { id: o.id, name: o.name, detail: formatCounted(total, t.labelsOne, t.labels) };
  });
  return (
    <ChartSection
      id={ID}
      title={title}
      caption={caption}
      articles={<ArticlesCounted caseId={caseId} outlets={stance.outlets} locale={locale} />}
      legend={legend}
      locale={locale}
      table={buildStanceTable(caseId, stance, locale, charts.voice)}
      controls={
        <ActorPicker
          actors={stance.actors.map((a) => ({ id: a.id, label: formatCounted(a.count, t.actorOptionOne, t.actorOption, { actor: a.name }) }))}
          selected={actor.id}
          defaultActor={stance.actors[0]?.id ?? actor.id}
          label={t.actorPicker}
          updating={t.updating}
        />
      }
      downloads={
        <ChartDownloads
          chartId={`${ID}-chart`}
          fileName={`${caseId}${charts.voice === "outlet" ? "-own-words" : ""}-labels-${actor.id}-by-stance`}
          csv={stanceCsv(stance)}
          image={{
            title,
            legend,
            notes: [caption, describeArticles(stance.outlets, locale)],
            source: format(t.imageSource, { case: charts.caseName }),
            lang: locale,
            direction: localeDirection(locale),
          }}
          labels={downloadLabels(t, title)}
        />
      }
      chart={
        <StanceChart
          key={actor.id}
          id={`${ID}-chart`}
          outlets={outlets}
          rows={stance.rows}
          stances={stance.stances}
          hrefs={stanceEvidence(caseId, actor.id, stance.rows, (href) => localizedHref(href, locale), charts.voice)}
          direction={localeDirection(locale)}
          labels={{
            axis: t.stanceAxis,
            delegitimizing: t.stanceTowardDelegitimizing,
            legitimizing: t.stanceTowardLegitimizing,
            notNamed: t.notNamed,
          }}
        />
      }
    />
  );
}
