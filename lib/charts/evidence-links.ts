import { evidenceTablePath } from "@/lib/comparison/evidence-url";

/**
 * The evidence behind every bar of the framing-categories chart, for clicks on the chart.
 *
 * @param caseId the case study's id
 * @param data outlets, categories and their counts
 * @param localize makes a link keep the interface language
 * @returns outlet id → category id → link (none for a zero)
 */
export function categoryEvidence(
  caseId: string,
  data: { outlets: readonly { id: string }[]; categories: readonly { id: string }[]; values: Record<string, Record<string, { count: number }>> },
  localize: (href: string) => string,
): Record<string, Record<string, string | undefined>> {
  return Object.fromEntries(
    data.outlets.map((o) => [
      o.id,
      Object.fromEntries(
        data.categories.map((c) => [c.id, (data.values[o.id]?.[c.id]?.count ?? 0) > 0 ? localize(evidenceTablePath(caseId, { outlet: [o.id], category: [c.id] })) : undefined]),
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
 * @returns outlet id → stance → link (none for a zero)
 */
export function stanceEvidence(
  caseId: string,
  actor: string,
  rows: readonly { outlet: string; legitimizing: number; neutral: number; delegitimizing: number }[],
  localize: (href: string) => string,
): Record<string, Partial<Record<"legitimizing" | "neutral" | "delegitimizing", string>>> {
  return Object.fromEntries(
    rows.map((row) => [
      row.outlet,
      Object.fromEntries(
        (["legitimizing", "neutral", "delegitimizing"] as const)
          .filter((stance) => row[stance] > 0)
          .map((stance) => [stance, localize(evidenceTablePath(caseId, { outlet: [row.outlet], actor: [actor], stance: [stance] }))]),
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
 * @returns outlet id → actor id → link (none for a zero)
 */
export function attentionEvidence(
  caseId: string,
  actors: readonly { id: string }[],
  rows: readonly { outlet: string; shares: Record<string, { count: number }> }[],
  localize: (href: string) => string,
): Record<string, Record<string, string | undefined>> {
  return Object.fromEntries(
    rows.map((row) => [
      row.outlet,
      Object.fromEntries(
        actors.map((a) => [a.id, (row.shares[a.id]?.count ?? 0) > 0 ? localize(evidenceTablePath(caseId, { outlet: [row.outlet], actor: [a.id] })) : undefined]),
      ),
    ]),
  );
}
