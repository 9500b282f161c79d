import { compileLexicon } from "@/lib/engine";
import { readJsonBody } from "@/lib/http/json-body";
import { answerError } from "@/lib/http/server-failure";
import { groupDigits, type LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { limitRequest, sharedLimiterFromEnv, type RateLimiter } from "@/lib/http/rate-limit";
import { getBundledLexicon } from "./bundled-lexicon";
import { InputError, MAX_TEXT_BYTES, analyzeForContract, checkArticleText, parseLexiconInput } from "./contract";

/**
 * Largest request body: the text (up to {@link MAX_TEXT_BYTES} of UTF-8, which JSON escapes
 * can triple) plus a lexicon.
 */
export const MAX_REQUEST_BYTES = 12 * 1024 * 1024;

/** Analyses a client may ask for per minute unless `FRAMELENS_ANALYZE_RATE` says otherwise. */
export const DEFAULT_ANALYZE_RATE = 600;

/**
 * The limiter every `POST /api/analyze` shares, made on first use: `FRAMELENS_ANALYZE_RATE`
 * requests per minute per client (default {@link DEFAULT_ANALYZE_RATE}; `0` or `off`: no limit).
 */
export function getAnalyzeLimiter(): RateLimiter | null {
  return sharedLimiterFromEnv("FRAMELENS_ANALYZE_RATE", DEFAULT_ANALYZE_RATE);
}

/**
 * Answer `POST /api/analyze`: `{"text": "...", "lexicon"?: [entries]}` → `{words, mentions, chrome}`,
 * or a 4xx with `{"error": "..."}` that names the problem (and the limit, where there is one);
 * 429 with `Retry-After` past the client's rate.
 *
 * @param request the HTTP request
 * @param limiter the rate limiter (default: the shared one, {@link getAnalyzeLimiter}; null: none)
 */
export async function analyzeRequest(request: Request, limiter?: RateLimiter | null): Promise<Response> {
  try {
    const limited = limitRequest(limiter === undefined ? getAnalyzeLimiter() : limiter, request, serverText("whatAnalyses"));
    if (limited) return limited;
    const body = await readJsonBody(request, MAX_REQUEST_BYTES, serverText("textLimitHint", { limit: groupDigits(MAX_TEXT_BYTES) }));
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new InputError(serverText("bodyNotTextObject"));
    const { text, lexicon, ...unknown } = body as Record<string, unknown>;
    const extra = Object.keys(unknown);
    if (extra.length > 0) throw new InputError(serverText(extra.length > 1 ? "unknownFieldsAnalyze" : "unknownFieldAnalyze", { fields: extra.map((k) => `"${k}"`).join(", ") }));
    if (text === undefined) throw new InputError(serverText("missingText"));
    if (typeof text !== "string") throw new InputError(serverText("textNotString", { kind: describe(text) }));
    checkArticleText(text, serverText("fieldText"));
    const compiled = lexicon === undefined ? getBundledLexicon() : compileUserLexicon(lexicon);
    return Response.json(analyzeForContract(text, compiled));
  } catch (error) {
    return answerError(request, error);
  }
}

function compileUserLexicon(value: unknown) {
  const entries = parseLexiconInput(value, serverText("fieldLexicon"));
  try {
    return compileLexicon(entries);
  } catch (error) {
    throw new InputError(serverText("lexiconNotCompiled", { detail: (error as Error).message }));
  }
}

function describe(value: unknown): LocalizedText {
  if (value === null) return serverText("kindNull");
  if (Array.isArray(value)) return serverText("kindArray");
  if (typeof value === "number") return serverText("kindNumber");
  if (typeof value === "boolean") return serverText("kindBoolean");
  if (typeof value === "object") return serverText("kindObject");
  return serverText("kindOther", { type: typeof value });
}
