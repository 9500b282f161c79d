import type { LexiconEntry, Stance } from "@/lib/case-study/schema";
import type { CaseArticle } from "@/lib/case-study/types";
import type { CaseAnalysis } from "./analyze-case";
import { matchesFocus } from "./focus";
import { firstDay, lastDay } from "./period";

/** How finely the timeline divides time: by month, or by week when the articles span three months or less. */
export type TimelineStep = "month" | "week";

/** Articles spanning at most this many days are shown week by week. */
const WEEKLY_SPAN_DAYS = 92;
/** A run of at least this many empty columns is drawn as one gap ("21 months without articles"). */
const MIN_GAP = 3;

/** One column of the timeline: a month (2018-05) or a week (the Monday it starts on). */
export interface TimelineColumn {
  kind: "time";
  /** 2018-05 for a month; 2018-05-07 (a Monday) for a week. */
  key: string;
  /** The period a point in it links to (`?from=…&to=…`). */
  from: string;
  to: string;
}

/** Empty columns folded into one, so that coverage years apart shows apart without a wide empty grid. */
export interface TimelineGap {
  kind: "gap";
  /** How many months or weeks had no article. */
  length: number;
}

/** How often one outlet used one label in one column. */
export interface TimelinePoint {
  column: string;
  count: number;
  /** Some of its articles are dated less precisely than the column (a month in a weekly timeline) or marked approximate. */
  approximate: boolean;
}

/** One label an outlet used for the actor, with its uses over time. */
export interface TimelineLabel {
  entry: string;
  /** The outlet's most used spelling of it. */
  form: string;
  gloss: string;
  /** Null for a plain name: it names the actor without framing it. */
  category: string | null;
  stance: Stance | null;
  total: number;
  points: TimelinePoint[];
}

/** One outlet's row group: every label it used for the actor in the period. */
export interface TimelineOutlet {
  outlet: string;
  labels: TimelineLabel[];
  /** Articles of the outlet in the period, and how many of them use none of the actor's labels. */
  articles: number;
}

/** What the timeline page draws for one actor. */
export interface Timeline {
  actor: string;
  step: TimelineStep;
  columns: (TimelineColumn | TimelineGap)[];
  outlets: TimelineOutlet[];
  /** Articles placed in a column by a date less precise than the column, or marked approximate. */
  approximateArticles: number;
}

/**
 * Per outlet and month (or week, when the case's articles span three months or less), how often
 * each label referring to an actor was used: when did an outlet start calling them داعش? Body
 * mentions only (page chrome is shown, never counted), by referent, plain names included (they
 * show which name an outlet used, counted apart from framing by their null category).
 *
 * An article is placed in the column of its date's first day; one dated less precisely than a
 * column (a month in a weekly timeline, a year in a monthly one) or marked approximate makes its
 * points approximate, and the page marks them so.
 *
 * @param analysis the case analysis, narrowed to the page's period if it has one
 * @param actor the actor whose labels are shown
 * @returns the timeline; no columns when no article is dated in the analysis
 */
