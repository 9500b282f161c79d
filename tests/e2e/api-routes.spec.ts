import type { APIRequestContext } from "@playwright/test";
import { buildLargeCaseFile } from "../../bench/large-case";
import { expect, test } from "./fixtures";

/**
 * Every API route on the production server, with each refusal the case-study issue lists:
 * the status, a JSON error naming the problem (and the limit), and nothing changed.
 */

type CaseFile = ReturnType<typeof buildLargeCaseFile>;

/** A stored two-article case study; its id, token and the file it was made from. */
async function storeCase(request: APIRequestContext, name = "API routes"): Promise<{ id: string; editToken: string; file: CaseFile }> {
  const file = buildLargeCaseFile({ articles: 2, name, seed: 3 });
  const response = await request.post("/api/cases/import", { data: file });
  expect(response.status()).toBe(201);
  return { ...(await response.json()), file };
}

/** The stored case study as GET gives it, without its export time (which changes on every read). */
async function storedState(request: APIRequestContext, id: string): Promise<{ etag: string | undefined; caseStudy: unknown }> {
  const response = await request.get(`/api/cases/${id}`);
  expect(response.status()).toBe(200);
  return { etag: response.headers().etag, caseStudy: (await response.json()).caseStudy };
}

test.describe("GET /api/cases/[case] and /export", () => {
  test("answer a refusal in Arabic when the request's first language is Arabic, in English otherwise", async ({ request }) => {
    const arabic = await request.get("/api/cases/no-such-case", { headers: { "accept-language": "ar-LY,ar;q=0.9,en;q=0.5" } });
    expect(arabic.status()).toBe(404);
    expect(arabic.headers()["content-language"]).toBe("ar");
    expect(await arabic.json()).toEqual({ error: "لا توجد دراسة حالة «\u2068no-such-case\u2069»" });
    const english = await request.get("/api/cases/no-such-case", { headers: { "accept-language": "fr, ar;q=0.9" } });
    expect(await english.json()).toEqual({ error: 'there is no case study "no-such-case"' });
  });

  test("give a stored case study back with its version as ETag, and the export as a download", async ({ request }) => {
    const { id, file } = await storeCase(request);
    const read = await request.get(`/api/cases/${id}`);
    expect(read.headers().etag).toBe('"1"');
    expect(read.headers()["cache-control"]).toBe("no-store");
    expect((await read.json()).caseStudy.articles.map((a: { text: string }) => a.text)).toEqual(file.caseStudy.articles.map((a) => a.text));
    const exported = await request.get(`/api/cases/${id}/export`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-disposition"]).toBe(`attachment; filename="framelens-${id}.json"`);
  });

  test("answer 404 naming an unknown case study, on every method", async ({ request }) => {
    const error = { error: 'there is no case study "no-such-case"' };
    for (const response of [
      await request.get("/api/cases/no-such-case"),
      await request.get("/api/cases/no-such-case/export"),
      await request.put("/api/cases/no-such-case", { data: { version: 1, caseStudy: buildLargeCaseFile({ articles: 1, name: "x" }).caseStudy }, headers: { authorization: "Bearer abc" } }),
      await request.delete("/api/cases/no-such-case?version=1", { headers: { authorization: "Bearer abc" } }),
    ]) {
      expect(response.status()).toBe(404);
      expect(await response.json()).toEqual(error);
    }
  });
});

test.describe("POST /api/cases and /api/cases/import", () => {
  test("refuse a malformed body with 400 naming the field", async ({ request }) => {
    const noName = await request.post("/api/cases", { data: { description: { en: "d", ar: "" } } });
    expect(noName.status()).toBe(400);
    expect((await noName.json()).problems).toEqual([expect.objectContaining({ field: "caseStudy.name" })]);

    const notJson = await request.post("/api/cases", { data: Buffer.from("{oops"), headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toMatch(/^the body is not valid JSON/);

    const file = buildLargeCaseFile({ articles: 2, name: "Bad article" });
    (file.caseStudy.articles[1] as { date: string }).date = "yesterday";
    const badArticle = await request.post("/api/cases/import", { data: file });
    expect(badArticle.status()).toBe(400);
    const body = await badArticle.json();
    expect(body.error).toContain(file.caseStudy.articles[1]?.id);
    expect(body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ entry: expect.stringContaining(`"${file.caseStudy.articles[1]?.id}"`), field: "date" })]));

    const wrongSchema = await request.post("/api/cases/import", { data: { ...file, schema: "something-else" } });
    expect(wrongSchema.status()).toBe(400);
    expect((await wrongSchema.json()).problems).toEqual([expect.objectContaining({ field: "schema", message: 'must be "framelens.case-study": this is not a Framelens case-study file' })]);
  });

  test("refuse a file of more than 1,000 articles with 400 naming the limit", async ({ request }) => {
    const file = buildLargeCaseFile({ articles: 1001, name: "Too many", minChars: 10 });
    const response = await request.post("/api/cases/import", { data: file });
    expect(response.status()).toBe(400);
    expect((await response.json()).problems).toEqual([expect.objectContaining({ field: "caseStudy.articles", message: "must hold at most 1000 articles, the limit per case study" })]);
  });

  test("refuse a body over 64 MiB with 413 naming the limit, before reading it", async ({ request }) => {
    const answer = await request.post("/api/cases/import", { data: Buffer.alloc(64 * 1024 * 1024 + 1, 0x20), headers: { "content-type": "application/json" } });
    expect(answer.status()).toBe(413);
    expect((await answer.json()).error).toMatch(/^the request body is over 67,108,864 bytes/);
  });
});

