import type { Page } from "@playwright/test";
import { buildSlides } from "@/lib/classroom/slides";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { expect, seriousViolations, test } from "./fixtures";

const ALL = buildSlides(getBundledCaseAnalysis("derna")!);
/** Every slide the arrange view lists, alternates included. */
const LISTED = ALL.map((s) => s.id);
/** The slides of the plain deck: the alternates wait until shown. */
const SLIDES = ALL.filter((s) => !(s.kind === "pair" && s.alternate)).map((s) => s.id);
const DECK = "/cases/derna/present";
const counter = (page: Page) => page.getByTestId("slide-counter");
const slide = (page: Page) => page.getByTestId("slide");

const mm = (length: number) => Math.floor((length / 25.4) * 96);
/** A4 in CSS pixels less the print stylesheet's margins (12 mm each side, 14 + 16 mm top and bottom). */
const A4_CONTENT = { width: mm(210 - 24), height: mm(297 - 30) };
/** A4 landscape (the handout's pages) less its 12 mm margins. */
const A4_LANDSCAPE_CONTENT = { width: mm(297 - 24), height: mm(210 - 24) };

/** Pages in a PDF: its page objects (the page tree's `/Type /Pages` left out). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test.describe("the classroom deck", () => {
  test("steps through the slides with the keyboard, the counter and the URL following", async ({ page }) => {
    await page.goto(DECK);
    const total = SLIDES.length;
    await expect(counter(page)).toHaveText(`1 / ${total}`);
    await expect(slide(page)).toHaveAttribute("data-slide", "title");

    await page.keyboard.press("ArrowRight");
    await expect(counter(page)).toHaveText(`2 / ${total}`);
    await expect(slide(page)).toHaveAttribute("data-slide", SLIDES[1]!);
    await expect(page).toHaveURL(/[?&]at=2\b/);
    await page.keyboard.press("Space");
    await expect(counter(page)).toHaveText(`3 / ${total}`);
    await page.keyboard.press("PageDown");
    await expect(counter(page)).toHaveText(`4 / ${total}`);
    await expect(slide(page)).toHaveAttribute("data-slide", SLIDES[3]!);
    await page.keyboard.press("PageUp");
    await expect(counter(page)).toHaveText(`3 / ${total}`);
    await page.keyboard.press("ArrowLeft");
    await expect(counter(page)).toHaveText(`2 / ${total}`);
    await page.keyboard.press("End");
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    await expect(slide(page)).toHaveAttribute("data-slide", SLIDES.at(-1)!);
    await page.keyboard.press("ArrowRight");
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    await page.keyboard.press("Home");
    await expect(counter(page)).toHaveText(`1 / ${total}`);
    await page.keyboard.press("ArrowLeft");
    await expect(counter(page)).toHaveText(`1 / ${total}`);

    // A refresh keeps the place.
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await expect(page).toHaveURL(/[?&]at=3\b/);
    await page.reload();
    await expect(counter(page)).toHaveText(`3 / ${total}`);
    await expect(slide(page)).toHaveAttribute("data-slide", SLIDES[2]!);

    // Escape leaves for the arrange view.
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/cases\/derna\/present\/arrange$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrange the presentation");
  });

  test("in Arabic the arrows mirror: ← moves forward, → back, and Escape keeps the language", async ({ page }) => {
    await page.goto(`${DECK}?lang=ar`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(counter(page)).toHaveText(`1 / ${SLIDES.length}`);
    await page.keyboard.press("ArrowLeft");
    await expect(counter(page)).toHaveText(`2 / ${SLIDES.length}`);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowRight");
    await expect(counter(page)).toHaveText(`2 / ${SLIDES.length}`);
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/present\/arrange\?lang=ar$/);
  });

  test("skips a hidden slide, follows a picked order, and names the ids it does not know", async ({ page }) => {
    await page.goto(`${DECK}?hide=actor-haftar`);
    const total = SLIDES.length - 1;
    await expect(counter(page)).toHaveText(`1 / ${total}`);
    const seen: string[] = [];
    for (let i = 0; i < total; i++) {
      seen.push((await slide(page).getAttribute("data-slide"))!);
      await page.keyboard.press("PageDown");
      if (i < total - 1) await expect(counter(page)).toHaveText(`${i + 2} / ${total}`);
    }
    expect(seen).toEqual(SLIDES.filter((id) => id !== "actor-haftar"));

    await page.goto(`${DECK}?slides=event-assault-2018,actor-lna,pair-actor-lna,actor-nobody`);
    await expect(counter(page)).toHaveText("1 / 3");
    await expect(slide(page)).toHaveAttribute("data-slide", "event-assault-2018");
    await expect(page.getByTestId("deck-notice")).toHaveText(/does not have: “actor-nobody”/);
    await page.keyboard.press("End");
    await expect(slide(page)).toHaveAttribute("data-slide", "pair-actor-lna");
  });

  test("reads from the back of the room at 1920×1080: no text under 28 px, and no serious accessibility violation", async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const [at, lang] of [
      [1, "en"],
      [SLIDES.indexOf("actor-lna") + 1, "en"],
      [SLIDES.indexOf("pair-actor-lna") + 1, "en"],
      [SLIDES.indexOf("event-assault-2018") + 1, "ar"],
      [SLIDES.indexOf("pair-event-assault-2018") + 1, "ar"],
    ] as const) {
      await page.goto(`${DECK}?at=${at}${lang === "ar" ? "&lang=ar" : ""}`);
      await expect(slide(page)).toHaveAttribute("data-slide", SLIDES[at - 1]!);
      // Every element that holds text itself, in the slide.
      const sizes = await slide(page).evaluate((root) =>
        [...root.querySelectorAll<HTMLElement>("*")]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "") && el.offsetParent !== null)
          .map((el) => ({ text: el.textContent!.trim().slice(0, 30), size: Number.parseFloat(getComputedStyle(el).fontSize) })),
      );
      expect(sizes.length).toBeGreaterThan(5);
      expect(sizes.filter((s) => s.size < 28)).toEqual([]);
      // Nothing runs off the slide.
      const overflow = await slide(page).evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(overflow, `slide ${at} overflows`).toBeLessThanOrEqual(1);
      expect(await seriousViolations(page)).toEqual([]);
    }
  });

  test("a pair slide quotes two outlets, marks the label and says what differs", async ({ page }) => {
    await page.goto(`${DECK}?slides=pair-actor-lna`);
    const marks = slide(page).locator("mark[data-focal]");
    await expect(marks).toHaveCount(2);
    // Glosses are isolated (U+2068 … U+2069) so punctuation stays put in either direction.
    const explanation = (await page.getByTestId("pair-explanation").textContent())!.replace(/[\u2068\u2069]/g, "");
    expect(explanation).toMatch(/^Opposite stance\. .* calls them “.*”, a label that lends legitimacy; Al Jazeera calls them “Haftar's forces”, a label that takes legitimacy away\.$/);
    await expect(slide(page).locator('blockquote[lang="ar"]')).toHaveCount(2);
  });
});

/**
 * Every element in `root` that holds text itself and is on screen, with its computed type size.
 * Runs in the page.
 */
