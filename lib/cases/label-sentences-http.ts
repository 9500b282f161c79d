import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { MAX_DIALOG_OCCURRENCES, findLabelSentences } from "@/lib/comparison/label-sentences";
import { InputError } from "@/lib/http/input-error";
import { answerError } from "@/lib/http/server-failure";
import { serverText } from "@/lib/i18n/server-error-messages";

/**
 * `GET /api/cases/[case]/occurrences?kind=actor|event&label=<outlet>:<entry>:<row>`: the first
 * sentences behind one label of the overview's matrices, `{occurrences, total}`, for a dialog
 * that loads them when it opens. 400 names a missing or wrong parameter; 404 an unknown case
 * study or label.
 *
 * @param request the HTTP request
 * @param caseId the case study's id
 */
export async function getLabelSentences(request: Request, caseId: string): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const kind = params.get("kind");
    if (kind !== "actor" && kind !== "event") throw new InputError(serverText("kindInvalid"));
    const label = params.get("label") ?? "";
    if (!/^[a-z0-9-]+:[a-z0-9-]+:[a-z0-9-]+$/.test(label)) throw new InputError(serverText("labelInvalid"));
    const analysis = await getCaseAnalysis(caseId);
    if (!analysis) throw new InputError(serverText("caseNotFound", { id: caseId }), 404);
    const found = findLabelSentences(analysis, kind, label, MAX_DIALOG_OCCURRENCES);
    if (!found) throw new InputError(serverText(kind === "actor" ? "labelNotFoundActor" : "labelNotFoundEvent", { id: caseId, label }), 404);
    // The analysis is per version: a save makes a new one, so the answer may not be kept for long.
    return Response.json(found, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return answerError(request, error);
  }
}
