// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerError, failureLine } from "@/lib/http/server-failure";
import { InputError } from "@/lib/http/input-error";

const SECRET_TEXT = "قالت مصادر محلية إن القوات دخلت المدينة";
const TOKEN_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

/** An error as a database driver throws it: the failed statement and its parameters ride along. */
function databaseError(): Error {
  return Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
    name: "DatabaseError",
    code: "22021",
    query: "INSERT INTO articles (case_id, text) VALUES ($1, $2)",
    params: ["case-x", SECRET_TEXT, TOKEN_HASH],
    detail: `Failing row contains (${SECRET_TEXT}).`,
  });
}

const request = (url = `http://localhost/api/cases/derna-abc123?version=3&text=${encodeURIComponent(SECRET_TEXT)}`, method = "PUT") =>
  new Request(url, { method, headers: { authorization: "Bearer secret-token" } });

describe("a request that fails on the server", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers 500 with a JSON error, never an empty body", async () => {
    const logged: string[] = [];
    const response = answerError(request(), databaseError(), (line) => logged.push(line));
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/the server failed while answering this request/) });
  });

  it("logs the route, the error's name, code and message, and none of the data: no query string, text, token or hash", () => {
    const logged: string[] = [];
    answerError(request(), databaseError(), (line) => logged.push(line));
    expect(logged).toEqual(['framelens: 500 on PUT /api/cases/derna-abc123: DatabaseError [22021]: invalid byte sequence for encoding "UTF8": 0x00']);
    const all = logged.join("\n");
    for (const secret of [SECRET_TEXT, TOKEN_HASH, "secret-token", "version=3", "INSERT INTO"]) expect(all).not.toContain(secret);
  });

  it("writes to the server's error log by default, one line", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    answerError(request(), databaseError());
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]).toHaveLength(1);
    expect(String(spy.mock.calls[0]?.[0])).not.toContain(SECRET_TEXT);
  });

  it("keeps only the first line of a long message, cut short", () => {
    const line = failureLine(request("http://localhost/api/analyze", "POST"), new TypeError(`${"x".repeat(500)}\n${SECRET_TEXT}`));
    expect(line).toBe(`framelens: 500 on POST /api/analyze: TypeError: ${"x".repeat(200)}`);
  });

  it("answers a refusal with its own status and logs nothing", async () => {
    const logged: string[] = [];
    const response = answerError(request(), new InputError({ en: "bad", ar: "سيئ" }, 400), (line) => logged.push(line));
    expect(response.status).toBe(400);
    expect(logged).toEqual([]);
  });
});
