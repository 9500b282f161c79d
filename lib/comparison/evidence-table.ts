import { CATEGORY_IDS, STANCES } from "@/lib/case-study/schema";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { displayForm } from "@/lib/engine";
import type { Locale } from "@/lib/i18n/locale";
import { TABLE_MESSAGES } from "@/lib/i18n/table-messages";
import { categoryName, stanceName, voiceName } from "@/lib/i18n/taxonomy-messages";
import type { CaseAnalysis } from "./analyze-case";
import { ARTICLE_LANGUAGES } from "./language-url";
import { buildEvidenceRows, type EvidenceRow } from "./evidence";
import { NO_VALUE } from "./evidence-query";
import { type PackedRows, packRows } from "./packed-rows";
import { VOICES } from "./voice-url";
import { CATEGORY_COLORS, PLAIN_NAME_COLOR, STANCE_COLORS, STANCE_SIGNS } from "./palette";

/** One value a filter menu offers. */
export interface FacetOption {
  /** As the URL writes it: an id, or {@link NO_VALUE}. */
  value: string;
  label: string;
  /** Mentions with this value, page chrome included (as the table lists them). */
  count: number;
  /** The palette colour that marks it (categories and stances). */
  color?: string;
}

/** What the table needs to know about an article beyond its id. */
export interface ArticleInfo {
  /** The date as precisely as it is known, in the interface language ("May 2018 (approx.)"). */
  date: string;
  outlet: string;
  headline: string | null;
  /** The raw file the offsets index into. */
  rawFile: string;
}

/** Everything the evidence table renders: the rows, and names in the interface language. */
export interface EvidenceTableData {
  rows: EvidenceRow[];
  /** Display names by id, per column. */
  names: Record<"outlet" | "category" | "actor" | "stance" | "voice" | "language", Record<string, string>>;
  articles: Record<string, ArticleInfo>;
  /** Each lexicon entry found: its first form and gloss (for the entry filter's label). */
  entries: Record<string, { form: string; gloss: string }>;
  /** The language menu lists only the languages the case's mentions are in: one item means there is nothing to filter. */
  facets: Record<"outlet" | "category" | "actor" | "stance" | "voice" | "language", FacetOption[]>;
}

/**
 * The evidence table's data as it travels to the browser: the rows packed as columns
 * ({@link packRows}). A 200-article case study has some 12,000 rows; sent one object each they
 * were most of a 7 MB page.
 */
export type EvidenceTableWire = Omit<EvidenceTableData, "rows"> & { rows: PackedRows<EvidenceRow> };

/**
 * The evidence table's data ready to send to the browser.
 *
 * @param data the data of {@link prepareEvidenceTable}
 * @returns the same data, its rows packed; the table unpacks them once
 */
export function toEvidenceTableWire(data: EvidenceTableData): EvidenceTableWire {
  return { ...data, rows: packRows(data.rows) };
}

const preparedTables = new WeakMap<CaseAnalysis, Map<Locale, { data: EvidenceTableData; wire: EvidenceTableWire }>>();

/**
 * {@link prepareEvidenceTable} and {@link toEvidenceTableWire} once per analysis and language:
 * the table's page renders per request (it reads the URL), and an analysis is kept per
 * case-study version, so a large case study's rows are built and packed once.
 *
 * @param analysis the analyzed case study
 * @param locale the interface language
 * @param labels what to call rows without an actor or a stance (the same for every call in one language)
 * @returns the data (for the server's own use) and what is sent to the table
 */
export function getEvidenceTable(analysis: CaseAnalysis, locale: Locale, labels: { noActor: string; noStance: string }): { data: EvidenceTableData; wire: EvidenceTableWire } {
  let byLocale = preparedTables.get(analysis);
  if (!byLocale) {
    byLocale = new Map();
    preparedTables.set(analysis, byLocale);
  }
  let prepared = byLocale.get(locale);
  if (!prepared) {
    const data = prepareEvidenceTable(analysis, locale, labels);
    prepared = { data, wire: toEvidenceTableWire(data) };
    byLocale.set(locale, prepared);
  }
  return prepared;
}

