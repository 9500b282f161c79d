// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BYTES, analyzeRequest } from "@/lib/analysis/http";
import { createRateLimiter } from "@/lib/http/rate-limit";

const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  analyzeRequest(new Request("http://localhost/api/analyze", { method: "POST", body, headers }));
const postJson = (value: unknown) => post(JSON.stringify(value));

const storming = { id: "storming", forms: ["اقتحام"], gloss: "storming", category: "assault", actor: null, stance: null, event: null, note: "Storming casts the operation as an attack.", seeds: [] };

describe("POST /api/analyze", () => {
  it("tags a seed article with the bundled lexicon, offsets into the text as sent", async () => {
    const text = readFileSync("data/derna/raw/003_3dfe98a37ea4deb2.txt", "utf8");
    const response = await postJson({ text });
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.words).toBeGreaterThan(300);
    expect(result.mentions.map((m: { entry: string }) => m.entry)).toContain(
      result.mentions.find((m: { text: string }) => m.text === "اللواء المتقاعد خليفة حفتر")?.entry,
    );
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("uses the lexicon sent with the text", async () => {
    const response = await postJson({ text: "عملية مرتقبة لاقتحام درنة", lexicon: [storming] });
    expect(await response.json()).toEqual({
      words: 4,
      mentions: [{ start: 13, end: 20, text: "لاقتحام", entry: "storming", actor: null, referent: null, category: "assault", stance: null, event: null, voice: "outlet", quoted: false }],
      chrome: [],
    });
  });

  it.each([
    ["an empty body", "", /the body is empty/],
    ["a body that is not JSON", "{text:", /the body is not valid JSON/],
    ["a JSON array", "[]", /the body must be a JSON object/],
    ["a missing text", "{}", /missing field "text"/],
    ["a text that is not a string", '{"text": 42}', /field "text" must be a string, not a number/],
    ["an empty text", '{"text": "  \\n "}', /field "text" is empty/],
    ["a text of only invisible characters, as an empty one", '{"text": "\\u200b\\u200c\\u200f\\u00a0\\u200d\\ufeff"}', /field "text" is empty: there is no text to analyze/],
    ["a text with a NUL", '{"text": "abc\\u0000"}', /field "text" holds a NUL character \(U\+0000\) at offset 3/],
    ["a text with a lone surrogate", '{"text": "\\ud83d abc"}', /field "text" holds a lone surrogate \(U\+D83D\) at offset 0/],
    ["an unknown field", '{"text": "درنة", "lang": "ar"}', /unknown field "lang"/],
  ])("answers 400 with a JSON error for %s", async (_, body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });

  it("answers 400 naming the entry and field of a bad lexicon", async () => {
    const response = await postJson({ text: "اقتحام", lexicon: [{ ...storming, stance: "neutral" }] });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/field "lexicon": entry #0 "storming": field "stance": stance is required exactly when/);
  });

  it("answers 400 when two lexicon entries share a form", async () => {
    const response = await postJson({ text: "اقتحام", lexicon: [storming, { ...storming, id: "storming-2" }] });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/entry "storming-2": form "اقتحام" is also a form of entry "storming"/);
  });

  it("answers 413 naming the limit for a text over 1 MiB", async () => {
    const response = await postJson({ text: "ب".repeat(512 * 1024 + 1) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/field "text" is 1\.00 MiB .*; the limit is 1\.00 MiB \(1,048,576 bytes\)/);
  });

  it("answers 413 for a body over the request limit without reading it all", async () => {
    const response = await post("x".repeat(MAX_REQUEST_BYTES + 1));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/request body is over 12,582,912 bytes/);
  });
});

describe("POST /api/analyze rate limit", () => {
  it("answers 429 with Retry-After once the client has used its rate", async () => {
    const limiter = createRateLimiter({ perMinute: 2, now: () => 0 });
    const request = () => new Request("http://localhost/api/analyze", { method: "POST", body: JSON.stringify({ text: "درنة" }), headers: { "content-type": "application/json" } });
    expect((await analyzeRequest(request(), limiter)).status).toBe(200);
    expect((await analyzeRequest(request(), limiter)).status).toBe(200);
    const response = await analyzeRequest(request(), limiter);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect((await response.json()).error).toBe("too many requests: the limit is 2 analyses per minute per client; try again in 30 s");
  });
});
