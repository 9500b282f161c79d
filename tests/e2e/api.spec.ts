import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test.describe("POST /api/analyze on the production server", () => {
  test("tags a seed article per the contract, offsets into the text as sent", async ({ request }) => {
    const text = readFileSync("data/derna/raw/000_2bf3b4fb94a3cc7e.txt", "utf8");
    const response = await request.post("/api/analyze", { data: { text } });
    expect(response.status()).toBe(200);
    const result = await response.json();
    expect(result.words).toBeGreaterThan(300);
    const cleansing = result.mentions.find((m: { text: string }) => m.text === "تطهير");
    expect(cleansing).toMatchObject({ category: "liberation", quoted: true });
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test("answers a bad request with a 4xx and a JSON error", async ({ request }) => {
    const response = await request.post("/api/analyze", { data: { text: "" } });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ error: 'field "text" is empty: there is no text to analyze' });
  });

  test("refuses GET with 405", async ({ request }) => {
    const response = await request.get("/api/analyze");
    expect(response.status()).toBe(405);
  });
});

test.describe("the case-study API on the production server", () => {
  test("creates a case study, gives it back, and refuses a change without its token", async ({ request }) => {
    const text = readFileSync("data/derna/raw/003_3dfe98a37ea4deb2.txt", "utf8");
    const created = await request.post("/api/cases", {
      data: {
        name: { en: "One report", ar: "تقرير واحد" },
        description: { en: "A single Al Jazeera report.", ar: "" },
        outlets: [{ id: "aljazeera", name: { en: "Al Jazeera", ar: "الجزيرة" }, country: "Qatar", language: "ar", description: "Qatar-based broadcaster." }],
        articles: [
          {
            id: "report", outlet: "aljazeera", headline: null, subheadline: null, date: "2018-02-13", datePrecision: "day", dateApproximate: false,
            dateEvidence: "Stated in the file.", byline: null, rawFile: "report.txt", language: "ar", events: [], chromeLines: [], text,
          },
        ],
      },
    });
    expect(created.status()).toBe(201);
    const { id, editToken } = await created.json();
    expect(editToken).toBeTruthy();

    const read = await request.get(`/api/cases/${id}`);
    expect(read.status()).toBe(200);
    expect((await read.json()).caseStudy.articles[0].text).toBe(text);

    const refused = await request.put(`/api/cases/${id}`, { data: { version: 1, caseStudy: {} } });
    expect(refused.status()).toBe(401);
  });
});

test.describe("security headers", () => {
  for (const path of ["/", "/cases/derna", "/api/cases/derna"]) {
    test(`${path} carries a content security policy and the other security headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"]).toBe("DENY");
    });
  }
});
