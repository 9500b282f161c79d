import { articlePath } from "@/lib/case-study/paths";
import { expect, test } from "./fixtures";

// Libya24's June 2018 headline calls the Derna fighters داعش: the label names the Islamic
// State, the case study says it refers to the Shura Council.
const HEADLINE_DAESH = 26;

test.describe("label and referent", () => {
  test("the matrix files Libya24's داعش under the Shura Council, says what it literally names, and gives the note", async ({ page }) => {
    await page.goto("/cases/derna");
    const cell = page.locator('td[data-row="dmsc"][data-outlet="libya24"]');
    const daesh = cell.locator("li").filter({ hasText: "داعش درنة" });
    await expect(daesh).toContainText("literally: Islamic State");
    await daesh.getByText("Curator's note").click();
    await expect(daesh.getByTestId("curator-notes")).toContainText("Derna Protection Force");
    await expect(page.locator('td[data-row="isis"][data-outlet="libya24"]')).not.toContainText("داعش درنة");
  });

  test("the occurrences dialog shows the note under the sentence", async ({ page }) => {
    await page.goto("/cases/derna?label=libya24:isis-daesh-of-derna:dmsc");
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByTestId("occurrence-note")).toContainText("Al Jazeera");
  });

  test("the reader's tooltip says whom the headline's داعش refers to, and gives the note", async ({ page }) => {
    await page.goto(articlePath("derna", "libya24-2018-06"));
    await page.locator(`#m-${HEADLINE_DAESH}`).hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("Refers to");
    await expect(tooltip).toContainText("Derna Mujahideen Shura Council");
    await expect(tooltip.getByTestId("tooltip-curator-note")).toContainText("Derna Protection Force");
  });

  test("the reader's tooltip gives the Arabic note in the Arabic interface", async ({ page }) => {
    await page.goto(`${articlePath("derna", "libya24-2018-06")}?lang=ar`);
    await page.locator(`#m-${HEADLINE_DAESH}`).hover();
    await expect(page.getByRole("tooltip").getByTestId("tooltip-curator-note")).toContainText("قوة حماية درنة");
  });
});
