import type { Problem } from "@/lib/case-study/validate";

/** Why a save did not go through, as the editor explains it. */
export type SaveFailure =
  | { kind: "conflict"; message: string; theirVersion: number | null }
  | { kind: "invalid"; message: string; problems: Problem[] }
  | { kind: "refused"; status: number; message: string }
  | { kind: "network"; message: string };

/**
 * Read a refused `PUT /api/cases/[case]` (or `POST /api/cases`): the server's message, the
 * problems of a 400 (each naming the entry and the field), the version someone else saved for
 * a 409.
 *
 * @param status the HTTP status
 * @param body the parsed JSON body, whatever it is
 * @returns the failure
 */
export function readSaveFailure(status: number, body: unknown): SaveFailure {
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const message = typeof record.error === "string" ? record.error : `the server answered ${status}`;
  if (status === 409) {
    const now = /now at version (\d+)/.exec(message);
    return { kind: "conflict", message, theirVersion: now?.[1] ? Number(now[1]) : null };
  }
  if (status === 400 && Array.isArray(record.problems)) {
    return { kind: "invalid", message, problems: record.problems.filter(isProblem) };
  }
  return { kind: "refused", status, message };
}

/**
 * A problem in words: "articles, entry #2 "qposts-2018": headline: must not be empty". The
 * request body's own label is dropped: the user never saw it.
 *
 * @param problem one problem of a 400 answer
 */
export function describeProblem(problem: Problem): string {
  const part = problem.file.replace(/^request body: caseStudy\.?/, "").replace(/^request body:?\s*/, "");
  return [part, problem.entry, problem.field].filter((piece) => piece !== null && piece !== "").join(" · ") + `: ${problem.message}`;
}

function isProblem(value: unknown): value is Problem {
  const p = value as Problem;
  return typeof value === "object" && value !== null && typeof p.file === "string" && typeof p.message === "string";
}
