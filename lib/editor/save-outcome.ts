import type { Problem } from "@/lib/case-study/validate";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { REQUEST_MESSAGES } from "@/lib/i18n/request-messages";

/** Why a save did not go through, as the editor explains it. */
export type SaveFailure =
  | { kind: "conflict"; message: string; theirVersion: number | null }
  | { kind: "invalid"; message: string; problems: Problem[] }
  | { kind: "refused"; status: number; message: string }
  | { kind: "network"; message: string };

/**
 * Read a refused `PUT /api/cases/[case]` (or `POST /api/cases`): the server's message (in the
 * language the request asked for), the problems of a 400 (each naming the entry and the field),
 * the version someone else saved for a 409.
 *
 * @param status the HTTP status
 * @param body the parsed JSON body, whatever it is
 * @param locale the interface language, for the words said when the server gives no reason
 * @returns the failure
 */
export function readSaveFailure(status: number, body: unknown, locale: Locale = "en"): SaveFailure {
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const message = typeof record.error === "string" ? record.error : format(REQUEST_MESSAGES[locale].serverAnswered, { status });
  if (status === 409) {
    // `currentVersion` since the answer is in either language; an older server only said it in English.
    const now = typeof record.currentVersion === "number" ? record.currentVersion : Number(/now at version (\d+)/.exec(message)?.[1] ?? Number.NaN);
    return { kind: "conflict", message, theirVersion: Number.isInteger(now) ? now : null };
  }
  // A 413 lists its problems too: the article over the size limit, named as any other problem.
  if ((status === 400 || status === 413) && Array.isArray(record.problems)) {
    return { kind: "invalid", message, problems: record.problems.filter(isProblem) };
  }
  return { kind: "refused", status, message };
}

/**
 * A problem in words: "articles, entry #2 "qposts-2018": headline: must not be empty". The
 * labels the server gives what was sent (the request body, the imported file) are dropped: the
 * user never saw them, and they are English in either language.
 *
 * @param problem one problem of a 400 answer
 */
export function describeProblem(problem: Problem): string {
  const part = problem.file.replace(/^(request body|the imported file): caseStudy\.?/, "").replace(/^(request body|the imported file):?\s*/, "");
  return [part, problem.entry, problem.field].filter((piece) => piece !== null && piece !== "").join(" · ") + `: ${problem.message}`;
}

function isProblem(value: unknown): value is Problem {
  const p = value as Problem;
  return typeof value === "object" && value !== null && typeof p.file === "string" && typeof p.message === "string";
}
