import { articlePath } from "@/lib/case-study/paths";
import { expect, seriousViolations, test } from "./fixtures";

const QPOSTS = articlePath("derna", "qposts-2018-05");

test("the reader shows the translation by Framelens beside each paragraph, and hides it from the URL", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(QPOSTS);
  await expect(page.getByTestId("translation-label")).toHaveText("Translation by Framelens");
  const rows = page.locator("[data-translation-row]");
  await expect(rows).toHaveCount(12);
  const english = rows.nth(3).locator("[data-translation]");
  await expect(english).toHaveAttribute("lang", "en");
  await expect(english).toHaveAttribute("dir", "ltr");
  await expect(page.getByTestId("article-text")).toHaveAttribute("lang", "ar");
  await expect(page.getByTestId("article-text")).toHaveAttribute("dir", "rtl");
  // Two columns on a wide screen: the English sits level with the Arabic, to its left.
  const arabicBox = (await rows.nth(3).locator("p").first().boundingBox())!;
  const englishBox = (await english.boundingBox())!;
  expect(englishBox.x + englishBox.width).toBeLessThanOrEqual(arabicBox.x + 1);
  expect(Math.abs(englishBox.y - arabicBox.y)).toBeLessThan(40);
  // The framing term, literally: تطهير is "cleansing", tinted as its Arabic tag.
  await expect(english.locator("mark[data-entry='purification']")).toHaveText("cleansing");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId("translation-shown").uncheck();
  await expect(page).toHaveURL(/[?&]translation=hide/);
  await expect(page.locator("[data-translation]")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("translation-shown")).not.toBeChecked();
  await expect(page.locator("[data-translation]")).toHaveCount(0);
  await page.getByTestId("translation-shown").check();
  await expect(page).not.toHaveURL(/translation=/);
  await expect(page.locator("[data-translation-row]")).toHaveCount(12);
});

test("on a phone the translation sits under each paragraph, labelled in Arabic in the Arabic interface", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${articlePath("derna", "libya24-2018-06")}?lang=ar`);
  await expect(page.getByTestId("translation-label")).toHaveText("ترجمة Framelens");
  const row = page.locator("[data-translation-row]").nth(2);
  const arabicBox = (await row.locator("p").first().boundingBox())!;
  const englishBox = (await row.locator("[data-translation]").boundingBox())!;
  expect(englishBox.y).toBeGreaterThan(arabicBox.y + arabicBox.height - 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
});

for (const [width, height] of [[1366, 768], [390, 844]] as const) {
  for (const lang of ["en", "ar"] as const) {
    test(`screenshot of the reader with its translation at ${width}x${height} (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${QPOSTS}${lang === "ar" ? "?lang=ar" : ""}`);
      await expect(page.locator("[data-translation-row]").first()).toBeVisible();
      await page.locator("[data-translation-row]").nth(3).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/translation-${width}x${height}-${lang}.png` });
    });
  }
}
