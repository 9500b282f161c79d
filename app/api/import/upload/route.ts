import { uploadRequest } from "@/lib/import/upload-http";

/** `POST /api/import/upload?name=<file>` with the file as the body → `{text, headline, byline, date, dateSource, encoding}`. */
export async function POST(request: Request): Promise<Response> {
  return uploadRequest(request);
}
