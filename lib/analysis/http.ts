import { compileLexicon } from "@/lib/engine";
import { readJsonBody } from "@/lib/http/json-body";
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
 * @param limiter the rate limiter (default: the shared one, {@link getAnalyzeLimiter})
 */
export async function analyzeRequest(request: Request, limiter: RateLimiter | null = getAnalyzeLimiter()): Promise<Response> {
  const limited = limitRequest(limiter, request, "analyses");
  if (limited) return limited;
  try {
    const body = await readJsonBody(request, MAX_REQUEST_BYTES, `the text limit is ${MAX_TEXT_BYTES.toLocaleString("en")} bytes of UTF-8`);
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new InputError('the body must be a JSON object such as {"text": "..."}');
    }
    const { text, lexicon, ...unknown } = body as Record<string, unknown>;
    const extra = Object.keys(unknown);
    if (extra.length > 0) throw new InputError(`unknown field${extra.length > 1 ? "s" : ""} ${extra.map((k) => `"${k}"`).join(", ")}: only "text" and "lexicon" are read`);
    if (text === undefined) throw new InputError('missing field "text": the article text to analyze');
    if (typeof text !== "string") throw new InputError(`field "text" must be a string, not ${describe(text)}`);
    checkArticleText(text, 'field "text"');
    const compiled = lexicon === undefined ? getBundledLexicon() : compileUserLexicon(lexicon);
    return Response.json(analyzeForContract(text, compiled));
  } catch (error) {
    if (error instanceof InputError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}

function compileUserLexicon(value: unknown) {
  const entries = parseLexiconInput(value, 'field "lexicon"');
  try {
    return compileLexicon(entries);
  } catch (error) {
    throw new InputError(`field "lexicon": ${(error as Error).message}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
