import { spawn } from "node:child_process";

/**
 * Start `next start` on 127.0.0.1 and wait until it answers. Needs a build (`npm run build`).
 *
 * @param {number} port the port to listen on
 * @returns {Promise<{ base: string, stop: () => Promise<void> }>} the base URL and a function that stops the server
 * @throws Error when the server does not answer within 30 s (no build? port taken?)
 */
export async function startServer(port) {
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return { base, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer on ${base} within 30 s: run \`npm run build\` first, and check the port is free`);
}
