import type { APIRequestContext, Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { expect, seriousViolations, test } from "./fixtures";

// Our own sentences, written for this test: three Arabic paragraphs and three English ones.
const ARABIC = ["دخلت قوات حفتر المدينة القديمة فجرًا بحسب السكان.", "وانسحبت الجماعات الإرهابية نحو الساحل بعد ليلة من القتال.", "وعاد بعض الأهالي إلى بيوتهم في المساء."].join("\n\n");
const ENGLISH = ["Haftar's forces pushed into the old town on Tuesday.", "The Libyan National Army said the terrorist groups had fled.", "Residents described a quiet night."].join("\n\n");

/** A stored case study mixing an Arabic and an English article, with the Derna lexicon; its id and edit token. */
async function createMixedCase(request: APIRequestContext): Promise<{ id: string; editToken: string }> {
  const derna = (await (await request.get("/api/cases/derna")).json()).caseStudy;
  const article = (id: string, outlet: string, language: "ar" | "en", text: string) => ({
    id, outlet, headline: null, subheadline: null, date: "2018-05-20", datePrecision: "day", dateApproximate: false,
    dateEvidence: "Written for the test.", byline: null, rawFile: `${id}.txt`, language, events: [], chromeLines: [], text,
  });
  const response = await request.post("/api/cases", {
    data: {
      name: { en: "Two languages", ar: "لغتان" },
      description: { en: "An Arabic and an English report, made by the browser tests.", ar: "" },
      outlets: [
        { id: "desert-daily", name: { en: "Desert Daily", ar: "ديزرت ديلي" }, country: "Libya", language: "ar", description: "A test outlet in Arabic." },
        { id: "coast-wire", name: { en: "Coast Wire", ar: "كوست واير" }, country: "Libya", language: "en", description: "A test outlet in English." },
      ],
      actors: derna.actors,
      events: derna.events,
      lexicon: derna.lexicon.map((entry: { seeds: string[] }) => ({ ...entry, seeds: [] })),
      articles: [article("desert-daily-report", "desert-daily", "ar", ARABIC), article("coast-wire-report", "coast-wire", "en", ENGLISH)],
    },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

async function openEditor(page: Page, id: string, token: string) {
  await page.goto(`/cases/${id}/edit?section=articles#token=${token}`);
  await expect(page).not.toHaveURL(/token=/);
}

async function shoot(page: Page, name: string) {
  for (const [width, height] of [[1366, 768], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/shots/${name}-${width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test.describe("a user's own translation", () => {
  test("is pasted or uploaded beside the article, aligned by paragraph, kept through an edit of the text, and credited to the editor in the reader", async ({ page, browser, request }) => {
    test.slow();
    const { id, editToken } = await createMixedCase(request);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openEditor(page, id, editToken);
    const arabic = page.getByTestId("article-list").locator("li").first();
    await arabic.getByRole("button", { name: "Edit" }).click();
    const form = page.getByTestId("article-form").first();
    await expect(form.getByTestId("alignment-summary")).toHaveText("No translation: the reader will say that the article has none.");

    // A file that is not UTF-8 text is refused by name, and the field keeps what it had.
    await form.getByTestId("translation-upload").setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9]) });
    await expect(form.getByTestId("translation-upload-status")).toContainText("latin1.txt is not plain UTF-8 text");
    await form.getByTestId("translation-upload").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 0x61) });
    await expect(form.getByTestId("translation-upload-status")).toContainText("the limit per translation is 1,048,576 bytes");
    await expect(form.getByTestId("translation-input")).toHaveValue("");

    await form.getByTestId("translation-upload").setInputFiles("tests/fixtures/user-translation.txt");
    await expect(form.getByTestId("translation-upload-status")).toHaveText("Read user-translation.txt: 2 paragraphs.");
    await expect(form.getByTestId("alignment-summary")).toHaveText("Original 3 paragraphs, translation 2: paragraph 3 onward may be misaligned.");
    await form.getByText("Show the paragraphs side by side").click();
    await expect(form.getByTestId("alignment-pairs").locator("li")).toHaveCount(3);
    await expect(form.getByTestId("alignment-pairs").locator("li[data-out-of-step]")).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "editor-translation");
    await form.getByRole("button", { name: "Update the article" }).click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("save-status")).toHaveText("All changes saved (version 2)");

    // Editing the text keeps the translation: the alignment says what changed.
    await arabic.getByRole("button", { name: "Edit" }).click();
    await expect(form.getByTestId("translation-input")).toHaveValue(/Haftar's forces entered the old town/);
    await form.getByTestId("article-text-input").fill(`${ARABIC}\n\nسطر رابع أضافه المحرر.`);
    await expect(form.getByTestId("alignment-summary")).toHaveText("Original 4 paragraphs, translation 2: paragraph 3 onward may be misaligned.");
    await form.getByRole("button", { name: "Update the article" }).click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("save-status")).toHaveText("All changes saved (version 3)");

    const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const reader = await fresh.newPage();
    await reader.goto(`/cases/${id}/articles/desert-daily-report`);
    await expect(reader.getByTestId("translation-label")).toHaveText("Translation supplied by the case's editor");
    await expect(reader.getByTestId("translation-out-of-step")).toContainText("The translation has 2 paragraphs for the original's 4");
    await expect(reader.locator("[data-translation]").first()).toHaveAttribute("lang", "en");
    await expect(reader.getByTestId("paragraph-translation-missing")).toHaveCount(2);
    await expect(reader.getByText("Translation by Framelens")).toHaveCount(0);
    expect(await seriousViolations(reader)).toEqual([]);
    await shoot(reader, "reader-user-translation");
    await reader.goto(`/cases/${id}/articles/desert-daily-report?lang=ar`);
    await expect(reader.getByTestId("translation-label")).toHaveText("ترجمة قدّمها محرّر دراسة الحالة");
    expect(await seriousViolations(reader)).toEqual([]);
    // The English article has none, and says so.
    await reader.goto(`/cases/${id}/articles/coast-wire-report`);
    await expect(reader.getByTestId("translation-missing")).toBeVisible();

    // The evidence table credits it to the editor too, and names each mention's language.
    await reader.goto(`/cases/${id}/terms`);
    const rows = reader.getByTestId("evidence-row");
    await expect(rows.first()).toBeVisible();
    const languages = new Set((await rows.locator("td:nth-child(11)").allTextContents()).map((t) => t.trim()));
    expect(languages).toEqual(new Set(["Arabic", "English"]));
    await expect(reader.getByTestId("row-translation-label").first()).toHaveText("Translation supplied by the case's editor (whole paragraph)");
    await fresh.close();
  });
});