test.describe("PUT and DELETE /api/cases/[case]", () => {
  test("refuse a change without the token (401) or with a wrong one (403), and change nothing", async ({ request }) => {
    const { id, file } = await storeCase(request);
    const before = await storedState(request, id);
    const change = { version: 1, caseStudy: { ...file.caseStudy, name: { en: "Hijacked", ar: "" } } };

    const without = await request.put(`/api/cases/${id}`, { data: change });
    expect(without.status()).toBe(401);
    expect((await without.json()).error).toBe('a change needs the case study\'s edit token: send "Authorization: Bearer <editToken>"');
    const wrong = await request.put(`/api/cases/${id}`, { data: change, headers: { authorization: "Bearer not-the-token" } });
    expect(wrong.status()).toBe(403);
    expect((await wrong.json()).error).toBe(`the edit token does not open case study "${id}": nothing was changed`);
    const deleteWithout = await request.delete(`/api/cases/${id}?version=1`);
    expect(deleteWithout.status()).toBe(401);
    const deleteWrong = await request.delete(`/api/cases/${id}?version=1`, { headers: { authorization: "Bearer not-the-token" } });
    expect(deleteWrong.status()).toBe(403);

    expect(await storedState(request, id)).toEqual(before);
  });

  test("refuse a change based on an old version with 409 naming both versions, and change nothing", async ({ request }) => {
    const { id, editToken, file } = await storeCase(request);
    const auth = { authorization: `Bearer ${editToken}` };
    const first = await request.put(`/api/cases/${id}`, { data: { version: 1, caseStudy: { ...file.caseStudy, name: { en: "First editor", ar: "" } } }, headers: auth });
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({ version: 2 });
    const saved = await storedState(request, id);

    const second = await request.put(`/api/cases/${id}`, { data: { version: 1, caseStudy: { ...file.caseStudy, name: { en: "Second editor", ar: "" } } }, headers: auth });
    expect(second.status()).toBe(409);
    expect((await second.json()).error).toContain("you edited version 1; it is now at version 2");
    const staleDelete = await request.delete(`/api/cases/${id}?version=1`, { headers: auth });
    expect(staleDelete.status()).toBe(409);
    expect(await storedState(request, id)).toEqual(saved);
  });

  test("refuse a malformed change with 400 naming the field, and change nothing", async ({ request }) => {
    const { id, editToken, file } = await storeCase(request);
    const auth = { authorization: `Bearer ${editToken}` };
    const before = await storedState(request, id);

    const noVersion = await request.put(`/api/cases/${id}`, { data: { caseStudy: file.caseStudy }, headers: auth });
    expect(noVersion.status()).toBe(400);
    expect((await noVersion.json()).error).toContain('"version" must be a whole number from 1');
    const noCase = await request.put(`/api/cases/${id}`, { data: { version: 1 }, headers: auth });
    expect(noCase.status()).toBe(400);
    expect((await noCase.json()).error).toBe("caseStudy must be a JSON object");
    const badOutlet = structuredClone(file.caseStudy);
    (badOutlet.articles[0] as { outlet: string }).outlet = "nobody";
    const bad = await request.put(`/api/cases/${id}`, { data: { version: 1, caseStudy: badOutlet }, headers: auth });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).problems).toEqual(expect.arrayContaining([expect.objectContaining({ entry: expect.stringContaining(`"${badOutlet.articles[0]?.id}"`), field: "outlet", message: 'unknown outlet "nobody": no entry of outlets.json has this id' })]));

    expect(await storedState(request, id)).toEqual(before);
  });

  test("refuse to change or delete the bundled case study (403)", async ({ request }) => {
    const put = await request.put("/api/cases/derna", { data: { version: 1, caseStudy: {} }, headers: { authorization: "Bearer x" } });
    expect(put.status()).toBe(403);
    expect((await put.json()).error).toContain('"derna" is a bundled case study and cannot be changed');
    const del = await request.delete("/api/cases/derna?version=1", { headers: { authorization: "Bearer x" } });
    expect(del.status()).toBe(403);
  });

  test("delete with the token and the current version: then it is gone (404), pages too", async ({ request }) => {
    const { id, editToken } = await storeCase(request);
    const gone = await request.delete(`/api/cases/${id}?version=1`, { headers: { authorization: `Bearer ${editToken}` } });
    expect(gone.status()).toBe(204);
    expect((await request.get(`/api/cases/${id}`)).status()).toBe(404);
    expect((await request.get(`/cases/${id}`)).status()).toBe(404);
  });
});

