import { caseSectionPath } from "@/lib/case-study/paths";
import { expect, seriousViolations, test } from "./fixtures";

const COMPARE = caseSectionPath("derna", "compare");
const PAIR = "?articles=qposts-2018-05,libya24-2018-06";

for (const lang of ["en", "ar"] as const) {
  const query = `${PAIR}${lang === "ar" ? "&lang=ar" : ""}`;
  const label = lang === "en" ? "Translation by Framelens" : "ترجمة Framelens";

  test(`side by side, each paragraph's translation sits under it, credited, and hides from the URL (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${COMPARE}${query}`);
    const column = page.getByTestId("compare-column").first();
    await expect(column.getByTestId("column-translation-label")).toHaveText(label);
    const row = column.locator("[data-translation-row]").nth(2);
    const english = row.locator("[data-translation]");
    await expect(english).toHaveAttribute("lang", "en");
    await expect(column.getByTestId("article-text")).toHaveAttribute("lang", "ar");
    await expect(column.getByTestId("article-text")).toHaveAttribute("dir", "rtl");
    // Columns are narrow: the English goes under its Arabic, not beside it.
    const arabicBox = (await row.locator("p").first().boundingBox())!;
    const englishBox = (await english.boundingBox())!;
    expect(englishBox.y).toBeGreaterThan(arabicBox.y + arabicBox.height - 1);
    // The two columns stay side by side without scrolling.
    const region = page.getByTestId("compare-columns");
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/compare-translation-1366-${lang}.png` });

    await page.getByTestId("translation-shown").uncheck();
    await expect(page).toHaveURL(/[?&]translation=hide/);
    await expect(page.locator("[data-translation]")).toHaveCount(0);
    await expect(page.getByTestId("compare-column")).toHaveCount(2);
    await page.getByTestId("translation-shown").check();
    await expect(page).not.toHaveURL(/translation=/);
    await expect(page.locator("[data-translation]").first()).toBeVisible();
  });

  test(`side by side on a phone, the translations fit (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${COMPARE}${query}`);
    await expect(page.getByTestId("compare-column").first().locator("[data-translation]").first()).toBeVisible();
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/compare-translation-390-${lang}.png` });
  });
}

for (const lang of ["en", "ar"] as const) {
  test(`the exercise shows the translation on request, plain, credited, and still marks from the keyboard (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/cases/derna/exercise/qposts-2018-05${lang === "ar" ? "?lang=ar" : ""}`);
    const aid = page.getByTestId("exercise-translation");
    const paragraphs = aid.locator("[data-translation-paragraph]");
    await expect(paragraphs.first()).toBeHidden();
    const summary = aid.locator("summary");
    await expect(summary).toHaveText(lang === "en" ? "Show the translation" : "اعرض الترجمة");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(paragraphs.nth(1)).toBeVisible();
    await expect(aid.getByTestId("exercise-translation-label")).toHaveText(lang === "en" ? "Translation by Framelens" : "ترجمة Framelens");
    await expect(paragraphs.first().locator("xpath=..")).toHaveAttribute("lang", "en");
    // Plain text: no term of the translation is marked, so the aid gives no answer away.
    await expect(aid.locator("mark")).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/exercise-translation-1366-${lang}.png`, fullPage: true });

    // The text to mark still takes the keyboard: Enter marks the word under the cursor.
    await page.getByTestId("exercise-text").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("marks").getByRole("listitem")).toHaveCount(1);
  });
}

test("the exercise's translation fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/cases/derna/exercise/qposts-2018-05?lang=ar");
  await page.getByTestId("exercise-translation").locator("summary").click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId("exercise-translation").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/exercise-translation-390-ar.png" });
});