function textSizes(root: Element) {
  return [...root.querySelectorAll<HTMLElement>("*")]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "") && el.getClientRects().length > 0 && !el.closest(".sr-only"))
    .map((el) => ({ text: el.textContent!.trim().slice(0, 30), size: Number.parseFloat(getComputedStyle(el).fontSize) }));
}

test.describe("every slide at projection size", () => {
  test("has no text under 24 px at 1920×1080, the slide and its controls alike, walked with the keyboard; none runs off its slide", async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const lang of ["en", "ar"] as const) {
      await page.goto(`${DECK}${lang === "ar" ? "?lang=ar" : ""}`);
      // The keys work once the deck has hydrated.
      await page.waitForLoadState("networkidle");
      for (const [i, id] of SLIDES.entries()) {
        await expect(slide(page)).toHaveAttribute("data-slide", id);
        const small = (await page.locator("main").evaluate(textSizes)).filter((s) => s.size < 24);
        expect(small, `${lang} slide ${id}`).toEqual([]);
        const overflow = await slide(page).evaluate((el) => el.scrollHeight - el.clientHeight);
        expect(overflow, `${lang} slide ${id} overflows`).toBeLessThanOrEqual(1);
        if (i < SLIDES.length - 1) await page.keyboard.press(lang === "ar" ? "ArrowLeft" : "ArrowRight");
      }
    }
  });
});

