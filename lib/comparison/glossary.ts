import type { LexiconEntry } from "@/lib/case-study/schema";
import { expandForms, normalizeWords } from "@/lib/engine";
import type { CaseAnalysis } from "./analyze-case";
import { searchWords } from "./evidence-query";
import { evidenceTablePath } from "./evidence-url";

/** One lexicon entry as the glossary shows it: the entry and how often each outlet used it. */
export interface GlossaryEntry {
  entry: LexiconEntry;
  /** Body mentions (page chrome excluded) per outlet id, every outlet of the case listed, zero included. */
  byOutlet: Record<string, number>;
  /** Body mentions in all outlets together. */
  total: number;
  /** The engine-normalized text a search looks in: forms, gloss, note and id. */
  searchText: string;
}

/**
 * Every lexicon entry of a case study with its body mentions per outlet, in lexicon order.
 * Mentions in page chrome are left out, as every count in the app leaves them out; entries
 * never found are kept (with zeros), since a term no outlet used is a finding too.
 *
 * @param analysis the case study analyzed once
 * @returns one glossary entry per lexicon entry
 */
export function buildGlossary(analysis: CaseAnalysis): GlossaryEntry[] {
  const outletIds = analysis.caseStudy.outlets.map((o) => o.id);
  const counts = new Map<string, Record<string, number>>();
  for (const entry of analysis.caseStudy.lexicon) counts.set(entry.id, Object.fromEntries(outletIds.map((id) => [id, 0])));
  for (const { article, mentions } of analysis.articles) {
    for (const mention of mentions) {
      if (mention.chrome) continue;
      const row = counts.get(mention.entry);
      if (row) row[article.outlet.id] = (row[article.outlet.id] ?? 0) + 1;
    }
  }
  return analysis.caseStudy.lexicon.map((entry) => {
    const byOutlet = counts.get(entry.id) ?? {};
    return {
      entry,
      byOutlet,
      total: Object.values(byOutlet).reduce((n, c) => n + c, 0),
      searchText: glossarySearchText(entry),
    };
  });
}

/**
 * What a glossary search looks in, normalized as the engine normalizes text, so that a query
 * typed الليبي finds the form الليبى and إرهابيا finds إرهابيًا.
 *
 * @param entry a lexicon entry
 * @returns its forms, gloss, note and id, normalized and joined by spaces
 */
export function glossarySearchText(entry: Pick<LexiconEntry, "id" | "forms" | "gloss" | "note">): string {
  return [...expandForms(entry.forms), entry.gloss, entry.note, entry.id.replace(/-/g, " ")].map((text) => normalizeWords(text)).join(" | ");
}

/**
 * The entries a search keeps, matched the way the evidence table matches: the query is
 * normalized like the text, and every word of it must occur somewhere in the entry.
 *
 * @param entries the glossary
 * @param query the search box's text; blank keeps every entry
 * @returns the entries kept, in their order
 */
export function searchGlossary<T extends Pick<GlossaryEntry, "searchText">>(entries: readonly T[], query: string): T[] {
  const words = searchWords(query);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => words.every((word) => e.searchText.includes(word)));
}

/**
 * The evidence table narrowed to one entry's body mentions in one outlet: what a glossary count
 * links to, so the table shows exactly the mentions counted (page chrome hidden, as the count
 * leaves it out).
 *
 * @param caseId the case study's id
 * @param entry the lexicon entry's id
 * @param outlet the outlet's id
 * @returns `/cases/<id>/terms?entry=<entry>&outlet=<outlet>&chrome=hide#mentions`
 */
export function glossaryCountHref(caseId: string, entry: string, outlet: string): string {
  return `${evidenceTablePath(caseId, { entry: [entry], outlet: [outlet], hideChrome: true })}#mentions`;
}
