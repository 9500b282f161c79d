import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { buildEvidenceRows } from "@/lib/comparison/evidence";
import { EXPORT_FIELDS } from "@/lib/comparison/evidence-export";
import { NO_FILTERS, type EvidenceFilters, indexEvidenceRows, queryEvidence } from "@/lib/comparison/evidence-query";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { expect, seriousViolations, test } from "./fixtures";

const analysis = getBundledCaseAnalysis("derna")!;
const rows = buildEvidenceRows(analysis);
const index = indexEvidenceRows(rows);
const expectedRows = (filters: Partial<EvidenceFilters>) => queryEvidence(index, { ...NO_FILTERS, ...filters });
const textOfFile = Object.fromEntries(analysis.caseStudy.articles.map((a) => [a.rawFile, a.text]));
const TERMS = "/cases/derna/terms";

const resultCount = (page: Page) => page.getByTestId("result-count");
const bodyRows = (page: Page) => page.getByTestId("evidence-row");
const cellTexts = (page: Page, column: number) => bodyRows(page).locator(`td:nth-child(${column + 1})`).allTextContents();
const params = (page: Page) => new URL(page.url()).searchParams;

async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, "utf8");
}

test.describe("the evidence table", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`opens in ${lang === "en" ? "English" : "Arabic"} with every mention and no serious accessibility violation`, async ({ page }) => {
      // Two scans of a long page: about ten seconds each on a busy two-core machine.
      test.slow();
      const response = await page.goto(lang === "en" ? TERMS : `${TERMS}?lang=ar`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "en" ? "ltr" : "rtl");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang === "en" ? "Evidence table" : "جدول الأدلة");
      await expect(bodyRows(page)).toHaveCount(50);
      await expect(resultCount(page)).toHaveText(lang === "en" ? `${rows.length} of ${rows.length} mentions` : `${rows.length} من ${rows.length} إشارة`);
      // The Arabic columns read right to left in either interface.
      await expect(bodyRows(page).first().locator("td").nth(3).locator('[lang="ar"][dir="rtl"]')).toHaveCount(1);
      // The context is the last column, after "Refers to".
      await expect(bodyRows(page).first().locator("td").nth(11).locator('[lang="ar"][dir="rtl"] mark')).toHaveCount(1);
      await expect(page.getByTestId("merged-spellings")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      // Open the explanations and a filter menu, so the scan sees them too.
      await page.getByTestId("how-to-read").locator("summary").click();
      await page.getByTestId("filter-category").locator("summary").click();
      // The ten framing categories, and "plain name" for labels that frame nothing.
      await expect(page.getByTestId("filter-category").getByRole("checkbox")).toHaveCount(11);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("narrows to an outlet and a search, keeps both in the URL, and a reload keeps the view", async ({ page }) => {
    await page.goto(TERMS);
    const menu = page.getByTestId("filter-outlet");
    await menu.locator("summary").click();
    await menu.getByRole("checkbox", { name: /Youm7/ }).check();
    await expect(page).toHaveURL(/[?&]outlet=youm7(&|$)/);
    const youm7 = expectedRows({ outlet: ["youm7"] });
    await expect(resultCount(page)).toHaveText(`${youm7.length} of ${rows.length} mentions`);

    // Typed as الليبي, it also finds Youm7's الليبى.
    await page.getByRole("searchbox").fill("الليبي");
    await expect.poll(() => params(page).get("q")).toBe("الليبي");
    const expected = expectedRows({ outlet: ["youm7"], q: "الليبي" });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(youm7.length);
    expect(expected.some((r) => r.form.includes("الليبى"))).toBe(true);
    await expect(resultCount(page)).toHaveText(`${expected.length} of ${rows.length} mentions`);
    expect(new Set(await cellTexts(page, 0))).toEqual(new Set(["Youm7"]));

    await page.reload();
    await expect(resultCount(page)).toHaveText(`${expected.length} of ${rows.length} mentions`);
    await expect(page.getByRole("searchbox")).toHaveValue("الليبي");
    await expect(page.getByRole("button", { name: "Remove filter: Outlet: Youm7" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Remove filter: Search: الليبي" })).toBeVisible();
    await page.getByTestId("filter-outlet").locator("summary").click();
    await expect(page.getByTestId("filter-outlet").getByRole("checkbox", { name: /Youm7/ })).toBeChecked();
  });

  test("opens a link from another page with its filters: entry, outlet, sort and page", async ({ page }) => {
    await page.goto(`${TERMS}?entry=lna-libyan-army&outlet=youm7,qposts&sort=form.desc`);
    const expected = queryEvidence(index, { ...NO_FILTERS, entry: ["lna-libyan-army"], outlet: ["youm7", "qposts"] }, { column: "form", desc: true });
    await expect(resultCount(page)).toHaveText(`${expected.length} of ${rows.length} mentions`);
    await expect(page.getByRole("columnheader", { name: /Form/ })).toHaveAttribute("aria-sort", "descending");
    expect((await cellTexts(page, 3)).map((t) => t.trim())).toEqual(expected.slice(0, 50).map((r) => r.form));
  });

  test("downloads exactly the filtered rows, every page, as CSV and JSON", async ({ page }) => {
    await page.goto(`${TERMS}?outlet=youm7,aljazeera&size=25`);
    const expected = expectedRows({ outlet: ["youm7", "aljazeera"] });
    expect(expected.length).toBeGreaterThan(25);
    await expect(resultCount(page)).toHaveText(`${expected.length} of ${rows.length} mentions`);
    await expect(bodyRows(page)).toHaveCount(25);
    const shown = Number((await resultCount(page).textContent())?.split(" ")[0]);

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    expect(csvDownload.suggestedFilename()).toBe("framelens-derna-evidence-youm7-aljazeera.csv");
    const csv = await readDownload(csvDownload);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(EXPORT_FIELDS.join(","));
    expect(lines.length - 1).toBe(shown);

    const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-json").click()]);
    expect(jsonDownload.suggestedFilename()).toBe("framelens-derna-evidence-youm7-aljazeera.json");
    const records = JSON.parse(await readDownload(jsonDownload)) as Record<string, string | number | boolean | null>[];
    expect(records).toHaveLength(shown);
    expect(records.map((r) => `${r.article}:${r.start}`)).toEqual(expected.map((r) => r.id));
    for (const record of records) {
      expect(["youm7", "aljazeera"]).toContain(record.outlet);
      const text = textOfFile[record.raw_file as string]!;
      expect(text.slice(record.start as number, record.end as number)).toBe(record.form);
    }
  });

  test("in the Arabic interface, the downloads carry each mention's paragraph translation and who made it", async ({ page }) => {
    await page.goto(`${TERMS}?lang=ar&outlet=qposts&size=25`);
    const expected = expectedRows({ outlet: ["qposts"] });
    expect(expected.some((r) => r.translation !== null)).toBe(true);

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    const csv = await readDownload(csvDownload);
    const header = csv.slice(1).split("\r\n")[0]!.split(",");
    expect(header).toContain("paragraph_translation");
    expect(header).toContain("translation_by");
    // The English travels as written, in the Arabic interface too: the first translated paragraph is in the file.
    const translated = expected.find((r) => r.translation !== null)!;
    expect(csv).toContain(translated.translation!.replaceAll('"', '""'));

    const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-json").click()]);
    const records = JSON.parse(await readDownload(jsonDownload)) as Record<string, string | number | boolean | null>[];
    expect(records.map((r) => r.paragraph_translation)).toEqual(expected.map((r) => r.translation));
    expect(records.map((r) => r.translation_by)).toEqual(expected.map((r) => (r.translation === null ? null : "framelens")));
  });

  test("sorts by a column, both ways, and keeps the order in the URL", async ({ page }) => {
    await page.goto(TERMS);
    await expect(page.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "ascending");
    await page.getByTestId("sort-gloss").click();
    await expect(page.getByRole("columnheader", { name: /Gloss/ })).toHaveAttribute("aria-sort", "ascending");
    await expect(page).toHaveURL(/sort=gloss\.asc/);
    const ascending = queryEvidence(index, NO_FILTERS, { column: "gloss", desc: false });
    expect((await cellTexts(page, 4)).map((t) => t.trim())).toEqual(ascending.slice(0, 50).map((r) => r.gloss));

    await page.getByTestId("sort-gloss").click();
    await expect(page.getByRole("columnheader", { name: /Gloss/ })).toHaveAttribute("aria-sort", "descending");
    await expect(page).toHaveURL(/sort=gloss\.desc/);
    const descending = queryEvidence(index, NO_FILTERS, { column: "gloss", desc: true });
    expect((await cellTexts(page, 4))[0]?.trim()).toBe(descending[0]?.gloss);
  });

  test("pages through the rows", async ({ page }) => {
    await page.goto(TERMS);
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("showing-rows")).toHaveText(`Rows 51–100 of ${rows.length}`);
    await page.getByLabel("Rows per page").selectOption("200");
    await expect(bodyRows(page)).toHaveCount(200);
    await expect(page).toHaveURL(/size=200/);
    expect(params(page).get("page")).toBeNull();
  });

  test("can be used with the keyboard alone: search, filter, sort", async ({ page }) => {
    await page.goto(TERMS);
    const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName);
    const tabTo = async (testId: string, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        if ((await focusedTestId()) === testId) return;
      }
      throw new Error(`Tab never reached ${testId}`);
    };

    await tabTo("search");
    await page.keyboard.type("terrorist");
    await page.keyboard.press("Enter");
    await expect.poll(() => params(page).get("q")).toBe("terrorist");
    await expect(resultCount(page)).toHaveText(`${expectedRows({ q: "terrorist" }).length} of ${rows.length} mentions`);

    // The outlet menu opens with Enter; Space ticks the first outlet; Escape closes it.
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("filter-outlet").locator("summary")).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("filter-outlet").getByRole("checkbox", { name: /Qposts/ })).toBeFocused();
    await page.keyboard.press("Space");
    await expect.poll(() => params(page).get("outlet")).toBe("qposts");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("filter-outlet").locator("summary")).toBeFocused();
    await expect(page.getByTestId("filter-outlet")).not.toHaveAttribute("open");
    await expect(resultCount(page)).toHaveText(`${expectedRows({ q: "terrorist", outlet: ["qposts"] }).length} of ${rows.length} mentions`);

    await tabTo("sort-date");
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe("none");
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "descending");
    await expect.poll(() => params(page).get("sort")).toBe("date.desc");

    // The first mention link is the next stop: Enter opens the reader at the mention.
    await tabTo("mention-link", 20);
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(href).toMatch(/^\/cases\/derna\/articles\/[a-z0-9-]+#m-\d+$/);
  });

  test("shows what normalization merged, each count linking to those mentions", async ({ page }) => {
    await page.goto(TERMS);
    const section = page.getByTestId("merged-spellings");
    await expect(section.getByRole("heading", { name: "What normalization merged" })).toBeVisible();
    const army = section.getByTestId("merged-entry").filter({ hasText: "the Libyan army" }).first();
    await expect(army.getByText("الجيش الليبى", { exact: true })).toBeVisible();
    await expect(army.getByText("بالجيش الليبى", { exact: true })).toBeVisible();

    const spelled = expectedRows({ entry: ["lna-libyan-army"], form: ["الجيش الليبى"] });
    await army.getByRole("link", { name: `${spelled.length} mentions spelled الجيش الليبى` }).click();
    await expect(page).toHaveURL(/entry=lna-libyan-army/);
    await expect(resultCount(page)).toHaveText(`${spelled.length} of ${rows.length} mentions`);
    expect(new Set((await cellTexts(page, 3)).map((t) => t.trim()))).toEqual(new Set(["الجيش الليبى"]));
  });

  test("writes every gloss whole at 1366 px: no word broken across lines (not even \"(excommunication)\")", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const url of [`${TERMS}?entry=isis-takfiri-zealots`, `${TERMS}?sort=gloss.desc`, TERMS]) {
      await page.goto(url);
      await expect(bodyRows(page).first()).toBeVisible();
      // A word broken across two lines has two boxes; a whole word has one.
      const broken = await bodyRows(page)
        .locator("td:nth-child(5) bdi")
        .evaluateAll((glosses) =>
          glosses.flatMap((gloss) => {
            const text = gloss.firstChild!;
            const words = [...(text.textContent ?? "").matchAll(/\S+/g)];
            return words
              .filter((word) => {
                const range = document.createRange();
                range.setStart(text, word.index!);
                range.setEnd(text, word.index! + word[0].length);
                return range.getClientRects().length > 1;
              })
              .map((word) => word[0]);
          }),
        );
      expect(broken).toEqual([]);
    }
    await page.goto(`${TERMS}?entry=isis-takfiri-zealots`);
    await expect(bodyRows(page).first().locator("td:nth-child(5)")).toHaveText("the zealots of takfir (excommunication)");
  });
});
