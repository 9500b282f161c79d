import { findCaseStudy, getCaseStudy as getBundledCase } from "@/lib/cases/catalog";
import { EXCHANGE_SCHEMA, EXCHANGE_VERSION, exportCaseStudy, importCaseStudy } from "@/lib/case-study/exchange";
import type { CaseStudy } from "@/lib/case-study/types";
import { InputError } from "@/lib/http/input-error";
import { answerError } from "@/lib/http/server-failure";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { readJsonBody } from "@/lib/http/json-body";
import { createCaseStudy, deleteCaseStudy, saveCaseStudy } from "@/lib/store/case-studies";
import { getDatabase } from "@/lib/store/database";

/** Largest case-study file the API takes: 64 MiB (up to 1,000 articles of 2 MiB would not fit; few come near). */
export const MAX_CASE_BYTES = 64 * 1024 * 1024;

/**
 * `POST /api/cases`: a new case study from `{name, description, outlets?, actors?, events?,
 * articles?, lexicon?}` (each article with its `text`) → 201 `{id, editToken, version}`.
 */
export async function createCase(request: Request): Promise<Response> {
  return answer(request, async () => {
    const body = await readObject(request);
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
    const draft = importCaseStudy(await readJsonBody(request, MAX_CASE_BYTES), "the imported file");
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
    const body = await readObject(request);
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
    const version = baseVersion(new URL(request.url).searchParams.get("version") ?? undefined);
    await deleteCaseStudy(await getDatabase(), caseId, token, version);
    return new Response(null, { status: 204 });
  });
}

async function findCase(caseId: string): Promise<{ caseStudy: CaseStudy; version: number | null }> {
  const found = await findCaseStudy(caseId);
  if (!found) throw new InputError(serverText("caseNotFound", { id: caseId }), 404);
  return found;
}

async function refuseBundled(caseId: string): Promise<void> {
  if (getBundledCase(caseId)) throw new InputError(serverText("caseBundled", { id: caseId }), 403);
}

function bearerToken(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new InputError(serverText("tokenMissing"), 401);
  return match[1];
}

function baseVersion(value: unknown): number {
  const version = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new InputError(serverText("versionMissing"));
  }
  return version;
}

async function readObject(request: Request): Promise<Record<string, unknown>> {
  return asObject(await readJsonBody(request, MAX_CASE_BYTES), serverText("theBody"));
}

function asObject(value: unknown, what: LocalizedText | string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError(serverText("notObject", { what }));
  return value as Record<string, unknown>;
}

/** Run a handler; refusals become `{"error"}` answers with their status, in the request's language, and nothing else leaks. */
async function answer(request: Request, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    return answerError(request, error);
  }
}
