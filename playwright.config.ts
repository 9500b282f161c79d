import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Several checkouts can run their browser tests at once, each on its own port.
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  // One production server serves every test; two workers keep both cores busy.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  // Every case page renders per request (the case layout), so a click's navigation waits on the
  // server's render: on a busy 2-core machine that can pass the default 5 s of an expectation.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      // The system Chromium (Debian package); Playwright's own download is skipped.
      executablePath: "/usr/bin/chromium",
      // Without the background-networking flags Chromium floods the closed network with connections.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `npm run build && npx next start -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    // A fresh embedded database for every run: the tests create case studies.
    env: { NEXT_TELEMETRY_DISABLED: "1", FRAMELENS_DATA_DIR: process.env.FRAMELENS_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "framelens-e2e-")) },
  },
});
