// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { createCase, getCase, importCase, replaceCase } from "@/lib/cases/http";
import { getDatabase } from "@/lib/store/database";

const dir = mkdtempSync(path.join(tmpdir(), "framelens-hostile-"));
process.env.FRAMELENS_DATA_DIR = dir;
delete process.env.DATABASE_URL;

const derna = getBundledCaseStudy();
const caseStudy = () => JSON.parse(JSON.stringify(exportCaseStudy(derna).caseStudy));
const exchange = (edit: (c: ReturnType<typeof caseStudy>) => void) => {
  const file = JSON.parse(JSON.stringify(exportCaseStudy(derna)));
  edit(file.caseStudy);
  return file;
};
// A new text has none of the old one's chrome lines, which would otherwise be refused as missing,
// nor the labels the curator's notes on the old one sit on, nor the paragraphs its translation follows.
const replaceText = (c: ReturnType<typeof caseStudy>, index: number, text: string) => {
  c.articles[index].text = text;
  c.articles[index].chromeLines = [];
  c.curatorNotes = (c.curatorNotes ?? []).filter((note: { article: string }) => note.article !== c.articles[index].id);
  c.translations = (c.translations ?? []).filter((translation: { article: string }) => translation.article !== c.articles[index].id);
};
const post = (body: unknown) => new Request("http://localhost/api/cases/import", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const put = (id: string, token: string, body: unknown) =>
  new Request(`http://localhost/api/cases/${id}`, { method: "PUT", body: JSON.stringify(body), headers: { "content-type": "application/json", authorization: `Bearer ${token}` } });

interface Refusal { error: string; problems: { file: string; entry: string | null; field: string | null; message: string }[] }

describe("a case study sent with hostile or careless input", () => {
  let id: string;
  let editToken: string;

  beforeAll(async () => {
    await getDatabase();
    const created = await (await importCase(post(exportCaseStudy(derna)))).json();
    ({ id, editToken } = created);
  }, 60_000);
  afterAll(async () => {
    await (await getDatabase()).close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is refused when two articles share a raw file, naming both, and nothing is stored under it", async () => {
    const file = exchange((c) => {
      c.articles[2].rawFile = c.articles[0].rawFile;
    });
    const response = await importCase(post(file));
    expect(response.status).toBe(400);
    const body = (await response.json()) as Refusal;
    const first = file.caseStudy.articles[0].id;
    const second = file.caseStudy.articles[2].id;
    expect(body.problems).toContainEqual(
      expect.objectContaining({ entry: `entry #2 "${second}"`, field: "rawFile", message: expect.stringContaining(`entry #0 "${first}" has the same rawFile`) }),
    );
  });

  it("is refused when two entries of any part share an id, naming both", async () => {
    for (const part of ["outlets", "actors", "events", "articles", "lexicon"] as const) {
      const response = await importCase(post(exchange((c) => (c[part][1].id = c[part][0].id))));
      expect(response.status, part).toBe(400);
      const body = (await response.json()) as Refusal;
      expect(body.error, part).toMatch(new RegExp(`caseStudy\\.${part}: entry #1 "[a-z0-9-]+": field "id": duplicate id: entry #0 has the same id`));
    }
  });

  it("is refused (400) for a NUL in an article's text, naming the article, the field and the offset", async () => {
    const file = exchange((c) => (c.articles[1].text = `${c.articles[1].text.slice(0, 10)}\u0000${c.articles[1].text.slice(10)}`));
    const response = await importCase(post(file));
    expect(response.status).toBe(400);
    const body = (await response.json()) as Refusal;
    expect(body.problems).toEqual([
      expect.objectContaining({ entry: `entry #1 "${file.caseStudy.articles[1].id}"`, field: "text", message: expect.stringMatching(/NUL character \(U\+0000\) at offset 10/) }),
    ]);
  });

  it("is refused (400) for a NUL or a lone surrogate in any name, gloss, form or note, naming the field", async () => {
    const cases: [string, (c: ReturnType<typeof caseStudy>) => void, RegExp][] = [
      ["an actor's Arabic name", (c) => (c.actors[0].name.ar = "قوات\u0000"), /caseStudy\.actors: entry #0 "[a-z0-9-]+": field "name\.ar": holds a NUL character \(U\+0000\) at offset 4/],
      ["a lexicon gloss", (c) => (c.lexicon[3].gloss = "so-called \ud800"), /caseStudy\.lexicon: entry #3 "[a-z0-9-]+": field "gloss": holds a lone surrogate \(U\+D800\) at offset 10/],
      ["a lexicon form", (c) => (c.lexicon[0].forms[0] = "\udc00x"), /field "forms\[0\]": holds a lone surrogate \(U\+DC00\) at offset 0/],
      ["an outlet's description", (c) => (c.outlets[0].description = "x\u0000"), /caseStudy\.outlets: entry #0 "[a-z0-9-]+": field "description": holds a NUL/],
      ["a headline", (c) => (c.articles[0].headline = "\ud83d headline"), /caseStudy\.articles: entry #0 "[a-z0-9-]+": field "headline": holds a lone surrogate \(U\+D83D\)/],
      ["the case study's name", (c) => (c.name.ar = "درنة\u0000"), /field "caseStudy\.name\.ar": holds a NUL character \(U\+0000\) at offset 4/],
    ];
    for (const [what, edit, expected] of cases) {
      const response = await importCase(post(exchange(edit)));
      expect(response.status, what).toBe(400);
      expect((await response.json()).error, what).toMatch(expected);
    }
  });

  it("refuses the same characters in a save (PUT) and in a new case study (POST), and changes nothing", async () => {
    const bad = caseStudy();
    bad.lexicon[0].note = "note\u0000";
    const saved = await replaceCase(put(id, editToken, { version: 1, caseStudy: bad }), id);
    expect(saved.status).toBe(400);
    expect((await saved.json()).error).toMatch(/field "note": holds a NUL character \(U\+0000\) at offset 4/);
    const { id: _, ...rest } = caseStudy();
    const created = await createCase(new Request("http://localhost/api/cases", { method: "POST", body: JSON.stringify({ ...rest, description: { en: "x\ud800", ar: "" } }) }));
    expect(created.status).toBe(400);
    expect((await created.json()).error).toMatch(/field "caseStudy\.description\.en": holds a lone surrogate/);
    expect((await getCase(id, { download: false })).headers.get("etag")).toBe('"1"');
  });

  it("refuses an article over 1 MiB with 413, naming the article and the limit, in an import and a save", async () => {
    const huge = (c: ReturnType<typeof caseStudy>) => replaceText(c, 4, "ب".repeat(512 * 1024 + 1));
    const imported = await importCase(post(exchange(huge)));
    expect(imported.status).toBe(413);
    const body = (await imported.json()) as Refusal;
    expect(body.error).toMatch(/articles: entry #4 "[a-z0-9-]+": field "text": the article's text is 1\.00 MiB \(1,048,578 bytes\); the limit per article is 1\.00 MiB \(1,048,576 bytes\)/);
    const change = caseStudy();
    huge(change);
    const saved = await replaceCase(put(id, editToken, { version: 1, caseStudy: change }), id);
    expect(saved.status).toBe(413);
    expect((await saved.json()).problems).toHaveLength(1);
  });

  it("takes an article of exactly 1 MiB", async () => {
    const response = await importCase(post(exchange((c) => replaceText(c, 4, "x".repeat(1024 * 1024)))));
    expect(response.status).toBe(201);
  });

  it("counts a text of only invisible characters as empty, with the message of the empty text", async () => {
    const empty = await (await importCase(post(exchange((c) => replaceText(c, 0, " "))))).json();
    const invisible = await (await importCase(post(exchange((c) => replaceText(c, 0, "\u200b\u200c\u200f\u00a0\u200d\u200e\ufeff\u2060\u00ad"))))).json();
    expect(invisible.error).toBe(empty.error);
    expect(invisible.error).toMatch(/the article's text is empty/);
    const name = await importCase(post(exchange((c) => (c.actors[0].name.en = "\u200b\u200f"))));
    expect(name.status).toBe(400);
    expect((await name.json()).error).toMatch(/field "name\.en": must not be empty/);
  });

  it("keeps a leading byte-order mark in an article's text, so offsets match the raw file", async () => {
    const text = "\ufeffقالت مصادر إن قوات حفتر دخلت المدينة.";
    const created = await (await importCase(post(exchange((c) => replaceText(c, 0, text))))).json();
    const back = await (await getCase(created.id, { download: false })).json();
    expect(back.caseStudy.articles[0].text).toBe(text);
  });
});

describe("a case-study route whose database fails", () => {
  it("answers 500 with a JSON error and logs the route and the error, not the text or the token", async () => {
    vi.resetModules();
    vi.doMock("@/lib/store/database", () => ({
      getDatabase: async () => {
        throw Object.assign(new Error("connection terminated unexpectedly"), { params: ["secret article text", "token-hash-abc"] });
      },
    }));
    const { importCase: importWithBrokenDatabase } = await import("@/lib/cases/http");
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const file = exchange((c) => replaceText(c, 0, "secret article text"));
      const response = await importWithBrokenDatabase(post(file));
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/the server failed/) });
      const logged = spy.mock.calls.flat().map(String).join("\n");
      expect(logged).toBe("framelens: 500 on POST /api/cases/import: Error: connection terminated unexpectedly");
    } finally {
      spy.mockRestore();
      vi.doUnmock("@/lib/store/database");
      vi.resetModules();
    }
  });
});