/**
 * The evidence table's data for one interface language: the rows (no article text beyond each
 * row's snippet, so the page stays light) and the names the cells and menus show.
 *
 * @param analysis the analyzed case study
 * @param locale the interface language
 * @param labels what to call rows without an actor or a stance in the filter menus
 * @returns the data, ready to pass to the table as a prop
 */
export function prepareEvidenceTable(analysis: CaseAnalysis, locale: Locale, labels: { noActor: string; noStance: string }): EvidenceTableData {
  const { caseStudy } = analysis;
  const rows = buildEvidenceRows(analysis);
  const names = {
    outlet: Object.fromEntries(caseStudy.outlets.map((o) => [o.id, o.name[locale]])),
    category: Object.fromEntries(CATEGORY_IDS.map((c) => [c, categoryName(c, locale)])),
    actor: Object.fromEntries(caseStudy.actors.map((a) => [a.id, a.name[locale]])),
    stance: Object.fromEntries(STANCES.map((s) => [s, stanceName(s, locale)])),
    voice: Object.fromEntries(VOICES.map((v) => [v, voiceName(v, locale)])),
    language: { ar: TABLE_MESSAGES[locale].languageAr, en: TABLE_MESSAGES[locale].languageEn },
  };
  const articles = Object.fromEntries(
    caseStudy.articles.map((a): [string, ArticleInfo] => [a.id, { date: formatArticleDate(a, locale), outlet: a.outlet.id, headline: a.headline, rawFile: a.rawFile }]),
  );
  const lexicon = new Map(caseStudy.lexicon.map((e) => [e.id, e]));
  const entries = Object.fromEntries(
    [...new Set(rows.map((r) => r.entry))].map((id) => [id, { form: displayForm(lexicon.get(id)?.forms[0] ?? id), gloss: lexicon.get(id)?.gloss ?? "" }]),
  );

  const count = (pick: (row: EvidenceRow) => string) => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(pick(row), (counts.get(pick(row)) ?? 0) + 1);
    return (value: string) => counts.get(value) ?? 0;
  };
  const outletCount = count((r) => r.outlet);
  const categoryCount = count((r) => r.category ?? NO_VALUE);
  // By referent, as the filter reads it: the matrix's and summaries' links land on their counts.
  const actorCount = count((r) => r.referent ?? NO_VALUE);
  const stanceCount = count((r) => r.stance ?? NO_VALUE);
  const voiceCount = count((r) => r.voice);
  const languageCount = count((r) => r.language);
  const facets = {
    outlet: caseStudy.outlets.map((o) => ({ value: o.id, label: names.outlet[o.id] ?? o.id, count: outletCount(o.id) })),
    category: [
      ...CATEGORY_IDS.map((c) => ({ value: c, label: names.category[c] ?? c, count: categoryCount(c), color: CATEGORY_COLORS[c] })),
      { value: NO_VALUE, label: categoryName(null, locale), count: categoryCount(NO_VALUE), color: PLAIN_NAME_COLOR },
    ],
    actor: [
      ...caseStudy.actors.map((a) => ({ value: a.id, label: names.actor[a.id] ?? a.id, count: actorCount(a.id) })),
      { value: NO_VALUE, label: labels.noActor, count: actorCount(NO_VALUE) },
    ],
    stance: [
      ...STANCES.map((s) => ({ value: s, label: `${STANCE_SIGNS[s]} ${names.stance[s]}`, count: stanceCount(s), color: STANCE_COLORS[s] })),
      { value: NO_VALUE, label: labels.noStance, count: stanceCount(NO_VALUE) },
    ],
    voice: VOICES.map((v) => ({ value: v, label: names.voice[v] ?? v, count: voiceCount(v) })),
    language: ARTICLE_LANGUAGES.filter((l) => languageCount(l) > 0).map((l) => ({ value: l, label: names.language[l] ?? l, count: languageCount(l) })),
  };
  return { rows, names, articles, entries, facets };
}
