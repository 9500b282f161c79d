import { importUrlRequest } from "@/lib/import/http";

/** `POST /api/import/url` `{"url"}` → `{text, headline, byline, date, url}`: an article fetched and extracted on the server. */
export async function POST(request: Request): Promise<Response> {
  return importUrlRequest(request);
}
