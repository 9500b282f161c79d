import { expect, test } from "./fixtures";

// Pages that logged "preloaded using link preload but not used within a few seconds": their tabs
// prefetch the overview, whose stylesheet was then preloaded and never applied.
const PAGES = [
  "/cases/derna/edit",
  "/cases/derna/exercise",
  "/cases/derna/compare",
  "/cases/derna/charts",
  "/cases/derna/articles/qposts-2018-05",
  "/cases/derna/glossary",
  "/cases/derna/terms",
  "/",
];

test.use({ viewport: { width: 1366, height: 768 } });

for (const path of PAGES) {
  test(`${path} preloads nothing it does not use`, async ({ page }) => {
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (/preload/i.test(message.text())) warnings.push(message.text());
    });
    await page.goto(path, { waitUntil: "load" });
    // The browser warns a few seconds (about three) after the load event.
    await page.waitForTimeout(4_500);
    expect(warnings).toEqual([]);
  });
}
