import { CaseStudyInvalidError } from "@/lib/case-study/validate";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { StoreError } from "@/lib/store/case-studies";
import { InputError } from "./input-error";
import { requestLocale } from "./request-locale";

/**
 * A refusal as the API answers it: `{"error": "..."}` (plus any extra fields) with its status,
 * the error in the request's language ({@link requestLocale}: English unless the request asks
 * for Arabic first).
 *
 * @param request the request being answered
 * @param text the error in both languages
 * @param status the HTTP status
 * @param init extra fields of the body and headers of the answer
 */
export function refuse(
  request: Request,
  text: LocalizedText,
  status: number,
  init: { fields?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Response {
  const locale = requestLocale(request);
  return Response.json({ error: text[locale], ...init.fields }, { status, headers: { "Content-Language": locale, ...init.headers } });
}

/**
 * The answer to a refused request, or null for an error that is not a refusal (a bug, an
 * outage: the caller rethrows it). A case study that fails validation answers 400 (413 when a
 * text is over its size limit) with its `problems`, each in the request's language; a conflict (409) says the version now saved in
 * `currentVersion`.
 *
 * @param request the request being answered
 * @param error what the handler threw
 */
export function refusalFor(request: Request, error: unknown): Response | null {
  if (error instanceof InputError) return refuse(request, error.text, error.status);
  if (error instanceof StoreError) {
    return refuse(request, error.text, error.status, error.currentVersion === null ? {} : { fields: { currentVersion: error.currentVersion } });
  }
  if (error instanceof CaseStudyInvalidError) {
    const locale = requestLocale(request);
    return refuse(request, error.summary, error.status, { fields: { problems: error.problemsIn(locale) } });
  }
  return null;
}
