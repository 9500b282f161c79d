import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { buildLargeCaseFile } from "../../bench/large-case";
import { startNextServer, type NextServer } from "../../bench/next-server";
import type { CaseStudyExchange } from "../../lib/case-study/exchange";
import { openDatabase } from "../../lib/store/database";
import startPostgres from "../store/postgres-server";

/**
 * The server is killed with SIGKILL in the middle of a large import and of a large save, then
 * restarted on the same data: the case study is whole or untouched, nothing saved before
 * changed, and the database opens and takes new case studies. Each test runs its own
 * production server (`next start` on the build the config's web server made) on a free port.
 */

// Two large imports at once would only slow each other down on two cores.
test.describe.configure({ mode: "default" });

const ARTICLES = 1000;

type Storage = { kind: "embedded"; dataDir: string } | { kind: "server"; url: string; database: string };

test("SIGKILL during an import and during a save of the embedded database: whole or untouched, and it opens cleanly", async () => {
  test.setTimeout(360_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "framelens-crash-"));
  try {
    await killDuringImportAndSave({ kind: "embedded", dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("SIGKILL during an import and during a save with DATABASE_URL: whole or untouched", async () => {
  test.setTimeout(360_000);
  let url = "";
  const stopPostgres = await startPostgres({ provide: (_key: string, value: string) => (url = value) } as unknown as Parameters<typeof startPostgres>[0]);
  const database = `crash_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    const target = new URL(url);
    target.pathname = `/${database}`;
    await killDuringImportAndSave({ kind: "server", url: target.toString(), database });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await stopPostgres?.();
  }
});

async function killDuringImportAndSave(storage: Storage): Promise<void> {
  const env: Record<string, string> = storage.kind === "embedded" ? { FRAMELENS_DATA_DIR: storage.dataDir } : { DATABASE_URL: storage.url };
  let server = await startNextServer({ env });
  try {
    // A case study saved before anything goes wrong.
    const before = buildLargeCaseFile({ articles: 3, name: "Saved before the crash", seed: 7 });
    const saved = await send(server, "POST", "/api/cases/import", before);
    expect(saved.status).toBe(201);
    const savedId = (saved.body as { id: string }).id;
    const savedText = JSON.stringify((await getCase(server, savedId)).caseStudy);

    // How long the large import takes on this machine: to the end, and refused by validation at
    // its last article (everything but the database work). The kills aim inside the difference.
    const large = buildLargeCaseFile({ articles: ARTICLES, name: "Imported whole", seed: 11 });
    const invalid = structuredClone(large);
    invalid.caseStudy.articles.at(-1)!.outlet = "nobody";
    let started = Date.now();
    expect((await send(server, "POST", "/api/cases/import", invalid)).status).toBe(400);
    const validation = Date.now() - started;
    started = Date.now();
    const whole = await send(server, "POST", "/api/cases/import", large);
    const timing = { validation, full: Date.now() - started };
    expect(whole.status).toBe(201);
    const { id: wholeId, editToken } = whole.body as { id: string; editToken: string };
    note("timing", `${ARTICLES} articles (${(Buffer.byteLength(JSON.stringify(large)) / 1e6).toFixed(1)} MB): validated in ${timing.validation} ms, imported in ${timing.full} ms (${storage.kind})`);

    // --- SIGKILL in the middle of an import, early, half-way and late in the database work.
    let killedMidway = 0;
    for (const [i, fraction] of KILL_POINTS.entries()) {
      const crashed = buildLargeCaseFile({ articles: ARTICLES, name: `Killed mid-import ${i} ${Date.now()}`, seed: 13 + i });
      const kill = await killMidRequest(server, storage, "POST", "/api/cases/import", crashed, timing, fraction);
      const [crashedId, ...more] = await idsAfterKill(storage, crashed.caseStudy.name.en);
      expect(more).toEqual([]);
      server = await startNextServer({ env });
      if (crashedId) expect(texts(await getCase(server, crashedId))).toEqual(texts(crashed));
      else expect(kill.answered, `the server answered, so the case study must be there: ${kill.how}`).toBe(false);
      if (!kill.answered) killedMidway++;
      note("import killed", `${kill.how}; after the restart the case study is ${crashedId ? `there, all ${ARTICLES} articles` : "absent"}`);
      expect(JSON.stringify((await getCase(server, savedId)).caseStudy)).toBe(savedText);
    }

    // --- SIGKILL in the middle of a save that replaces every article's text.
    const revised = structuredClone(large);
    for (const article of revised.caseStudy.articles) article.text = `${article.text}تحديث بعد المراجعة.\n`;
    const kill = await killMidRequest(server, storage, "PUT", `/api/cases/${wholeId}`, { version: 1, caseStudy: revised.caseStudy }, timing, 0.5, editToken);
    if (!kill.answered) killedMidway++;
    expect(await idsAfterKill(storage, large.caseStudy.name.en)).toEqual([wholeId]);
    server = await startNextServer({ env });
    const afterSave = await getCase(server, wholeId);
    const version = afterSave.storedVersion;
    expect([1, 2]).toContain(version);
    if (kill.answered) expect(version, "the server answered the save, so it must have been kept").toBe(2);
    expect(texts(afterSave)).toEqual(texts(version === 1 ? large : revised));
    note("save killed", `${kill.how}; after the restart the case study is at version ${version} (${version === 1 ? "old" : "new"} texts, all ${ARTICLES})`);
    expect(JSON.stringify((await getCase(server, savedId)).caseStudy)).toBe(savedText);
    expect(killedMidway, "no kill came before the server answered: nothing was killed mid-way").toBeGreaterThan(0);

    // The database still takes a new case study, and saves.
    const fresh = await send(server, "POST", "/api/cases/import", buildLargeCaseFile({ articles: 2, name: "Created after the crash", seed: 17 }));
    expect(fresh.status).toBe(201);
    const again = await send(server, "PUT", `/api/cases/${wholeId}`, { version, caseStudy: large.caseStudy }, editToken);
    expect(again.status).toBe(200);
  } finally {
    await server.stop();
  }
}

/** Where in the database work of a request the kills aim: early, half-way, late. */
const KILL_POINTS = [0.2, 0.5, 0.8];

/** Record a measured figure or outcome in the test report. */
function note(type: string, description: string): void {
  test.info().annotations.push({ type, description });
}

/**
 * Send a large request and SIGKILL the server while the database is at work on it: at
 * `validation + fraction × (full − validation)` ms after sending (the measured times of the
 * same work refused by validation and done to the end). With PostgreSQL, whose sessions another
 * process can see, the kill also waits until the server's transaction has written (it has a
 * transaction id in pg_stat_activity).
 *
 * @returns whether the server had answered before the kill, and how the kill was timed
 */
async function killMidRequest(
  server: NextServer, storage: Storage, method: string, route: string, body: unknown,
  timing: { validation: number; full: number }, fraction: number, token?: string,
): Promise<{ answered: boolean; how: string }> {
  const sent = Date.now();
  let answered = false;
  let answer = "";
  const request = send(server, method, route, body, token).then(
    (response) => {
      answered = true;
      answer = `${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
    },
    () => undefined,
  );
  const aim = timing.validation + fraction * (timing.full - timing.validation);
  let writing = "";
  if (storage.kind === "server") {
    const observer = new pg.Client({ connectionString: storage.url });
    await observer.connect();
    const openTransactions = async () =>
      (await observer.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`, [storage.database])).rows[0]?.n;
    try {
      // Until the transaction has written, or the server has answered already (a slow moment).
      await expect.poll(async () => answered || (await openTransactions()) === 1, { timeout: 60_000, intervals: [10] }).toBe(true);
      await sleep(aim - (Date.now() - sent));
      writing = (await openTransactions()) === 1 ? ", its transaction open and written to" : ", its transaction over";
    } finally {
      await observer.end();
    }
  } else {
    await sleep(aim - (Date.now() - sent));
  }
  const at = Date.now() - sent;
  const answeredBefore = answered;
  await server.kill();
  await request;
  return { answered: answeredBefore, how: `${method} killed ${at} ms after sending${writing} (aimed at ${Math.round(aim)} ms: validation ${timing.validation} ms, all ${timing.full} ms)${answeredBefore ? `, after it had answered ${answer}` : ", before it answered"}` };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * After a kill, open the database from this process (for the embedded one: alone, as the
 * restarted server will, so it must recover by itself) and read the ids of the case studies
 * with this English name.
 */
async function idsAfterKill(storage: Storage, name: string): Promise<string[]> {
  const db = await openDatabase(storage.kind === "embedded" ? { dataDir: storage.dataDir } : { url: storage.url });
  try {
    return (await db.query<{ id: string }>(`SELECT id FROM case_studies WHERE name_en = $1`, [name])).map((row) => row.id);
  } finally {
    await db.close();
  }
}

async function send(server: NextServer, method: string, route: string, body: unknown, token?: string): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.url}${route}`, { method, headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function getCase(server: NextServer, id: string): Promise<CaseStudyExchange & { storedVersion: number }> {
  const response = await fetch(`${server.url}/api/cases/${id}`);
  expect(response.status).toBe(200);
  const storedVersion = Number(JSON.parse(response.headers.get("etag") ?? "0"));
  return { ...((await response.json()) as CaseStudyExchange), storedVersion };
}

/** Every article's text by id, in order. */
function texts(file: CaseStudyExchange): [string, string][] {
  return file.caseStudy.articles.map((a) => [a.id, a.text]);
}
