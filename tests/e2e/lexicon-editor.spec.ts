import type { APIRequestContext, Page } from "@playwright/test";
import { expect, seriousViolations, test } from "./fixtures";

/** A case study of two outlets (one article each), created through the API: its id and edit token. */
async function createCase(request: APIRequestContext): Promise<{ id: string; token: string }> {
  const derna = (await (await request.get("/api/cases/derna")).json()).caseStudy;
  const keep = new Set(["youm7-2018-06", "aljazeera-2018-02"]);
  const articles = derna.articles.filter((a: { id: string }) => keep.has(a.id));
  const files = new Set(articles.map((a: { rawFile: string }) => a.rawFile));
  const response = await request.post("/api/cases", {
    data: {
      name: { en: "Youm7 and Al Jazeera", ar: "اليوم السابع والجزيرة" },
      // In both languages: an empty Arabic one would be filled from the English on the first save, a change of its own.
      description: { en: "Two reports, to edit the lexicon of.", ar: "تقريران لتحرير معجمهما." },
      outlets: derna.outlets.filter((o: { id: string }) => o.id === "youm7" || o.id === "aljazeera"),
      actors: derna.actors,
      events: derna.events,
      articles,
      lexicon: derna.lexicon.map((e: { seeds: string[] }) => ({ ...e, seeds: e.seeds.filter((s) => files.has(s)) })),
    },
  });
  expect(response.status()).toBe(201);
  const { id, editToken } = await response.json();
  return { id, token: editToken };
}

const termRow = (page: Page, id: string) => page.getByTestId("term-list").locator(`[data-entry="${id}"]`);
const liveTotal = async (page: Page, id: string) => Number(await termRow(page, id).getByTestId("entry-uses").getAttribute("data-total"));

