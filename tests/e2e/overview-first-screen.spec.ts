import type { Page } from "@playwright/test";
import { expect, seriousViolations, test } from "./fixtures";

// The student's first question, answered on the first screen: who calls Haftar's forces what.
const contrast = (page: Page) => page.getByTestId("key-contrast");
const cell = (page: Page, actor: string, outlet: string) => contrast(page).locator(`td[data-contrast-actor="${actor}"][data-contrast-outlet="${outlet}"]`);

/** The key contrast's box lies wholly inside the first screen, the page scrolled to its top. */
async function expectAboveTheFold(page: Page, height: number) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await contrast(page).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

test.describe("the overview's first screen at 1366×768", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("shows each outlet's most-used label for the most contested actors, above the fold", async ({ page }) => {
    await page.goto("/cases/derna");
    await expect(contrast(page).getByRole("heading", { level: 2 })).toHaveText(/Key contrast/);
    await expect(contrast(page).locator("tbody tr")).toHaveCount(3);
    await expect(contrast(page).locator("tbody th")).toHaveText([/Libyan National Army|LNA/, /Haftar/, /Shura Council/]);
    // Al Jazeera's Haftar's forces against Youm7's Libyan army, each with its Arabic, gloss, sign and count.
    const aljazeera = cell(page, "lna", "aljazeera").getByRole("button");
    await expect(aljazeera).toHaveAccessibleName(/^قوات حفتر\s*,\s*Haftar's forces\s*,\s*delegitimizing, used 6 times$/);
    await expect(aljazeera.locator('[lang="ar"]')).toHaveAttribute("dir", "rtl");
    await expect(aljazeera.locator("[data-stance]")).toHaveText("−");
    await expect(cell(page, "lna", "youm7").getByRole("button")).toHaveAccessibleName(/the Libyan army\s*,\s*legitimizing, used 14 times$/);
    // Al Jazeera frames the Shura Council with no label: it says so.
    await expect(cell(page, "dmsc", "aljazeera")).toHaveText(/no framing label\s*names it by plain name only/);
    await expectAboveTheFold(page, 768);
  });

  test("a label of the key contrast opens its sentences, and focus comes back to it", async ({ page }) => {
    await page.goto("/cases/derna");
    const button = cell(page, "lna", "aljazeera").getByRole("button");
    await button.click();
    await expect(page).toHaveURL(/\?label=aljazeera:lna-haftar-forces:lna$/);
    const dialog = page.getByRole("dialog", { name: /قوات حفتر/ });
    await expect(dialog.getByTestId("occurrences").getByRole("listitem")).toHaveCount(6);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("in Arabic, the key contrast is above the fold too and speaks Arabic", async ({ page }) => {
    await page.goto("/cases/derna?lang=ar");
    await expect(contrast(page).getByRole("heading", { level: 2 })).toHaveText(/التباين الأبرز/);
    await expect(cell(page, "dmsc", "aljazeera")).toContainText("لا تسمية مؤطِّرة");
    await expect(cell(page, "lna", "aljazeera").getByRole("button")).toHaveAccessibleName(/تنزع الشرعية/);
    await expectAboveTheFold(page, 768);
  });

  test("counts only the outlets' own words in that view", async ({ page }) => {
    await page.goto("/cases/derna?voice=outlet");
    await expect(contrast(page)).toHaveAttribute("data-view", "own");
    await page.getByTestId("voice-own-only").uncheck();
    await expect(contrast(page)).toHaveAttribute("data-view", "all");
  });

  for (const path of ["/cases/derna", "/cases/derna?lang=ar"]) {
    test(`${path} has no serious accessibility violation at 1366 px`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      await expect(contrast(page)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe("the overview's first screen on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ["/cases/derna", "/cases/derna?lang=ar"]) {
    test(`${path}: the key contrast scrolls in its own box, with no serious accessibility violation`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      await expect(contrast(page)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
