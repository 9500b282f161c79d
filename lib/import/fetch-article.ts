import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
import { InputError } from "@/lib/http/input-error";
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
    controller.signal.addEventListener("abort", () => reject(new InputError(`the page took longer than ${timeoutMs / 1000} s to fetch, the time limit`, 504)));
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
    const where = hop === 0 ? "" : `redirect ${hop} (to ${url.href}) refused: `;
    checkUrl(url, where);
    const address = await resolveChecked(url, options, where);
    const response = await request(url, address, signal);
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      response.destroy();
      const location = response.headers.location;
      if (!location) throw new InputError(`the site answered a redirect (HTTP ${status}) without a Location`, 502);
      if (hop + 1 > maxRedirects) throw new InputError(`the page redirects more than ${maxRedirects} times, the limit`);
      try {
        url = new URL(location, url);
      } catch {
        throw new InputError(`redirect ${hop + 1} goes to an invalid URL`, 502);
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
    throw new InputError(`"${input.slice(0, 200)}" is not a valid URL: give a full address such as https://example.com/article`);
  }
}

function checkUrl(url: URL, where: string): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InputError(`${where}only http: and https: URLs are fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new InputError(`${where}URLs with a user name or password are not fetched`);
}

/** The address to connect to, once every address the host resolves to has passed the policy. */
async function resolveChecked(url: URL, options: FetchPageOptions, where: string): Promise<{ address: string; family: number }> {
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
    if (addresses.length === 0) throw new InputError(`${where}the host name ${host} does not resolve to any address`);
  }
  for (const { address } of addresses) {
    const verdict = policy(address);
    // Refuse when any address is not public: the connection could otherwise land on it.
    if (!verdict.allowed) throw new InputError(`${where}${literal ? "" : `${host} resolves to `}${address}, which is ${verdict.range}; only public addresses are fetched`);
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
      reject(new InputError(`could not connect to ${url.host}: ${describeNetworkError(error)}`, 502));
    });
    req.end();
  });
}

/** A short, user-facing cause: the error code only, never addresses or stack details. */
function describeNetworkError(error: Error & { code?: string }): string {
  const causes: Record<string, string> = {
    ECONNREFUSED: "the connection was refused",
    ECONNRESET: "the connection was reset",
    ETIMEDOUT: "the connection timed out",
    EHOSTUNREACH: "the host is unreachable",
    ENETUNREACH: "the network is unreachable",
  };
  if (error.code && causes[error.code]) return causes[error.code]!;
  if (error.code?.startsWith("ERR_TLS") || /certificate|SSL|TLS/i.test(error.message)) return "the secure connection (TLS) failed";
  return "the connection failed";
}

async function readPage(url: URL, response: http.IncomingMessage, maxBytes: number): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    throw new InputError(`the site answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""} for ${url.href}`, 502);
  }
  const contentType = response.headers["content-type"] ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (!MEDIA_TYPES.has(mediaType)) {
    response.destroy();
    throw new InputError(`the page is ${mediaType ? mediaType : "of no declared type"}; only text/html and text/plain pages are imported`, 415);
  }
  const limit = maxBytes % (1024 * 1024) === 0 ? `${maxBytes / (1024 * 1024)} MiB (${maxBytes.toLocaleString("en")} bytes)` : `${maxBytes.toLocaleString("en")} bytes`;
  const tooLarge = () => new InputError(`the page is over ${limit}, the size limit`, 413);
  if (Number(response.headers["content-length"] ?? 0) > maxBytes && !response.headers["content-encoding"]) {
    response.destroy();
    throw tooLarge();
  }
  const bytes = await readLimited(decompress(response), maxBytes, tooLarge);
  response.destroy();
  const declared = /;\s*charset\s*=\s*("?)([^";]+)\1/i.exec(contentType)?.[2] ?? (mediaType === "text/html" ? sniffMetaCharset(bytes) : undefined);
  const { text, encoding } = decodeText(bytes, declared);
  if (encoding === undefined) {
    throw new InputError(`the page's text encoding${declared ? ` (${declared})` : ""} is not supported: only UTF-8 and Windows-1256 are read`, 415);
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
  throw new InputError(`the page is compressed as "${encoding.slice(0, 40)}", which is not supported (gzip, deflate, br are)`, 502);
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
    throw new InputError("the page's body could not be read (the connection broke or the compression is corrupt)", 502);
  } finally {
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
  return new Uint8Array(Buffer.concat(chunks));
}
