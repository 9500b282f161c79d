/**
 * `npm run bench:js` — first-load JavaScript per route: the scripts a browser downloads to open
 * each page cold, measured on the production build (`npm run build` first), raw and gzipped.
 * `-- --json` prints one JSON object instead of the table.
 */
import { gzipSync } from "node:zlib";
import { startServer } from "./serve.mjs";

const ROUTES = [
  "/",
  "/cases/derna",
  "/cases/derna/articles/qposts-2018-05",
  "/cases/derna/compare?articles=youm7-2018-06,aljazeera-2018-02",
  "/cases/derna/charts",
  "/cases/derna/terms",
];

async function main() {
  const json = process.argv.includes("--json");
  const server = await startServer(3290);
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const rows: { route: string; status: number; scripts: number; rawKb: number; gzipKb: number }[] = [];
  try {
    for (const route of ROUTES) {
      const response = await fetch(server.base + route);
      const html = await response.text();
      const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string))];
      let raw = 0;
      let gzip = 0;
      for (const src of scripts) {
        let size = sizes.get(src);
        if (!size) {
          const body = Buffer.from(await (await fetch(new URL(src, server.base))).arrayBuffer());
          size = { raw: body.length, gzip: gzipSync(body).length };
          sizes.set(src, size);
        }
        raw += size.raw;
        gzip += size.gzip;
      }
      rows.push({ route, status: response.status, scripts: scripts.length, rawKb: round(raw / 1024), gzipKb: round(gzip / 1024) });
    }
  } finally {
    await server.stop();
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ routes: rows })}\n`);
    return;
  }
  console.log("First-load JavaScript per route (production build; scripts in the page's HTML)");
  console.log("route".padEnd(66) + "status  scripts    raw kB   gzip kB");
  for (const r of rows) {
    console.log(r.route.padEnd(66) + String(r.status).padStart(6) + String(r.scripts).padStart(9) + String(r.rawKb).padStart(10) + String(r.gzipKb).padStart(10));
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
