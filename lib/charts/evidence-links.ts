import { caseSectionPath } from "@/lib/case-study/paths";

/** Filters of the evidence table that a chart's number stands for. */
export interface EvidenceFilters {
  outlet: string;
  category?: string;
  /** One actor, or several (the table ORs comma-separated values). */
  actor?: string | readonly string[];
  stance?: string;
}

/**
 * The evidence table filtered to the mentions behind one number of a chart.
 *
 * @param caseId the case study's id
 * @param filters the outlet and, optionally, category, actor(s) and stance
 * @returns e.g. `/cases/derna/terms?outlet=qposts&category=terrorism`
 */
export function evidenceHref(caseId: string, filters: EvidenceFilters): string {
  const params = new URLSearchParams({ outlet: filters.outlet });
  if (filters.category !== undefined) params.set("category", filters.category);
  if (filters.actor !== undefined) params.set("actor", typeof filters.actor === "string" ? filters.actor : filters.actor.join(","));
  if (filters.stance !== undefined) params.set("stance", filters.stance);
  return `${caseSectionPath(caseId, "terms")}?${params.toString().replaceAll("%2C", ",")}`;
}

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
        data.categories.map((c) => [c.id, (data.values[o.id]?.[c.id]?.count ?? 0) > 0 ? localize(evidenceHref(caseId, { outlet: o.id, category: c.id })) : undefined]),
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
          .map((stance) => [stance, localize(evidenceHref(caseId, { outlet: row.outlet, actor, stance }))]),
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
        actors.map((a) => [a.id, (row.shares[a.id]?.count ?? 0) > 0 ? localize(evidenceHref(caseId, { outlet: row.outlet, actor: a.id })) : undefined]),
      ),
    ]),
  );
}