export function buildTimeline(analysis: CaseAnalysis, actor: string): Timeline {
  const dated = analysis.articles;
  const step = chooseStep(dated.map((a) => a.article));
  const entries = new Map<string, LexiconEntry>(analysis.caseStudy.lexicon.map((e) => [e.id, e]));
  const byOutlet = new Map<string, Map<string, LabelTally>>();
  let approximateArticles = 0;
  const used = new Set<string>();
  for (const { article, mentions } of dated) {
    const column = columnOf(article, step);
    const approximate = isApproximate(article, step);
    if (approximate) approximateArticles++;
    used.add(column);
    for (const mention of mentions) {
      if (mention.chrome || !matchesFocus(mention, { kind: "actor", id: actor })) continue;
      const entry = entries.get(mention.entry);
      if (!entry) continue;
      const labels = byOutlet.get(article.outlet.id) ?? new Map<string, LabelTally>();
      byOutlet.set(article.outlet.id, labels);
      const tally = labels.get(entry.id) ?? { entry, spellings: new Map(), points: new Map(), total: 0 };
      labels.set(entry.id, tally);
      tally.total++;
      const spelling = mention.text.replace(/\s+/g, " ");
      tally.spellings.set(spelling, (tally.spellings.get(spelling) ?? 0) + 1);
      const point = tally.points.get(column) ?? { column, count: 0, approximate: false };
      point.count++;
      point.approximate ||= approximate;
      tally.points.set(column, point);
    }
  }
  const outlets = analysis.caseStudy.outlets.map((outlet): TimelineOutlet => {
    const labels = [...(byOutlet.get(outlet.id)?.values() ?? [])]
      .map((tally) => ({
        entry: tally.entry.id,
        form: [...tally.spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "",
        gloss: tally.entry.gloss,
        category: tally.entry.category,
        stance: tally.entry.stance,
        total: tally.total,
        points: [...tally.points.values()].sort((a, b) => a.column.localeCompare(b.column)),
      }))
      .sort((a, b) => b.total - a.total || a.entry.localeCompare(b.entry));
    return { outlet: outlet.id, labels, articles: dated.filter((a) => a.article.outlet.id === outlet.id).length };
  });
  return { actor, step, columns: foldGaps(allColumns(used, step), used), outlets, approximateArticles };
}

interface LabelTally {
  entry: LexiconEntry;
  spellings: Map<string, number>;
  points: Map<string, TimelinePoint>;
  total: number;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Weekly when every article falls within three months, monthly otherwise. */
function chooseStep(articles: readonly Pick<CaseArticle, "date">[]): TimelineStep {
  if (articles.length === 0) return "month";
  const firsts = articles.map((a) => dayNumber(firstDay(a.date)));
  const lasts = articles.map((a) => dayNumber(lastDay(a.date)));
  return Math.max(...lasts) - Math.min(...firsts) <= WEEKLY_SPAN_DAYS ? "week" : "month";
}

/** The Monday on or before a day. */
function mondayOf(day: number): number {
  // 1 January 1970 was a Thursday: day 0 is weekday 3 counting from Monday.
  return day - ((day + 3) % 7);
}

function columnOf(article: Pick<CaseArticle, "date">, step: TimelineStep): string {
  const first = firstDay(article.date);
  return step === "month" ? first.slice(0, 7) : isoDay(mondayOf(dayNumber(first)));
}

function isApproximate(article: Pick<CaseArticle, "datePrecision" | "dateApproximate">, step: TimelineStep): boolean {
  if (article.dateApproximate || article.datePrecision === "year") return true;
  return step === "week" && article.datePrecision === "month";
}

/** Every column from the first used to the last, in order. */
function allColumns(used: ReadonlySet<string>, step: TimelineStep): TimelineColumn[] {
  if (used.size === 0) return [];
  const sorted = [...used].sort();
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  const columns: TimelineColumn[] = [];
  if (step === "month") {
    let [year, month] = first.split("-").map(Number) as [number, number];
    for (let key = first; key <= last; ) {
      columns.push({ kind: "time", key, from: key, to: key });
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
      key = `${year}-${String(month).padStart(2, "0")}`;
    }
  } else {
    for (let day = dayNumber(first); day <= dayNumber(last); day += 7) {
      columns.push({ kind: "time", key: isoDay(day), from: isoDay(day), to: isoDay(day + 6) });
    }
  }
  return columns;
}

/** Runs of {@link MIN_GAP} or more columns with no article, folded into one gap each. */
function foldGaps(columns: readonly TimelineColumn[], used: ReadonlySet<string>): (TimelineColumn | TimelineGap)[] {
  const out: (TimelineColumn | TimelineGap)[] = [];
  let run: TimelineColumn[] = [];
  const flush = () => {
    if (run.length >= MIN_GAP) out.push({ kind: "gap", length: run.length });
    else out.push(...run);
    run = [];
  };
  for (const column of columns) {
    if (used.has(column.key)) {
      flush();
      out.push(column);
    } else run.push(column);
  }
  flush();
  return out;
}
