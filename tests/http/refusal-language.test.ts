// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeRequest } from "@/lib/analysis/http";
import { MAX_UPLOAD_BYTES } from "@/lib/import/decode-upload";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { getLabelSentences } from "@/lib/cases/label-sentences-http";
import { createCase, replaceCase } from "@/lib/cases/http";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { importUrlRequest } from "@/lib/import/http";
import { uploadRequest } from "@/lib/import/upload-http";
import { SERVER_ERROR_MESSAGES } from "@/lib/i18n/server-error-messages";
import { SCHEMA_MESSAGES } from "@/lib/i18n/schema-messages";
import { getDatabase } from "@/lib/store/database";

const dir = mkdtempSync(path.join(tmpdir(), "framelens-refusals-"));
process.env.FRAMELENS_DATA_DIR = dir;
delete process.env.DATABASE_URL;

const ARABIC = { "accept-language": "ar-LY,ar;q=0.9,en;q=0.8" };
const ARABIC_LETTERS = /\p{Script=Arabic}/u;
const ar = SERVER_ERROR_MESSAGES.ar;
// The Arabic with its isolating marks taken out, to read it as the user does.
const plain = (text: string) => text.replace(/[\u2068\u2069\u200e]/g, "");
const json = (body: unknown) => JSON.stringify(body);

/** The same request in both languages: the default (English) and Arabic first. */
async function bothLanguages(send: (headers: Record<string, string>) => Promise<Response>) {
  const english = await send({});
  const arabic = await send(ARABIC);
  return { english, arabic, en: await english.json(), ar: await arabic.json() };
}

