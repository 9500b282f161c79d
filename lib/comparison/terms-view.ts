import type { Locale } from "@/lib/i18n/locale";
import { TABLE_MESSAGES } from "@/lib/i18n/table-messages";
import type { CaseAnalysis } from "./analyze-case";
import { getEvidenceTable, type EvidenceTableWire } from "./evidence-table";
import { summarizeSpellings, type EntrySpellings } from "./spellings";

/** What the evidence table's page shows: every mention, packed for the table, and what normalization merged. */
export interface TermsView {
  caseId: string;
  table: EvidenceTableWire;
  spellings: EntrySpellings[];
  categoryNames: Record<string, string>;
}

/**
 * The evidence table of a case study in the interface language (its rows built once per
 * analysis and language), and, per lexicon entry, the spellings normalization merged.
 *
 * @param analysis the analyzed case study
 * @param locale the interface language
 */
export function getTermsView(analysis: CaseAnalysis, locale: Locale): TermsView {
  const t = TABLE_MESSAGES[locale];
  const { data, wire } = getEvidenceTable(analysis, locale, { noActor: t.noActor, noStance: t.noStance });
  return { caseId: analysis.caseStudy.id, table: wire, spellings: summarizeSpellings(data.rows, analysis.caseStudy.lexicon), categoryNames: data.names.category };
}
