import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { LANGUAGE_PARAM, parseLanguageView } from "@/lib/comparison/language-url";
import { CSV_BOM } from "@/lib/comparison/matrix-csv";
import { buildOverviewCsv } from "@/lib/comparison/overview-csv";
import { VOICE_PARAM, parseVoiceView } from "@/lib/comparison/voice-url";
import { InputError } from "@/lib/http/input-error";
import { answerError } from "@/lib/http/server-failure";
import { serverText } from "@/lib/i18n/server-error-messages";

/**
 * `GET /api/cases/[case]/matrix-csv?kind=actor|event[&voice=outlet][&language=ar|en]`: one of the
 * overview's matrices as a CSV file a spreadsheet reads (UTF-8 with a byte-order mark), counted
 * as the overview's views say; the overview's download buttons ask for it when pressed. 400
 * names a wrong kind; 404 an unknown case study.
 *
 * @param request the HTTP request
 * @param caseId the case study's id
 */
export async function getMatrixCsv(request: Request, caseId: string): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const kind = params.get("kind");
    if (kind !== "actor" && kind !== "event") throw new InputError(serverText("kindInvalid"));
    const analysis = await getCaseAnalysis(caseId);
    if (!analysis) throw new InputError(serverText("caseNotFound", { id: caseId }), 404);
    const csv = buildOverviewCsv(analysis, kind, { voice: parseVoiceView(params.get(VOICE_PARAM)), language: parseLanguageView(params.get(LANGUAGE_PARAM)) });
    return new Response(`${CSV_BOM}${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${caseId}-${kind}s-by-outlet.csv"`,
        // The analysis is per version: a save makes a new one, so the answer may not be kept.
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return answerError(request, error);
  }
}
