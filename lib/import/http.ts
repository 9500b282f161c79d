import { checkArticleText } from "@/lib/analysis/contract";
import { InputError } from "@/lib/http/input-error";
import { readJsonBody } from "@/lib/http/json-body";
import { answerError } from "@/lib/http/server-failure";
import { serverText } from "@/lib/i18n/server-error-messages";
import { limitRequest, sharedLimiterFromEnv, type RateLimiter } from "@/lib/http/rate-limit";
import { extractArticle } from "./extract-article";
import { fetchArticlePage, type FetchPageOptions } from "./fetch-article";

/** URL imports a client may ask for per minute unless `FRAMELENS_FETCH_RATE` says otherwise. */
export const DEFAULT_FETCH_RATE = 20;
/** Largest request body: a JSON object holding one URL. */
export const MAX_IMPORT_REQUEST_BYTES = 16 * 1024;

/** The answer of `POST /api/import/url`: the article as text, with what the page said of it. */
export interface ImportedArticle {
  text: string;
  headline: string | null;
  byline: string | null;
  date: string | null;
  /** The URL the article was read from, after redirects. */
  url: string;
}

/** What `POST /api/import/url` depends on, replaceable in tests. */
export interface ImportUrlDependencies {
  /** Default: the shared limiter ({@link getImportUrlLimiter}). */
  limiter?: RateLimiter | null;
  /** Default: the public-only policy, the system resolver and the standard limits. */
  fetchOptions?: FetchPageOptions;
}

/**
 * The limiter every `POST /api/import/url` shares, made on first use: `FRAMELENS_FETCH_RATE`
 * requests per minute per client (default {@link DEFAULT_FETCH_RATE}; `0` or `off`: no limit).
 */
export function getImportUrlLimiter(): RateLimiter | null {
  return sharedLimiterFromEnv("FRAMELENS_FETCH_RATE", DEFAULT_FETCH_RATE);
}

/**
 * Answer `POST /api/import/url`: `{"url": "https://..."}` → {@link ImportedArticle}, the page
 * fetched on the server ({@link fetchArticlePage}: public addresses only, 10 s, 5 MiB) and its
 * article extracted as plain text; a plain-text page is taken whole. Errors are `{"error": "..."}`
 * with the status {@link fetchArticlePage} and {@link extractArticle} give (400, 413, 415, 422,
 * 502, 504), and 429 with `Retry-After` past the client's rate.
 *
 * @param request the HTTP request
 * @param dependencies the limiter and fetch options (defaults for production)
 */
export async function importUrlRequest(request: Request, dependencies: ImportUrlDependencies = {}): Promise<Response> {
  try {
    const limiter = dependencies.limiter === undefined ? getImportUrlLimiter() : dependencies.limiter;
    const limited = limitRequest(limiter, request, serverText("whatUrlImports"));
    if (limited) return limited;
    const url = readUrlField(await readJsonBody(request, MAX_IMPORT_REQUEST_BYTES));
    const page = await fetchArticlePage(url, dependencies.fetchOptions);
    const article =
      page.mediaType === "text/html"
        ? extractArticle(page.body)
        : { text: page.body.trim(), headline: null, byline: null, date: null };
    checkArticleText(article.text, serverText("theArticle"));
    const answer: ImportedArticle = { text: article.text, headline: article.headline, byline: article.byline, date: article.date, url: page.url };
    return Response.json(answer);
  } catch (error) {
    return answerError(request, error);
  }
}

function readUrlField(body: unknown): string {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new InputError(serverText("bodyNotUrlObject"));
  }
  const { url, ...unknown } = body as Record<string, unknown>;
  const extra = Object.keys(unknown);
  if (extra.length > 0) throw new InputError(serverText(extra.length > 1 ? "unknownFieldsUrl" : "unknownFieldUrl", { fields: extra.map((k) => `"${k}"`).join(", ") }));
  if (typeof url !== "string" || url.trim() === "") throw new InputError(serverText("urlMissing"));
  return url;
}
