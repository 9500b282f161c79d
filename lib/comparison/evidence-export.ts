import { CSV_BOM, formatCsv } from "./csv";
import type { EvidenceRow } from "./evidence";
import type { EvidenceFilters } from "./evidence-query";

/** The columns of an evidence export, named in English; the JSON objects have the same keys. */
export const EXPORT_FIELDS = [
  "outlet",
  "article",
  "raw_file",
  "date",
  "language",
  "form",
  "entry",
  "gloss",
  "category",
  "actor",
  "referent",
  "stance",
  "event",
  "voice",
  "quoted",
  "page_chrome",
  "start",
  "end",
  "context_before",
  "context_after",
  "note_en",
  "note_ar",
  "paragraph_translation",
  "translation_by",
] as const;

/** One mention as exported: ids rather than display names, so it keeps its meaning outside the app. */
export interface EvidenceExportRecord {
  outlet: string;
  article: string;
  /** The article's raw file, which `start` and `end` index into. */
  raw_file: string;
  /** As stored: YYYY, YYYY-MM or YYYY-MM-DD, no more precise than known. */
  date: string;
  /** The article's language: `ar` or `en`. */
  language: "ar" | "en";
  /** The mention exactly as written (`text.slice(start, end)`). */
  form: string;
  entry: string;
  gloss: string;
  category: string | null;
  /** The actor the label literally names. */
  actor: string | null;
  /** The actor it refers to, as the case study says. */
  referent: string | null;
  stance: string | null;
  event: string | null;
  /** `outlet`, `attributed` or `distanced`: whose words the label is. */
  voice: string;
  quoted: boolean;
  /** In page chrome: listed, never counted. */
  page_chrome: boolean;
  /** UTF-16 offsets into the raw file's text. */
  start: number;
  end: number;
  context_before: string;
  context_after: string;
  /** The curator's notes on this occurrence, one after another; empty when there is none. */
  note_en: string;
  note_ar: string;
  /**
   * The English of the whole paragraph the mention is in, by Framelens or the case's editor (never
   * the outlet's words); null (empty in CSV) when the article has no translation (of this
   * paragraph) or the mention is in page chrome.
   */
  paragraph_translation: string | null;
  /** Who translated it: `framelens` or `editor`; null (empty in CSV) with no translation. */
  translation_by: "framelens" | "editor" | null;
}

/**
 * Evidence rows as export records.
 *
 * @param rows the rows, in the order to export
 * @param rawFiles each article id's raw file name
 * @returns one record per row, fields in {@link EXPORT_FIELDS} order
 */
export function toExportRecords(rows: readonly EvidenceRow[], rawFiles: Readonly<Record<string, string>>): EvidenceExportRecord[] {
  return rows.map((row) => ({
    outlet: row.outlet,
    article: row.article,
    raw_file: rawFiles[row.article] ?? "",
    date: row.date,
    language: row.language,
    form: row.form,
    entry: row.entry,
    gloss: row.gloss,
    category: row.category,
    actor: row.actor,
    referent: row.referent,
    stance: row.stance,
    event: row.event,
    voice: row.voice,
    quoted: row.quoted,
    page_chrome: row.chrome,
    start: row.start,
    end: row.end,
    context_before: row.before,
    context_after: row.after,
    note_en: row.noteEn,
    note_ar: row.noteAr,
    paragraph_translation: row.translation,
    translation_by: row.translationBy,
  }));
}

/**
 * Evidence rows as CSV: a byte-order mark (so spreadsheets read the Arabic as UTF-8), a header
 * row, one line per row, CRLF line ends, and fields quoted where RFC 4180 needs it.
 *
 * @param rows the rows, in the order to export
 * @param rawFiles each article id's raw file name
 * @returns the file's text
 */
export function evidenceToCsv(rows: readonly EvidenceRow[], rawFiles: Readonly<Record<string, string>>): string {
  const records = toExportRecords(rows, rawFiles).map((record) => EXPORT_FIELDS.map((field) => record[field]));
  return CSV_BOM + formatCsv([EXPORT_FIELDS, ...records]);
}

/**
 * Evidence rows as JSON: an array of objects with the CSV's fields.
 *
 * @param rows the rows, in the order to export
 * @param rawFiles each article id's raw file name
 * @returns the file's text, indented
 */
export function evidenceToJson(rows: readonly EvidenceRow[], rawFiles: Readonly<Record<string, string>>): string {
  return `${JSON.stringify(toExportRecords(rows, rawFiles), null, 2)}\n`;
}

/** Facets named in a file name, in this order, and how to say "several". */
const NAMED_FACETS = [
  ["outlet", "outlets"],
  ["category", "categories"],
  ["actor", "actors"],
  ["stance", "stances"],
  ["entry", "entries"],
  ["article", "articles"],
  ["voice", "voices"],
  ["language", "languages"],
] as const;

/**
 * A file name that says what the export holds: the case, then the filters
 * (`framelens-derna-evidence-youm7-terrorism.csv`). Up to two values of a facet are named;
 * more are counted (`3-outlets`); a spelling filter adds `spelling`, a search `search`, and
 * hiding page chrome `body-only`.
 *
 * @param caseId the case study's id
 * @param filters the filters applied
 * @param extension `"csv"` or `"json"`
 */
export function evidenceFileName(caseId: string, filters: EvidenceFilters, extension: "csv" | "json"): string {
  const parts = ["framelens", caseId, "evidence"];
  for (const [facet, plural] of NAMED_FACETS) {
    const values = filters[facet];
    if (values.length > 2) parts.push(`${values.length}-${plural}`);
    else parts.push(...values);
  }
  if (filters.form.length > 0) parts.push("spelling");
  if (filters.q.trim() !== "") parts.push("search");
  if (filters.hideChrome) parts.push("body-only");
  const slug = parts
    .map((part) => part.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""))
    .filter(Boolean)
    .join("-");
  return `${slug}.${extension}`;
}
