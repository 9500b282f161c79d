import { groupDigits, type LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { InputError } from "./input-error";

/**
 * Read a request body as JSON, refusing it past a size limit without reading it all.
 *
 * @param request the HTTP request
 * @param limit the most bytes the body may have
 * @param hint what to add to the size error (e.g. the limit of the part that matters)
 * @returns the parsed JSON
 * @throws InputError 413 past the limit; 400 for an empty body, a body that is not UTF-8 or not JSON
 */
export async function readJsonBody(request: Request, limit: number, hint?: LocalizedText): Promise<unknown> {
  const tooLarge = (bytes: number) =>
    serverText(hint ? "bodyTooLargeHint" : "bodyTooLarge", { limit: groupDigits(limit), bytes: groupDigits(bytes), ...(hint ? { hint } : {}) });
  const bytes = await readBodyBytes(request, limit, tooLarge);
  if (bytes.length === 0) throw new InputError(serverText("bodyEmpty"));
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(serverText("bodyNotUtf8"));
  }
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new InputError(serverText("bodyNotJson", { detail: (error as Error).message }));
  }
}

/**
 * Read a request body's bytes, refusing it past a size limit: a declared length over the limit
 * is refused before reading, and a body that turns out longer is cut off where it passes it.
 *
 * @param request the HTTP request
 * @param limit the most bytes the body may have
 * @param tooLarge the refusal's message for a body of (at least) so many bytes
 * @returns the bytes (none for a request without a body)
 * @throws InputError 413 past the limit
 */
export async function readBodyBytes(request: Request, limit: number, tooLarge: (bytes: number) => LocalizedText): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new InputError(tooLarge(declared), 413);
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
      throw new InputError(tooLarge(total), 413);
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
