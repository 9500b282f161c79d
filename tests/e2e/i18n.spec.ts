import { expect, seriousViolations, test } from "./fixtures";

test.describe("the interface language", () => {
  test("switches to Arabic and back, keeping the page, and the whole layout mirrors", async ({ page }) => {
    await page.goto("/cases/derna/articles/youm7-2018-06");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.getByRole("link", { name: "Show the interface in Arabic" }).click();
    await expect(page).toHaveURL(/\/cases\/derna\/articles\/youm7-2018-06\?lang=ar$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByTestId("headline")).toHaveText("(لم يُلتقط عنوان)");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "اعرض الواجهة بالإنجليزية" }).click();
    await expect(page).toHaveURL(/\/cases\/derna\/articles\/youm7-2018-06$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  });

  test("keeps Arabic on the links it follows", async ({ page }) => {
    await page.goto("/?lang=ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("كيف سمّت كل وسيلة إعلام الحدث؟");
    await page.getByTestId("article-link").first().click();
    await expect(page).toHaveURL(/\?lang=ar$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });

  test("pins the language in the URL, so a permalink opens in the language it was shared in", async ({ page }) => {
    const response = await page.goto("/cases/derna?lang=ar");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  });
});
