"use client";

import { useEffect, useState } from "react";
import type { LabelOccurrence } from "@/lib/comparison/occurrences";
import type { OccurrenceLabel } from "./occurrence-labels";

/** A label's sentences as the dialog has them: ready, on their way, or refused (with why). */
export type LabelSentences = { state: "ready"; occurrences: LabelOccurrence[]; total: number } | { state: "loading" } | { state: "failed"; reason: string };

/**
 * The sentences behind a label: those the page carries, or, when it carries none (a large case
 * study), those `GET /api/cases/[case]/occurrences` answers, asked once per label and kept.
 *
 * @param caseId the case study's id
 * @param label the label the dialog shows, if any
 * @returns the sentences, or undefined when no label is shown
 */
export function useLabelSentences(caseId: string, label: OccurrenceLabel | undefined): LabelSentences | undefined {
  const [loaded, setLoaded] = useState<Record<string, LabelSentences>>({});
  const key = label?.key;
  const carried = label?.occurrences;
  const needed = key !== undefined && carried === null && loaded[key] === undefined;
  useEffect(() => {
    if (!needed || !label) return;
    setLoaded((current) => ({ ...current, [label.key]: { state: "loading" } }));
    const query = new URLSearchParams({ kind: label.kind, label: label.key });
    fetch(`/api/cases/${encodeURIComponent(caseId)}/occurrences?${query}`)
      .then(async (response) => {
        const body = (await response.json()) as { occurrences: LabelOccurrence[]; total: number } | { error: string };
        return "error" in body ? ({ state: "failed", reason: body.error } as const) : ({ state: "ready", ...body } as const);
      })
      .catch((error: unknown) => ({ state: "failed", reason: error instanceof Error ? error.message : String(error) }) as const)
      .then((result) => setLoaded((current) => ({ ...current, [label.key]: result })));
  }, [needed, label, caseId]);
  if (!label) return undefined;
  if (carried) return { state: "ready", occurrences: carried, total: label.total };
  return loaded[label.key] ?? { state: "loading" };
}
