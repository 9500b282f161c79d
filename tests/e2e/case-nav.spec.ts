import { expect, test } from "./fixtures";

// Some pages' HTML reads no query and others read theirs: the tab of the page on screen must be
// marked either way, in the HTML as served and once hydrated.
const PAGES = [
  { path: "/cases/derna", tab: "Overview" },
  { path: "/cases/derna/charts", tab: "Charts" },
  { path: "/cases/derna/exercise/libya24-2018-06", tab: "Exercise" },
] as const;

test.describe("the case tabs", () => {
  for (const { path, tab } of PAGES) {
    test(`mark ${tab} as the current page on ${path}, served and hydrated`, async ({ page, request }) => {
      const html = await (await request.get(path)).text();
      expect(html).toMatch(new RegExp(`<a[^>]*aria-current="page"[^>]*>${tab}</a>`));
      await page.goto(path);
      const nav = page.getByRole("navigation", { name: "Case study sections" });
      await expect(nav.locator('[aria-current="page"]')).toHaveText(tab);
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    });
  }

  test("mark the overview in Arabic too, and the language switch leads to the same page", async ({ page }) => {
    await page.goto("/cases/derna?lang=ar");
    await expect(page.locator('nav [aria-current="page"]')).toHaveCount(1);
    await expect(page.locator('nav [aria-current="page"]')).toHaveAttribute("href", "/cases/derna?lang=ar");
    await page.locator("a[hreflang=en]").click();
    await expect(page).toHaveURL(/\/cases\/derna$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
