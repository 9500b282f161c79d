import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** A production server (`next start`) run as a child process, on the app already built. */
export interface NextServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  process: ChildProcess;
  /** Everything the server printed, for a failure message. */
  output(): string;
  /** Kill the server and everything it started with SIGKILL (no clean-up runs), and wait for it to be gone. */
  kill(): Promise<void>;
  /** Ask the server to stop (SIGTERM) and wait for it to be gone. */
  stop(): Promise<void>;
}

/**
 * Start `next start` on 127.0.0.1 in its own process group, and wait until it answers.
 * The app must be built (`npm run build`).
 *
 * @param options `port` (default: a free one; a busy one is refused, so requests never reach
 *   another server by mistake); `env`: added to this process's environment (e.g. FRAMELENS_DATA_DIR)
 */
export async function startNextServer(options: { port?: number; env: Record<string, string> }): Promise<NextServer> {
  const port = await claimPort(options.port ?? 0);
  const bin = path.resolve("node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [bin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    // Its own process group, so one signal reaches the server and anything it forks.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, name);
      } catch {
        // Already gone.
      }
    }
    await exited;
  };
  const server: NextServer = { url, process: child, output: () => log, kill: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${url}/api/cases/derna`, { method: "HEAD" });
      // Still running: the answer came from this server, not one that held the port before.
      if (response.status < 500 && child.exitCode === null) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`next start did not answer within 60 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The port, checked free on 127.0.0.1 (0: any free port). */
function claimPort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error) => reject(new Error(`port ${port} on 127.0.0.1 is taken (${(error as Error).message}): pick another`)));
    probe.listen(port, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
