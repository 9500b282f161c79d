import { expect, seriousViolations, test } from "./fixtures";

/** Pages in a PDF: its page objects (the page tree's `/Type /Pages` left out). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

const SHORT = "/cases/derna/handout?length=short";

test.describe("the short handout", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`prints the key contrast, the main actors and their glossary on at most two A4 pages (${lang})`, async ({ page }) => {
      test.slow();
      await page.goto(lang === "en" ? SHORT : `${SHORT}&lang=ar`);
      await expect(page.getByTestId("handout")).toHaveAttribute("data-length", "short");
      const contrast = page.getByTestId("handout-key-contrast");
      await expect(contrast.locator('tr[data-row="lna"]')).toContainText("قوات حفتر");
      await expect(contrast.locator('tr[data-row="dmsc"]')).toContainText(lang === "en" ? "no framing label" : "لا تسمية مؤطِّرة");
      await expect(page.getByTestId("handout-actor-matrix").locator("tbody tr").first()).toBeVisible();
      await expect(page.getByTestId("handout-glossary").locator("li").first()).toBeVisible();

      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const pages = countPdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }

  test("is one choice beside the full handout, kept in the URL", async ({ page }) => {
    await page.goto("/cases/derna/handout");
    const choice = page.getByRole("navigation", { name: "Length" });
    await expect(choice.getByRole("link", { name: "Full" })).toHaveAttribute("aria-current", "page");
    await choice.getByRole("link", { name: "Short (2 pages)" }).click();
    await expect(page).toHaveURL(/\/cases\/derna\/handout\?length=short$/);
    await expect(page.getByRole("navigation", { name: "Length" }).getByRole("link", { name: "Short (2 pages)" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/short/);

    await page.goto(`${SHORT}&lang=ar`);
    await expect(page.getByRole("navigation", { name: "الطول" }).getByRole("link", { name: "كاملة" })).toHaveAttribute("href", "/cases/derna/handout?lang=ar");
  });

  for (const [width, height] of [[1366, 768], [390, 844]] as const) {
    test(`has no serious accessibility violation at ${width} px, and fits a phone's width`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height });
      await page.goto(SHORT);
      await expect(page.getByTestId("handout-key-contrast")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
