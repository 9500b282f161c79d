import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { findLabelDialog } from "@/lib/comparison/label-dialog";
import { LANGUAGE_PARAM, parseLanguageView } from "@/lib/comparison/language-url";
import { isLocale } from "@/lib/i18n/locale";
import { InputError } from "@/lib/http/input-error";
import { answerError } from "@/lib/http/server-failure";
import { serverText } from "@/lib/i18n/server-error-messages";

/**
 * `GET /api/cases/[case]/occurrences?label=<outlet>:<entry>:<row>[&kind=actor|event][&language=ar|en][&locale=en|ar]`:
 * what one label's occurrences dialog shows, loaded as it opens: `{label, occurrences, total,
 * articles}` (the label's facts named in `locale`, its first sentences, how many there are, and
 * their articles' headings), counted as the overview's language filter says. Without `kind` the
 * actor matrix, then the event matrix, is searched. 400 names a wrong parameter; 404 an unknown
 * case study or label.
 *
 * @param request the HTTP request
 * @param caseId the case study's id
 */
export async function getLabelSentences(request: Request, caseId: string): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const kind = params.get("kind");
    if (kind !== null && kind !== "actor" && kind !== "event") throw new InputError(serverText("kindInvalid"));
    const label = params.get("label") ?? "";
    if (!/^[a-z0-9-]+:[a-z0-9-]+:[a-z0-9-]+$/.test(label)) throw new InputError(serverText("labelInvalid"));
    const locale = params.get("locale");
    const language = parseLanguageView(params.get(LANGUAGE_PARAM));
    const analysis = await getCaseAnalysis(caseId);
    if (!analysis) throw new InputError(serverText("caseNotFound", { id: caseId }), 404);
    const found = findLabelDialog(analysis, label, isLocale(locale) ? locale : "en", { kind: kind ?? undefined, language: language === "all" ? undefined : language });
    if (!found) throw new InputError(serverText(kind === "event" ? "labelNotFoundEvent" : "labelNotFoundActor", { id: caseId, label }), 404);
    // The analysis is per version: a save makes a new one, so the answer may not be kept for long.
    return Response.json(found, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return answerError(request, error);
  }
}