describe("a refusal answers in the request's language", () => {
  it("upload over the limit (413): names the file and the limit, 2 MiB and its bytes, in both", async () => {
    const upload = (headers: Record<string, string>) =>
      uploadRequest(new Request("http://localhost/api/import/upload?name=big.txt", { method: "POST", body: "x", headers: { "content-length": String(MAX_UPLOAD_BYTES + 1), ...headers } }));
    const { english, arabic, en, ar: answer } = await bothLanguages(upload);
    expect([english.status, arabic.status]).toEqual([413, 413]);
    expect(en.error).toBe("big.txt is over 2 MiB (2,097,153 bytes or more); the limit is 2,097,152 bytes");
    expect(plain(answer.error)).toBe("حجم big.txt يتجاوز 2 MiB (2,097,153 بايت أو أكثر)؛ والحد 2,097,152 بايت");
    // "2 MiB" is kept left-to-right inside the Arabic line, as the interface's Arabic does.
    expect(answer.error).toContain("\u200e2 MiB\u200e");
    expect(arabic.headers.get("content-language")).toBe("ar");
  });

  it("upload of another file type (415): the Arabic names the file and the types taken", async () => {
    const { arabic, ar: answer } = await bothLanguages((headers) => uploadRequest(new Request("http://localhost/api/import/upload?name=report.pdf", { method: "POST", body: "%PDF", headers })));
    expect(arabic.status).toBe(415);
    expect(plain(answer.error)).toBe("لا يمكن استيراد report.pdf: نوع الملف غير مقبول؛ استخدم .txt أو .md أو .html أو .htm");
  });

  it("URL import of a private address (400): names the address and its range, and says only public ones are fetched", async () => {
    const { english, arabic, en, ar: answer } = await bothLanguages((headers) =>
      importUrlRequest(new Request("http://localhost/api/import/url", { method: "POST", body: json({ url: "http://127.0.0.1:3000/admin" }), headers }), { limiter: null }),
    );
    expect([english.status, arabic.status]).toEqual([400, 400]);
    expect(en.error).toBe("127.0.0.1, which is loopback (127.0.0.0/8); only public addresses are fetched");
    expect(plain(answer.error)).toBe("العنوان 127.0.0.1 هو عنوان استرجاع محلي (loopback، 127.0.0.0/8)، ولا يُجلب إلا من العناوين العامة");
  });

  it("URL import past the rate (429): the Arabic names the limit per minute and when to try again", async () => {
    const limiter = createRateLimiter({ perMinute: 1 });
    const send = (headers: Record<string, string>) => importUrlRequest(new Request("http://localhost/api/import/url", { method: "POST", body: json({}), headers }), { limiter });
    await send({});
    const refused = await send(ARABIC);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(plain((await refused.json()).error)).toBe("طلبات أكثر من اللازم: الحد 1 من عمليات الاستيراد من عنوان في الدقيقة لكل عميل؛ حاول مجددًا بعد 60 ثانية");
  });

  it("analysis of a body that is not JSON (400): the Arabic keeps the parser's detail, isolated", async () => {
    const { arabic, en, ar: answer } = await bothLanguages((headers) => analyzeRequest(new Request("http://localhost/api/analyze", { method: "POST", body: "{", headers }), null));
    expect(arabic.status).toBe(400);
    expect(en.error).toMatch(/^the body is not valid JSON: /);
    expect(answer.error).toMatch(/^متن الطلب ليس JSON صالحًا: \u2068.+\u2069$/);
  });

  it("the occurrences route (400, 404)", async () => {
    const kind = await getLabelSentences(new Request("http://localhost/api/cases/derna/occurrences?kind=x", { headers: ARABIC }), "derna");
    expect(kind.status).toBe(400);
    expect((await kind.json()).error).toBe(ar.kindInvalid);
    const label = await getLabelSentences(new Request("http://localhost/api/cases/derna/occurrences?kind=actor&label=a:b:c", { headers: ARABIC }), "derna");
    expect(label.status).toBe(404);
    expect(plain((await label.json()).error)).toBe("لا وسم «a:b:c» في مصفوفة الفاعلين لدراسة الحالة «derna»");
  });

  describe("the case routes, with the database", () => {
    const caseStudy = () => JSON.parse(JSON.stringify(exportCaseStudy(getBundledCaseStudy()).caseStudy));
    const put = (id: string, body: unknown, headers: Record<string, string>) =>
      replaceCase(new Request(`http://localhost/api/cases/${id}`, { method: "PUT", body: json(body), headers: { "content-type": "application/json", ...headers } }), id);
    let id: string;
    let token: string;

    beforeAll(async () => {
      await getDatabase();
      const { id: _, ...rest } = caseStudy();
      const created = await createCase(new Request("http://localhost/api/cases", { method: "POST", body: json({ ...rest, name: { en: "Refusals", ar: "" } }) }));
      ({ id, editToken: token } = await created.json());
    }, 60_000);
    afterAll(async () => {
      await (await getDatabase()).close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("a wrong edit token (403): nothing changed, in both languages", async () => {
      const { english, arabic, en, ar: answer } = await bothLanguages((headers) => put(id, { version: 1, caseStudy: caseStudy() }, { authorization: "Bearer wrong", ...headers }));
      expect([english.status, arabic.status]).toEqual([403, 403]);
      expect(en.error).toBe(`the edit token does not open case study "${id}": nothing was changed`);
      expect(plain(answer.error)).toBe(`رمز التحرير لا يفتح دراسة الحالة «${id}»: لم يتغير شيء`);
    });

    it("a stale version (409): names both versions, and says the current one in currentVersion", async () => {
      expect((await put(id, { version: 1, caseStudy: caseStudy() }, { authorization: `Bearer ${token}` })).status).toBe(200);
      const { arabic, en, ar: answer } = await bothLanguages((headers) => put(id, { version: 1, caseStudy: caseStudy() }, { authorization: `Bearer ${token}`, ...headers }));
      expect(arabic.status).toBe(409);
      expect(en).toMatchObject({ currentVersion: 2, error: expect.stringContaining("you edited version 1; it is now at version 2") });
      expect(answer.currentVersion).toBe(2);
      expect(plain(answer.error)).toBe(
        `حفظ شخص آخر دراسة الحالة «${id}» منذ فتحتها (حرّرت الإصدار 1، وهي الآن في الإصدار 2): لم يتغير شيء؛ أعد تحميل الصفحة لترى نسختهم`,
      );
    });

    it("an invalid case study (400): every problem's entry and message in Arabic, its part and field as sent", async () => {
      const bad = caseStudy();
      bad.articles[0].outlet = "nowhere";
      bad.articles[1].date = "13 Feb 2018";
      const { english, arabic, en, ar: answer } = await bothLanguages((headers) => put(id, { version: 2, caseStudy: bad }, { authorization: `Bearer ${token}`, ...headers }));
      expect([english.status, arabic.status]).toEqual([400, 400]);
      const first = bad.articles[1].id;
      expect(en.problems).toContainEqual({ file: "request body: caseStudy.articles", entry: `entry #1 "${first}"`, field: "date", message: "must be YYYY, YYYY-MM or YYYY-MM-DD" });
      expect(answer.problems).toContainEqual({ file: "request body: caseStudy.articles", entry: `العنصر رقم 1 «\u2068${first}\u2069»`, field: "date", message: SCHEMA_MESSAGES.ar.schemaDate });
      expect(answer.problems).toHaveLength(en.problems.length);
      for (const problem of answer.problems) expect(problem.message).toMatch(ARABIC_LETTERS);
      expect(answer.error).toContain(`العنصر رقم 1 «\u2068${first}\u2069»: الحقل \u200e"\u2068date\u2069"\u200e: ${SCHEMA_MESSAGES.ar.schemaDate}`);
    });

    it("a problem the check finds after the schema (unknown outlet) is in Arabic too", async () => {
      const bad = caseStudy();
      bad.articles[0].outlet = "nowhere";
      const response = await put(id, { version: 2, caseStudy: bad }, { authorization: `Bearer ${token}`, ...ARABIC });
      const { problems } = await response.json();
      expect(problems.map((p: { message: string }) => plain(p.message))).toEqual(["وسيلة غير معروفة «nowhere»: لا يحمل أي عنصر في outlets.json هذا المعرّف"]);
    });
  });
});
