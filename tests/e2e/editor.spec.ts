import type { APIRequestContext, Page } from "@playwright/test";
import { expect, seriousViolations, test } from "./fixtures";

/** A case study with one Arabic outlet and the Derna lexicon, made through the API; its id and edit token. */
async function createCase(request: APIRequestContext, name: string, nameAr = ""): Promise<{ id: string; editToken: string }> {
  const derna = (await (await request.get("/api/cases/derna")).json()).caseStudy;
  const response = await request.post("/api/cases", {
    data: {
      name: { en: name, ar: nameAr },
      description: { en: "Made by the editor's browser tests.", ar: nameAr && "صنعتها اختبارات المتصفح." },
      outlets: [{ id: "libya-herald", name: { en: "Libya Herald", ar: "ليبيا هيرالد" }, country: "Libya", language: "ar", description: "A test outlet." }],
      actors: derna.actors,
      events: derna.events,
      lexicon: derna.lexicon.map((entry: { seeds: string[] }) => ({ ...entry, seeds: [] })),
    },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

async function openEditor(page: Page, id: string, token: string, query = "") {
  await page.goto(`/cases/${id}/edit${query}#token=${token}`);
  // The token leaves the address bar as soon as the editor has it.
  await expect(page).not.toHaveURL(/token=/);
}

test.describe("the case-study editor", () => {
  test("creates a case study from pasted Arabic text, tags it while typing, saves it, and a fresh browser reads it", async ({ page, browser }) => {
    test.slow();
    await page.goto("/cases/new");
    await page.getByLabel("Name (English)").fill("Pasted Derna report");
    await page.getByLabel("Description (English)").fill("One pasted article.");
    await page.getByLabel("Name (required)", { exact: true }).fill("Libya Observer");
    await page.getByLabel("Country (required)").fill("Libya");
    await page.getByRole("button", { name: "Create the case study" }).click();

    await page.waitForURL(/\/cases\/[a-z0-9-]+\/edit\?section=articles$/);
    const id = /\/cases\/([a-z0-9-]+)\/edit/.exec(page.url())![1]!;
    await expect(page.getByTestId("edit-link")).toHaveValue(new RegExp(`/cases/${id}/edit#token=.+`));
    await expect(page.getByTestId("read-link")).toHaveValue(new RegExp(`/cases/${id}$`));
    await expect(page.getByText("This link is the only key to editing")).toBeVisible();

    await page.getByLabel("Date").fill("2018-05-16");
    await expect(page.getByText("Precision: day")).toBeVisible();
    const text = page.getByTestId("article-text-input");
    const preview = page.getByTestId("live-preview");
    await text.pressSequentially("تقدمت قوات الجيش الوطني الليبي نحو درنة", { delay: 5 });
    await expect(preview.locator("mark")).toHaveCount(1);
    await expect(preview.locator("mark").first()).toHaveText("قوات الجيش الوطني الليبي");
    await text.pressSequentially(" لمحاربة الجماعات الإرهابية", { delay: 5 });
    await expect(preview.locator("mark")).toHaveCount(2);
    await expect(page.getByTestId("live-count")).toHaveText("2 framing terms in 10 words");

    await page.getByRole("button", { name: "Add the article" }).click();
    await expect(page.getByTestId("article-list").getByTestId("article-count")).toHaveText("2 framing terms · 10 words");
    await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("save-status")).toHaveText("All changes saved (version 2)");

    // The browser remembers it on the first page.
    await page.goto("/");
    const remembered = page.getByTestId("remembered-case").filter({ hasText: "Pasted Derna report" });
    await expect(remembered.getByRole("link", { name: "Edit" })).toHaveAttribute("href", new RegExp(`/cases/${id}/edit#token=`));

    // A fresh browser, with nothing stored, reads it by its public link.
    const fresh = await browser.newContext();
    const reader = await fresh.newPage();
    await reader.goto(`/cases/${id}`);
    await expect(reader.getByRole("table").first()).toContainText("الجيش الوطني الليبي");
    await reader.goto(`/cases/${id}/articles/libya-observer-2018-05-16`);
    await expect(reader.getByTestId("article-text").locator("mark")).toHaveCount(2);

    // ...and cannot save without the secret link.
    await reader.goto(`/cases/${id}/edit`);
    await expect(reader.getByTestId("read-only-notice")).toContainText("you need the secret edit link to save");
    await reader.getByLabel("Name (English)").fill("Hijacked");
    await expect(reader.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
    const put = await reader.request.put(`/api/cases/${id}`, { data: { version: 2, caseStudy: {} } });
    expect(put.status()).toBe(401);
    await fresh.close();

    await page.getByTestId("remembered-case").filter({ hasText: "Pasted Derna report" }).getByRole("button", { name: "Forget" }).click();
    await expect(page.getByTestId("remembered-case").filter({ hasText: "Pasted Derna report" })).toHaveCount(0);
  });

  test.beforeEach(({ page }) => {
    page.on("dialog", (dialog) => void dialog.accept());
  });

  test("adds articles from a Windows-1256 text file and an HTML page, tagged before saving", async ({ page, browser, request }) => {
    test.slow();
    const { id, editToken } = await createCase(request, "Uploaded files");
    await openEditor(page, id, editToken, "?section=articles");
    await page.getByTestId("article-form").getByText("Upload a file").click();

    await page.getByTestId("upload-input").setInputFiles("tests/fixtures/derna-report-cp1256.txt");
    await expect(page.getByTestId("import-status")).toContainText("windows-1256");
    await expect(page.getByTestId("article-text-input")).toHaveValue(/الجيش الوطني الليبي/);
    await expect(page.getByTestId("live-preview").locator("mark").first()).toBeVisible();
    await page.getByLabel("Date").fill("2018-05");
    await page.getByRole("button", { name: "Add the article" }).click();

    await page.getByTestId("upload-input").setInputFiles("tests/fixtures/derna-report.html");
    await expect(page.getByLabel("Headline (optional)")).toHaveValue("قوات حفتر تقصف درنة");
    await expect(page.getByLabel("Date")).toHaveValue("2018-05-16");
    await expect(page.getByTestId("article-text-input")).not.toHaveValue(/<p>|الرئيسية/);
    await expect(page.getByTestId("live-preview").locator("mark", { hasText: "قوات حفتر" }).first()).toBeVisible();
    await page.getByRole("button", { name: "Add the article" }).click();

    await expect(page.getByTestId("article-list").locator("li")).toHaveCount(2);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    // Saved whole, in one version: the first save also fills the empty Arabic name from the English.
    await expect(page.getByTestId("save-status")).toHaveText("All changes saved (version 2)");

    const fresh = await browser.newContext();
    const reader = await fresh.newPage();
    await reader.goto(`/cases/${id}/articles/libya-herald-2018-05-16`);
    await expect(reader.getByTestId("headline")).toContainText("قوات حفتر تقصف درنة");
    await expect(reader.getByTestId("article-text").locator("mark").first()).toBeVisible();
    await reader.goto(`/cases/${id}/articles/libya-herald-2018-05`);
    await expect(reader.getByTestId("article-text")).toContainText("الجماعات الارهابية");
    await fresh.close();
  });

  test("refuses a save based on a version someone else saved, and keeps what was typed", async ({ page, browser, request }) => {
    const { id, editToken } = await createCase(request, "Two editors");
    const other = await browser.newContext();
    const second = await other.newPage();
    second.on("dialog", (dialog) => void dialog.accept());
    await openEditor(page, id, editToken);
    await openEditor(second, id, editToken);

    await page.getByLabel("Name (English)").fill("First editor's name");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("save-status")).toHaveText("All changes saved (version 2)");

    await second.getByLabel("Name (English)").fill("Second editor's name");
    await second.getByRole("button", { name: "Save", exact: true }).click();
    const failure = second.getByTestId("save-failure");
    await expect(failure).toContainText("Someone else saved this case study");
    await expect(failure).toContainText("Version 2 was saved after the version 1 you started from");
    await expect(second.getByLabel("Name (English)")).toHaveValue("Second editor's name");
    await expect(second.getByTestId("save-status")).toHaveText("Unsaved changes");

    const download = second.waitForEvent("download");
    await failure.getByRole("button", { name: "Download your draft first" }).click();
    expect((await download).suggestedFilename()).toBe(`framelens-${id}-draft.json`);

    await failure.getByRole("button", { name: /Load their version/ }).click();
    await expect(second.getByLabel("Name (English)")).toHaveValue("First editor's name");
    await expect(second.getByTestId("save-status")).toHaveText("All changes saved (version 2)");
    await other.close();
  });

  test.describe(() => {
    // The browser logs the refused request itself as a console error.
    test.use({ allowedConsoleErrors: [/status of 409/] });
    test("saves one edited article on its own, and refuses it, keeping the edit, once someone else saved", async ({ page, request }) => {
      test.slow();
      // Named in both languages: the editor fills an empty Arabic name from the English, which is a change of the case study's own.
      const { id, editToken } = await createCase(request, "One article at a time", "مقالة بعد مقالة");
      const article = (n: number) => ({
        id: `libya-herald-2018-05-1${n}`,
        outlet: "libya-herald",
        headline: `تقرير رقم ${n}`,
        subheadline: null,
        date: `2018-05-1${n}`,
        datePrecision: "day",
        dateApproximate: false,
        dateEvidence: "Typed by the browser test.",
        byline: null,
        rawFile: `report-${n}.txt`,
        language: "ar",
        events: [],
        chromeLines: [],
        text: "قالت قوات الجيش الوطني الليبي إن الطرق إلى المدينة مفتوحة.",
      });
      for (const [version, n] of [[1, 1], [2, 2]] as const) {
        const added = await request.post(`/api/cases/${id}/articles`, { data: { version, article: article(n) }, headers: { authorization: `Bearer ${editToken}` } });
        expect(added.status()).toBe(201);
      }
      await openEditor(page, id, editToken, "?section=articles");
      const sent: string[] = [];
      page.on("request", (r) => {
        if (r.url().includes("/api/cases/") && r.method() !== "GET") sent.push(`${r.method()} ${new URL(r.url()).pathname}`);
      });
      const first = page.getByTestId("article-list").locator("li").first();
      await first.getByRole("button", { name: "Edit" }).click();
      await page.getByLabel("Headline (optional)").fill("تقرير معدل");
      await page.getByRole("button", { name: "Update the article" }).click();
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByTestId("save-status")).toHaveText("All changes saved (version 4)");
      expect(sent).toEqual([`PUT /api/cases/${id}/articles/libya-herald-2018-05-11`]);
      const stored = (await (await request.get(`/api/cases/${id}`)).json()).caseStudy;
      expect(stored.articles.map((a: { headline: string }) => a.headline)).toEqual(["تقرير معدل", "تقرير رقم 2"]);

      // Someone else changes the other article; this editor's next save was based on version 4.
      const theirs = await request.put(`/api/cases/${id}/articles/libya-herald-2018-05-12`, { data: { version: 4, article: { ...article(2), headline: "تقرير آخر" } }, headers: { authorization: `Bearer ${editToken}` } });
      expect(await theirs.json()).toEqual({ version: 5 });
      await first.getByRole("button", { name: "Edit" }).click();
      await page.getByLabel("Headline (optional)").fill("تقرير معدل مرة ثانية");
      await page.getByRole("button", { name: "Update the article" }).click();
      await page.getByRole("button", { name: "Save", exact: true }).click();
      const failure = page.getByTestId("save-failure");
      await expect(failure).toContainText("Someone else saved this case study");
      await expect(failure).toContainText("Version 5 was saved after the version 4 you started from");
      await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");
      await expect(first).toContainText("تقرير معدل مرة ثانية");
    });
  });

  test.describe(() => {
    // The browser logs the refused request itself as a console error.
    test.use({ allowedConsoleErrors: [/status of 400/] });
    test("names the entry and field of a refused save", async ({ page, request }) => {
      const { id, editToken } = await createCase(request, "Bad outlet");
      await openEditor(page, id, editToken);
      await page.getByLabel("Country").fill("");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByTestId("save-failure")).toContainText('outlets · entry #0 "libya-herald" · country: must not be empty');
      await expect(page.getByLabel("Country")).toHaveValue("");
    });
  });

  test("offers a copy of the bundled case study instead of saving it, with every article", async ({ page }) => {
    await page.goto("/cases/derna/edit");
    await expect(page.getByTestId("bundled-notice")).toContainText("Make your own copy");
    await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Make your own copy" }).click();
    await page.waitForURL(/\/cases\/derna-libya-[a-z0-9-]+\/edit$/);
    await expect(page.getByTestId("save-status")).toHaveText("All changes saved (version 1)");
    await expect(page.getByRole("button", { name: "Articles (5)" })).toBeVisible();
    await expect(page.getByLabel("Name (English)")).toHaveValue("Derna, Libya (2016–2018) (copy)");
  });

  test("starts from an empty lexicon, keeps what is typed across sections, and asks before a link drops it", async ({ page }) => {
    await page.goto("/cases/new");
    await page.getByLabel("Name (English)").fill("Empty start");
    await page.getByLabel("Description (English)").fill("No lexicon yet.");
    await page.getByLabel("Name (required)", { exact: true }).fill("Sudan Tribune");
    await page.getByLabel("Country (required)").fill("Sudan");
    await page.getByLabel("Language of its articles").selectOption("en");
    await page.getByLabel("An empty lexicon").check();
    await page.getByRole("button", { name: "Create the case study" }).click();
    await page.waitForURL(/\/edit\?section=articles$/);
    await expect(page.getByRole("button", { name: "Lexicon (0)" })).toBeVisible();

    await page.getByTestId("article-text-input").fill("Rebels took the airport.");
    await expect(page.getByTestId("live-count")).toHaveText("0 framing terms in 4 words");
    await page.getByRole("button", { name: "Details & outlets" }).click();
    await expect(page.getByLabel("Country")).toHaveValue("Sudan");
    await page.getByRole("button", { name: /^Articles/ }).click();
    await expect(page.getByTestId("article-text-input")).toHaveValue("Rebels took the airport.");

    page.removeAllListeners("dialog");
    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("link", { name: "Overview" }).click();
    await expect(page).toHaveURL(/\/edit\?section=articles$/);
    await expect(page.getByTestId("article-text-input")).toHaveValue("Rebels took the airport.");
  });

  test("shows the links open the first time, folded under their title afterwards", async ({ page, request }) => {
    const { id, editToken } = await createCase(request, "Links folded");
    await openEditor(page, id, editToken);
    const links = page.getByTestId("share-links");
    await expect(links).toHaveAttribute("open", "");
    await expect(page.getByText("This link is the only key to editing")).toBeVisible();

    await page.reload();
    await expect(links).not.toHaveAttribute("open");
    await expect(page.getByText("This link is the only key to editing")).toBeHidden();
    await page.getByText("Links: read and edit").click();
    await expect(page.getByTestId("edit-link")).toBeVisible();
    await expect(page.getByTestId("edit-link")).toHaveValue(new RegExp(`/cases/${id}/edit#token=${editToken}$`));
  });

  test.describe(() => {
    // After the delete the page's own links may still be prefetched on the way out: the
    // deleted case study's overview then answers 404, which the browser logs.
    test.use({ allowedConsoleErrors: [/status of 404/] });

    test("imports an exported case-study file as a new case study, and deletes one after asking", async ({ page, request }, testInfo) => {
      const { id, editToken } = await createCase(request, "To export");
      const file = testInfo.outputPath("exported.json");
      const exported = await (await request.get(`/api/cases/${id}/export`)).text();
      await import("node:fs").then((fs) => fs.writeFileSync(file, exported));

      await page.goto("/cases/new");
      await page.getByTestId("import-case-input").setInputFiles(file);
      await page.waitForURL(/\/cases\/to-export-[a-z0-9-]+\/edit\?section=articles$/);
      const copy = /\/cases\/([a-z0-9-]+)\/edit/.exec(page.url())![1]!;
      expect(copy).not.toBe(id);
      await expect(page.getByTestId("edit-link")).toHaveValue(/#token=/);

      await openEditor(page, id, editToken);
      await page.getByRole("button", { name: "Delete the case study" }).click();
      await page.waitForURL((url) => url.pathname === "/");
      expect((await request.get(`/api/cases/${id}`)).status()).toBe(404);
      expect((await request.get(`/api/cases/${copy}`)).status()).toBe(200);
    });
  });

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/status of 4\d\d/] });
    test("shows why an address cannot be fetched, and keeps the fields", async ({ page, request }) => {
      const { id, editToken } = await createCase(request, "Refused address");
      await openEditor(page, id, editToken, "?section=articles");
      await page.getByLabel("Headline (optional)").fill("Kept headline");
      await page.getByTestId("article-form").getByText("From an address").click();
      await page.getByLabel("Article address (http or https)").fill("http://127.0.0.1:9/article");
      await page.getByRole("button", { name: "Fetch" }).click();
      await expect(page.getByTestId("import-status")).toContainText("The server refused:");
      await expect(page.getByLabel("Headline (optional)")).toHaveValue("Kept headline");
    });

    test("says in Arabic, on the Arabic editor, why an address or a file is refused", async ({ page, request }) => {
      const { id, editToken } = await createCase(request, "Refused in Arabic");
      await openEditor(page, id, editToken, "?section=articles&lang=ar");
      const status = page.getByTestId("import-status");
      await page.getByLabel("العنوان (اختياري)").fill("عنوان محفوظ");

      await page.getByTestId("article-form").getByText("من عنوان").click();
      await page.getByLabel("عنوان المقالة (http أو https)").fill("http://127.0.0.1:9/article");
      await page.getByRole("button", { name: "اجلب" }).click();
      // The address and its range are isolated in the line (U+2068…U+2069), so they read left to right.
      await expect(status).toHaveText("رفض الخادم: العنوان \u2068127.0.0.1\u2069 هو عنوان استرجاع محلي (loopback، \u2068127.0.0.0/8\u2069)، ولا يُجلب إلا من العناوين العامة");

      await page.getByTestId("article-form").getByText("رفع ملف").click();
      await page.getByTestId("upload-input").setInputFiles({ name: "تقرير.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
      await expect(status).toHaveText("رفض الخادم: لا يمكن استيراد \u2068تقرير.pdf\u2069: نوع الملف غير مقبول؛ استخدم \u2068.txt\u2069 أو \u2068.md\u2069 أو \u2068.html\u2069 أو \u2068.htm\u2069");
      await expect(status).not.toContainText("is not a file type");
      await expect(page.getByLabel("العنوان (اختياري)")).toHaveValue("عنوان محفوظ");
    });
  });

  for (const lang of ["en", "ar"] as const) {
    test(`has no serious accessibility violations on /cases/new and the editor (${lang})`, async ({ page, request }) => {
      test.slow();
      const query = lang === "ar" ? "?lang=ar" : "";
      await page.goto(`/cases/new${query}`);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      expect(await seriousViolations(page)).toEqual([]);

      const { id, editToken } = await createCase(request, `Accessible ${lang}`);
      for (const section of ["details", "articles"]) {
        await openEditor(page, id, editToken, `?section=${section}${lang === "ar" ? "&lang=ar" : ""}`);
        await expect(page.getByTestId(`section-${section}`)).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      }
      await page.getByTestId("article-text-input").fill("قالت القيادة العامة إن قوات حفتر دخلت درنة");
      await expect(page.getByTestId("live-preview").locator("mark").first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