test.describe("a saved change on the pages", () => {
  test("shows at once: the overview and the reader never serve the version before the save", async ({ page, request }) => {
    const { id, editToken, file } = await storeCase(request, "Before the save");
    await page.goto(`/cases/${id}`);
    await expect(page.getByText("Before the save").first()).toBeVisible();

    const revised = structuredClone(file.caseStudy);
    revised.name = { en: "After the save", ar: "بعد الحفظ" };
    const article = revised.articles[0]!;
    article.text = `${article.text}جملة أضيفت عند الحفظ.\n`;
    const saved = await request.put(`/api/cases/${id}`, { data: { version: 1, caseStudy: revised }, headers: { authorization: `Bearer ${editToken}` } });
    expect(saved.status()).toBe(200);

    await page.goto(`/cases/${id}`);
    await expect(page.getByText("After the save").first()).toBeVisible();
    await expect(page.getByText("Before the save")).toHaveCount(0);
    await page.goto(`/cases/${id}/articles/${article.id}`);
    await expect(page.getByText("جملة أضيفت عند الحفظ.")).toBeVisible();

    // Deleted: its pages are gone too. The page leaves first: a link it still prefetches would
    // meet the 404 and log it as a console error.
    await page.goto("about:blank");
    expect((await request.delete(`/api/cases/${id}?version=2`, { headers: { authorization: `Bearer ${editToken}` } })).status()).toBe(204);
    expect((await request.get(`/cases/${id}`)).status()).toBe(404);
  });
});

