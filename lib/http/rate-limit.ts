import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { isRateValue } from "@/lib/settings/settings";
import { refuse } from "./refusal";

/** The answer of a rate limiter: go ahead, or wait this many seconds. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Requests a client may make per minute; also the burst a rested client may make at once. */
  perMinute: number;
  /** Most clients remembered; past it, idle ones are forgotten first. Default 10,000. */
  maxClients?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
}

/** A per-client token bucket. */
export interface RateLimiter {
  readonly perMinute: number;
  /** Take one request's token for a client. */
  take(client: string): RateDecision;
  /** How many clients are remembered (for tests of the memory bound). */
  size(): number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

const MINUTE_MS = 60_000;

/**
 * Make a token-bucket limiter: each client's bucket holds `perMinute` tokens and refills at
 * `perMinute` per minute; a request takes one. Memory stays bounded: a bucket that has refilled
 * is the same as no bucket, so those are dropped first; past `maxClients`, the least recently
 * seen client is forgotten (it starts again with a full bucket).
 *
 * @param options the rate, the memory bound and the clock
 * @returns the limiter
 */
export function createRateLimiter({ perMinute, maxClients = 10_000, now = Date.now }: RateLimiterOptions): RateLimiter {
  const buckets = new Map<string, Bucket>(); // in order of last use: the first is the stalest
  const refillPerMs = perMinute / MINUTE_MS;
  const refill = (bucket: Bucket, at: number) => Math.min(perMinute, bucket.tokens + (at - bucket.updated) * refillPerMs);

  const evict = (at: number) => {
    for (const [client, bucket] of buckets) {
      if (buckets.size < maxClients) return;
      if (refill(bucket, at) >= perMinute) buckets.delete(client);
    }
    while (buckets.size >= maxClients) {
      const stalest = buckets.keys().next();
      if (stalest.done) return;
      buckets.delete(stalest.value);
    }
  };

  return {
    perMinute,
    size: () => buckets.size,
    take(client) {
      const at = now();
      const existing = buckets.get(client);
      if (existing) buckets.delete(client);
      else evict(at);
      const bucket = existing ? { tokens: refill(existing, at), updated: at } : { tokens: perMinute, updated: at };
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
  };
}

/**
 * Who a request comes from. Behind a trusted proxy (`TRUST_PROXY=1`) that is the first
 * `X-Forwarded-For` entry (or `X-Real-IP`). Otherwise it is the constant `"local"`: Next's route
 * handlers do not expose the connection's address, and a forwarded header sent straight to the
 * app could be forged, so without a proxy every client shares one bucket. Deploy behind a proxy
 * that sets `X-Forwarded-For` for per-client limits.
 *
 * @param request the HTTP request
 * @param env the environment (default `process.env`)
 * @returns a key naming the client
 */
export function clientKey(request: Request, env: Record<string, string | undefined> = process.env): string {
  if (env.TRUST_PROXY !== "1") return "local";
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "local";
}

/**
 * Read a per-minute rate from the environment.
 *
 * @param name the variable, e.g. `FRAMELENS_FETCH_RATE`
 * @param fallback the rate when the variable is unset or empty
 * @param env the environment (default `process.env`)
 * @returns the rate, or `null` for `0` or `off` (no limit)
 * @throws Error naming the variable when it is not a whole number
 */
export function rateFromEnv(name: string, fallback: number, env: Record<string, string | undefined> = process.env): number | null {
  const value = env[name]?.trim();
  if (!value) return fallback;
  // The server checks every setting as it starts (lib/settings); this holds outside it too.
  if (!isRateValue(value)) throw new Error(`${name} must be a whole number of requests per minute, 0 or "off"; it is "${value}"`);
  if (value.toLowerCase() === "off" || Number(value) === 0) return null;
  return Number(value);
}

/**
 * Take a token for a request's client, or answer 429 with `Retry-After` and a JSON error that
 * names the limit.
 *
 * @param limiter the limiter, or `null` for no limit
 * @param request the HTTP request
 * @param what what is limited, in the plural, in both languages (e.g. "URL imports")
 * @returns `null` to go ahead, or the 429 response (its error in the request's language)
 */
export function limitRequest(limiter: RateLimiter | null, request: Request, what: LocalizedText): Response | null {
  if (!limiter) return null;
  const decision = limiter.take(clientKey(request));
  if (decision.allowed) return null;
  const text = serverText("tooManyRequests", { limit: limiter.perMinute, what, seconds: decision.retryAfterSeconds });
  return refuse(request, text, 429, { headers: { "retry-after": String(decision.retryAfterSeconds) } });
}

const sharedLimiters = new Map<string, RateLimiter | null>();

/**
 * The one limiter of the process for a rate set by an environment variable, made on first use
 * (per minute and per client; `0` or `off` in the variable: no limit, so null).
 *
 * @param name the variable, e.g. `FRAMELENS_ANALYZE_RATE`
 * @param fallback the rate when the variable is not set
 */
export function sharedLimiterFromEnv(name: string, fallback: number): RateLimiter | null {
  if (!sharedLimiters.has(name)) {
    const perMinute = rateFromEnv(name, fallback);
    sharedLimiters.set(name, perMinute === null ? null : createRateLimiter({ perMinute }));
  }
  return sharedLimiters.get(name) ?? null;
}
