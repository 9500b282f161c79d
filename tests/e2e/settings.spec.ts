import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startNextServer } from "../../bench/next-server";

/**
 * A production server (`next start` on the build the config's web server made) given a bad
 * setting does not start: it exits with code 1, printing the setting's name and what it allows,
 * instead of starting and answering every request that reads the setting with a 500.
 */
test("a server with a bad setting refuses to start, naming the setting", async () => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "framelens-settings-"));
  try {
    const started = startNextServer({ env: { FRAMELENS_DATA_DIR: dataDir, FRAMELENS_ANALYZE_RATE: "abc", TRUST_PROXY: "yes" } });
    const failure = await started.then(
      async (server) => {
        await server.kill();
        return "it started";
      },
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/^next start exited with 1:/);
    expect(failure).toContain("the server will not start; fix these settings in its environment:");
    expect(failure).toMatch(/FRAMELENS_ANALYZE_RATE "abc" is not allowed: it must be a whole number of analyses per minute per client, or 0 or off/);
    expect(failure).toMatch(/TRUST_PROXY "yes" is not allowed: it must be 1 behind a proxy/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
