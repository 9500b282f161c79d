import { defineConfig } from "vitest/config";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    environment: "jsdom",
    setupFiles: ["./tests/setup.ts"],
    globalSetup: ["./tests/store/postgres-server.ts"],
    include: ["tests/**/*.test.{ts,tsx}"],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that is one, and a
    // core sits idle for the whole run. Files that render nothing say `// @vitest-environment node`
    // at their top, so they skip building a jsdom window.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
