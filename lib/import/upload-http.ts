import { MAX_TEXT_BYTES } from "@/lib/analysis/contract";
import { InputError } from "@/lib/http/input-error";
import { readBodyBytes } from "@/lib/http/json-body";
import { decodeUpload, type DecodedUpload, UPLOAD_EXTENSIONS } from "./decode-upload";

/**
 * Answer `POST /api/import/upload?name=<file name>` whose body is the file's bytes: the
 * article as text ({@link decodeUpload}: UTF-8 or Windows-1256, HTML through Readability, text
 * only). Refusals are `{"error"}`: 400 without a name, 415 for another file type, 413 over
 * {@link MAX_TEXT_BYTES} (the body is not read past it), 422 for a page with no article.
 *
 * @param request the HTTP request
 */
export async function uploadRequest(request: Request): Promise<Response> {
  try {
    const name = new URL(request.url).searchParams.get("name")?.trim() ?? "";
    if (name === "") throw new InputError(`say the file's name in ?name=, such as ?name=article.txt: its extension (${UPLOAD_EXTENSIONS.join(", ")}) picks how it is read`);
    const decoded: DecodedUpload = decodeUpload(name, await readUpload(request, name));
    return Response.json(decoded);
  } catch (error) {
    if (error instanceof InputError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}

const tooLarge = (name: string, bytes: number) =>
  `${name} is over ${MAX_TEXT_BYTES / (1024 * 1024)} MiB (${bytes.toLocaleString("en")} bytes or more); the limit is ${MAX_TEXT_BYTES.toLocaleString("en")} bytes`;

async function readUpload(request: Request, name: string): Promise<Uint8Array> {
  const bytes = await readBodyBytes(request, MAX_TEXT_BYTES, (bytes) => tooLarge(name, bytes));
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  return bytes;
}
