import { getCaseStudy as getBundledCase } from "@/lib/cases/catalog";
import { InputError } from "@/lib/http/input-error";
import { readJsonBody } from "@/lib/http/json-body";
import { answerError } from "@/lib/http/server-failure";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";

// What every change to a stored case study reads from its request, whole-case or one article
// or entry at a time: the edit token, the version it was based on, a JSON object body. One
// module, so every change route refuses the same requests with the same words.

/**
 * The edit token of `Authorization: Bearer <editToken>`.
 *
 * @throws InputError 401 when the request carries none
 */
export function bearerToken(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new InputError(serverText("tokenMissing"), 401);
  return match[1];
}

/**
 * The version a change was based on: a whole number from 1 (a body's `version`, or `?version=`).
 *
 * @throws InputError 400 for anything else
 */
export function baseVersion(value: unknown): number {
  const version = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new InputError(serverText("versionMissing"));
  }
  return version;
}

/**
 * The version named by `?version=N`, as `DELETE` requests carry it.
 *
 * @throws InputError 400 when it is missing or not a whole number from 1
 */
export function versionInQuery(request: Request): number {
  return baseVersion(new URL(request.url).searchParams.get("version") ?? undefined);
}

/**
 * Refuse a change to a bundled case study: it ships with the app and has no edit token.
 *
 * @throws InputError 403
 */
export async function refuseBundled(caseId: string): Promise<void> {
  if (getBundledCase(caseId)) throw new InputError(serverText("caseBundled", { id: caseId }), 403);
}

/**
 * A request body that must be a JSON object.
 *
 * @param request the request
 * @param limit the most bytes the body may have
 * @param hint what a 413 adds after the limit (the limit of the part that matters)
 * @throws InputError 413 past the limit, 400 for a body that is not a JSON object
 */
export async function readObject(request: Request, limit: number, hint?: LocalizedText): Promise<Record<string, unknown>> {
  return asObject(await readJsonBody(request, limit, hint), serverText("theBody"));
}

/**
 * A value that must be a JSON object (not an array, not null).
 *
 * @param what how to name it in the refusal
 * @throws InputError 400 otherwise
 */
export function asObject(value: unknown, what: LocalizedText | string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError(serverText("notObject", { what }));
  return value as Record<string, unknown>;
}

/**
 * Run a handler; refusals become `{"error"}` answers with their status, in the request's
 * language, and nothing else leaks.
 */
export async function answer(request: Request, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    return answerError(request, error);
  }
}