test.describe("imported HTML", () => {
  test("is shown as text on the reader page and in the overview, and no script in it runs", async ({ page, request }) => {
    const file = buildLargeCaseFile({ articles: 1, name: "HTML inside", seed: 9 });
    const article = file.caseStudy.articles[0]!;
    const script = `<script>window.__injected = "script"</script>`;
    const image = `<img src="/nothing.png" onerror="window.__injected = 'onerror'">`;
    article.headline = `<b>Bold?</b> ${script}`;
    article.text = `${script}\n${image}\n${article.text}`;
    const response = await request.post("/api/cases/import", { data: file });
    expect(response.status()).toBe(201);
    const { id } = await response.json();

    await page.goto(`/cases/${id}/articles/${article.id}`);
    const main = page.locator("main");
    await expect(main.getByText(script).first()).toBeVisible();
    await expect(main.getByText(image).first()).toBeVisible();
    await expect(main.getByText("<b>Bold?</b>").first()).toBeVisible();
    await expect(main.locator("b, img[onerror]")).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();

    await page.goto(`/cases/${id}`);
    expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  });
});

test.describe("POST /api/analyze and /api/import/url", () => {
  test("refuse a malformed body with 400 naming the field, and GET with 405", async ({ request }) => {
    const noText = await request.post("/api/analyze", { data: { lexicon: [] } });
    expect(noText.status()).toBe(400);
    expect((await noText.json()).error).toContain('"text"');
    const noUrl = await request.post("/api/import/url", { data: { link: "https://example.org" } });
    expect(noUrl.status()).toBe(400);
    expect((await noUrl.json()).error).toContain('"url"');
    expect((await request.get("/api/import/url")).status()).toBe(405);
  });

  test("refuse a loopback address with 400 naming why, without fetching it", async ({ request }) => {
    const response = await request.post("/api/import/url", { data: { url: "http://127.0.0.1/admin" } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/loopback|public/);
  });
});

test.describe("GET /api/cases/[case]/occurrences", () => {
  test("answers a label's first sentences with their count, and refuses a bad kind, label or case naming it", async ({ request }) => {
    const found = await request.get("/api/cases/derna/occurrences?kind=actor&label=youm7:lna-libyan-army:lna");
    expect(found.status()).toBe(200);
    const body = await found.json();
    expect(body.total).toBe(14);
    expect(body.occurrences).toHaveLength(10);
    expect(body.occurrences[0].article).toBe("youm7-2018-06");

    const badKind = await request.get("/api/cases/derna/occurrences?kind=people&label=youm7:lna-libyan-army:lna");
    expect(badKind.status()).toBe(400);
    expect((await badKind.json()).error).toContain('"kind" must be "actor" or "event"');
    const badLabel = await request.get("/api/cases/derna/occurrences?kind=actor&label=<script>");
    expect(badLabel.status()).toBe(400);
    expect((await badLabel.json()).error).toContain('"label" must be a label\'s key');
    const unknownLabel = await request.get("/api/cases/derna/occurrences?kind=actor&label=youm7:no-such-entry:lna");
    expect(unknownLabel.status()).toBe(404);
    expect((await unknownLabel.json()).error).toBe('the actor matrix of "derna" has no label "youm7:no-such-entry:lna"');
    const unknownCase = await request.get("/api/cases/no-such-case/occurrences?kind=actor&label=a:b:c");
    expect(unknownCase.status()).toBe(404);
  });

  test("feeds a large case study's dialogs: its overview carries no sentences, and a label's open as its dialog does", async ({ page, request }) => {
    test.slow();
    const response = await request.post("/api/cases/import", { data: buildLargeCaseFile({ articles: 60, name: "Sixty articles", seed: 11 }) });
    expect(response.status()).toBe(201);
    const { id } = await response.json();
    await page.goto(`/cases/${id}`);
    const label = page.locator("[data-label-key]").first();
    await label.click();
    const dialog = page.getByTestId("occurrences-dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId("occurrences").getByRole("listitem").first()).toBeVisible();
    await expect(dialog.getByTestId("occurrence-link").first()).toHaveAttribute("href", new RegExp(`/cases/${id}/articles/.+#m-\\d+$`));
  });
});
