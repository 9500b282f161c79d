/**
 * `npm run bench:load`: the production server under load. Needs a build (`npm run build`).
 *
 * Starts `next start` on 127.0.0.1 with a fresh embedded database and the analysis rate limit
 * raised out of the way (FRAMELENS_ANALYZE_RATE=1000000000 a minute), stores a case study of 200 Arabic articles (the Derna outlets and lexicon, articles
 * recombined from the seed paragraphs), then runs autocannon for 20 s at 50 connections against
 * (a) that case study's overview page, as is and compressed as a browser asks for it, and
 * (b) `POST /api/analyze` with a 5 KB Arabic article.
 * Prints requests/s, p99 latency, non-2xx answers and errors per target; exits 1 on any error
 * or non-2xx answer. Options: `--seconds N`, `--connections N`, `--articles N`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { buildLargeCaseFile } from "./large-case";
import { startNextServer } from "./next-server";

const seconds = numberOption("--seconds", 20);
const connections = numberOption("--connections", 50);
const articleCount = numberOption("--articles", 200);

/** Store the case study, load each target in turn, print the table. */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "framelens-load-"));
  const server = await startNextServer({ env: { FRAMELENS_DATA_DIR: dataDir, FRAMELENS_ANALYZE_RATE: "1000000000" } });
  let failed = false;
  try {
    const file = buildLargeCaseFile({ articles: articleCount, name: "Load test", seed: 5 });
    const created = await fetch(`${server.url}/api/cases/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(file) });
    if (created.status !== 201) throw new Error(`could not store the case study: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    const overview = `/cases/${id}`;
    // The first render analyzes the case study; the load is about the pages people then open.
    const first = await fetch(`${server.url}${overview}`);
    if (first.status !== 200) throw new Error(`the overview answered ${first.status}`);
    const article = analyzeBody(file.caseStudy.articles.map((a) => a.text));

    process.stdout.write(`${articleCount}-article case study stored as ${id}; ${seconds} s at ${connections} connections per target\n\n`);
    process.stdout.write(`| target | requests/s | p99 latency | non-2xx | errors |\n|---|---|---|---|---|\n`);
    const targets: { name: string; path: string; method: "GET" | "POST"; body?: string; headers?: Record<string, string> }[] = [
      { name: `GET ${overview} (overview, ${articleCount} articles)`, path: overview, method: "GET" as const },
      // As a browser asks for it: Next compresses every answer anew, which costs the server more
      // time than sending the uncompressed page over loopback (and saves a real network most of it).
      { name: `GET ${overview} (the same, Accept-Encoding: gzip, deflate, br)`, path: overview, method: "GET" as const, headers: { "accept-encoding": "gzip, deflate, br" } },
      { name: `POST /api/analyze (${(Buffer.byteLength(article) / 1024).toFixed(1)} KB body)`, path: "/api/analyze", method: "POST" as const, body: article, headers: { "content-type": "application/json" } },
    ];
    for (const target of targets) {
      const result = await autocannon({ url: `${server.url}${target.path}`, method: target.method, body: target.body, headers: target.headers, connections, duration: seconds });
      // autocannon counts timeouts among its errors: the timeouts are said apart, not added again.
      const errors = result.errors;
      if (errors > 0 || result.non2xx > 0) failed = true;
      process.stdout.write(`| ${target.name} | ${Math.round(result.requests.average).toLocaleString("en")} | ${result.latency.p99} ms | ${result.non2xx} | ${errors}${errors > 0 ? ` (${result.timeouts} timeouts of 10 s)` : ""} |\n`);
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) {
    process.stderr.write("\nsome requests failed (errors or non-2xx answers): see the table\n");
    process.exitCode = 1;
  }
}

/** A `POST /api/analyze` body: an Arabic article of at least 5 KB (UTF-8), cut from the stored ones at a line end. */
function analyzeBody(texts: string[]): string {
  let text = "";
  for (const line of texts.join("").split("\n")) {
    if (Buffer.byteLength(text) >= 5 * 1024) break;
    text += `${line}\n`;
  }
  return JSON.stringify({ text });
}

function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
