import { compileLexicon } from "@/lib/engine";
import { getBundledLexicon } from "./bundled-lexicon";
import { InputError, MAX_TEXT_BYTES, analyzeForContract, checkArticleText, parseLexiconInput } from "./contract";

/**
 * Largest request body: the text (up to {@link MAX_TEXT_BYTES} of UTF-8, which JSON escapes
 * can triple) plus a lexicon.
 */
export const MAX_REQUEST_BYTES = 12 * 1024 * 1024;

/**
 * Answer `POST /api/analyze`: `{"text": "...", "lexicon"?: [entries]}` → `{words, mentions, chrome}`,
 * or a 4xx with `{"error": "..."}` that names the problem (and the limit, where there is one).
 *
 * @param request the HTTP request
 */
export async function analyzeRequest(request: Request): Promise<Response> {
  try {
    const body = await readJsonBody(request);
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

async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) throw new InputError(requestTooLarge(declared), 413);
  const bytes = await readLimited(request, MAX_REQUEST_BYTES);
  if (bytes.length === 0) throw new InputError('the body is empty: send JSON such as {"text": "..."}');
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("the body is not UTF-8");
  }
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new InputError(`the body is not valid JSON: ${(error as Error).message}`);
  }
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new InputError(requestTooLarge(total), 413);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function requestTooLarge(bytes: number): string {
  return `the request body is over ${MAX_REQUEST_BYTES.toLocaleString("en")} bytes (at least ${bytes.toLocaleString("en")}); the text limit is ${MAX_TEXT_BYTES.toLocaleString("en")} bytes of UTF-8`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
