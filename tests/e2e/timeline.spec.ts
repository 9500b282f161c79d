import { expect, seriousViolations, test } from "./fixtures";

const TIMELINE = "/cases/derna/timeline";

test.describe("the timeline", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`shows the 2016 and 2018 coverage apart, month by month, in ${lang === "en" ? "English" : "Arabic"}, with no serious accessibility violation`, async ({ page }) => {
      await page.goto(`${TIMELINE}?actor=dmsc${lang === "ar" ? "&lang=ar" : ""}`);
      await expect(page.getByRole("navigation", { name: lang === "en" ? "Case study sections" : "أقسام دراسة الحالة" }).locator('[aria-current="page"]')).toHaveText(
        lang === "en" ? "Timeline" : "الخط الزمني",
      );
      const table = page.getByTestId("timeline");
      await expect(table).toHaveAttribute("data-step", "month");
      await expect(table.locator("thead th[data-column]").first()).toHaveAttribute("data-column", "2016-04");
      await expect(table.locator("thead th[data-gap]")).toHaveAttribute("data-gap", "21");
      await expect(table.locator("thead th[data-column]").last()).toHaveAttribute("data-column", "2018-06");
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("shows Libya24 calling the Shura Council داعش in June 2018, and leads to those uses", async ({ page }) => {
    await page.goto(`${TIMELINE}?actor=dmsc`);
    const libya24 = page.locator('tbody[data-outlet="libya24"]');
    const daesh = libya24.locator("tr[data-entry]", { hasText: "داعش" }).first();
    await expect(daesh).toContainText("plain name");
    const june = daesh.locator("a.timeline-count");
    await expect(june).toHaveCount(1);
    await expect(june).toHaveAttribute("data-approximate", "true");
    await june.click();
    await expect(page).toHaveURL(/\/cases\/derna\/terms\?.*outlet=libya24.*&actor=dmsc.*&from=2018-06&to=2018-06/);
    // June 2018: Libya24's and Youm7's articles.
    await expect(page.getByTestId("period-control")).toContainText("2 articles of 5");
  });

  test("goes week by week in a two-month period chosen with the period control, and says so", async ({ page }) => {
    await page.goto(`${TIMELINE}?actor=lna`);
    const control = page.getByTestId("period-control");
    await expect(control.locator("summary")).toContainText("whole case: all 5 articles");
    await control.locator("summary").click();
    await control.getByLabel("From").fill("2018-05");
    await control.getByLabel("To").fill("2018-06");
    await control.getByRole("button", { name: "Show this period" }).click();
    await expect(page).toHaveURL(/actor=lna&from=2018-05&to=2018-06/);
    await expect(page.getByTestId("timeline")).toHaveAttribute("data-step", "week");
    await expect(control).toContainText("3 articles of 5");
    await control.locator("summary").click();
    await control.getByRole("link", { name: "Whole case" }).click();
    await expect(page).toHaveURL(/\/timeline\?actor=lna$/);
    await expect(page.getByTestId("timeline")).toHaveAttribute("data-step", "month");
  });

  test("names a period it cannot read and shows the whole case", async ({ page }) => {
    await page.goto(`${TIMELINE}?from=2018-13`);
    await expect(page.getByTestId("period-control")).toContainText("The period's start “2018-13” is not a date");
    await expect(page.getByTestId("timeline")).toHaveAttribute("data-step", "month");
  });
});

test.describe("a period on the other pages", () => {
  test("narrows the overview and the charts to Al Jazeera's 2016 article", async ({ page }) => {
    await page.goto("/cases/derna?from=2016&to=2016");
    await expect(page.getByTestId("period-control")).toContainText("1 article of 5");
    await page.goto("/cases/derna/charts?from=2016&to=2016");
    await expect(page.getByTestId("period-control")).toContainText("1 article of 5");
    await page.getByTestId("period-control").locator("summary").click();
    await expect(page.getByTestId("period-control").getByLabel("From")).toHaveValue("2016");
  });

  test("keeps the page's other choices when a period is applied", async ({ page }) => {
    await page.goto("/cases/derna/charts?actor=dmsc");
    const control = page.getByTestId("period-control");
    await control.locator("summary").click();
    await control.getByLabel("From").fill("2018");
    await control.getByRole("button", { name: "Show this period" }).click();
    await expect(page).toHaveURL(/\/charts\?actor=dmsc&from=2018&to=$/);
    await expect(control).toContainText("4 articles of 5");
  });
});
