import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
import { InputError } from "@/lib/http/input-error";
import { groupDigits, verbatim, type LocalizedText } from "@/lib/i18n/localized-text";
import { serverText, type ServerErrorKey } from "@/lib/i18n/server-error-messages";
import { checkPublicAddress, type AddressPolicy } from "./address-policy";
import { decodeText, sniffMetaCharset } from "./charset";

/** Longest a whole fetch may take, redirects and body included: 10 s. */
export const FETCH_TIMEOUT_MS = 10_000;
/** Largest page body, counted after decompression: 5 MiB. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Most redirects followed: 5. */
export const MAX_REDIRECTS = 5;

/** Resolves a host name to all its addresses. */
export type HostResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** Options of {@link fetchArticlePage}; every one has a safe default. */
export interface FetchPageOptions {
  /** Which resolved addresses may be connected to. Default: public addresses only ({@link checkPublicAddress}). */
  isAllowedAddress?: AddressPolicy;
  /** Host name resolution. Default: the system resolver (`dns.lookup`, all addresses). */
  resolveHost?: HostResolver;
  /** Default {@link FETCH_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Default {@link MAX_PAGE_BYTES}. */
  maxBytes?: number;
  /** Default {@link MAX_REDIRECTS}. */
  maxRedirects?: number;
}

/** A fetched page, decoded to text. */
export interface FetchedPage {
  /** The URL the page was finally read from, after redirects. */
  url: string;
  mediaType: "text/html" | "text/plain";
  /** The body as text (never rendered: it is only handed to the extractor or shown as text). */
  body: string;
  encoding: "utf-8" | "windows-1256";
}

const MEDIA_TYPES = new Set(["text/html", "text/plain"]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetch a web page for import, safely: http(s) only, no credentials in the URL, every resolved
 * address checked by the policy (on every redirect hop) and then connected to directly, so a
 * second DNS answer cannot swap in another address; a total time limit and a size limit.
 *
 * Statuses of the errors: 400 for a bad URL, a refused scheme or address, a host that does not
 * resolve, too many redirects; 413 past the size limit; 415 for a type other than HTML or plain
 * text, or an undecodable body; 502 when the site fails (an HTTP error, a refused connection);
 * 504 past the time limit. Messages name the rule and its limit, and never internal details
 * beyond the refused address.
 *
 * @param url the page's URL as the user gave it
 * @param options policy, resolver and limits (see {@link FetchPageOptions})
 * @returns the decoded page
 * @throws InputError for every refusal
 */
export async function fetchArticlePage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = new Promise<never>((_, reject) => {
    controller.signal.addEventListener("abort", () => reject(new InputError(serverText("fetchTimeout", { seconds: timeoutMs / 1000 }), 504)));
  });
  timedOut.catch(() => {});
  try {
    return await Promise.race([followRedirects(url, options, controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function followRedirects(input: string, options: FetchPageOptions, signal: AbortSignal): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  let url = parseUrl(input);
  for (let hop = 0; ; hop++) {
    const target = url.href;
    const where: Where = (reason) => (hop === 0 ? reason : serverText("redirectRefused", { hop, url: target, reason }));
    checkUrl(url, where);
    const address = await resolveChecked(url, options, where);
    const response = await request(url, address, signal);
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      response.destroy();
      const location = response.headers.location;
      if (!location) throw new InputError(serverText("redirectNoLocation", { status }), 502);
      if (hop + 1 > maxRedirects) throw new InputError(serverText("tooManyRedirects", { max: maxRedirects }));
      try {
        url = new URL(location, url);
      } catch {
        throw new InputError(serverText("redirectInvalid", { hop: hop + 1 }), 502);
      }
      continue;
    }
    return readPage(url, response, options.maxBytes ?? MAX_PAGE_BYTES);
  }
}

function parseUrl(input: string): URL {
  try {
    return new URL(input.trim());
  } catch {
    throw new InputError(serverText("urlInvalid", { input: input.slice(0, 200) }));
  }
}

/** Says which hop a refusal is about: the URL as given, or a redirect (named with its target). */
type Where = (reason: LocalizedText) => LocalizedText;

function checkUrl(url: URL, where: Where): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InputError(where(serverText("schemeRefused", { protocol: url.protocol })));
  }
  if (url.username || url.password) throw new InputError(where(serverText("credentialsRefused")));
}

/** The address to connect to, once every address the host resolves to has passed the policy. */
async function resolveChecked(url: URL, options: FetchPageOptions, where: Where): Promise<{ address: string; family: number }> {
  const policy = options.isAllowedAddress ?? checkPublicAddress;
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const literal = isIP(host);
  let addresses: { address: string; family: number }[];
  if (literal) {
    addresses = [{ address: host, family: literal }];
  } else {
    try {
      addresses = await (options.resolveHost ?? resolveWithSystem)(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw new InputError(where(serverText("hostUnresolved", { host })));
  }
  for (const { address } of addresses) {
    const verdict = policy(address);
    // Refuse when any address is not public: the connection could otherwise land on it.
    if (!verdict.allowed) {
      const range = verdict.rangeText ?? verbatim(verdict.range);
      throw new InputError(where(literal ? serverText("addressRefused", { address, range }) : serverText("hostAddressRefused", { host, address, range })));
    }
  }
  return addresses[0]!;
}

async function resolveWithSystem(hostname: string) {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

function request(url: URL, checked: { address: string; family: number }, signal: AbortSignal): Promise<http.IncomingMessage> {
  // The connection goes to the checked address; the URL's host name stays in the Host header
  // and in TLS (SNI and the certificate check), as if it had been resolved normally.
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [checked]);
    else callback(null, checked.address, checked.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "GET",
      lookup,
      // A fresh connection per request: a pooled socket would skip the address check.
      agent: false,
      signal,
      headers: {
        accept: "text/html, text/plain;q=0.9",
        "accept-encoding": "gzip, deflate, br",
        "user-agent": "Framelens article import",
      },
    });
    req.on("response", resolve);
    req.on("error", (error) => {
      if (signal.aborted) return; // the time limit's own error answers
      reject(new InputError(serverText("connectFailed", { host: url.host, cause: describeNetworkError(error) }), 502));
    });
    req.end();
  });
}

