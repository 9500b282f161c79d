import { InputError } from "@/lib/http/input-error";
import { readBodyBytes } from "@/lib/http/json-body";
import { answerError } from "@/lib/http/server-failure";
import { groupDigits } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { MAX_UPLOAD_BYTES, decodeUpload, type DecodedUpload, uploadTypesText } from "./decode-upload";

/**
 * Answer `POST /api/import/upload?name=<file name>` whose body is the file's bytes: the
 * article as text ({@link decodeUpload}: UTF-8 or Windows-1256, HTML through Readability, text
 * only). Refusals are `{"error"}`: 400 without a name, 415 for another file type, 413 over
 * {@link MAX_UPLOAD_BYTES} (the body is not read past it), 422 for a page with no article.
 *
 * @param request the HTTP request
 */
export async function uploadRequest(request: Request): Promise<Response> {
  try {
    const name = new URL(request.url).searchParams.get("name")?.trim() ?? "";
    if (name === "") throw new InputError(serverText("uploadNoName", { extensions: uploadTypesText() }));
    const decoded: DecodedUpload = decodeUpload(name, await readUpload(request, name));
    return Response.json(decoded);
  } catch (error) {
    return answerError(request, error);
  }
}

const tooLarge = (name: string, bytes: number) =>
  serverText("uploadTooLarge", { name, mib: MAX_UPLOAD_BYTES / (1024 * 1024), bytes: groupDigits(bytes), limit: groupDigits(MAX_UPLOAD_BYTES) });

async function readUpload(request: Request, name: string): Promise<Uint8Array> {
  const bytes = await readBodyBytes(request, MAX_UPLOAD_BYTES, (bytes) => tooLarge(name, bytes));
  if (bytes.length === 0) throw new InputError(serverText("uploadEmpty", { name }));
  return bytes;
}
