import { serverText } from "@/lib/i18n/server-error-messages";
import { refuse, refusalFor } from "./refusal";

/** Longest error message written to the log: enough to tell what failed, too short to carry a text. */
const MAX_LOGGED_MESSAGE = 200;

/**
 * The answer to whatever a route handler threw: a refusal (4xx) as {@link refusalFor} gives it,
 * or for anything else (a bug, a database outage) a 500 with `{"error": "..."}` and one line in
 * the log naming the route and what failed: the error's name and the first line of its message.
 * Never the query string, the body, a text, a token or its hash: a database error carries the
 * failed statement's parameters (article texts, the edit token's hash), and logging the error
 * object would print them.
 *
 * @param request the request being answered
 * @param error what the handler threw
 * @param log where the line goes (default `console.error`)
 */
export function answerError(request: Request, error: unknown, log: (line: string) => void = console.error): Response {
  const refusal = refusalFor(request, error);
  if (refusal) return refusal;
  log(failureLine(request, error));
  return refuse(request, serverText("internalError"), 500);
}

/**
 * The log line of a failed request: `framelens: 500 on PUT /api/cases/x: error TypeError: …`.
 *
 * @param request the request (only its method and path are read)
 * @param error what failed
 */
export function failureLine(request: Request, error: unknown): string {
  let route = "(unknown route)";
  try {
    route = new URL(request.url).pathname;
  } catch {
    // A request without a URL that parses: the method still says something.
  }
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : "";
  const firstLine = (message.split(/\r\n|\r|\n/u)[0] ?? "").slice(0, MAX_LOGGED_MESSAGE);
  const code = typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? ` [${(error as { code: string }).code}]` : "";
  return `framelens: 500 on ${request.method} ${route}: ${name}${code}: ${firstLine}`;
}