/** A short, user-facing cause: the error code only, never addresses or stack details. */
function describeNetworkError(error: Error & { code?: string }): LocalizedText {
  const causes: Record<string, ServerErrorKey> = {
    ECONNREFUSED: "causeRefused",
    ECONNRESET: "causeReset",
    ETIMEDOUT: "causeTimedOut",
    EHOSTUNREACH: "causeHostUnreachable",
    ENETUNREACH: "causeNetworkUnreachable",
  };
  const known = error.code ? causes[error.code] : undefined;
  if (known) return serverText(known);
  if (error.code?.startsWith("ERR_TLS") || /certificate|SSL|TLS/i.test(error.message)) return serverText("causeTls");
  return serverText("causeOther");
}

async function readPage(url: URL, response: http.IncomingMessage, maxBytes: number): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    const answered = response.statusMessage
      ? serverText("siteStatusText", { status, statusText: response.statusMessage, url: url.href })
      : serverText("siteStatus", { status, url: url.href });
    throw new InputError(answered, 502);
  }
  const contentType = response.headers["content-type"] ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (!MEDIA_TYPES.has(mediaType)) {
    response.destroy();
    throw new InputError(mediaType ? serverText("pageType", { type: mediaType }) : serverText("pageNoType"), 415);
  }
  const limit =
    maxBytes % (1024 * 1024) === 0
      ? serverText("sizeMiB", { mib: maxBytes / (1024 * 1024), bytes: groupDigits(maxBytes) })
      : serverText("sizeBytes", { bytes: groupDigits(maxBytes) });
  const tooLarge = () => new InputError(serverText("pageTooLarge", { limit }), 413);
  if (Number(response.headers["content-length"] ?? 0) > maxBytes && !response.headers["content-encoding"]) {
    response.destroy();
    throw tooLarge();
  }
  const bytes = await readLimited(decompress(response), maxBytes, tooLarge);
  response.destroy();
  const declared = /;\s*charset\s*=\s*("?)([^";]+)\1/i.exec(contentType)?.[2] ?? (mediaType === "text/html" ? sniffMetaCharset(bytes) : undefined);
  const { text, encoding } = decodeText(bytes, declared);
  if (encoding === undefined) {
    throw new InputError(declared ? serverText("pageEncoding", { declared }) : serverText("pageEncodingUnknown"), 415);
  }
  return { url: url.href, mediaType: mediaType as FetchedPage["mediaType"], body: text, encoding };
}

function decompress(response: http.IncomingMessage): NodeJS.ReadableStream {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  // pipeline, not pipe: a connection that breaks mid-body must fail the read, not stall it.
  const through = (decoder: NodeJS.ReadWriteStream) => pipeline(response, decoder, () => {});
  if (encoding === "gzip" || encoding === "x-gzip") return through(zlib.createGunzip());
  if (encoding === "deflate") return through(zlib.createInflate());
  if (encoding === "br") return through(zlib.createBrotliDecompress());
  if (encoding === "identity" || encoding === "") return response;
  throw new InputError(serverText("pageCompression", { encoding: encoding.slice(0, 40) }), 502);
}

/** Read a stream to its end, stopping as soon as it passes the limit (so a huge body is never held). */
async function readLimited(stream: NodeJS.ReadableStream, limit: number, tooLarge: () => InputError): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(serverText("pageUnreadable"), 502);
  } finally {
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
  return new Uint8Array(Buffer.concat(chunks));
}
