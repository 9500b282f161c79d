// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/import/decode-upload";
import { uploadRequest } from "@/lib/import/upload-http";

function upload(name: string | null, body: BodyInit | null, headers: Record<string, string> = {}): Promise<Response> {
  const url = name === null ? "http://localhost/api/import/upload" : `http://localhost/api/import/upload?name=${encodeURIComponent(name)}`;
  return uploadRequest(new Request(url, { method: "POST", body, headers }));
}

describe("POST /api/import/upload", () => {
  it("refuses a request that does not name its file", async () => {
    const response = await upload(null, "نص");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/\?name=/);
  });

  it("refuses another file type, naming the file and the types it takes", async () => {
    const response = await upload("report.pdf", "%PDF-1.4");
    expect(response.status).toBe(415);
    const { error } = await response.json();
    expect(error).toContain("report.pdf");
    expect(error).toContain(".txt, .md, .html, .htm");
  });

  it("refuses a file over 2 MiB, naming the limit, by its declared length without reading it", async () => {
    const response = await upload("big.txt", "x", { "content-length": String(MAX_UPLOAD_BYTES + 1) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/big\.txt is over 2 MiB.*the limit is 2,097,152 bytes/);
  });

  it("refuses a file over 2 MiB that does not declare its length", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 10).fill(0x61);
    const stream = new ReadableStream({
      start(controller) {
        for (let at = 0; at < big.length; at += 65536) controller.enqueue(big.subarray(at, at + 65536));
        controller.close();
      },
    });
    const response = await uploadRequest(new Request("http://localhost/api/import/upload?name=big.txt", { method: "POST", body: stream, duplex: "half" } as RequestInit));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toContain("2 MiB");
  });

  it("refuses an empty file", async () => {
    const response = await upload("empty.txt", "");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain("empty.txt is empty");
  });

  it("refuses bytes that are neither UTF-8 nor Windows-1256 Arabic", async () => {
    const response = await upload("latin.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0xe8, 0xf1]));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/neither UTF-8 nor Windows-1256/);
  });

  it("reads a Windows-1256 Arabic text file as Arabic", async () => {
    const response = await upload("derna-report-cp1256.txt", readFileSync("tests/fixtures/derna-report-cp1256.txt"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.encoding).toBe("windows-1256");
    expect(body.text).toContain("الجيش الوطني الليبي");
    expect(body.headline).toBeNull();
  });

  it("keeps only an HTML page's article, as text, with its headline, byline and date", async () => {
    const response = await upload("derna-report.html", readFileSync("tests/fixtures/derna-report.html"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.text).toContain("مجلس شورى مجاهدي درنة");
    expect(body.text).not.toContain("<p>");
    expect(body.text).not.toContain("الرئيسية");
    expect(body.text).not.toContain("tracker");
    expect(body.headline).toBe("قوات حفتر تقصف درنة");
    expect(body.date).toMatch(/^2018-05-16/);
  });
});
