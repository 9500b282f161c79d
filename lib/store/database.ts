import { mkdirSync } from "node:fs";
import path from "node:path";
import { runMigrations } from "./migrations";
import type { Database } from "./queryable";

/** Where the embedded database keeps its files unless `FRAMELENS_DATA_DIR` says otherwise. */
export const DEFAULT_DATA_DIR = ".data/pglite";

/**
 * Open a database and bring its schema up to date (migrations run on every open; each runs once).
 *
 * @param options `url`: a PostgreSQL connection string, for a server; else `dataDir`: the
 *   folder of the embedded database (created if missing)
 * @returns the open database
 */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  const database = options.url ? await openServer(options.url) : await openEmbedded(options.dataDir ?? DEFAULT_DATA_DIR);
  try {
    await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/**
 * Where the one open database of the process lives. On `globalThis`, not in a module variable:
 * Next bundles route handlers and pages separately, each with its own copy of this module, and
 * two PGlite instances on one data directory would not see each other's writes.
 */
const SHARED = Symbol.for("framelens.database");
const processWide = globalThis as typeof globalThis & { [SHARED]?: Promise<Database> | null };

/**
 * The app's database, opened once per process: PostgreSQL when `DATABASE_URL` is set, else the
 * embedded one in `FRAMELENS_DATA_DIR` (default `.data/pglite`).
 */
export function getDatabase(): Promise<Database> {
  processWide[SHARED] ??= openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.FRAMELENS_DATA_DIR }).catch((error: unknown) => {
    processWide[SHARED] = null;
    throw error;
  });
  return processWide[SHARED];
}

async function openEmbedded(dataDir: string): Promise<Database> {
  mkdirSync(path.resolve(dataDir), { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(path.resolve(dataDir));
  // PGlite is one connection: transactions must not interleave, so they queue here.
  let queue: Promise<unknown> = Promise.resolve();
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const query = async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
    (await db.query<Row>(sql, params as unknown[])).rows;
  return {
    kind: "embedded",
    query: (sql, params) => run(() => query(sql, params)),
    transaction: (work) =>
      run(() =>
        db.transaction(async (tx) =>
          work({ query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await tx.query<Row>(sql, params as unknown[])).rows }),
        ),
      ),
    close: () => run(() => db.close()),
  };
}

async function openServer(url: string): Promise<Database> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail now, with the server's own message, rather than at the first page.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: "server",
    query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await pool.query(sql, params as unknown[])).rows as Row[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({ query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, params as unknown[])).rows as Row[] });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
