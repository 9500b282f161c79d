/** The part of autocannon's API bench/load.ts uses (the package ships no types). */
declare module "autocannon" {
  interface Histogram { average: number; p99: number; p50: number; max: number }
  interface Options {
    url: string;
    method?: "GET" | "POST";
    body?: string;
    headers?: Record<string, string>;
    connections?: number;
    duration?: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  }
  /** Run one load test to the end. */
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
