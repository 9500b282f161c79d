import type { CaseAnalysis } from "./analyze-case";
import { type Timeline, buildTimeline } from "./timeline";
import type { Locale } from "@/lib/i18n/locale";
import { firstSearchParam, type SearchParamValue } from "@/lib/pages/search-param";
import { PERIOD_KEYS } from "./period";
import { evidenceTablePath } from "./evidence-url";

/** An actor the timeline can show, with how many labels the period's article bodies use for it. */
export interface TimelineActor {
  id: string;
  name: string;
  count: number;
}

/** What the timeline page shows. */
export interface TimelineView {
  caseId: string;
  locale: Locale;
  actors: TimelineActor[];
  /** The actor shown: the URL's (`?actor=`), or the default. */
  actor: TimelineActor;
  /** The actor shown when the URL names none: the one the most different labels name. */
  defaultActor: string;
  timeline: Timeline;
  /** Each outlet's name in the interface language, by id. */
  outletNames: Record<string, string>;
}

/**
 * The timeline page's data: the actors whose labels the period's articles use, the one the URL
 * chooses (`?actor=dmsc`; an unknown or absent one gives the default), and its timeline.
 *
 * @param analysis the case analysis, narrowed to the page's period
 * @param query the page's query
 * @param locale the interface language
 * @returns the view, or null when the case study has no actor at all
 */
export function getTimelineView(
  analysis: CaseAnalysis,
  query: Readonly<Record<string, SearchParamValue>>,
  locale: Locale,
): TimelineView | null {
  const { caseStudy } = analysis;
  const uses = new Map<string, { count: number; entries: Set<string> }>();
  for (const { mentions } of analysis.articles) {
    for (const mention of mentions) {
      if (mention.chrome || mention.referent === null) continue;
      const tally = uses.get(mention.referent) ?? { count: 0, entries: new Set<string>() };
      tally.count++;
      tally.entries.add(mention.entry);
      uses.set(mention.referent, tally);
    }
  }
  const actors = caseStudy.actors
    .filter((a) => uses.has(a.id))
    .map((a) => ({ id: a.id, name: a.name[locale] || a.name.en, count: uses.get(a.id)?.count ?? 0 }));
  // With no actor labelled in the period, the case's first actor, whose timeline then says so.
  const first = caseStudy.actors[0];
  if (actors.length === 0 && first) actors.push({ id: first.id, name: first.name[locale] || first.name.en, count: 0 });
  const defaultActor = [...actors].sort((a, b) => (uses.get(b.id)?.entries.size ?? 0) - (uses.get(a.id)?.entries.size ?? 0))[0];
  if (!defaultActor) return null;
  const asked = firstSearchParam(query.actor);
  const actor = actors.find((a) => a.id === asked) ?? defaultActor;
  return {
    caseId: caseStudy.id,
    locale,
    actors,
    actor,
    defaultActor: defaultActor.id,
    timeline: buildTimeline(analysis, actor.id),
    outletNames: Object.fromEntries(caseStudy.outlets.map((o) => [o.id, o.name[locale] || o.name.en])),
  };
}


/**
 * Where one point of the timeline leads: the evidence table, filtered to the outlet, the label and
 * the actor it refers to, within the point's column (a month or a week).
 *
 * @param caseId the case study's id
 * @param point the outlet, the label's entry, the actor and the column's first and last dates
 * @returns `/cases/<id>/terms?entry=…&outlet=…&actor=…&from=…&to=…`
 */
export function timelinePointHref(caseId: string, point: { outlet: string; entry: string; actor: string; from: string; to: string }): string {
  const path = evidenceTablePath(caseId, { entry: [point.entry], outlet: [point.outlet], actor: [point.actor] });
  return `${path}&${new URLSearchParams({ [PERIOD_KEYS.from]: point.from, [PERIOD_KEYS.to]: point.to }).toString()}`;
}