test.describe("the lexicon editor", () => {
  // The editor re-tags two articles against 343 terms on each change (fifty of them listed), and axe
  // scans its page: on a busy 2-core machine that can pass 90 s.
  test.describe.configure({ timeout: 240_000 });
  test("re-tags as a form is added, saves, and the overview's matrix follows", async ({ page, request }) => {
    test.slow();
    const { id, token } = await createCase(request);
    await page.goto(`/cases/${id}/edit?section=lexicon#token=${token}`);
    const editor = page.getByTestId("lexicon-editor");
    await expect(editor).toBeVisible();

    const before = await liveTotal(page, "lna-libyan-army");
    expect(before).toBeGreaterThan(0);
    await termRow(page, "lna-libyan-army").getByRole("button", { name: /^Edit/ }).click();
    await termRow(page, "lna-libyan-army").getByRole("button", { name: "+ Add a form" }).click();
    // The new, empty form is the last (the entry has Arabic and English forms before it).
    const form = termRow(page, "lna-libyan-army").getByRole("textbox", { name: /^Form \d+$/ }).last();
    await expect(form).toHaveValue("");
    await form.fill("درنة");
    await expect(form).toHaveAttribute("dir", "rtl");
    // درنة (the city) stands in both articles many times: the count must jump, before saving.
    await expect.poll(() => liveTotal(page, "lna-libyan-army")).toBeGreaterThan(before + 5);
    const after = await liveTotal(page, "lna-libyan-army");
    const liveCell = page.getByTestId("live-matrix").locator('[data-row="lna"][data-outlet="youm7"] [data-entry="lna-libyan-army"]');
    const youm7 = Number(await termRow(page, "lna-libyan-army").getByTestId("entry-uses").locator('[data-outlet="youm7"]').getAttribute("data-count"));
    await expect(liveCell).toContainText(`×${youm7}`);
    expect(await seriousViolations(page)).toEqual([]);

    // One entry changed: it is saved on its own.
    const saved = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().endsWith(`/api/cases/${id}/lexicon/lna-libyan-army`));
    await page.getByRole("button", { name: "Save", exact: true }).click();
    expect((await saved).status()).toBe(200);

    await page.goto(`/cases/${id}`);
    const label = page.getByTestId("actor-matrix").locator(`[data-label-key="youm7:lna-libyan-army:lna"]`);
    await expect(label).toContainText(`×${youm7}`);
    expect(after).toBeGreaterThan(before);
  });

  test("sets aside a term whose form another term takes, in the counts and in the article preview alike", async ({ page, request }) => {
    const { id, token } = await createCase(request);
    await page.goto(`/cases/${id}/edit?section=lexicon#token=${token}`);
    await expect(page.getByTestId("lexicon-editor")).toBeVisible();
    // "the Libyan army" (earlier in the lexicon) takes الجماعات الإرهابية, a form of "the terrorist groups".
    await termRow(page, "lna-libyan-army").getByRole("button", { name: /^Edit/ }).click();
    await termRow(page, "lna-libyan-army").getByRole("button", { name: "+ Add a form" }).click();
    await termRow(page, "lna-libyan-army").getByRole("textbox", { name: /^Form \d+$/ }).last().fill("الجماعات الإرهابية");
    await expect(termRow(page, "dmsc-terrorist-groups")).toContainText("Not tagged: a form is another term's");

    await page.getByRole("button", { name: /^Articles/ }).click();
    await page.getByTestId("article-text-input").fill("تقدمت قوات الجيش الوطني الليبي نحو درنة لمحاربة الجماعات الإرهابية");
    const preview = page.getByTestId("live-preview");
    await expect(preview.getByTestId("preview-untagged")).toHaveText("Not tagged until each of their forms is theirs alone (another term has it too): the terrorist groups");
    // The rest of the lexicon still tags: the army, and the phrase now under the term that took it.
    await expect(preview.locator("mark")).toHaveCount(2);
    await expect(preview.locator("mark").nth(1)).toHaveAttribute("data-entry", "lna-libyan-army");
  });

  test("refuses to remove an actor that terms label, and says why", async ({ page, request }) => {
    const { id, token } = await createCase(request);
    await page.goto(`/cases/${id}/edit?section=lexicon#token=${token}`);
    const haftar = page.getByTestId("actors-editor").locator('[data-item="haftar"]');
    await haftar.getByRole("button", { name: /^Remove/ }).click();
    await expect(haftar.getByRole("alert")).toContainText("cannot be removed");
    await expect(haftar).toBeVisible();
  });

  test("adds a distinctive term to the lexicon in one click, to complete there", async ({ page, request }) => {
    test.slow();
    const { id, token } = await createCase(request);
    await page.goto(`/cases/${id}/edit?section=distinctive#token=${token}`);
    const panel = page.getByTestId("distinctive-terms");
    await expect(panel.getByTestId("distinctive-table").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The row by its term, which stays when its button gives way to "in the lexicon".
    const first = panel.locator("tr[data-term]").filter({ has: page.getByRole("button", { name: /Add to lexicon/ }) }).first();
    const row = panel.locator(`tr[data-term="${await first.getAttribute("data-term")}"]`).first();
    const term = (await row.getByRole("rowheader").textContent())!.trim();
    await row.getByRole("button", { name: /Add to lexicon/ }).click();
    await expect(row).toContainText("In the lexicon");

    await panel.getByRole("button", { name: "Complete it" }).click();
    await expect(page).toHaveURL(/section=lexicon/);
    const open = page.getByTestId("term-list").locator("li[data-entry]", { hasText: term }).first();
    await expect(open).toContainText("To complete: gloss, category (guessed), note");
    await expect(open.getByLabel("English gloss")).toHaveValue("(gloss to write)");
  });

  test("a new term shows its stance at once, preset from its category, says when it is unset, and saves it with its actor", async ({ page, request }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const { id, token } = await createCase(request);
    await page.goto(`/cases/${id}/edit?section=lexicon#token=${token}`);
    await page.getByRole("button", { name: "+ Add a term" }).click();
    const form = page.getByRole("form", { name: "New framing term" });
    const stance = form.getByRole("group", { name: "Stance toward the actor" });
    // Shown before any actor is picked, marked from the category, and said to be unset.
    await form.getByLabel("Category").selectOption("terrorism");
    await expect(stance.getByRole("radio", { name: "Delegitimizing", exact: true })).toBeChecked();
    await expect(form.getByTestId("stance-unset")).toHaveText(/Stance left unset: this term labels no actor/);
    await form.getByLabel("Category").selectOption("state-legitimacy");
    await expect(stance.getByRole("radio", { name: "Legitimizing", exact: true })).toBeChecked();
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel("Category").selectOption("terrorism");
    await form.getByLabel("Actor").selectOption("dmsc");
    await expect(form.getByTestId("stance-unset")).toHaveCount(0);
    await form.getByRole("textbox", { name: "Form 1", exact: true }).fill("عصابات الجريمة المنظمة في المدينة");
    await form.getByLabel("English gloss", { exact: true }).fill("the armed criminal gangs");
    await form.getByLabel("Why it frames", { exact: true }).fill("Calls fighters criminals, not combatants.");
    await form.getByRole("button", { name: "Add", exact: true }).click();
    await expect(form).toHaveCount(0);
    await page.getByLabel("Search the terms").fill("armed criminal gangs");
    const added = page.getByTestId("term-list").locator('[data-entry="the-armed-criminal-gangs"]');
    await expect(added.locator('[data-stance="delegitimizing"]')).toBeVisible();
  });

  test("reads in Arabic, right to left, with no serious accessibility problem", async ({ page, request }) => {
    test.slow();
    const { id, token } = await createCase(request);
    await page.goto(`/cases/${id}/edit?section=lexicon&lang=ar#token=${token}`);
    await expect(page.getByRole("heading", { name: "المعجم" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
