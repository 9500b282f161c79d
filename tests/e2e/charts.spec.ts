import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, seriousViolations, test } from "./fixtures";

const CHARTS = ["#framing-categories-chart", "#labels-by-stance-chart", "#attention-chart"];

/** Wait until every chart is drawn: Recharts draws in the browser only. */
async function chartsDrawn(page: Page) {
  await expect(page.locator("#framing-categories-chart svg.recharts-surface")).toHaveCount(4);
  for (const chart of CHARTS.slice(1)) await expect(page.locator(`${chart} svg.recharts-surface`)).toHaveCount(1);
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const { locale, query, dir, title, xAxis } of [
  { locale: "English", query: "", dir: "ltr", title: "Charts: how each outlet frames the story", xAxis: "per 1,000 words" },
  { locale: "Arabic", query: "?lang=ar", dir: "rtl", title: "الرسوم البيانية: كيف تؤطّر كل وسيلة إعلام القصة", xAxis: "لكل 1,000 كلمة" },
]) {
  test.describe(`the charts page in ${locale}`, () => {
    test("draws three charts with axes, titles, captions and legends, and passes an axe scan", async ({ page }) => {
      const response = await page.goto(`/cases/derna/charts${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByTestId("how-to-read")).toBeVisible();
      await chartsDrawn(page);

      const sections = page.getByTestId("chart-section");
      await expect(sections).toHaveCount(3);
      for (let i = 0; i < 3; i++) {
        const section = sections.nth(i);
        await expect(section.getByRole("heading", { level: 2 })).toBeVisible();
        await expect(section.getByTestId("chart-caption")).not.toBeEmpty();
        await expect(section.getByTestId("chart-legend").getByRole("listitem").first()).toBeVisible();
        // Every chart has a value axis with ticks and a category axis naming the outlets or categories.
        await expect(section.locator(".recharts-xAxis").first()).toBeAttached();
        await expect(section.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").first()).toBeVisible();
        await expect(section.locator(".recharts-yAxis").first()).toBeAttached();
        await expect(section.locator(".recharts-yAxis-tick-labels text").first()).toBeVisible();
      }
      await expect(page.locator("#framing-categories-chart svg text", { hasText: xAxis })).toHaveCount(4);
      expect(await seriousViolations(page)).toEqual([]);

      // The numbers, opened, are clean too.
      for (const summary of await page.getByTestId("show-numbers").locator("summary").all()) await summary.click();
      await expect(page.getByTestId("numbers-table")).toHaveCount(3);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("links every number in the tables to the evidence table, keeping the language", async ({ page }) => {
      await page.goto(`/cases/derna/charts${query}`);
      const lang = query ? "&lang=ar" : "";
      const categories = page.getByTestId("show-numbers").first();
      await categories.locator("summary").click();
      await expect(categories.locator(`a[href="/cases/derna/terms?outlet=youm7&category=state-legitimacy${lang}"]`)).toContainText("58.1");
      const stance = page.getByTestId("show-numbers").nth(1);
      await stance.locator("summary").click();
      await expect(stance.locator(`a[href="/cases/derna/terms?outlet=aljazeera&actor=lna&stance=delegitimizing${lang}"]`)).toHaveText("10");
      const attention = page.getByTestId("show-numbers").nth(2);
      await attention.locator("summary").click();
      await expect(attention.locator(`a[href="/cases/derna/terms?outlet=aljazeera&actor=egypt${lang}"]`)).toContainText("22.7%");
      for (const href of await page.getByTestId("numbers-table").locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
        expect(href).toMatch(/^\/cases\/derna\/terms\?outlet=[a-z0-9-]+/);
      }
    });
  });
}

test.describe("the stance chart's actor", () => {
  test("lives in the URL: choosing one updates the URL, the title, the chart and the table", async ({ page }) => {
    await page.goto("/cases/derna/charts");
    await chartsDrawn(page);
    const section = page.getByTestId("chart-section").nth(1);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Labels for Haftar-led forces (Libyan National Army), by stance");
    await expect(page.locator("#labels-by-stance-chart svg text", { hasText: "+ 31" })).toHaveCount(1);

    await section.getByRole("combobox", { name: "Actor" }).selectOption("dmsc");
    await expect(page).toHaveURL(/\/cases\/derna\/charts\?actor=dmsc$/);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Labels for Derna Mujahideen Shura Council, by stance");
    await expect(page.locator("#labels-by-stance-chart svg text", { hasText: "− 16" })).toHaveCount(1);
    await expect(page.locator("#labels-by-stance-chart svg text", { hasText: "+ 31" })).toHaveCount(0);
    await section.getByTestId("show-numbers").locator("summary").click();
    await expect(section.locator('a[href="/cases/derna/terms?outlet=youm7&actor=dmsc&stance=delegitimizing"]')).toHaveText("16");

    // A permalink opens the same view, in either language.
    await page.goto("/cases/derna/charts?actor=egypt&lang=ar");
    await chartsDrawn(page);
    await expect(page.getByRole("combobox", { name: "الفاعل" })).toHaveValue("egypt");
    await expect(page.locator("#labels-by-stance-chart svg text", { hasText: "لم يُسمَّ" })).toHaveCount(3);
  });

  test("can be chosen with the keyboard", async ({ page }) => {
    await page.goto("/cases/derna/charts?actor=dmsc");
    await chartsDrawn(page);
    const section = page.getByTestId("chart-section").nth(1);
    await section.getByRole("button", { name: /CSV file$/ }).focus();
    // From the downloads to the actor.
    const picker = section.getByRole("combobox", { name: "Actor" });
    for (let i = 0; i < 10 && !(await picker.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(picker).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page).toHaveURL(/\?actor=isis$/);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Labels for Islamic State, by stance");
    // The page redrew for the new actor without losing the keyboard's place.
    await expect(picker).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(section.getByRole("link", { name: "May 2018 (approx.)" })).toBeFocused();
  });
});

test.describe("the downloads", () => {
  test("give a PNG of each chart with sensible dimensions, and CSV files with English headers", async ({ page }) => {
    await page.goto("/cases/derna/charts?lang=ar");
    await chartsDrawn(page);
    const headers = [
      "outlet_id,outlet,category_id,category,mentions,body_words,per_1000_body_words",
      "outlet_id,outlet,actor_id,actor,stance,labels",
      "outlet_id,outlet,actor_id,actor,labels,outlet_actor_labels,share_percent",
    ];
    const names = ["derna-framing-categories", "derna-labels-lna-by-stance", "derna-attention-by-actor"];
    for (let i = 0; i < 3; i++) {
      const section = page.getByTestId("chart-section").nth(i);
      const [png] = await Promise.all([page.waitForEvent("download"), section.getByTestId("download-png").click()]);
      expect(png.suggestedFilename()).toBe(`${names[i]}.png`);
      const { width, height } = pngSize(await readFile((await png.path())!));
      // Twice the chart's CSS size, with room for the title, legend and notes.
      expect(width).toBeGreaterThanOrEqual(1800);
      expect(width).toBeLessThanOrEqual(2600);
      expect(height).toBeGreaterThan(700);
      expect(height).toBeLessThan(width);

      const [csv] = await Promise.all([page.waitForEvent("download"), section.getByTestId("download-csv").click()]);
      expect(csv.suggestedFilename()).toBe(`${names[i]}.csv`);
      const text = await readFile((await csv.path())!, "utf8");
      expect(text.startsWith("\uFEFF")).toBe(true);
      const lines = text.slice(1).split("\r\n");
      expect(lines[0]).toBe(headers[i]);
      expect(lines.length).toBeGreaterThan(12);
    }
  });
});
