// Plain JavaScript on purpose: Lighthouse runs some of its functions inside the page by
// serializing them, and a TypeScript loader's helpers (tsx's __name) would break them there.
/**
 * `npm run bench:lighthouse` — Lighthouse performance and accessibility scores of the overview,
 * reader, charts and deck pages, on the production build (`npm run build` first), in the system
 * Chromium. Desktop preset by default; `-- --mobile` runs Lighthouse's default (mobile) preset,
 * a mid-range phone on a slow 4G link, simulated. `-- --json` prints one JSON object instead of the table.
 * The server listens on 3291, or on BENCH_PORT when set (several checkouts can measure at once).
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startServer } from "./serve.mjs";

/** The pages the issue asks Lighthouse scores for. */
const PAGES = [
  { name: "overview", path: "/cases/derna" },
  { name: "reader", path: "/cases/derna/articles/qposts-2018-05" },
  { name: "charts", path: "/cases/derna/charts" },
  { name: "deck", path: "/cases/derna/present" },
];

async function main() {
  const json = process.argv.includes("--json");
  const mobile = process.argv.includes("--mobile");
  const preset = mobile ? "mobile" : "desktop";
  const server = await startServer(Number(process.env.BENCH_PORT ?? 3291));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const results = [];
  try {
    for (const page of PAGES) {
      // One warm-up load, so the analysis is done and kept, as it is on a server in use.
      await fetch(server.base + page.path);
      // Without a config Lighthouse runs its default preset: mobile.
      const run = await lighthouse(server.base + page.path, { port: chrome.port, logLevel: "error", onlyCategories: ["performance", "accessibility"] }, mobile ? undefined : desktopConfig);
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { categories, audits } = run.lhr;
      results.push({
        page: page.name,
        path: page.path,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
        tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
        cls: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
      });
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ preset, results })}\n`);
    return;
  }
  console.log(`Lighthouse, ${preset} preset (simulated throttling), system Chromium`);
  console.log("page        performance  accessibility    LCP ms   TBT ms    CLS   path");
  for (const r of results) {
    console.log(
      r.page.padEnd(12) + String(r.performance).padStart(11) + String(r.accessibility).padStart(15) + String(r.lcpMs).padStart(10) + String(r.tbtMs).padStart(9) + String(r.cls).padStart(7) + "   " + r.path,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
