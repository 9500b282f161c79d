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
