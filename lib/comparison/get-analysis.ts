import { findCaseStudy, getCaseStudy } from "@/lib/cases/catalog";
import { analyzeCaseStudy, type CaseAnalysis } from "./analyze-case";

/** Stored case studies whose analysis is kept in memory, the most recently used last. */
const MAX_STORED_ANALYSES = 20;
const analyses = new Map<string, CaseAnalysis>();

/**
 * A bundled case study analyzed once per process, without waiting on anything.
 *
 * @param caseId a bundled case study's id
 * @returns the analysis, or undefined when no bundled case study has this id
 */
export function getBundledCaseAnalysis(caseId: string): CaseAnalysis | undefined {
  const key = `${caseId}@bundled`;
  const cached = analyses.get(key);
  if (cached) return cached;
  const caseStudy = getCaseStudy(caseId);
  if (!caseStudy) return undefined;
  const analysis = analyzeCaseStudy(caseStudy);
  analyses.set(key, analysis);
  return analysis;
}

/**
 * A case study analyzed once per process (per version, for a stored one): pages read this, so
 * the engine runs once per article, not once per render.
 *
 * @param caseId the case study's id, bundled or stored
 * @returns the analysis, or undefined for an unknown case
 */
export async function getCaseAnalysis(caseId: string): Promise<CaseAnalysis | undefined> {
  const bundled = getBundledCaseAnalysis(caseId);
  if (bundled) return bundled;
  const found = await findCaseStudy(caseId);
  if (!found) return undefined;
  const key = `${caseId}@${found.version ?? "bundled"}`;
  const cached = analyses.get(key);
  if (cached) {
    // Refresh its place: the least recently used stored analysis is dropped first.
    analyses.delete(key);
    analyses.set(key, cached);
    return cached;
  }
  const analysis = analyzeCaseStudy(found.caseStudy);
  analyses.set(key, analysis);
  const stored = [...analyses.keys()].filter((k) => !k.endsWith("@bundled"));
  for (const old of stored.slice(0, Math.max(0, stored.length - MAX_STORED_ANALYSES))) analyses.delete(old);
  return analysis;
}
