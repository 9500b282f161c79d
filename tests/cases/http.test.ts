// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { createCase, getCase, importCase, removeCase, replaceCase } from "@/lib/cases/http";
import { getDatabase } from "@/lib/store/database";

const dir = mkdtempSync(path.join(tmpdir(), "framelens-api-"));
process.env.FRAMELENS_DATA_DIR = dir;
delete process.env.DATABASE_URL;

const derna = getBundledCaseStudy();
const caseStudy = () => JSON.parse(JSON.stringify(exportCaseStudy(derna).caseStudy));
const request = (method: string, body?: unknown, headers: Record<string, string> = {}, url = "http://localhost/api/cases") =>
  new Request(url, { method, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("the case-study API", () => {
  let id: string;
  let editToken: string;

  beforeAll(async () => {
    await getDatabase();
  }, 60_000);
  afterAll(async () => {
    await (await getDatabase()).close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates a case study and answers 201 with its id and a secret edit token", async () => {
    const { id: _, ...rest } = caseStudy();
    const response = await createCase(request("POST", { ...rest, name: { en: "Derna copy", ar: "نسخة درنة" } }));
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ id: expect.stringMatching(/^derna-copy-/), version: 1 });
    expect(response.headers.get("location")).toBe(`/api/cases/${created.id}`);
    ({ id, editToken } = created);
  });

  it("creates an empty case study from a name and a description alone", async () => {
    const response = await createCase(request("POST", { name: { en: "My story", ar: "" }, description: { en: "Coverage of a strike.", ar: "" } }));
    expect(response.status).toBe(201);
  });

  it("gives a stored case study back as its exchange file, its version in the ETag", async () => {
    const response = await getCase(id, { download: false });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"1"');
    const file = await response.json();
    expect(file.caseStudy.articles).toHaveLength(5);
  });

  it("serves the export as a download", async () => {
    const response = await getCase("derna", { download: true });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="framelens-derna.json"');
  });

  it("refuses a change without a token (401) or with a wrong one (403), and changes nothing", async () => {
    const change = { version: 1, caseStudy: { ...caseStudy(), name: { en: "Hijacked", ar: "" } } };
    expect((await replaceCase(request("PUT", change), id)).status).toBe(401);
    const wrong = await replaceCase(request("PUT", change, bearer("wrong")), id);
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error).toMatch(/edit token does not open/);
    expect((await (await getCase(id, { download: false })).json()).caseStudy.name.en).toBe("Derna copy");
  });

  it("saves a change with the token and the version it was based on, then refuses the stale one (409)", async () => {
    const change = (name: string) => ({ version: 1, caseStudy: { ...caseStudy(), name: { en: name, ar: "" } } });
    const saved = await replaceCase(request("PUT", change("First"), bearer(editToken)), id);
    expect(await saved.json()).toEqual({ version: 2 });
    const stale = await replaceCase(request("PUT", change("Second"), bearer(editToken)), id);
    expect(stale.status).toBe(409);
    expect((await (await getCase(id, { download: false })).json()).caseStudy.name.en).toBe("First");
  });

  it("refuses an invalid change with 400, naming the entry and the field, and changes nothing", async () => {
    const bad = caseStudy();
    bad.articles[0].outlet = "nowhere";
    const response = await replaceCase(request("PUT", { version: 2, caseStudy: bad }, bearer(editToken)), id);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/caseStudy\.articles: entry #0 "[a-z0-9-]+": field "outlet": unknown outlet "nowhere"/);
    expect(response.headers.get("etag")).toBeNull();
    expect((await getCase(id, { download: false })).headers.get("etag")).toBe('"2"');
  });

  it("refuses to change the bundled case study (403)", async () => {
    const response = await replaceCase(request("PUT", { version: 1, caseStudy: caseStudy() }, bearer("x")), "derna");
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/bundled case study and cannot be changed/);
  });

  it("imports an exported file as a new case study", async () => {
    const file = await (await getCase("derna", { download: true })).json();
    const response = await importCase(request("POST", file));
    expect(response.status).toBe(201);
  });

  it("refuses a case study's body over 64 MiB with 413 naming the limit per import, per case study and per article", async () => {
    const response = await importCase(request("POST", "{}", { "content-length": String(64 * 1024 * 1024 + 1) }, "http://localhost/api/cases/import"));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe(
      "the request body is over 67,108,864 bytes (at least 67,108,865); that is the limit per import: a whole case study (create, save, import) is at most 64.00 MiB (67,108,864 bytes) of JSON, with at most 1,000 articles of at most 1.00 MiB (1,048,576 bytes) of text each; add a large case study an article at a time (POST /api/cases/<id>/articles)",
    );
  });

  it("answers 404 for an unknown case study and 400 for a body that is not JSON", async () => {
    expect((await getCase("no-such-case", { download: false })).status).toBe(404);
    expect((await createCase(request("POST", "{oops"))).status).toBe(400);
  });

  it("deletes a case study with its token and current version", async () => {
    expect((await removeCase(request("DELETE", undefined, bearer(editToken), `http://localhost/api/cases/${id}?version=1`), id)).status).toBe(409);
    expect((await removeCase(request("DELETE", undefined, bearer(editToken), `http://localhost/api/cases/${id}?version=2`), id)).status).toBe(204);
    expect((await getCase(id, { download: false })).status).toBe(404);
  });
});
