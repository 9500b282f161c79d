/** How long repeated runs of one piece of work took. */
export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

/** Options of {@link timeRuns}. */
export interface TimeRunsOptions {
  /** Number of timed runs. */
  runs: number;
  /** Untimed runs first, so that the JIT settles (default 1). */
  warmups?: number;
  /** Untimed work before each timed run (default: none), such as collecting the garbage of the last one. */
  settle?: () => void;
}

/**
 * Time a piece of work: untimed warm-up runs, then timed runs.
 *
 * @param work the work; its last result is returned, so that it cannot be optimized away
 * @param options the number of runs (at least one) and warm-ups, and what to do between runs
 * @returns the median and minimum times, and the last result
 */
export function timeRuns<T>(work: () => T, { runs, warmups = 1, settle }: TimeRunsOptions): { timing: Timing; result: T } {
  if (runs < 1) throw new Error("timeRuns: at least one timed run is needed");
  for (let i = 0; i < warmups; i++) work();
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    settle?.();
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  const medianMs = times.length % 2 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return { timing: { medianMs, minMs: times[0] ?? 0, runs }, result: result as T };
}

/**
 * Throughput in megabytes (10⁶ bytes of UTF-8) per second.
 *
 * @param bytes size of the text processed
 * @param ms time taken
 */
export function mbPerSec(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
