import type { Database } from "./queryable";

/** One step of the schema. Steps are never edited once released: a change is a new step. */
interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, step by step. A stored case study has the same shape as the bundled one, so
 * one code path renders both.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "case studies with their outlets, actors, events, articles and lexicon",
    sql: `
      CREATE TABLE case_studies (
        id text PRIMARY KEY,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        description_en text NOT NULL,
        description_ar text NOT NULL,
        edit_token_hash text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE outlets (
        case_id text NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        country text NOT NULL,
        language text NOT NULL,
        description text NOT NULL,
        PRIMARY KEY (case_id, id)
      );
      CREATE TABLE actors (
        case_id text NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        description text NOT NULL,
        PRIMARY KEY (case_id, id)
      );
      CREATE TABLE events (
        case_id text NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        period text NOT NULL,
        description text NOT NULL,
        PRIMARY KEY (case_id, id)
      );
      CREATE TABLE articles (
        case_id text NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        outlet_id text NOT NULL,
        headline text,
        subheadline text,
        date text NOT NULL,
        date_precision text NOT NULL,
        date_approximate boolean NOT NULL,
        date_evidence text NOT NULL,
        byline text,
        raw_file text NOT NULL,
        language text NOT NULL,
        events jsonb NOT NULL,
        chrome_lines jsonb NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (case_id, id),
        FOREIGN KEY (case_id, outlet_id) REFERENCES outlets (case_id, id)
      );
      CREATE TABLE lexicon_entries (
        case_id text NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        entry jsonb NOT NULL,
        PRIMARY KEY (case_id, id)
      );
    `,
  },
  {
    version: 2,
    name: "referent rules and curator's notes",
    sql: `
      CREATE TABLE referent_rules (
        case_id text NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        rule jsonb NOT NULL,
        PRIMARY KEY (case_id, id)
      );
      CREATE TABLE curator_notes (
        case_id text NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
        position integer NOT NULL,
        note jsonb NOT NULL,
        PRIMARY KEY (case_id, position)
      );
    `,
  },
  {
    version: 3,
    name: "translations",
    sql: `
      CREATE TABLE translations (
        case_id text NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
        position integer NOT NULL,
        translation jsonb NOT NULL,
        PRIMARY KEY (case_id, position)
      );
    `,
  },
  {
    version: 4,
    name: "Arabic of outlets' countries and descriptions, events' periods and articles' date evidence",
    sql: `
      ALTER TABLE outlets ADD COLUMN country_ar text, ADD COLUMN description_ar text;
      ALTER TABLE events ADD COLUMN period_ar text;
      ALTER TABLE articles ADD COLUMN date_evidence_ar text;
    `,
  },
];

/**
 * Bring a database's schema up to date: every step not yet applied runs, in order, each in
 * its own transaction with its record in `schema_migrations`, so a crash leaves no half step.
 *
 * @param database the open database
 * @throws Error naming the step that failed
 */
export async function runMigrations(database: Database): Promise<void> {
  await database.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  for (const migration of MIGRATIONS) {
    await database.transaction(async (tx) => {
      // Two servers starting at once: the lock makes the second wait, then find the step done.
      if (database.kind === "server") await tx.query("SELECT pg_advisory_xact_lock(727274)");
      const done = await tx.query<{ version: number }>("SELECT version FROM schema_migrations WHERE version = $1", [migration.version]);
      if (done.length > 0) return;
      try {
        for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      } catch (error) {
        throw new Error(`database migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`);
      }
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
    });
  }
}

/** The statements of a migration, one by one (extended-protocol queries take one statement each). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((statement) => statement.trim().replace(/;$/, ""))
    .filter(Boolean);
}