test.describe("the labels that did not fit", () => {
  test("open on the slide with the keyboard, Qposts' one 'the Libyan National Army' among them, without leaving the slide", async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const at = SLIDES.indexOf("actor-lna") + 1;
    await page.goto(`${DECK}?at=${at}`);
    const qposts = slide(page).locator('[data-outlet="qposts"]');
    const more = qposts.locator("summary");
    await expect(more).toHaveText(/^\+ 4 more labels \(×\d+\)$/);
    const hidden = qposts.locator('details [data-entry]').filter({ hasText: "the Libyan National Army" });
    await expect(hidden).toBeHidden();
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(hidden).toBeVisible();
    await expect(hidden).toContainText("Legitimizing");
    await expect(counter(page)).toHaveText(`${at} / ${SLIDES.length}`);
    // Space closes it again, and does not turn the slide.
    await page.keyboard.press("Space");
    await expect(hidden).toBeHidden();
    await expect(counter(page)).toHaveText(`${at} / ${SLIDES.length}`);
    await page.keyboard.press("Space");
    await expect(hidden).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The arrows still turn the slide.
    await page.keyboard.press("ArrowRight");
    await expect(counter(page)).toHaveText(`${at + 1} / ${SLIDES.length}`);
  });

  test("come most contrasted first when the teacher picks it in the arranger, the rule said there and kept in the deck's URL", async ({ page }) => {
    await page.goto(`${DECK}/arrange`);
    const order = page.getByTestId("label-order");
    await expect(order).toContainText("an opposite stance, legitimizing against delegitimizing, counts twice");
    await expect(order.getByRole("radio", { name: "Most used" })).toBeChecked();
    await order.getByRole("radio", { name: "Most contrasted" }).check();
    await expect(page).toHaveURL(/[?&]order=contrasted\b/);
    await expect(page.getByTestId("deck-link")).toHaveValue(/\/cases\/derna\/present\?order=contrasted$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId("start-deck").click();
    await expect(page).toHaveURL(/\/present\?order=contrasted/);
    await page.keyboard.press("ArrowRight");
    await expect(slide(page)).toHaveAttribute("data-slide", "actor-lna");
    // Qposts is the one army-friendly outlet that also says "Haftar's forces", as Al Jazeera does.
    await expect(slide(page).locator('[data-outlet="qposts"] ul').first().locator("[data-entry]").first()).toContainText("Haftar's forces");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/present\/arrange\?order=contrasted$/);
    await expect(page.getByTestId("label-order").getByRole("radio", { name: "Most contrasted" })).toBeChecked();
  });
});

