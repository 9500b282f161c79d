// @vitest-environment node
import { describe, expect, it } from "vitest";
import { clientKey, createRateLimiter, limitRequest, rateFromEnv } from "@/lib/http/rate-limit";

function fakeClock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("createRateLimiter", () => {
  it("should let a rested client make a burst of its whole per-minute rate, then refuse", () => {
    const limiter = createRateLimiter({ perMinute: 3, now: fakeClock().now });
    expect([1, 2, 3].map(() => limiter.take("a").allowed)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 20 });
  });

  it("should refill at the per-minute rate and say when the next request may come", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perMinute: 60, now: clock.now });
    for (let i = 0; i < 60; i++) limiter.take("a");
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(999);
    expect(limiter.take("a").allowed).toBe(false);
    clock.advance(1);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("should never hold more than the per-minute rate, however long a client rests", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perMinute: 2, now: clock.now });
    clock.advance(60 * 60_000);
    expect([1, 2, 3].map(() => limiter.take("a").allowed)).toEqual([true, true, false]);
  });

  it("should keep each client's bucket apart", () => {
    const limiter = createRateLimiter({ perMinute: 1, now: fakeClock().now });
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    expect(limiter.take("b").allowed).toBe(true);
  });

  it("should forget clients whose bucket has refilled first, to stay under its memory bound", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perMinute: 2, maxClients: 3, now: clock.now });
    limiter.take("rested");
    clock.advance(60_000);
    limiter.take("busy-1");
    limiter.take("busy-1");
    limiter.take("busy-2");
    limiter.take("newcomer"); // at the bound: "rested" has refilled and goes
    expect(limiter.size()).toBe(3);
    expect(limiter.take("busy-1").allowed).toBe(false); // still remembered
  });

  it("should forget the least recently seen client when none has refilled", () => {
    const limiter = createRateLimiter({ perMinute: 1, maxClients: 2, now: fakeClock().now });
    limiter.take("a");
    limiter.take("b");
    limiter.take("a");
    limiter.take("c"); // "b" is the stalest
    expect(limiter.size()).toBe(2);
    expect(limiter.take("a").allowed).toBe(false);
    expect(limiter.take("b").allowed).toBe(true); // forgotten, so it starts afresh
  });
});

describe("clientKey", () => {
  const request = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

  it("should ignore X-Forwarded-For unless TRUST_PROXY=1, since a client could forge it", () => {
    expect(clientKey(request({ "x-forwarded-for": "203.0.113.5" }), {})).toBe("local");
  });

  it("should take the first X-Forwarded-For entry behind a trusted proxy", () => {
    expect(clientKey(request({ "x-forwarded-for": "203.0.113.5, 10.0.0.2" }), { TRUST_PROXY: "1" })).toBe("203.0.113.5");
  });

  it("should fall back to X-Real-IP, then to local, behind a trusted proxy", () => {
    expect(clientKey(request({ "x-real-ip": "198.51.100.1" }), { TRUST_PROXY: "1" })).toBe("198.51.100.1");
    expect(clientKey(request({}), { TRUST_PROXY: "1" })).toBe("local");
  });
});

describe("rateFromEnv", () => {
  it("should use the default when the variable is unset or empty", () => {
    expect(rateFromEnv("FRAMELENS_FETCH_RATE", 20, {})).toBe(20);
    expect(rateFromEnv("FRAMELENS_FETCH_RATE", 20, { FRAMELENS_FETCH_RATE: " " })).toBe(20);
  });

  it("should read a whole number, and 0 or off as no limit", () => {
    expect(rateFromEnv("FRAMELENS_FETCH_RATE", 20, { FRAMELENS_FETCH_RATE: "5" })).toBe(5);
    expect(rateFromEnv("FRAMELENS_FETCH_RATE", 20, { FRAMELENS_FETCH_RATE: "0" })).toBeNull();
    expect(rateFromEnv("FRAMELENS_FETCH_RATE", 20, { FRAMELENS_FETCH_RATE: "OFF" })).toBeNull();
  });

  it("should refuse anything else, naming the variable", () => {
    expect(() => rateFromEnv("FRAMELENS_FETCH_RATE", 20, { FRAMELENS_FETCH_RATE: "20/min" })).toThrow(
      'FRAMELENS_FETCH_RATE must be a whole number of requests per minute, 0 or "off"; it is "20/min"',
    );
  });
});

describe("limitRequest", () => {
  it("should let every request through without a limiter", () => {
    expect(limitRequest(null, new Request("http://localhost/"), { en: "analyses", ar: "عمليات التحليل" })).toBeNull();
  });

  it("should answer 429 with Retry-After and a JSON error naming the limit", async () => {
    const limiter = createRateLimiter({ perMinute: 1, now: fakeClock().now });
    expect(limitRequest(limiter, new Request("http://localhost/"), { en: "URL imports", ar: "عمليات الاستيراد من عنوان" })).toBeNull();
    const response = limitRequest(limiter, new Request("http://localhost/"), { en: "URL imports", ar: "عمليات الاستيراد من عنوان" });
    expect(response?.status).toBe(429);
    expect(response?.headers.get("retry-after")).toBe("60");
    expect(await response?.json()).toEqual({ error: "too many requests: the limit is 1 URL imports per minute per client; try again in 60 s" });
  });
});
