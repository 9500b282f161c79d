import { type EvidenceFilters, evidenceTablePath } from "@/lib/comparison/evidence-url";
import type { VoiceView } from "@/lib/comparison/voice-url";

/**
 * The evidence table behind one number of a chart: a chart counting the outlets' own words
 * alone leads to those mentions only.
 *
 * @param caseId the case study's id
 * @param filters the mentions the number counts
 * @param voice the chart's view (default every voice)
 * @returns the table's path with its filters
 */
export function chartEvidencePath(caseId: string, filters: Partial<EvidenceFilters>, voice: VoiceView = "all"): string {
  return evidenceTablePath(caseId, voice === "outlet" ? { ...filters, voice: ["outlet"] } : filters);
}

/**
 * The evidence behind every bar of the framing-categories chart, for clicks on the chart.
 *
 * @param caseId the case study's id
 * @param data outlets, categories and their counts
 * @param localize makes a link keep the interface language
 * @param voice the chart's view: every voice (default) or the outlet's own words
 * @returns outlet id → category id → link (none for a zero)
 */
export function categoryEvidence(
  caseId: string,
  data: { outlets: readonly { id: string }[]; categories: readonly { id: string }[]; values: Record<string, Record<string, { count: number }>> },
  localize: (href: string) => string,
  voice: VoiceView = "all",
): Record<string, Record<string, string | undefined>> {
  return Object.fromEntries(
    data.outlets.map((o) => [
      o.id,
      Object.fromEntries(
        data.categories.map((c) => [c.id, (data.values[o.id]?.[c.id]?.count ?? 0) > 0 ? localize(chartEvidencePath(caseId, { outlet: [o.id], category: [c.id] }, voice)) : undefined]),
      ),
    ]),
  );
}

/**
 * The evidence behind every segment of the stance chart.
 *
 * @param caseId the case study's id
 * @param actor the actor shown
 * @param rows per outlet, the counts by stance
 * @param localize makes a link keep the interface language
 * @param voice the chart's view: every voice (default) or the outlet's own words
 * @returns outlet id → stance → link (none for a zero)
 */
export function stanceEvidence(
  caseId: string,
  actor: string,
  rows: readonly { outlet: string; legitimizing: number; neutral: number; delegitimizing: number }[],
  localize: (href: string) => string,
  voice: VoiceView = "all",
): Record<string, Partial<Record<"legitimizing" | "neutral" | "delegitimizing", string>>> {
  return Object.fromEntries(
    rows.map((row) => [
      row.outlet,
      Object.fromEntries(
        (["legitimizing", "neutral", "delegitimizing"] as const)
          .filter((stance) => row[stance] > 0)
          .map((stance) => [stance, localize(chartEvidencePath(caseId, { outlet: [row.outlet], actor: [actor], stance: [stance] }, voice))]),
      ),
    ]),
  );
}

/**
 * The evidence behind every segment of the attention chart.
 *
 * @param caseId the case study's id
 * @param actors the actors shown
 * @param rows per outlet, each actor's count
 * @param localize makes a link keep the interface language
 * @param voice the chart's view: every voice (default) or the outlet's own words
 * @returns outlet id → actor id → link (none for a zero)
 */
export function attentionEvidence(
  caseId: string,
  actors: readonly { id: string }[],
  rows: readonly { outlet: string; shares: Record<string, { count: number }> }[],
  localize: (href: string) => string,
  voice: VoiceView = "all",
): Record<string, Record<string, string | undefined>> {
  return Object.fromEntries(
    rows.map((row) => [
      row.outlet,
      Object.fromEntries(
        actors.map((a) => [a.id, (row.shares[a.id]?.count ?? 0) > 0 ? localize(chartEvidencePath(caseId, { outlet: [row.outlet], actor: [a.id] }, voice)) : undefined]),
      ),
    ]),
  );
}
