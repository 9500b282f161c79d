import { expect, seriousViolations, test } from "./fixtures";

/** A one-article case study, created through the API as a journalist's tool would. */
async function createCase(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const derna = JSON.parse(JSON.stringify((await (await request.get("/api/cases/derna")).json()).caseStudy));
  const youm7 = derna.articles.find((a: { id: string }) => a.id === "youm7-2018-06");
  const response = await request.post("/api/cases", {
    data: {
      name: { en: "Youm7 alone", ar: "اليوم السابع وحدها" },
      description: { en: "One Youm7 report, stored.", ar: "" },
      outlets: derna.outlets.filter((o: { id: string }) => o.id === "youm7"),
      actors: derna.actors,
      events: derna.events,
      articles: [youm7],
      lexicon: derna.lexicon.map((e: { seeds: string[] }) => ({ ...e, seeds: e.seeds.filter((s) => s === youm7.rawFile) })),
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

test.describe("a stored case study", () => {
  test("renders through the same pages as the bundled one", async ({ page, request }) => {
    test.slow();
    const id = await createCase(request);

    await page.goto(`/cases/${id}`);
    await expect(page.getByText("Youm7 alone").first()).toBeVisible();
    await expect(page.getByRole("table").first()).toContainText("الجيش الوطني الليبي");
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/cases/${id}/articles/youm7-2018-06`);
    await expect(page.locator("mark").first()).toBeVisible();

    const terms = await page.goto(`/cases/${id}/terms`);
    expect(terms?.status()).toBe(200);
    const charts = await page.goto(`/cases/${id}/charts`);
    expect(charts?.status()).toBe(200);
  });

  test("renders its overview and handout on every visit: no cache may keep a version from before a save", async ({ request }) => {
    const id = await createCase(request);
    for (const path of [`/cases/${id}`, `/cases/${id}/handout`]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["cache-control"], path).toMatch(/no-store/);
      expect(response.headers()["cache-control"], path).not.toMatch(/s-maxage/);
    }
  });
});

test.describe("an unknown case id", () => {
  // The browser logs the 404 response itself as a console error.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("is a 404, looked up in the database and not found", async ({ page }) => {
    const response = await page.goto("/cases/no-such-stored-case");
    expect(response?.status()).toBe(404);
  });
});
