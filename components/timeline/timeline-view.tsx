import { ActorPicker } from "@/components/charts/actor-picker";
import { StanceSign } from "@/components/matrix/stance-sign";
import { PageIntro } from "@/components/ui/page-intro";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { PLAIN_NAME_EDGE, STANCE_COLORS } from "@/lib/comparison/palette";
import type { TimelineColumn, TimelineGap, TimelineLabel } from "@/lib/comparison/timeline";
import { type TimelineView as View, timelinePointHref } from "@/lib/comparison/timeline-view";
import { localizedHref, type Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import { TIMELINE_MESSAGES } from "@/lib/i18n/timeline-messages";

export interface TimelineViewProps {
  view: View;
  /** The period control, drawn by the page (it needs the page's query). */
  periodControl: React.ReactNode;
}

/** A column's heading: "May 2018", or "week of 30 Apr 2018". */
function columnHeading(column: TimelineColumn, step: View["timeline"]["step"], locale: Locale): string {
  if (step === "month") return formatArticleDate({ date: column.key, datePrecision: "month", dateApproximate: false }, locale);
  return format(TIMELINE_MESSAGES[locale].weekOf, { date: formatArticleDate({ date: column.key, datePrecision: "day", dateApproximate: false }, locale) });
}

function gapText(gap: TimelineGap, step: View["timeline"]["step"], locale: Locale): string {
  const t = TIMELINE_MESSAGES[locale];
  return format(step === "month" ? t.gap : t.gapWeeks, { length: gap.length });
}

/**
 * The timeline page: for one actor, per outlet and month (or week), how often each label was
 * used, each number in its label's stance colour and linked to its uses in the evidence table.
 * A table, not a picture: every number is read by a screen reader with its row and column.
 */
export function TimelineView({ view, periodControl }: TimelineViewProps) {
  const { locale, timeline } = view;
  const t = TIMELINE_MESSAGES[locale];
  const stances = STANCE_NAMES[locale];
  const columns = timeline.columns;
  const caption = format(timeline.step === "month" ? t.tableCaptionMonth : t.tableCaptionWeek, { actor: view.actor.name });
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageIntro title={t.pageTitle} intro={t.intro} howToReadTitle={NAV_MESSAGES[locale].howToRead} howToRead={[t.howToRead1, t.howToRead2, t.howToRead3, t.howToRead4]} />
      {periodControl}
      <ActorPicker
        actors={view.actors.map((a) => ({ id: a.id, label: format(t.actorOption, { actor: a.name, count: a.count }) }))}
        selected={view.actor.id}
        defaultActor={view.defaultActor}
        label={t.actorPicker}
        updating={t.updating}
      />
      {columns.length === 0 ? (
        <p className="text-muted" data-testid="timeline-empty">
          {t.noArticles}
        </p>
      ) : (
        <section aria-labelledby="timeline-caption" className="grid grid-cols-1 gap-2">
          {timeline.approximateArticles > 0 && (
            <p className="text-sm text-muted">
              <span aria-hidden="true" className="timeline-count timeline-approximate me-2" style={{ borderColor: PLAIN_NAME_EDGE }}>
                1
              </span>
              {format(t.approximateNote, { count: timeline.approximateArticles })}
            </p>
          )}
          {/* relative: the screen-reader texts (absolute) are placed inside the scroller, not beyond the page. */}
          <div className="relative overflow-x-auto rounded-md border border-rule bg-white" tabIndex={0} role="region" aria-labelledby="timeline-caption">
            <table className="timeline-table w-full border-collapse text-sm" data-testid="timeline" data-step={timeline.step}>
              <caption id="timeline-caption" className="px-3 py-2 text-start font-semibold text-ink">
                {caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="sticky start-0 z-10 bg-white px-3 py-2 text-start font-semibold">
                    {t.labelColumn}
                  </th>
                  {columns.map((column, i) =>
                    column.kind === "gap" ? (
                      <th key={`gap-${i}`} scope="col" className="timeline-gap px-2 py-2 text-xs font-normal text-muted" data-gap={column.length}>
                        {gapText(column, timeline.step, locale)}
                      </th>
                    ) : (
                      <th key={column.key} scope="col" className="px-2 py-2 text-center font-semibold whitespace-nowrap" data-column={column.key}>
                        {columnHeading(column, timeline.step, locale)}
                      </th>
                    ),
                  )}
                  <th scope="col" className="px-3 py-2 text-center font-semibold">
                    {t.total}
                  </th>
                </tr>
              </thead>
              {timeline.outlets.map((outlet) => (
                <tbody key={outlet.outlet} data-outlet={outlet.outlet}>
                  <tr className="border-t-2 border-rule">
                    <th scope="rowgroup" colSpan={columns.length + 2} className="sticky start-0 bg-paper px-3 py-1.5 text-start font-semibold text-ink">
                      {view.outletNames[outlet.outlet]}
                    </th>
                  </tr>
                  {outlet.labels.length === 0 ? (
                    <tr>
                      <td colSpan={columns.length + 2} className="px-3 py-1.5 text-muted">
                        {format(t.noLabels, { outlet: view.outletNames[outlet.outlet] ?? outlet.outlet, articles: outlet.articles })}
                      </td>
                    </tr>
                  ) : (
                    outlet.labels.map((label) => (
                      <LabelRow key={label.entry} label={label} outlet={outlet.outlet} columns={columns} view={view} stanceName={label.stance ? stances[label.stance] : t.plainName} />
                    ))
                  )}
                </tbody>
              ))}
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

interface LabelRowProps {
  label: TimelineLabel;
  outlet: string;
  columns: View["timeline"]["columns"];
  view: View;
  stanceName: string;
}

/** One label's row: its form, gloss and stance, then its uses per column and in all. */
function LabelRow({ label, outlet, columns, view, stanceName }: LabelRowProps) {
  const t = TIMELINE_MESSAGES[view.locale];
  const points = new Map(label.points.map((p) => [p.column, p]));
  const plain = label.category === null;
  const color = label.stance && !plain ? STANCE_COLORS[label.stance] : PLAIN_NAME_EDGE;
  return (
    <tr className="border-t border-rule" data-entry={label.entry}>
      <th scope="row" className="sticky start-0 z-10 min-w-40 bg-white px-3 py-1.5 text-start font-normal">
        <span className="flex flex-wrap items-baseline gap-x-2">
          {label.stance && !plain && <StanceSign stance={label.stance} name={stanceName} />}
          <span lang="ar" dir="rtl" className="text-base text-ink">
            {label.form}
          </span>
          <span className="text-xs text-muted">{label.gloss}</span>
          {plain && <span className="rounded border border-dashed border-rule px-1 text-xs text-muted">{t.plainName}</span>}
        </span>
      </th>
      {columns.map((column, i) => {
        if (column.kind === "gap") return <td key={`gap-${i}`} className="timeline-gap" />;
        const point = points.get(column.key);
        if (!point) return <td key={column.key} className="px-2 py-1.5 text-center" />;
        const uses = format(point.approximate ? t.usesApproximate : t.uses, { count: point.count });
        return (
          <td key={column.key} className="px-2 py-1.5 text-center">
            <a
              href={localizedHref(timelinePointHref(view.caseId, { outlet, entry: label.entry, actor: view.actor.id, from: column.from, to: column.to }), view.locale)}
              className={point.approximate ? "timeline-count timeline-approximate" : "timeline-count"}
              style={{ borderColor: color }}
              data-approximate={point.approximate || undefined}
            >
              <span aria-hidden="true">{point.count}</span>
              <span className="sr-only">{uses}</span>
            </a>
          </td>
        );
      })}
      <td className="px-3 py-1.5 text-center font-semibold tabular-nums">{label.total}</td>
    </tr>
  );
}
