import { readFileSync } from "node:fs";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { plainTranslation } from "@/lib/case-study/translation-marks";
import { expect, seriousViolations, test } from "./fixtures";

const derna = getBundledCaseStudy();
const LNA_KEY = "youm7:lna-libyan-national-army:lna";
// A label of the matrices (the key contrast above them repeats a few).
const label = (page: import("@playwright/test").Page, key: string) => page.locator(`[data-testid$="-matrix"] [data-label-key="${key}"]`);

test.describe("the overview of the Derna case study", () => {
  test("shows the actor × outlet matrix: Youm7's Libyan National Army, and silence as 'never named'", async ({ page }) => {
    await page.goto("/cases/derna");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How each outlet names the actors and the events");
    const matrix = page.getByRole("table", { name: /labels each outlet used for each actor/i });
    await expect(matrix.getByRole("columnheader")).toHaveText(["Actor", /^Qposts/, /^Libya24/, /^Youm7/, /^Al Jazeera/]);
    const youm7Lna = page.locator('td[data-row="lna"][data-outlet="youm7"]');
    await expect(youm7Lna.getByRole("button", { name: /^قوات الجيش الوطنى الليبى\s*,\s*the Libyan National Army\s*,\s*legitimizing, used 7 times$/ })).toBeVisible();
    await expect(page.locator('td[data-row="uae"][data-outlet="youm7"]')).toHaveText("never named");
    await expect(page.getByTestId("outlet-summaries").getByRole("listitem")).toHaveCount(derna.outlets.length);
    await expect(page.getByRole("table", { name: /terms each outlet used for each event/i })).toBeVisible();
  });

  test("says plainly where each outlet is from, and that Qposts does not say", async ({ page }) => {
    await page.goto("/cases/derna");
    const qposts = page.getByTestId("outlet").filter({ hasText: "Qposts" });
    await expect(qposts).toContainText("Country: Not stated on its website");
    await expect(page.getByTestId("outlet").filter({ hasText: "Youm7" })).toContainText("Country: Egypt");
    await expect(page.getByTestId("outlet").filter({ hasText: /Unknown|captured page/ })).toHaveCount(0);
  });

  test("opens a label's sentences and follows one to the reader, at the mention", async ({ page }) => {
    await page.goto("/cases/derna");
    await label(page, LNA_KEY).click();
    const dialog = page.getByRole("dialog", { name: /قوات الجيش الوطنى الليبى/ });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/\/cases\/derna\?label=youm7:lna-libyan-national-army:lna$/);
    await expect(dialog.getByTestId("occurrences").getByRole("listitem")).toHaveCount(7);
    await expect(dialog.getByRole("link", { name: "All in the evidence table" })).toHaveAttribute("href", "/cases/derna/terms?entry=lna-libyan-national-army&outlet=youm7");
    // Under each sentence, our English of its whole paragraph, named as ours.
    const translations = dialog.getByTestId("occurrence-translation");
    await expect(translations).toHaveCount(7);
    await expect(translations.first()).toContainText("Translation by Framelens (whole paragraph)");
    const english = translations.first().locator("p[dir='ltr']");
    await expect(english).toHaveAttribute("lang", "en");
    const youm7English = derna.translations!.find((t) => t.article === "youm7-2018-06")!.paragraphs.map(plainTranslation);
    expect(youm7English).toContain(await english.textContent());

    const first = dialog.getByTestId("occurrence-link").first();
    const href = await first.getAttribute("href");
    expect(href).toMatch(/^\/cases\/derna\/articles\/youm7-2018-06#m-\d+$/);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?]/g, "\\?")}$`));
    await expect(page.getByTestId("article-text")).toBeVisible();
    const youm7 = derna.articles.find((a) => a.id === "youm7-2018-06")!;
    const start = Number(href!.split("#m-")[1]);
    expect(youm7.text.slice(start, start + 30)).toMatch(/^الجيش الوطنى الليبى/);
  });

  test("in Arabic: the layout mirrors, the dialog speaks Arabic and its links keep the language", async ({ page }) => {
    await page.goto("/cases/derna?lang=ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator('td[data-row="uae"][data-outlet="youm7"]')).toHaveText("لم تذكره قط");
    await label(page, "qposts:purification:assault-2018").click();
    const dialog = page.getByRole("dialog", { name: /تطهير/ });
    await expect(dialog).toContainText("الوسيلة:كيو بوست");
    await expect(dialog.getByTestId("occurrence-translation").first()).toContainText("ترجمة Framelens (الفقرة كاملة)");
    const link = dialog.getByRole("link", { name: "افتح في المقالة" }).first();
    await expect(link).toHaveAttribute("href", /^\/cases\/derna\/articles\/qposts-2018-05\?lang=ar#m-\d+$/);
    await link.click();
    await expect(page).toHaveURL(/\/cases\/derna\/articles\/qposts-2018-05\?lang=ar#m-\d+$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });

  test("opens the dialog straight from a permalink", async ({ page }) => {
    await page.goto(`/cases/derna?label=${LNA_KEY}`);
    const dialog = page.getByRole("dialog", { name: /قوات الجيش الوطنى الليبى/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/cases\/derna$/);
    await expect(label(page, LNA_KEY)).toBeFocused();
  });

  test("is usable from the keyboard: Tab to a label, Enter opens, Escape closes and gives focus back", async ({ page }) => {
    await page.goto("/cases/derna");
    let key: string | null = null;
    for (let i = 0; i < 120 && key === null; i++) {
      await page.keyboard.press("Tab");
      key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.labelKey ?? null);
    }
    expect(key, "a label is reachable with Tab").not.toBeNull();
    // The key contrast's label comes first, and repeats one of the matrix: mark the one focused.
    await page.evaluate(() => (document.activeElement as HTMLElement).setAttribute("data-tabbed-to", ""));
    const focused = page.locator("[data-tabbed-to]");
    const ring = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(ring).not.toBe("none");

    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
    // Focus stays in the dialog.
    for (let i = 0; i < 12; i++) await page.keyboard.press("Tab");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(focused).toBeFocused();
    await expect(page).not.toHaveURL(/label=/);
  });

  for (const [kind, button, first] of [
    ["actor", "Download CSV: the actor matrix, one column per outlet", "Actor id,Actor,Actor (Arabic)"],
    ["event", "Download CSV: the event matrix, one column per outlet", "Event id,Event,Event (Arabic)"],
  ] as const) {
    test(`downloads the ${kind} matrix as a CSV a spreadsheet reads: BOM, English header, one column per outlet`, async ({ page }) => {
      await page.goto("/cases/derna");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
      expect(download.suggestedFilename()).toBe(`derna-${kind}s-by-outlet.csv`);
      const text = readFileSync((await download.path())!, "utf8");
      expect(text.startsWith("\uFEFF")).toBe(true);
      const lines = text.slice(1).split("\r\n").filter(Boolean);
      expect(lines[0]).toBe(`${first},${derna.outlets.map((o) => o.name.en).join(",")}`);
      expect(lines).toHaveLength(1 + (kind === "actor" ? derna.actors.length : derna.events.length));
      if (kind === "actor") {
        const lna = lines.find((line) => line.startsWith("lna,"))!;
        expect(lna).toContain("قوات الجيش الوطنى الليبى (the Libyan National Army) ×7");
        expect(lines.find((line) => line.startsWith("uae,"))).toMatch(/,never named,never named,never named,/);
      }
    });
  }

  for (const lang of ["en", "ar"]) {
    test(`has no serious accessibility violations (${lang}), dialog closed and open`, async ({ page }) => {
      // Two full axe scans of the largest page: more than the default 30 s on a busy 2-core machine.
      test.slow();
      const query = lang === "ar" ? "?lang=ar" : "";
      await page.goto(`/cases/derna${query}`);
      await expect(page.getByRole("table").first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`/cases/derna${query}${query ? "&" : "?"}label=${LNA_KEY}`);
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
