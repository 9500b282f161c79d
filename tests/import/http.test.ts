// @vitest-environment node
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { checkPublicAddress } from "@/lib/import/address-policy";
import { importUrlRequest, type ImportUrlDependencies } from "@/lib/import/http";

// The only server contacted: one on 127.0.0.1, allowed by an injected policy where a test says so.
let server: Server;
let origin: string;

beforeAll(async () => {
  const article = readFileSync("tests/import/fixtures/article-with-chrome.html");
  server = createServer((request, response) => {
    if (request.url === "/article") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(article);
    else if (request.url === "/plain") response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("  نص المقال كما هو.\n");
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const noLimit: ImportUrlDependencies = { limiter: null };
const allowTestServer: ImportUrlDependencies = {
  limiter: null,
  fetchOptions: { isAllowedAddress: (address) => (address === "127.0.0.1" ? { allowed: true } : checkPublicAddress(address)) },
};

const post = (body: unknown, dependencies: ImportUrlDependencies = noLimit) =>
  importUrlRequest(
    new Request("http://localhost/api/import/url", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json" } }),
    dependencies,
  );

describe("POST /api/import/url", () => {
  it.each([
    ["a private address", "http://10.0.0.1/news", "10.0.0.1, which is private (10.0.0.0/8); only public addresses are fetched"],
    ["the metadata address", "http://169.254.169.254/latest/meta-data/", "169.254.169.254, which is link-local (169.254.0.0/16): the cloud metadata address; only public addresses are fetched"],
    ["IPv6 loopback", "http://[::1]:3000/", "::1, which is loopback (::1); only public addresses are fetched"],
  ])("answers 400 with a clear message for %s", async (_, url, error) => {
    const response = await post({ url });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it.each([
    ["a body that is not an object", "[]", /the body must be a JSON object such as \{"url"/],
    ["a missing url", "{}", /field "url" must be the address of the article/],
    ["an unknown field", '{"url": "https://example.com/", "depth": 2}', /unknown field "depth": only "url" is read/],
    ["a non-http URL", '{"url": "file:///etc/passwd"}', /only http: and https: URLs are fetched, not file:/],
  ])("answers 400 for %s", async (_, body, error) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(error);
  });

  it("answers the article's text, headline, byline, date and URL", async () => {
    const response = await post({ url: `${origin}/article` }, allowTestServer);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["byline", "date", "headline", "text", "url"]);
    expect(body).toMatchObject({ headline: "Floods in Derna: the city mourns", byline: "Jane Reporter", date: "2023-09-13T08:30:00+02:00", url: `${origin}/article` });
    expect(body.text).toContain("The authorities in eastern Libya declared three days of mourning");
    expect(body.text).not.toMatch(/<|SCRIPT_LEAK|NAV-LEAK/);
  });

  it("takes a plain-text page whole", async () => {
    const response = await post({ url: `${origin}/plain` }, allowTestServer);
    expect(await response.json()).toEqual({ text: "نص المقال كما هو.", headline: null, byline: null, date: null, url: `${origin}/plain` });
  });

  it("answers 502 when the site answers an error", async () => {
    const response = await post({ url: `${origin}/gone` }, allowTestServer);
    expect(response.status).toBe(502);
  });

  it("answers 429 with Retry-After past the client's rate, before fetching anything", async () => {
    const limiter = createRateLimiter({ perMinute: 1, now: () => 0 });
    expect((await post({ url: "http://10.0.0.1/" }, { limiter })).status).toBe(400);
    const response = await post({ url: "http://10.0.0.1/" }, { limiter });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect((await response.json()).error).toBe("too many requests: the limit is 1 URL imports per minute per client; try again in 60 s");
  });
});
