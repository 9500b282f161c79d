import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import type { Page } from "@playwright/test";
import { expect, seriousViolations, test } from "./fixtures";

// Libya 24, June 2018: as many reference terms as the engine finds framing in its body (plain
// names left out), counted here from the same analysis the page uses.
const libya24 = getBundledCaseAnalysis("derna")!.articles.find((a) => a.article.id === "libya24-2018-06")!;
const REFERENCE = libya24.mentions.filter((m) => !m.chrome && m.category !== null).length;
const recallOf = (found: number) => `${Math.round((100 * found) / REFERENCE)}%`;
const EXERCISE = "/cases/derna/exercise/libya24-2018-06";

/** The first word of the text reading exactly `text`. */
const word = (page: Page, text: string) => page.getByTestId("exercise-text").locator(".exercise-word").filter({ hasText: new RegExp(`^${text}$`) }).first();

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("exercise-board")).toHaveAttribute("data-ready", "true");
  // "Loaded" includes the font files the board asks for up front (for the results, offline).
  await page.evaluate(() => document.fonts.ready);
}

test.describe("kept in the browser, checked without the network", () => {
  // Offline, the shared header and case tabs still try to prefetch other pages (Next.js <Link>),
  // and each failed prefetch logs ERR_INTERNET_DISCONNECTED. Allowed here; the test checks
  // below that those prefetches are the only requests that failed.
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test("complete an exercise with mouse and keyboard; the score is kept in the browser", async ({ page, context }) => {
    // Many steps in one test: it took 18 of its 30 s on a busy machine.
    test.slow();
    await open(page, EXERCISE);
    // No highlight before checking.
    await expect(page.getByTestId("exercise-text").locator(".exercise-run")).toHaveCount(0);

    // Mouse: محاصرته is a term (assault), marked here as terrorism: found, category wrong.
    await word(page, "محاصرته").click();
    await page.getByRole("radio", { name: /^Terrorism/ }).check();
    // Mouse drag over the two words of الجماعات الإرهابية (terrorism): found, category right.
    await word(page, "الجماعات").hover();
    await page.mouse.down();
    await word(page, "الإرهابية").hover();
    await page.mouse.up();
    await page.getByRole("radio", { name: /^Terrorism/ }).check();
    // ثلاث is no term: extra.
    await word(page, "ثلاث").click();
    await page.getByRole("radio", { name: /^Liberation/ }).check();

    // Keyboard: walk the word cursor to القوات, stretch over المسلحة, mark, press 3 (state legitimacy).
    const target = Number(await word(page, "القوات").getAttribute("data-word"));
    const text = page.getByTestId("exercise-text");
    await text.focus();
    // The cursor is where the last click left it (on ثلاث).
    const from = Number(await text.locator(".exercise-word[data-cursor]").getAttribute("data-word"));
    for (let i = from; i < target; i++) await page.keyboard.press("ArrowLeft");
    await expect(text.locator(".exercise-word[data-cursor]")).toHaveText("القوات");
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Enter");
    await page.keyboard.press("3");
    await expect(page.getByTestId("marks").getByRole("listitem")).toHaveCount(4);
    await expect(page.getByTestId("marks")).toContainText("القوات المسلحة");

    // Check with the keyboard too: Tab reaches the button.
    await page.getByRole("button", { name: "Check my marks" }).focus();
    await page.keyboard.press("Enter");
    // 4 marks, 3 on terms → precision 3/4 = 75%; 3 of the reference terms → recall, rounded;
    // categories right: الجماعات الإرهابية and القوات المسلحة, not محاصرته → 2 of 3.
    await expect(page.getByTestId("score-precision-value")).toHaveText("75%");
    await expect(page.getByTestId("score-precision-ratio")).toHaveText("3 of 4");
    await expect(page.getByTestId("score-recall-value")).toHaveText(recallOf(3));
    await expect(page.getByTestId("score-recall-ratio")).toHaveText(`3 of ${REFERENCE}`);
    await expect(page.getByTestId("score-categories-ratio")).toHaveText("2 of 3");
    await expect(page.getByTestId("result-found-count")).toHaveText("3");
    await expect(page.getByTestId("result-missed-count")).toHaveText(String(REFERENCE - 3));
    await expect(page.getByTestId("result-extra-count")).toHaveText("1");
    await expect(page.getByTestId("result-extra")).toContainText("ثلاث");
    await expect(page.getByTestId("result-found").getByTestId("category-verdict").first()).toHaveText("✗ category wrong: it is Assault");

    // Reload: the marks and the result are still there.
    await page.reload();
    await expect(page.getByTestId("exercise-board")).toHaveAttribute("data-ready", "true");
    await expect(page.getByTestId("score-precision-value")).toHaveText("75%");
    await expect(page.getByTestId("score-recall-ratio")).toHaveText(`3 of ${REFERENCE}`);

    // The index shows this browser's progress.
    await page.goto("/cases/derna/exercise");
    const row = page.locator('tr[data-article="libya24-2018-06"]');
    await expect(row.getByTestId("exercise-progress")).toHaveText(`Checked: precision 75%, recall ${recallOf(3)}`);
    await expect(page.locator('tr[data-article="qposts-2018-05"]').getByTestId("exercise-progress")).toHaveText("Not started");
  });

  test("checking works offline once the page is loaded, and start again forgets the marks", async ({ page, context }) => {
    await open(page, EXERCISE);
    // Let the header's and tabs' prefetches of other pages finish while still online.
    await page.waitForLoadState("networkidle");
    // The exercise page's own scripts: none of them may be what fails offline.
    const ownScripts = await page.evaluate(() => [...document.scripts].map((script) => script.src).filter(Boolean));
    expect(ownScripts.length).toBeGreaterThan(0);
    const failed: { url: string; type: string }[] = [];
    page.on("requestfailed", (request) => failed.push({ url: request.url(), type: request.resourceType() }));
    await context.setOffline(true);
    // داعش of داعش درنة in the headline finds that term (terrorism); ثلاث is extra:
    // 1 found of 2 marks → precision 50%, 1 of the reference terms.
    await word(page, "داعش").click();
    await page.getByRole("radio", { name: /^Terrorism/ }).check();
    await word(page, "ثلاث").click();
    await page.getByRole("button", { name: "Check my marks" }).click();
    await expect(page.getByTestId("score-precision-value")).toHaveText("50%");
    await expect(page.getByTestId("score-recall-ratio")).toHaveText(`1 of ${REFERENCE}`);
    await expect(page.getByTestId("result-found")).toContainText("داعش درنة");
    // Nothing the exercise needed was missing: only other pages' prefetches failed — their
    // server payloads (?_rsc=) and, on a slow machine, the script chunks of those pages
    // (the home page, the overview) — never this page's scripts, its fonts or its styles.
    const prefetchOfAnotherPage = ({ url, type }: { url: string; type: string }) =>
      /\?_rsc=/.test(url) || (type === "script" && /\/_next\/static\/chunks\/[^/]+\.js$/.test(url) && !ownScripts.includes(url));
    expect(failed.filter((request) => !prefetchOfAnotherPage(request))).toEqual([]);
    await context.setOffline(false);

    await page.getByRole("button", { name: "Start again" }).click();
    await page.getByRole("button", { name: "Clear them" }).click();
    await expect(page.getByText("No marks yet.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("exercise-board")).toHaveAttribute("data-ready", "true");
    await expect(page.getByText("No marks yet.")).toBeVisible();
  });
});

test("the exercise in Arabic is mirrored, and the article stays right to left", async ({ page }) => {
  await open(page, `${EXERCISE}?lang=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("exercise-text")).toHaveAttribute("dir", "rtl");
  await word(page, "محاصرته").click();
  await page.getByRole("radio", { name: /^الهجوم/ }).check();
  await page.getByRole("button", { name: "تحقّق من تحديداتي" }).click();
  await expect(page.getByTestId("score-precision-ratio")).toHaveText("1 من 1");
  await expect(page.getByTestId("score-recall-ratio")).toHaveText(`1 من ${REFERENCE}`);
});

for (const lang of ["en", "ar"] as const) {
  test(`no serious accessibility violations before and after checking (${lang})`, async ({ page }) => {
    test.slow();
    const q = lang === "ar" ? "?lang=ar" : "";
    await page.goto(`/cases/derna/exercise${q}`);
    expect(await seriousViolations(page)).toEqual([]);
    await open(page, `${EXERCISE}${q}`);
    await word(page, "محاصرته").click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: lang === "ar" ? "تحقّق من تحديداتي" : "Check my marks" }).click();
    await expect(page.getByTestId("result-lists")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, viewport: { width: 820, height: 1180 } });

  test("a tap marks a word, a finger sliding along a line marks the words it crosses, and one sliding up scrolls without marking", async ({ page }) => {
    await open(page, EXERCISE);
    const cdp = await page.context().newCDPSession(page);
    /** One finger from one point to another, in small steps as a real slide sends them. */
    const slide = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [from] });
      for (let step = 1; step <= 10; step++) {
        const point = { x: from.x + ((to.x - from.x) * step) / 10, y: from.y + ((to.y - from.y) * step) / 10 };
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    const centre = async (text: string) => {
      const box = await word(page, text).boundingBox();
      if (!box) throw new Error(`${text} is not on screen`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const marks = page.getByTestId("marks").getByRole("listitem");

    await word(page, "ثلاث").tap();
    await expect(marks).toHaveCount(1);
    await expect(page.getByTestId("marks")).toContainText("ثلاث");

    // الجماعات الإرهابية: two words on one line (right to left), slid across with one finger.
    await word(page, "الجماعات").scrollIntoViewIfNeeded();
    const first = await centre("الجماعات");
    const second = await centre("الإرهابية");
    expect(Math.abs(first.y - second.y)).toBeLessThan(4);
    await slide(first, second);
    await expect(marks).toHaveCount(2);
    await expect(page.getByTestId("marks")).toContainText("الجماعات الإرهابية");

    // A finger that lands on a word and slides up is scrolling the article: the page moves, no mark is made.
    const before = await page.evaluate(() => window.scrollY);
    const start = await centre("الجماعات");
    await slide(start, { x: start.x, y: start.y - 300 });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    await expect(marks).toHaveCount(2);
  });
});