test.describe("the end of the deck", () => {
  test("is a summary of the key contrasts per actor and per event, in one table", async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${DECK}?at=${SLIDES.length}`);
    await expect(slide(page)).toHaveAttribute("data-slide", "summary");
    await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText("Summary: the key contrasts");
    const table = slide(page).getByRole("table");
    await expect(table.locator("tbody tr")).toHaveCount(5);
    const lna = table.locator('tr[data-row="actor-lna"]');
    await expect(lna.locator('[data-outlet="aljazeera"]')).toContainText("قوات حفتر");
    await expect(lna.locator('[data-outlet="aljazeera"]')).toContainText("Delegitimizing");
    await expect(lna.locator('[data-outlet="youm7"]')).toContainText("Legitimizing");
    await expect(table.locator('tr[data-row="event-assault-2018"]')).toContainText("Liberation");
    await expect(table.locator('tr[data-row="actor-dmsc"] [data-outlet="aljazeera"]')).toHaveText("plain names only");
    // Every row on the screen at 1920×1080: the table whole in its box, the slide not scrolling.
    const box = slide(page).getByRole("region", { name: "Summary: the key contrasts" });
    expect(await box.evaluate((el) => [el.scrollWidth - el.clientWidth, Math.round(el.querySelector("table")!.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom)])).toEqual([0, 0]);
    expect(await slide(page).evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("can be any slide: 'End here' in the arranger hides the rest, the summary still closing", async ({ page }) => {
    await page.goto(`${DECK}/arrange`);
    const list = page.getByTestId("arrange-list");
    await expect(list.locator('li[data-slide="summary"]')).toContainText("Summary");
    await expect(list.locator("li").last()).toHaveAttribute("data-slide", "summary");
    await page.getByTestId("end-here-actor-haftar").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]hide=/);
    const shown = ["title", "actor-lna", "pair-actor-lna", "actor-haftar", "summary"];
    await expect(page.getByTestId("shown-count")).toHaveText(`${shown.length} of ${LISTED.length} slides shown`);
    // The summary hidden too: the deck ends on the slide itself.
    await list.locator('li[data-slide="summary"] input[type="checkbox"]').uncheck();
    await page.getByTestId("start-deck").click();
    await expect(counter(page)).toHaveText(`1 / ${shown.length - 1}`);
    await page.keyboard.press("End");
    await expect(slide(page)).toHaveAttribute("data-slide", "actor-haftar");
  });
});

test.describe("the translation under each excerpt", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`is Framelens's, of the whole paragraph, in English at projection size, in the ${lang === "en" ? "English" : "Arabic"} interface`, async ({ page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${DECK}?slides=pair-actor-lna${lang === "ar" ? "&lang=ar" : ""}`);
      const label = lang === "en" ? "Translation by Framelens (whole paragraph)" : "ترجمة Framelens (الفقرة كاملة)";
      const boxes = slide(page).getByRole("region", { name: label });
      await expect(boxes).toHaveCount(2);
      for (const box of await boxes.all()) {
        await expect(box).toHaveAttribute("lang", "en");
        expect(await box.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
        expect((await box.textContent())!.length).toBeGreaterThan(20);
      }
      await expect(slide(page).locator('[data-outlet="aljazeera"] [role="region"] mark[data-focal-rendering]')).toHaveText("Haftar's forces");
      // Each sits under its Arabic excerpt.
      const excerpt = await slide(page).locator('[data-outlet="aljazeera"] blockquote[lang="ar"]').boundingBox();
      const translation = await boxes.nth(1).boundingBox();
      expect(translation!.y).toBeGreaterThan(excerpt!.y + excerpt!.height - 1);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe("the deck on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const lang of ["en", "ar"] as const) {
    test(`neither overlaps nor clips its cards or Arabic text, in ${lang === "en" ? "English" : "Arabic"}`, async ({ page }) => {
      test.slow();
      for (const id of ["title", "actor-lna", "pair-actor-lna", "event-assault-2018", "summary"]) {
        await page.goto(`${DECK}?at=${SLIDES.indexOf(id) + 1}${lang === "ar" ? "&lang=ar" : ""}`);
        await expect(slide(page)).toHaveAttribute("data-slide", id);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(390);
        // The slide scrolls down, never sideways (the summary's table scrolls in its own box).
        expect(await slide(page).evaluate((el) => el.scrollWidth - el.clientWidth), id).toBeLessThanOrEqual(1);
        const problems = await slide(page).evaluate((root) => {
          const found: string[] = [];
          const cards = [...root.querySelectorAll<HTMLElement>("div[data-entry], blockquote, [data-testid=excerpt-translation]")].filter((el) => !el.closest("details:not([open])") && !el.closest("table"));
          const boxes = cards.map((el) => el.getBoundingClientRect());
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b, j) => {
              const inside = cards[i]!.contains(cards[i + 1 + j]!) || cards[i + 1 + j]!.contains(cards[i]!);
              if (!inside && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(`overlap: ${cards[i]!.textContent!.slice(0, 20)} / ${cards[i + 1 + j]!.textContent!.slice(0, 20)}`);
            }),
          );
          for (const el of root.querySelectorAll<HTMLElement>("[lang=ar], [data-entry] p, blockquote")) {
            if (el.closest("table") || getComputedStyle(el).display === "inline") continue;
            if (el.scrollWidth > el.clientWidth + 1) found.push(`clipped: ${el.textContent!.slice(0, 20)}`);
            const box = el.getBoundingClientRect();
            if (box.left < -1 || box.right > 391) found.push(`off screen: ${el.textContent!.slice(0, 20)}`);
          }
          return found;
        });
        expect(problems, id).toEqual([]);
      }
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe("arranging the deck", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`lists every slide in ${lang === "en" ? "English" : "Arabic"} with no serious accessibility violation`, async ({ page }) => {
      test.slow();
      await page.goto(`${DECK}/arrange${lang === "ar" ? "?lang=ar" : ""}`);
      await expect(page.getByTestId("arrange-list").locator("li")).toHaveCount(LISTED.length);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("hides and moves slides with the keyboard, and the deck's link carries the choice", async ({ page }) => {
    await page.goto(`${DECK}/arrange`);
    const list = page.getByTestId("arrange-list");
    await expect(list.locator("li")).toHaveCount(LISTED.length);
    // Hide the title slide: focus its checkbox and press Space.
    await list.locator('li[data-slide="title"] input[type="checkbox"]').focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/[?&]hide=title\b/);
    await expect(page.getByTestId("shown-count")).toHaveText(`${SLIDES.length - 1} of ${LISTED.length} slides shown`);
    // Move the first event up by one, with Enter on its button.
    const event = SLIDES.find((id) => id.startsWith("event-"))!;
    await page.getByRole("button", { name: new RegExp(`^Move “.*” up$`) }).and(page.locator(`#up-${event}`)).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]slides=/);
    await expect(page.locator(`#up-${event}`)).toBeFocused();
    const order = await list.locator("li").evaluateAll((items) => items.map((li) => li.getAttribute("data-slide")));
    const before = LISTED.indexOf(event);
    expect(order[before - 1]).toBe(event);
    // The order names every slide, so the hidden ones are all named: the title and the alternates.
    await expect(page.getByTestId("deck-link")).toHaveValue(/\/cases\/derna\/present\?slides=.*&hide=title(%2C|,)pair-actor-lna\.2/);

    await page.getByTestId("start-deck").click();
    await expect(page).toHaveURL(/\/cases\/derna\/present\?slides=/);
    await expect(counter(page)).toHaveText(`1 / ${SLIDES.length - 1}`);
    await expect(slide(page)).toHaveAttribute("data-slide", order.find((id) => id !== "title")!);
  });
});

test.describe("another excerpt pair", () => {
  test("is listed hidden after the row's pair, named by its outlets, and a click puts it in the deck", async ({ page }) => {
    await page.goto(`${DECK}/arrange`);
    const list = page.getByTestId("arrange-list");
    const alternate = list.locator('li[data-slide="pair-actor-lna.2"]');
    await expect(alternate).toHaveAttribute("data-hidden", "true");
    await expect(alternate).toContainText("Another pair");
    const pair = ALL.find((s) => s.id === "pair-actor-lna.2") as Extract<(typeof ALL)[number], { kind: "pair" }>;
    const [a, b] = pair.sides.map((side) => getBundledCaseAnalysis("derna")!.caseStudy.outlets.find((o) => o.id === side.outlet)!.name.en);
    await expect(alternate).toContainText(`${a} · ${b}`);
    const order = await list.locator("li").evaluateAll((items) => items.map((li) => li.getAttribute("data-slide")));
    expect(order[order.indexOf("pair-actor-lna.2") - 1]).toBe("pair-actor-lna");

    await alternate.getByRole("checkbox").check();
    await expect(page).toHaveURL(/[?&]show=pair-actor-lna\.2$/);
    await expect(page.getByTestId("shown-count")).toHaveText(`${SLIDES.length + 1} of ${LISTED.length} slides shown`);
    await page.getByTestId("start-deck").click();
    await expect(counter(page)).toHaveText(`1 / ${SLIDES.length + 1}`);
    const at = SLIDES.indexOf("pair-actor-lna") + 2;
    await page.goto(`${DECK}?show=pair-actor-lna.2&at=${at}`);
    await expect(slide(page)).toHaveAttribute("data-slide", "pair-actor-lna.2");
    await expect(slide(page)).toContainText(b!);
  });
});

test.describe("handouts", () => {
  test("the overview links to a handout that prints to A4 without the site's chrome and without splitting a row", async ({ page }) => {
    test.slow();
    await page.goto("/cases/derna");
    await page.getByTestId("handout-link").click();
    await expect(page).toHaveURL(/\/cases\/derna\/handout$/);
    await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: A4_LANDSCAPE_CONTENT.width, height: A4_LANDSCAPE_CONTENT.height });
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header").first()).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Case study sections" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeHidden();
    await expect(page.getByTestId("print-url")).toHaveText(/Online: http:\/\/127\.0\.0\.1:\d+\/cases\/derna\/handout/);

    // Every row of the matrices and the glossary is kept whole and fits on a page, so none is split.
    const rows = await page.locator("[data-testid=handout] tbody tr, [data-testid=handout-glossary] li").evaluateAll((trs) =>
      trs.map((tr) => ({ breakInside: getComputedStyle(tr).breakInside, height: tr.getBoundingClientRect().height })),
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.breakInside).toBe("avoid");
      expect(row.height).toBeLessThan(A4_LANDSCAPE_CONTENT.height);
    }
    // Nothing wider than the paper.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_LANDSCAPE_CONTENT.width);
    // Arabic in the self-hosted Naskh.
    const arabic = page.locator('[data-testid=handout-actor-matrix] [lang="ar"]').first();
    expect(await arabic.evaluate((el) => getComputedStyle(el).fontFamily)).toContain("Noto Naskh Arabic");

    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(2);
  });

  test("a side-by-side comparison prints to A4 with its columns on the page and no picker", async ({ page }) => {
    await page.goto("/cases/derna/compare?articles=qposts-2018-05,aljazeera-2018-02");
    await expect(page.getByRole("button", { name: "Print this comparison" })).toBeVisible();
    await page.setViewportSize({ width: A4_CONTENT.width, height: A4_CONTENT.height });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Compare" })).toBeHidden();
    await expect(page.getByTestId("compare-column")).toHaveCount(2);
    const columns = await page.getByTestId("compare-column").evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
    for (const box of columns) expect(box.right).toBeLessThanOrEqual(A4_CONTENT.width + 1);
    expect(columns[0]!.top).toBe(columns[1]!.top);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(1);
  });
});