test.describe("a case study in two languages", () => {
  test("filters its overview by language, kept in the URL, in both interface languages", async ({ page, request }) => {
    test.slow();
    const { id } = await createMixedCase(request);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/cases/${id}`);
    const filter = page.getByTestId("language-filter");
    await expect(filter).toContainText("Every language (2)");
    const outletHeaders = () => page.locator("#actors table thead th[scope=col]");
    await expect(outletHeaders()).toHaveCount(3);
    await filter.getByText("English (1)").click();
    await expect(page).toHaveURL(/[?&]language=en/);
    await expect(outletHeaders()).toHaveCount(2);
    await expect(outletHeaders().nth(1)).toContainText("Coast Wire");
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "overview-language");

    await page.goto(`/cases/${id}?language=ar&lang=ar`);
    await expect(page.getByTestId("language-ar")).toBeChecked();
    await expect(outletHeaders()).toHaveCount(2);
    await expect(outletHeaders().nth(1)).toContainText("ديزرت ديلي");
    expect(await seriousViolations(page)).toEqual([]);

    // A case in one language has nothing to filter.
    await page.goto("/cases/derna");
    await expect(page.getByTestId("voice-own-only-box").first()).toBeVisible();
    await expect(page.getByTestId("language-filter")).toHaveCount(0);
  });
});

test.describe("the evidence table of a case study in two languages", () => {
  test("filters by language from its filter menu, kept in the URL and a chip, and exports that language alone, in both interface languages", async ({ page, request }) => {
    test.slow();
    const { id } = await createMixedCase(request);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/cases/${id}/terms`);
    const rows = page.getByTestId("evidence-row");
    await expect(rows.first()).toBeVisible();
    const menu = page.getByTestId("filter-language");
    await menu.locator("summary").click();
    await menu.getByRole("checkbox", { name: /English/ }).check();
    await expect(page).toHaveURL(/[?&]language=en/);
    // Closed again, the menu no longer covers the downloads.
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open");
    await expect(page.getByRole("button", { name: "Remove filter: Language: English" })).toBeVisible();
    const languages = new Set((await rows.locator("td:nth-child(11)").allTextContents()).map((t) => t.trim()));
    expect(languages).toEqual(new Set(["English"]));
    const download = page.waitForEvent("download");
    await page.getByTestId("download-json").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-en\.json$/);
    const exported = JSON.parse(await readFile(await file.path(), "utf8")) as { language: string }[];
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.every((row) => row.language === "en")).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/cases/${id}/terms?language=ar&lang=ar`);
    await expect(page.getByRole("button", { name: /اللغة: العربية/ })).toBeVisible();
    await expect(rows.first().locator("td:nth-child(11)")).toHaveText("العربية");
    // A case in one language has nothing to filter.
    await page.goto("/cases/derna/terms");
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId("filter-language")).toHaveCount(0);
  });
});

test.describe("the evidence table on a laptop", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`fits a 1366-pixel window without sideways scrolling, translation under the context (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(lang === "en" ? "/cases/derna/terms" : "/cases/derna/terms?lang=ar");
      const table = page.getByTestId("evidence-table");
      await expect(table.getByTestId("evidence-row").first()).toBeVisible();
      const { scroll, box } = await table.evaluate((element) => ({ scroll: element.parentElement!.scrollWidth, box: element.parentElement!.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(box);
      await expect(table.getByTestId("row-translation-text").first()).toHaveAttribute("lang", "en");
      if (lang === "en") await shoot(page, "terms");
    });
  }
});
