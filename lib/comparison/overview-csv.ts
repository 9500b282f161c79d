import type { CaseAnalysis } from "./analyze-case";
import { buildActorMatrix, buildEventMatrix } from "./label-matrix";
import type { LanguageView } from "./language-url";
import { cachedAnalysisForLanguage, caseLanguages } from "./language-view";
import { buildMatrixCsv } from "./matrix-csv";
import type { MatrixKind } from "./occurrences";
import { ownVoiceOnly } from "./voice";
import type { VoiceView } from "./voice-url";

/**
 * One of the overview's matrices as a CSV file (no byte-order mark), counted as the overview's
 * view says: every voice or the outlets' own words (`?voice=`), every language or one (`?language=`,
 * ignored for a case in one language). Made when asked for: the page carries no CSV text.
 *
 * @param analysis the analyzed case study
 * @param kind the actor or the event matrix
 * @param view the overview's voice and language views
 * @returns the CSV text, one column per outlet with articles in the view
 */
export function buildOverviewCsv(analysis: CaseAnalysis, kind: MatrixKind, view: { voice: VoiceView; language: LanguageView }): string {
  const narrowed = view.language !== "all" && caseLanguages(analysis).length > 1 ? cachedAnalysisForLanguage(analysis, view.language) : analysis;
  const counted = view.voice === "outlet" ? ownVoiceOnly(narrowed) : narrowed;
  const rows = kind === "actor" ? buildActorMatrix(counted) : buildEventMatrix(counted);
  return buildMatrixCsv(rows, narrowed.caseStudy.outlets, kind);
}
