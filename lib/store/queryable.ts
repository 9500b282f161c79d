/** The store's connection types: what a query runs on. Its own module, so the database and its migrations both use them without importing each other. */

/** Something SQL can be sent to: the database, or one transaction in it. */
export interface Queryable {
  /**
   * Run one statement with `$1`-style parameters.
   *
   * @returns the rows, typed by the caller
   */
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A PostgreSQL database: embedded (PGlite) or a server (`DATABASE_URL`). One schema serves both. */
export interface Database extends Queryable {
  kind: "embedded" | "server";
  /**
   * Run `work` in one transaction: all of it is saved, or, if it throws, none of it.
   *
   * @returns what `work` returns
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