test.describe("a stored case study", () => {
  test("gets its own deck, pairs included, and its handout", async ({ page, request }) => {
    test.slow();
    // Two outlets of the Derna case, stored through the API as a journalist's own case study.
    const derna = (await (await request.get("/api/cases/derna")).json()).caseStudy;
    const articles = derna.articles.filter((a: { id: string }) => a.id === "youm7-2018-06" || a.id === "aljazeera-2018-02");
    const files = new Set(articles.map((a: { rawFile: string }) => a.rawFile));
    const created = await request.post("/api/cases", {
      data: {
        name: { en: "Two outlets", ar: "وسيلتان" },
        description: { en: "Youm7 and Al Jazeera on Derna.", ar: "اليوم السابع والجزيرة عن درنة." },
        outlets: derna.outlets.filter((o: { id: string }) => o.id === "youm7" || o.id === "aljazeera"),
        actors: derna.actors,
        events: derna.events,
        articles,
        lexicon: derna.lexicon.map((e: { seeds: string[] }) => ({ ...e, seeds: e.seeds.filter((s) => files.has(s)) })),
      },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();

    await page.goto(`/cases/${id}/present`);
    await expect(slide(page)).toHaveAttribute("data-slide", "title");
    await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText("Two outlets");
    await page.goto(`/cases/${id}/present?slides=pair-actor-lna,actor-lna`);
    await expect(counter(page)).toHaveText("1 / 2");
    await expect(slide(page).locator("[data-outlet]")).toHaveCount(2);
    await expect(slide(page).locator("mark[data-focal]")).toHaveCount(2);
    // Stored without its translations: each excerpt says it has none, nothing is made up.
    await expect(slide(page).getByTestId("excerpt-no-translation")).toHaveText(["No translation of this article yet.", "No translation of this article yet."]);
    await page.keyboard.press("ArrowRight");
    await expect(slide(page)).toHaveAttribute("data-slide", "actor-lna");

    await page.goto(`/cases/${id}/handout`);
    await expect(page.getByTestId("handout-actor-matrix")).toContainText("قوات حفتر");
    await expect(page.getByTestId("handout-glossary").locator("li").first()).toBeVisible();
  });
});
