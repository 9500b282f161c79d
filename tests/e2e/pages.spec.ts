import { formatArticleDate } from "@/lib/case-study/format-date";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { articlePath } from "@/lib/case-study/paths";
import { separateChrome } from "@/lib/engine";
import { expect, seriousViolations, test } from "./fixtures";

const derna = getBundledCaseStudy();

test.describe("the first page", () => {
  test("lists the bundled case study with its outlets and articles", async ({ page }) => {
    await page.goto("/");
    const caseStudy = page.getByTestId("case-study");
    await expect(caseStudy).toHaveCount(1);
    await expect(caseStudy.getByRole("heading", { name: /Derna, Libya/ })).toBeVisible();
    await expect(caseStudy.getByText(derna.description.en.slice(0, 60))).toBeVisible();

    const outlets = caseStudy.getByTestId("outlet");
    await expect(outlets).toHaveCount(4);
    for (const outlet of derna.outlets) {
      const item = outlets.filter({ hasText: outlet.name.en });
      await expect(item).toContainText(`Country: ${outlet.country}`);
      await expect(item.locator('[lang="ar"][dir="rtl"]', { hasText: outlet.name.ar })).toBeVisible();
    }

    const links = caseStudy.getByTestId("article-link");
    await expect(links).toHaveCount(5);
    for (const article of derna.articles) {
      const link = links.and(page.locator(`[href="${articlePath("derna", article.id)}"]`));
      await expect(link).toBeVisible();
      await expect(link).toContainText(article.outlet.name.en);
      await expect(link).toContainText(formatArticleDate(article));
      await expect(link).toContainText(article.headline ?? "(no headline captured)");
    }
    // Dates read no more precisely than they are known.
    await expect(links.filter({ hasText: "13 Feb 2018" })).toHaveCount(1);
    await expect(links.filter({ hasText: /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d \(approx\.\)/ }).first()).toBeVisible();
  });

  test("opens the case study's comparison in one click, from its title or its button", async ({ page }) => {
    await page.goto("/");
    const caseStudy = page.getByTestId("case-study");
    await expect(caseStudy.getByRole("heading", { name: /Derna, Libya/ }).getByRole("link")).toHaveAttribute("href", "/cases/derna");
    await caseStudy.getByTestId("open-comparison").click();
    await expect(page).toHaveURL(/\/cases\/derna$/);
    await expect(page.getByTestId("outlet-summaries")).toBeVisible();
  });

  test("lets the keyboard reach every article link, with a visible focus ring", async ({ page }) => {
    await page.goto("/");
    const reached = new Set<string>();
    for (let i = 0; i < 40 && reached.size < derna.articles.length; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element?.matches('[data-testid="article-link"]')) return null;
        const style = getComputedStyle(element);
        return { href: element.getAttribute("href"), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      if (focused === null) continue;
      expect(focused.outline, `focus ring on ${focused.href}`).not.toBe("none");
      expect(focused.width, `focus ring width on ${focused.href}`).toBeGreaterThanOrEqual(2);
      reached.add(focused.href!);
    }
    expect([...reached].sort()).toEqual(derna.articles.map((article) => articlePath("derna", article.id)).sort());
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto("/");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

for (const article of derna.articles) {
  test.describe(`the article page of ${article.id}`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(articlePath("derna", article.id));
      expect(response?.status()).toBe(200);
    });

    test("shows the headline, outlet, date with its evidence and byline", async ({ page }) => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline ?? "(no headline captured)");
      if (article.subheadline !== null) await expect(page.getByText(article.subheadline, { exact: true }).first()).toBeVisible();
      const details = page.getByTestId("article-details");
      await expect(details).toContainText(article.outlet.name.en);
      await expect(details.getByTestId("article-date")).toHaveText(formatArticleDate(article));
      await expect(details).toContainText(article.dateEvidence);
      if (article.byline !== null) await expect(details).toContainText(article.byline);
    });

    test("shows every line of the text right to left in the self-hosted Arabic font", async ({ page }) => {
      const text = page.getByTestId("article-text");
      await expect(text).toHaveAttribute("dir", "rtl");
      await expect(text).toHaveAttribute("lang", "ar");
      const font = await text.evaluate(async (element) => {
        await document.fonts.ready;
        return {
          family: getComputedStyle(element.querySelector('[data-segment="body"] p')!).fontFamily,
          loaded: document.fonts.check('20px "Noto Naskh Arabic Variable"', "درنة"),
        };
      });
      expect(font.family).toMatch(/^"?Noto Naskh Arabic Variable"?/);
      expect(font.loaded).toBe(true);

      const shown = (await text.locator("p:not([id^='chrome-']):not([data-translation])").allTextContents()).map((line) => line.trim());
      const lines = article.text.split(/\r\n|\r|\n/u).map((line) => line.trim()).filter((line) => line !== "");
      expect(shown).toEqual(lines);
    });

    test("sets the page chrome apart, labelled and muted", async ({ page }) => {
      const segments = separateChrome(article.text, article.chromeLines);
      const chromeLines = segments
        .filter((segment) => segment.kind === "chrome")
        .flatMap((segment) => article.text.slice(segment.start, segment.end).split(/\r\n|\r|\n/u))
        .map((line) => line.trim())
        .filter((line) => line !== "");
      const boxes = page.locator('[data-segment="chrome"]');
      const shown = (await boxes.locator("p:not([id^='chrome-'])").allTextContents()).map((line) => line.trim());
      expect(shown).toEqual(chromeLines);
      if (chromeLines.length === 0) return;

      const first = boxes.first();
      await expect(first.getByText("Page chrome — not counted")).toBeVisible();
      await expect(first).toHaveAccessibleName("Page chrome — not counted");
      const [chromeStyle, bodyStyle] = await Promise.all([
        first.evaluate((element) => {
          const style = getComputedStyle(element);
          return { border: style.borderTopStyle, background: style.backgroundColor, color: style.color };
        }),
        page.getByTestId("article-text").evaluate((element) => {
          const style = getComputedStyle(element.querySelector('[data-segment="body"]') ?? element);
          return { background: getComputedStyle(element.closest("article")!).backgroundColor, color: style.color };
        }),
      ]);
      expect(chromeStyle.border).toBe("dashed");
      expect(chromeStyle.background).not.toBe(bodyStyle.background);
      expect(chromeStyle.color).not.toBe(bodyStyle.color);
    });

    test("has no serious accessibility violations", async ({ page }) => {
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe("page chrome of the seed articles", () => {
  test("boxes Qposts' breadcrumb and its 'read also' links", async ({ page }) => {
    const qposts = derna.articles.find((article) => article.rawFile.startsWith("000_"))!;
    await page.goto(articlePath("derna", qposts.id));
    const chrome = page.locator('[data-segment="chrome"]');
    await expect(chrome.getByText("الواجهة الرئيسيةشؤون عربية")).toBeVisible();
    await expect(chrome.getByText(/^اقرأ أيضًا:/)).toHaveCount(3);
  });

  test("boxes Youm7's comment box and shows it has no headline", async ({ page }) => {
    const youm7 = derna.articles.find((article) => article.rawFile.startsWith("002_"))!;
    await page.goto(articlePath("derna", youm7.id));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("(no headline captured)");
    await expect(page.locator('[data-segment="chrome"]').getByText("تم أضافة تعليقك سوف يظهر بعد المراجعة")).toBeVisible();
  });
});

test.describe("an unknown address", () => {
  // The browser logs the 404 response itself as a console error.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  for (const path of ["/cases/derna/articles/no-such-article", "/cases/no-such-case/articles/qposts-2018-05"]) {
    test(`${path} is a 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "See the case studies" })).toHaveAttribute("href", "/");
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
