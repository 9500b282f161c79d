import { getCaseStudy } from "@/lib/case-study/catalog";
import { analyzeCaseStudy, type CaseAnalysis } from "./analyze-case";

const analyses = new Map<string, CaseAnalysis>();

/**
 * A case study analyzed once per process: pages read this, so the engine runs once per
 * article, not once per render.
 *
 * @param caseId the case study's id
 * @returns the analysis, or undefined for an unknown case
 */
export function getCaseAnalysis(caseId: string): CaseAnalysis | undefined {
  const cached = analyses.get(caseId);
  if (cached) return cached;
  const caseStudy = getCaseStudy(caseId);
  if (!caseStudy) return undefined;
  const analysis = analyzeCaseStudy(caseStudy);
  analyses.set(caseId, analysis);
  return analysis;
}
