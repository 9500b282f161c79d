"use client";

import { useEffect, useState } from "react";
import type { LabelOccurrence } from "@/lib/comparison/occurrences";
import { fetchApi } from "@/lib/http/api-fetch";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { REQUEST_MESSAGES } from "@/lib/i18n/request-messages";
import type { OccurrenceLabel } from "@/lib/comparison/occurrence-labels";

/** A label's sentences as the dialog has them: ready, on their way, or refused (with why). */
export type LabelSentences = { state: "ready"; occurrences: LabelOccurrence[]; total: number } | { state: "loading" } | { state: "failed"; reason: string };

/**
 * The sentences behind a label: those the page carries, or, when it carries none (a large case
 * study), those `GET /api/cases/[case]/occurrences` answers, asked once per label and kept.
 *
 * @param caseId the case study's id
 * @param label the label the dialog shows, if any
 * @param locale the interface language, which a refusal's reason is given in
 * @returns the sentences, or undefined when no label is shown
 */
export function useLabelSentences(caseId: string, label: OccurrenceLabel | undefined, locale: Locale): LabelSentences | undefined {
  const [loaded, setLoaded] = useState<Record<string, LabelSentences>>({});
  const key = label?.key;
  const carried = label?.occurrences;
  const needed = key !== undefined && carried === null && loaded[key] === undefined;
  useEffect(() => {
    if (!needed || !label) return;
    setLoaded((current) => ({ ...current, [label.key]: { state: "loading" } }));
    const query = new URLSearchParams({ kind: label.kind, label: label.key });
    const t = REQUEST_MESSAGES[locale];
    fetchApi(`/api/cases/${encodeURIComponent(caseId)}/occurrences?${query}`, locale)
      .then(async (response): Promise<LabelSentences> => {
        const body = (await response.json().catch(() => null)) as { occurrences: LabelOccurrence[]; total: number } | { error?: string } | null;
        if (response.ok && body && "occurrences" in body) return { state: "ready", ...body };
        const reason = body && "error" in body && typeof body.error === "string" ? body.error : format(t.serverAnswered, { status: response.status });
        return { state: "failed", reason };
      })
      .catch((): LabelSentences => ({ state: "failed", reason: t.unreachable }))
      .then((result) => setLoaded((current) => ({ ...current, [label.key]: result })));
  }, [needed, label, caseId, locale]);
  if (!label) return undefined;
  if (carried) return { state: "ready", occurrences: carried, total: label.total };
  return loaded[label.key] ?? { state: "loading" };
}
