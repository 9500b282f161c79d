import { BUNDLED_CASE_INFO } from "@/lib/case-study/load";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { buildGlossary } from "@/lib/comparison/glossary";
import { normalizeWords } from "@/lib/engine";
import { expect, seriousViolations, test } from "./fixtures";

const glossary = buildGlossary(getBundledCaseAnalysis("derna")!);
const GLOSSARY = "/cases/derna/glossary";

test.describe("the glossary", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`opens in ${lang === "en" ? "English" : "Arabic"} with every entry and no serious accessibility violation`, async ({ page }) => {
      // A long page (260 entries, forms in two languages) scanned twice: slow on a two-core machine.
      test.setTimeout(240_000);
      const response = await page.goto(lang === "en" ? GLOSSARY : `${GLOSSARY}?lang=ar`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "en" ? "ltr" : "rtl");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang === "en" ? "Glossary" : "المسرد");
      await expect(page.getByTestId("glossary-entry")).toHaveCount(glossary.length);
      await expect(page.getByTestId("entry-not-found")).toHaveCount(glossary.filter((g) => g.total === 0).length);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId("how-to-read").locator("summary").click();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("in Arabic, a note on why a term frames reads in Arabic", async ({ page }) => {
    const army = glossary.find((g) => g.entry.id === "lna-libyan-army")!.entry;
    await page.goto(`${GLOSSARY}?lang=ar`);
    const note = page.locator('[data-entry="lna-libyan-army"]').getByTestId("entry-note");
    await expect(note).toHaveText(army.note_ar!);
    await expect(note).toHaveAttribute("lang", "ar");
    await expect(note).toHaveAttribute("dir", "rtl");
  });

  test("in Arabic, the case study's description reads in Arabic too", async ({ page }) => {
    await page.goto("/cases/derna?lang=ar");
    await expect(page.getByText(BUNDLED_CASE_INFO.description.ar)).toBeVisible();
  });

  test("a search narrows the list to entries whose forms contain الليبي, written either way", async ({ page }) => {
    await page.goto(GLOSSARY);
    await page.getByRole("searchbox").fill("الليبي");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("الليبي");
    const entries = page.getByTestId("glossary-entry");
    const ids = await entries.evaluateAll((els) => els.map((el) => el.getAttribute("data-entry")));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(glossary.length);
    expect(ids).toContain("lna-libyan-army");
    for (const id of ids) {
      const forms = glossary.find((g) => g.entry.id === id)!.entry.forms;
      expect(forms.some((f) => normalizeWords(f).includes("لليبي"))).toBe(true);
    }
    await expect(page.getByTestId("glossary-count")).toHaveText(`${ids.length} of ${glossary.length} entries`);
    // The same search typed with final ى, in Arabic, keeps the language and finds the same entries.
    await page.goto(`${GLOSSARY}?lang=ar&q=${encodeURIComponent("الليبى")}`);
    await expect(page.getByTestId("glossary-entry")).toHaveCount(ids.length);
  });

  test("the list filters as you type, without pressing Search, and the URL keeps the search", async ({ page }) => {
    await page.goto(GLOSSARY);
    await expect(page.getByTestId("glossary-count")).toHaveText(`${glossary.length} of ${glossary.length} entries`);
    await page.getByRole("searchbox").pressSequentially("حصار", { delay: 40 });
    await expect(page.getByTestId("glossary-count")).not.toHaveText(`${glossary.length} of ${glossary.length} entries`);
    await expect(page.locator('[data-entry="siege"]')).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("حصار");
    // The box keeps what was typed and its focus while the list changes under it.
    await expect(page.getByRole("searchbox")).toHaveValue("حصار");
    await expect(page.getByRole("searchbox")).toBeFocused();
    // The filtered list's count links work on the first click.
    const count = page.locator('[data-entry="siege"]').getByTestId("entry-usage").getByRole("link").first();
    await count.click();
    await expect(page).toHaveURL(/\/cases\/derna\/terms\?/);
    expect(new URL(page.url()).searchParams.get("entry")).toBe("siege");
    await expect(page.getByTestId("result-count")).toBeVisible();
  });

  test("a count opens the evidence table filtered to those mentions", async ({ page }) => {
    await page.goto(GLOSSARY);
    const card = page.locator('[data-entry="lna-libyan-army"]');
    await card.getByRole("link", { name: /^14 mentions of .* in Youm7/ }).click();
    await expect(page).toHaveURL(/\/cases\/derna\/terms\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get("entry")).toBe("lna-libyan-army");
    expect(params.get("outlet")).toBe("youm7");
    await expect(page.getByTestId("result-count")).toHaveText(/^14 of \d+ mentions$/);
  });

  test("the Glossary tab is reachable by keyboard", async ({ page }) => {
    await page.goto("/cases/derna");
    const tab = page.getByRole("navigation", { name: "Case study sections" }).getByRole("link", { name: "Glossary" });
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await tab.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/cases\/derna\/glossary$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
  });
});
