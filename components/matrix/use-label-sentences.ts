"use client";

import { useEffect, useState } from "react";
import type { LabelDialogContent } from "@/lib/comparison/label-dialog";
import type { LanguageView } from "@/lib/comparison/language-url";
import { fetchApi } from "@/lib/http/api-fetch";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { REQUEST_MESSAGES } from "@/lib/i18n/request-messages";

/** A label's dialog content as the dialog has it: ready, on its way, or refused (with why). */
export type LabelSentences = ({ state: "ready" } & LabelDialogContent) | { state: "loading" } | { state: "missing" } | { state: "failed"; reason: string };

/**
 * What a label's dialog shows, as `GET /api/cases/[case]/occurrences` answers it: asked once per
 * label and language view, and kept. The page carries none of it, so it stays light however many
 * articles the case has.
 *
 * @param caseId the case study's id
 * @param key the key of the label the dialog shows, if any
 * @param language the overview's language filter: the dialog counts what the matrices count
 * @param locale the interface language, which the facts and a refusal's reason are given in
 * @returns the content (`missing` for a label the case does not have), or undefined when no label is shown
 */
export function useLabelSentences(caseId: string, key: string | null, language: LanguageView, locale: Locale): LabelSentences | undefined {
  const [loaded, setLoaded] = useState<Record<string, LabelSentences>>({});
  const asked = key === null ? null : `${language}|${key}`;
  const needed = asked !== null && loaded[asked] === undefined;
  useEffect(() => {
    if (!needed || key === null || asked === null) return;
    setLoaded((current) => ({ ...current, [asked]: { state: "loading" } }));
    const query = new URLSearchParams({ label: key, locale });
    if (language !== "all") query.set("language", language);
    const t = REQUEST_MESSAGES[locale];
    fetchApi(`/api/cases/${encodeURIComponent(caseId)}/occurrences?${query}`, locale)
      .then(async (response): Promise<LabelSentences> => {
        const body = (await response.json().catch(() => null)) as LabelDialogContent | { error?: string } | null;
        if (response.ok && body && "label" in body) return { state: "ready", ...body };
        // A permalink to a label the matrices do not have (any more): there is nothing to show.
        if (response.status === 404) return { state: "missing" };
        const reason = body && "error" in body && typeof body.error === "string" ? body.error : format(t.serverAnswered, { status: response.status });
        return { state: "failed", reason };
      })
      .catch((): LabelSentences => ({ state: "failed", reason: t.unreachable }))
      .then((result) => setLoaded((current) => ({ ...current, [asked]: result })));
  }, [needed, key, asked, language, caseId, locale]);
  if (asked === null) return undefined;
  return loaded[asked] ?? { state: "loading" };
}
