import { findCaseStudy } from "@/lib/cases/catalog";
import { answer, asObject, baseVersion, bearerToken, readObject, refuseBundled, versionInQuery } from "@/lib/cases/change-request";
import { EXCHANGE_SCHEMA, EXCHANGE_VERSION, MAX_ARTICLES, exportCaseStudy, importCaseStudy } from "@/lib/case-study/exchange";
import { formatBytes } from "@/lib/case-study/format-bytes";
import { MAX_TEXT_BYTES } from "@/lib/case-study/text-rules";
import type { CaseStudy } from "@/lib/case-study/types";
import { InputError } from "@/lib/http/input-error";
import { groupDigits, type LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { readJsonBody } from "@/lib/http/json-body";
import { createCaseStudy, deleteCaseStudy, saveCaseStudy } from "@/lib/store/case-studies";
import { getDatabase } from "@/lib/store/database";

/** Largest case-study file the API takes, the limit per import: 64 MiB (1,000 articles of 1 MiB would not fit; few come near: a bigger case is added an article at a time). */
export const MAX_CASE_BYTES = 64 * 1024 * 1024;

/**
 * `POST /api/cases`: a new case study from `{name, description, outlets?, actors?, events?,
 * articles?, lexicon?}` (each article with its `text`) → 201 `{id, editToken, version}`.
 */
export async function createCase(request: Request): Promise<Response> {
  return answer(request, async () => {
    const body = await readCaseBody(request);
    const draft = importCaseStudy(
      { schema: EXCHANGE_SCHEMA, version: EXCHANGE_VERSION, caseStudy: { id: "new", outlets: [], actors: [], events: [], articles: [], lexicon: [], ...body } },
      "request body",
    );
    const created = await createCaseStudy(await getDatabase(), draft);
    return Response.json(created, { status: 201, headers: { Location: `/api/cases/${created.id}` } });
  });
}

/** `POST /api/cases/import`: a new case study from an exported file → 201 `{id, editToken, version}`. */
export async function importCase(request: Request): Promise<Response> {
  return answer(request, async () => {
    const draft = importCaseStudy(await readJsonBody(request, MAX_CASE_BYTES, caseLimitHint()), "the imported file");
    const created = await createCaseStudy(await getDatabase(), draft);
    return Response.json(created, { status: 201, headers: { Location: `/api/cases/${created.id}` } });
  });
}

/**
 * `GET /api/cases/[case]` (and `/export`, as a download): the case study as its exchange file,
 * with its version in the `ETag` for the next change. `options.request`, when given, picks the
 * language of a refusal (English without it).
 */
export async function getCase(caseId: string, options: { download: boolean; request?: Request }): Promise<Response> {
  return answer(options.request ?? new Request("http://localhost/"), async () => {
    const found = await findCase(caseId);
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (found.version !== null) headers.ETag = `"${found.version}"`;
    if (options.download) headers["Content-Disposition"] = `attachment; filename="framelens-${caseId}.json"`;
    return Response.json(exportCaseStudy(found.caseStudy), { headers });
  });
}

/**
 * `PUT /api/cases/[case]` with `Authorization: Bearer <editToken>` and `{version, caseStudy}`:
 * replace the case study → `{version}`. 401 without a token, 403 with a wrong one, 409 when
 * `version` is not the current one; a refused change changes nothing.
 */
export async function replaceCase(request: Request, caseId: string): Promise<Response> {
  return answer(request, async () => {
    const token = bearerToken(request);
    await refuseBundled(caseId);
    const body = await readCaseBody(request);
    const version = baseVersion(body.version);
    const draft = importCaseStudy({ schema: EXCHANGE_SCHEMA, version: EXCHANGE_VERSION, caseStudy: { id: caseId, ...asObject(body.caseStudy, "caseStudy") } }, "request body");
    const saved = await saveCaseStudy(await getDatabase(), caseId, token, version, draft);
    return Response.json(saved);
  });
}

/** `DELETE /api/cases/[case]?version=N` with the edit token → 204. */
export async function removeCase(request: Request, caseId: string): Promise<Response> {
  return answer(request, async () => {
    const token = bearerToken(request);
    await refuseBundled(caseId);
    const version = versionInQuery(request);
    await deleteCaseStudy(await getDatabase(), caseId, token, version);
    return new Response(null, { status: 204 });
  });
}

async function findCase(caseId: string): Promise<{ caseStudy: CaseStudy; version: number | null }> {
  const found = await findCaseStudy(caseId);
  if (!found) throw new InputError(serverText("caseNotFound", { id: caseId }), 404);
  return found;
}

/** What a 413 of a whole case study adds: the limit per import, per case study and per article. */
function caseLimitHint(): LocalizedText {
  return serverText("caseBodyLimitHint", { limit: formatBytes(MAX_CASE_BYTES), articles: groupDigits(MAX_ARTICLES), article: formatBytes(MAX_TEXT_BYTES) });
}

/** A case study's request body (create, save, import): a JSON object of at most {@link MAX_CASE_BYTES}, the limit per import named when it is past. */
function readCaseBody(request: Request): Promise<Record<string, unknown>> {
  return readObject(request, MAX_CASE_BYTES, caseLimitHint());
}
