import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server for the store tests: `TEST_DATABASE_URL`, or one started for the run. */
    postgresUrl: string;
  }
}

/**
 * Vitest global setup: the store tests run against the embedded database and against a real
 * PostgreSQL server. With `TEST_DATABASE_URL` set that server is used; otherwise a throwaway
 * one is started from Debian's PostgreSQL binaries (initdb + pg_ctl, on a free loopback port)
 * and stopped at the end of the run.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("postgresUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  const bin = findPostgresBin();
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "framelens-pg-"));
  const asPostgres = process.getuid?.() === 0;
  // initdb refuses to run as root: as root, the cluster belongs to the postgres user.
  if (asPostgres) {
    chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), Number(execFileSync("id", ["-g", "postgres"]).toString().trim()));
    chmodSync(dir, 0o700);
  }
  const run = (command: string, args: string[]) => {
    const [file, argv] = asPostgres ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  run(path.join(bin, "initdb"), ["-D", dir, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-U", "postgres"]);
  run(path.join(bin, "pg_ctl"), ["-D", dir, "-o", `-h 127.0.0.1 -p ${port} -k ${dir}`, "-w", "-l", path.join(dir, "server.log"), "start"]);
  project.provide("postgresUrl", `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    run(path.join(bin, "pg_ctl"), ["-D", dir, "-m", "fast", "-w", "stop"]);
    rmSync(dir, { recursive: true, force: true });
  };
}

function findPostgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => path.join(root, v, "bin")).find((dir) => existsSync(path.join(dir, "initdb")));
  if (!bin) {
    throw new Error("the store tests need PostgreSQL: set TEST_DATABASE_URL, or install Debian's server (apt-get install -y postgresql) so that initdb is under /usr/lib/postgresql/<version>/bin");
  }
  return bin;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
