// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getCase, importCase } from "@/lib/cases/http";
import { addArticle, addEntry, deleteArticle, deleteEntry, replaceArticle, replaceEntry } from "@/lib/cases/item-http";
import { getDatabase } from "@/lib/store/database";

const dir = mkdtempSync(path.join(tmpdir(), "framelens-items-"));
process.env.FRAMELENS_DATA_DIR = dir;
delete process.env.DATABASE_URL;

const derna = getBundledCaseStudy();
const send = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${url}`, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// Our own sentences: a short report in Arabic that calls the army by its official name.
const newArticle = {
  id: "desk-2018-06",
  outlet: derna.outlets[0]?.id,
  headline: "بيان عن درنة",
  subheadline: null,
  date: "2018-06-02",
  datePrecision: "day",
  dateApproximate: false,
  dateEvidence: "The date is printed under the headline.",
  byline: null,
  rawFile: "desk_2018_06.txt",
  language: "ar",
  events: [],
  chromeLines: [],
  text: "قال الجيش الوطني الليبي في بيان اليوم إن الطرق إلى المدينة مفتوحة.\nوأضاف البيان أن الأسواق عادت إلى العمل.",
};
const newEntry = {
  id: "desk-markets-reopened",
  forms: ["الأسواق عادت إلى العمل"],
  gloss: "the markets are working again",
  category: null,
  actor: null,
  stance: null,
  event: null,
  note: "A plain description of daily life.",
  seeds: [],
};

async function stored() {
  return (await (await getCase(id, { download: false })).json()).caseStudy;
}
let id: string;
let token: string;

describe("changing one article or one lexicon entry of a stored case study", () => {
  beforeAll(async () => {
    await getDatabase();
    ({ id, editToken: token } = await (await importCase(send("POST", "/api/cases/import", exportCaseStudy(derna)))).json());
  }, 60_000);
  afterAll(async () => {
    await (await getDatabase()).close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds an article last and answers 201 with its id, where it lives and the new version", async () => {
    const response = await addArticle(send("POST", `/api/cases/${id}/articles`, { version: 1, article: newArticle }, bearer(token)), id);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: "desk-2018-06", version: 2 });
    expect(response.headers.get("location")).toBe(`/api/cases/${id}/articles/desk-2018-06`);
    const articles = (await stored()).articles;
    expect(articles).toHaveLength(derna.articles.length + 1);
    expect(articles.at(-1)).toEqual(newArticle);
  });

  it("replaces an article in its place, its id taken from the address, and leaves the others as they were", async () => {
    const { id: _, ...rest } = newArticle;
    const response = await replaceArticle(send("PUT", `/api/cases/${id}/articles/desk-2018-06`, { version: 2, article: { ...rest, headline: "بيان ثان عن درنة" } }, bearer(token)), id, "desk-2018-06");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ version: 3 });
    const after = await stored();
    expect(after.articles.at(-1).headline).toBe("بيان ثان عن درنة");
    expect(after.articles.slice(0, -1)).toEqual(exportCaseStudy(derna).caseStudy.articles);
  });

  it("adds, replaces and deletes a lexicon entry, each a new version", async () => {
    const added = await addEntry(send("POST", `/api/cases/${id}/lexicon`, { version: 3, entry: newEntry }, bearer(token)), id);
    expect(added.status).toBe(201);
    expect(await added.json()).toEqual({ id: newEntry.id, version: 4 });
    const replaced = await replaceEntry(send("PUT", `/api/cases/${id}/lexicon/${newEntry.id}`, { version: 4, entry: { ...newEntry, gloss: "daily life again" } }, bearer(token)), id, newEntry.id);
    expect(await replaced.json()).toEqual({ version: 5 });
    expect((await stored()).lexicon.at(-1).gloss).toBe("daily life again");
    const deleted = await deleteEntry(send("DELETE", `/api/cases/${id}/lexicon/${newEntry.id}?version=5`, undefined, bearer(token)), id, newEntry.id);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ version: 6 });
    expect((await stored()).lexicon).toEqual(derna.lexicon);
  });

  it("refuses a change without a token (401), with a wrong one (403) and on a stale version (409), changing nothing", async () => {
    const put = (version: number, headers: Record<string, string>) =>
      replaceArticle(send("PUT", `/api/cases/${id}/articles/desk-2018-06`, { version, article: { ...newArticle, headline: "مختطف" } }, headers), id, "desk-2018-06");
    expect((await put(6, {})).status).toBe(401);
    expect((await put(6, bearer("wrong"))).status).toBe(403);
    const stale = await put(5, bearer(token));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: 6, error: expect.stringMatching(/you edited version 5; it is now at version 6/) });
    expect((await addEntry(send("POST", `/api/cases/${id}/lexicon`, { version: 1, entry: newEntry }, bearer(token)), id)).status).toBe(409);
    expect((await deleteArticle(send("DELETE", `/api/cases/${id}/articles/desk-2018-06?version=1`, undefined, bearer(token)), id, "desk-2018-06")).status).toBe(409);
    expect((await deleteEntry(send("DELETE", `/api/cases/${id}/lexicon/x`, undefined, {}), id, "x")).status).toBe(401);
    const after = await stored();
    expect(after.articles.at(-1).headline).toBe("بيان ثان عن درنة");
    expect((await getCase(id, { download: false })).headers.get("etag")).toBe('"6"');
  });

  it("refuses an invalid article with 400 naming the entry and the field, as a whole-case save does", async () => {
    const response = await replaceArticle(send("PUT", `/api/cases/${id}/articles/desk-2018-06`, { version: 6, article: { ...newArticle, outlet: "nowhere" } }, bearer(token)), id, "desk-2018-06");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatch(/caseStudy\.articles: entry #\d+ "desk-2018-06": field "outlet": unknown outlet "nowhere"/);
    expect(body.problems).toContainEqual(expect.objectContaining({ entry: expect.stringContaining("desk-2018-06"), field: "outlet" }));
  });

  it("refuses an article added under an id the case study already has, naming both entries", async () => {
    const response = await addArticle(send("POST", `/api/cases/${id}/articles`, { version: 6, article: { ...newArticle, rawFile: "other.txt" } }, bearer(token)), id);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/duplicate id/);
  });

  it("refuses an entry whose form another entry already has, naming the owner", async () => {
    const taken = derna.lexicon[0]?.forms[0] ?? "";
    const response = await addEntry(send("POST", `/api/cases/${id}/lexicon`, { version: 6, entry: { ...newEntry, forms: [taken] } }, bearer(token)), id);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain(taken);
  });

  it("refuses a body whose id is not the address's, and a translation of another article", async () => {
    const mismatch = await replaceArticle(send("PUT", `/api/cases/${id}/articles/desk-2018-06`, { version: 6, article: { ...newArticle, id: "elsewhere" } }, bearer(token)), id, "desk-2018-06");
    expect(mismatch.status).toBe(400);
    expect((await mismatch.json()).problems).toEqual([expect.objectContaining({ field: "article.id" })]);
    const foreign = await replaceArticle(
      send("PUT", `/api/cases/${id}/articles/desk-2018-06`, { version: 6, article: newArticle, translations: [{ article: "qposts-2018-05", headline: "x", subheadline: null, paragraphs: [] }] }, bearer(token)),
      id,
      "desk-2018-06",
    );
    expect(foreign.status).toBe(400);
    expect((await foreign.json()).problems).toEqual([expect.objectContaining({ field: "translations[0].article" })]);
  });

  it("answers 404 for an article or an entry the case study lacks, and 403 for the bundled case study", async () => {
    const { id: _, ...unnamed } = newArticle;
    const missing = await replaceArticle(send("PUT", `/api/cases/${id}/articles/nowhere`, { version: 6, article: unnamed }, bearer(token)), id, "nowhere");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/has no article "nowhere"/);
    expect((await deleteEntry(send("DELETE", `/api/cases/${id}/lexicon/nowhere?version=6`, undefined, bearer(token)), id, "nowhere")).status).toBe(404);
    expect((await addArticle(send("POST", "/api/cases/no-such-case/articles", { version: 1, article: newArticle }, bearer(token)), "no-such-case")).status).toBe(404);
    expect((await addArticle(send("POST", "/api/cases/derna/articles", { version: 1, article: newArticle }, bearer(token)), "derna")).status).toBe(403);
  });

  it("answers a refusal in Arabic when the request asks for Arabic first", async () => {
    const response = await deleteArticle(send("DELETE", `/api/cases/${id}/articles/nowhere?version=6`, undefined, { ...bearer(token), "accept-language": "ar-LY" }), id, "nowhere");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-language")).toBe("ar");
    expect((await response.json()).error).toMatch(/^لا مقالة «\u2068nowhere\u2069» في دراسة الحالة/);
  });

  it("refuses an article over the size limit with 413 naming the limit, and a body that is not JSON with 400", async () => {
    const huge = { ...newArticle, text: `${newArticle.text}\n${"ك".repeat(3 * 1024 * 1024)}` };
    const response = await replaceArticle(send("PUT", `/api/cases/${id}/articles/desk-2018-06`, { version: 6, article: huge }, bearer(token)), id, "desk-2018-06");
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/the limit per article is 1\.00 MiB \(1,048,576 bytes\)/);
    const broken = new Request(`http://localhost/api/cases/${id}/lexicon`, { method: "POST", body: "{oops", headers: bearer(token) });
    expect((await addEntry(broken, id)).status).toBe(400);
    expect((await addEntry(send("POST", `/api/cases/${id}/lexicon`, { entry: newEntry }, bearer(token)), id)).status).toBe(400);
  });

  it("refuses an article past the limit per case study (1,000 articles) with 400 naming it", async () => {
    const file = exportCaseStudy(derna);
    const thousand = Array.from({ length: 1000 }, (_, i) => ({ ...newArticle, id: `desk-${i}`, rawFile: `desk_${i}.txt` }));
    const full = { ...file, caseStudy: { ...file.caseStudy, articles: thousand, curatorNotes: [], translations: [], referentRules: [], lexicon: file.caseStudy.lexicon.map((e) => ({ ...e, seeds: [] })) } };
    const created = await (await importCase(send("POST", "/api/cases/import", full))).json();
    const response = await addArticle(send("POST", `/api/cases/${created.id}/articles`, { version: 1, article: { ...newArticle, id: "desk-1000", rawFile: "desk_1000.txt" } }, bearer(created.editToken)), created.id);
    expect(response.status).toBe(400);
    expect((await response.json()).problems).toEqual([expect.objectContaining({ field: "caseStudy.articles", message: "must hold at most 1000 articles, the limit per case study" })]);
  }, 60_000);

  it("deletes an article with its translation and its raw file among the lexicon's seeds", async () => {
    const seeded = derna.lexicon.find((e) => e.seeds.length > 0);
    if (!seeded) throw new Error("the bundled lexicon has seeds");
    const article = derna.articles.find((a) => a.rawFile === seeded.seeds[0]);
    if (!article) throw new Error("the seed names an article");
    const notes = (derna.curatorNotes ?? []).filter((n) => n.article === article.id);
    const response = await deleteArticle(send("DELETE", `/api/cases/${id}/articles/${article.id}?version=6`, undefined, bearer(token)), id, article.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ version: 7 });
    const after = await stored();
    expect(after.articles.map((a: { id: string }) => a.id)).not.toContain(article.id);
    expect(after.lexicon.find((e: { id: string }) => e.id === seeded.id).seeds).not.toContain(article.rawFile);
    expect(after.translations.filter((t: { article: string }) => t.article === article.id)).toEqual([]);
    expect(after.curatorNotes).toHaveLength((derna.curatorNotes ?? []).length - notes.length);
  });
});
