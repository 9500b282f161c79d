import { getBundledCaseStudy } from "@/lib/case-study/load";
import { articlePath } from "@/lib/case-study/paths";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { expect, seriousViolations, test } from "./fixtures";
import type { Page } from "@playwright/test";

const analysis = analyzeCaseStudy(getBundledCaseStudy());
const analyzed = (id: string) => analysis.articles.find((a) => a.article.id === id)!;
const lexicon = new Map(analysis.caseStudy.lexicon.map((entry) => [entry.id, entry]));
const COMPARE = "/cases/derna/compare";

/** Tab until a tagged term has the focus; its id. */
async function tabToMention(page: Page, limit = 60): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => (document.activeElement?.matches("mark[data-mention]") ? document.activeElement.id : null));
    if (id) return id;
  }
  throw new Error("no tagged term reached with Tab");
}

for (const { article, mentions } of analysis.articles) {
  for (const lang of ["en", "ar"] as const) {
    test(`the reader tags every mention of ${article.id} (${lang}) and passes axe`, async ({ page }) => {
      const response = await page.goto(`${articlePath("derna", article.id)}${lang === "ar" ? "?lang=ar" : ""}`);
      expect(response?.status()).toBe(200);
      const text = page.getByTestId("article-text");
      await expect(text).toHaveAttribute("dir", "rtl");
      await expect(text.locator("mark[id]")).toHaveCount(mentions.length);
      const first = mentions[0]!;
      const mark = page.locator(`#m-${first.start}`);
      await expect(mark).toHaveText(first.text);
      // A plain name carries no category attribute at all.
      if (first.category === null) await expect(mark).not.toHaveAttribute("data-category");
      else await expect(mark).toHaveAttribute("data-category", first.category);
      // The tint is painted, the legend lists the framing categories present (plain names frame nothing).
      expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
      await expect(page.getByTestId("category-legend").getByRole("button")).toHaveCount(new Set(mentions.flatMap((m) => (m.category === null ? [] : [m.category]))).size);
      await expect(page.getByTestId("how-to-read")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test.describe("the reader's tooltip", () => {
  test("opens on hover with the gloss and the note, and stays while the pointer moves onto it", async ({ page }) => {
    await page.goto(articlePath("derna", "youm7-2018-06"));
    const mention = analyzed("youm7-2018-06").mentions.find((m) => m.entry === "lna-libyan-national-army")!;
    const entry = lexicon.get(mention.entry)!;
    await page.locator(`#m-${mention.start}`).hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(entry.gloss);
    await expect(tooltip).toContainText(entry.note);
    await expect(tooltip).toContainText("Legitimizing");
    await expect(page.locator(`#m-${mention.start}`)).toHaveAttribute("aria-describedby", (await tooltip.getAttribute("id"))!);
    await tooltip.hover();
    await page.waitForTimeout(400);
    await expect(tooltip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tooltip).toBeHidden();
  });

  test("opens on keyboard focus, closes on Escape, and stays inside the window near its edges", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${articlePath("derna", "qposts-2018-05")}?lang=ar`);
    const id = await tabToMention(page);
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    await expect(page.locator(`#${id}`)).toHaveAttribute("aria-describedby", (await tooltip.getAttribute("id"))!);
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(800);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
    await expect(page.locator(`#${id}`)).toBeFocused();
  });
});

test.describe("the reader's legend and filters", () => {
  test("hides a category's highlight, with the choice in the URL", async ({ page }) => {
    await page.goto(articlePath("derna", "youm7-2018-06"));
    const terrorism = page.getByTestId("category-legend").getByRole("button", { name: "Terrorism" });
    await expect(terrorism).toHaveAttribute("aria-pressed", "true");
    await terrorism.focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/\?hide=terrorism$/);
    await expect(terrorism).toHaveAttribute("aria-pressed", "false");
    const mark = page.locator("mark[id][data-category='terrorism']").first();
    expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgba(0, 0, 0, 0)");

    // A permalink: the view comes back as it was, rendered so by the server.
    await page.reload();
    await expect(page.getByTestId("category-legend").getByRole("button", { name: "Terrorism" })).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("mark[id][data-category='terrorism']").first()).toHaveAttribute("data-hidden", "");
    await page.getByRole("button", { name: "Show all categories" }).click();
    await expect(page).toHaveURL(/youm7-2018-06$/);
  });

  test("singles out one actor and lists how the article names it", async ({ page }) => {
    await page.goto(articlePath("derna", "youm7-2018-06"));
    await page.getByLabel("Highlight one actor").selectOption("actor:lna");
    await expect(page).toHaveURL(/\?actor=lna$/);
    const labels = page.getByTestId("article-labels");
    await expect(labels.getByRole("heading")).toHaveText("How this article names Haftar-led forces (Libyan National Army)");
    await expect(labels.getByTestId("article-label").first()).toContainText("the Libyan army");
    await expect(page.locator("mark[data-actor='lna']").first()).toHaveAttribute("data-focus", "match");
    await expect(page.locator("mark[data-actor='dmsc']").first()).toHaveAttribute("data-focus", "dim");
  });

  test("scrolls to the mention named in the hash and marks it, unfolding page chrome if need be", async ({ page }) => {
    const inChrome = analyzed("aljazeera-2016-04").mentions.filter((m) => m.chrome).at(-1)!;
    await page.goto(`${articlePath("derna", "aljazeera-2016-04")}?chrome=collapsed#m-${inChrome.start}`);
    const mark = page.locator(`#m-${inChrome.start}`);
    await expect(mark).toHaveAttribute("data-target", "");
    await expect(mark).toBeInViewport();
    await expect(mark).toBeFocused();
    await expect(page).not.toHaveURL(/chrome=collapsed/);

    const body = analyzed("youm7-2018-06").mentions.at(-1)!;
    await page.goto(`${articlePath("derna", "youm7-2018-06")}#m-${body.start}`);
    await expect(page.locator(`#m-${body.start}`)).toHaveAttribute("data-target", "");
    await expect(page.locator(`#m-${body.start}`)).toBeInViewport();
    expect(await page.locator(`#m-${body.start}`).evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe("none");
  });

  test("folds the page chrome and unfolds it, keyboard operable, state in the URL", async ({ page }) => {
    await page.goto(articlePath("derna", "qposts-2018-05"));
    const box = page.locator("[data-segment='chrome']").first();
    const toggle = box.getByRole("button", { name: "Hide page chrome" });
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?chrome=collapsed$/);
    await expect(box.getByRole("button", { name: "Show page chrome" })).toHaveAttribute("aria-expanded", "false");
    await expect(box.getByText("الواجهة الرئيسيةشؤون عربية")).toBeHidden();
    await expect(box).toContainText("1 lines hidden");
    await expect(box.getByText("Page chrome — not counted")).toBeVisible();
    await page.keyboard.press("Space");
    await expect(box.getByText("الواجهة الرئيسيةشؤون عربية")).toBeVisible();
    // Terms in chrome are still tagged, and framed as not counted.
    const chromeMark = page.locator("mark[data-chrome='true']").first();
    expect(await chromeMark.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("dashed");
  });
});

test.describe("side by side", () => {
  test("shows the default pair, then two articles picked in the UI, and an actor's labels above each column", async ({ page }) => {
    await page.goto(COMPARE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Side by side");
    await expect(page.getByTestId("default-note")).toBeVisible();
    await expect(page.getByTestId("compare-column")).toHaveCount(2);

    const picker = page.getByTestId("article-picker");
    for (const box of await picker.getByRole("checkbox").all()) await box.uncheck();
    await picker.getByRole("checkbox", { name: /Qposts/ }).check();
    await picker.getByRole("checkbox", { name: /Apr 2016/ }).check();
    await picker.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\?articles=qposts-2018-05,aljazeera-2016-04$/);
    const columns = page.getByTestId("compare-column");
    await expect(columns).toHaveCount(2);
    await expect(columns.first()).toHaveAttribute("data-article", "qposts-2018-05");
    await expect(page.getByTestId("default-note")).toHaveCount(0);

    await page.getByLabel("Highlight in every column").selectOption("actor:dmsc");
    await expect(page).toHaveURL(/\?articles=qposts-2018-05,aljazeera-2016-04&actor=dmsc$/);
    for (const column of await columns.all()) {
      await expect(column.getByTestId("article-labels").getByRole("heading")).toHaveText("How this article names Derna Mujahideen Shura Council");
      await expect(column.getByTestId("article-label").first()).toBeVisible();
    }
    await expect(columns.nth(1).getByTestId("article-label").first()).toContainText("the (Derna) Mujahideen Shura Council");
    await expect(columns.first().locator("mark[data-actor='dmsc']").first()).toHaveAttribute("data-focus", "match");
    expect(await seriousViolations(page)).toEqual([]);

    // An actor one of them never names.
    await page.getByLabel("Highlight in every column").selectOption("actor:egypt");
    await expect(columns.first().getByTestId("never-named")).toHaveText("Never named");
  });

  test("refuses fewer than two, more than four and unknown articles, naming the limit", async ({ page }) => {
    await page.goto(`${COMPARE}?articles=youm7-2018-06`);
    await expect(page.getByTestId("compare-problem")).toHaveText(/at least 2 articles, and the address names 1/);
    await expect(page.getByTestId("compare-column")).toHaveCount(0);

    await page.goto(`${COMPARE}?articles=${analysis.articles.map((a) => a.article.id).join(",")}`);
    await expect(page.getByTestId("compare-problem")).toHaveText(/at most 4 articles, and the address names 5/);

    await page.goto(`${COMPARE}?articles=youm7-2018-06,bbc-2018`);
    await expect(page.getByTestId("compare-problem")).toHaveText(/no article “bbc-2018”. Choose 2 to 4/);

    await page.goto(`${COMPARE}?articles=youm7-2018-06,qposts-2018-05&actor=nobody`);
    await expect(page.getByTestId("compare-problem")).toHaveText(/no actor “nobody”/);
    await expect(page.getByTestId("compare-column")).toHaveCount(2);

    // The picker says so too, before leaving the page.
    await page.getByTestId("article-picker").getByRole("checkbox", { name: /Qposts/ }).uncheck();
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page.getByTestId("article-picker").getByRole("alert")).toHaveText("Choose at least 2 articles; 1 chosen.");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("works with the keyboard alone, in Arabic, with four columns and a category", async ({ page }) => {
    await page.goto(`${COMPARE}?lang=ar&articles=qposts-2018-05,libya24-2018-06`);
    const picker = page.getByTestId("article-picker");
    await picker.getByRole("checkbox").first().focus();
    // Tick Youm7 and Al Jazeera 2018 (third and fourth) with Tab and Space, then Compare.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(picker.getByRole("button")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/articles=qposts-2018-05,libya24-2018-06,youm7-2018-06,aljazeera-2018-02/);
    await expect(page.getByTestId("compare-column")).toHaveCount(4);

    await page.keyboard.press("Tab");
    await expect(page.getByTestId("focus-select")).toBeFocused();
    await page.getByTestId("focus-select").selectOption("category:terrorism");
    await expect(page).toHaveURL(/category=terrorism/);
    await expect(page.getByTestId("compare-column").first().getByTestId("article-labels").getByRole("heading")).toHaveText("مصطلحات الإرهاب في هذه المقالة");
    await page.getByTestId("focus-select").focus();
    await tabToMention(page, 40);
    await expect(page.getByRole("tooltip")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("tooltip")).toBeHidden();
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const lang of ["en", "ar"] as const) {
    test(`lays four columns out two by two at 1366 px, every one readable without scrolling sideways (${lang})`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${COMPARE}?articles=qposts-2018-05,libya24-2018-06,youm7-2018-06,aljazeera-2018-02${lang === "ar" ? "&lang=ar" : ""}`);
      const region = page.getByTestId("compare-columns");
      const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const columns = page.getByTestId("compare-column");
      await expect(columns).toHaveCount(4);
      const boxes = await Promise.all((await columns.all()).map(async (column) => (await column.boundingBox())!));
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(1366);
        // Wide enough to read: no narrower than the 21rem a column is given.
        expect(box.width).toBeGreaterThanOrEqual(336);
      }
      // Two rows of two: the third column starts below the first.
      expect(boxes[0]!.y).toBe(boxes[1]!.y);
      expect(boxes[2]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
      expect(boxes[2]!.y).toBe(boxes[3]!.y);
      // No column's text is cut off at its edge.
      for (const column of await columns.all()) {
        const [inner, outer] = await column.evaluate((el) => [el.scrollWidth, el.clientWidth]);
        expect(inner).toBeLessThanOrEqual(outer);
      }
      await expect(page.getByText(lang === "en" ? "Scroll sideways to see every column." : "مرّر أفقيًا لترى كل الأعمدة.")).toBeHidden();
      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(pageOverflow).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("keeps two columns side by side at 1366 px without scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(COMPARE);
    const region = page.getByTestId("compare-columns");
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
  });
});
