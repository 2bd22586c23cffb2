// A small closed-loop HTTP load generator: N concurrent async loops on one undici Pool (one socket
// per loop), each sending its next request as soon as the previous response body has been read.
// Latency is measured per request with performance.now(); only responses that arrive after the
// warm-up and before the end of the window count towards the figures (rate = completions / window).
import { Pool } from 'undici';
import { percentile } from '../lib';

export interface LoadRequest {
  body: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  /** Base URL of the server, e.g. http://127.0.0.1:4000 */
  url: string;
  path?: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Builds request number `i` (0, 1, 2 ... across all loops, warm-up included). */
  request(i: number): LoadRequest;
  /** Inspects each response; return false to count it as a failure. Called for every response (warm-up included). */
  check?(status: number, text: string, i: number): boolean;
  /** Called when the measured window opens and when it closes (e.g. to sample CPU over it). */
  window?: { start(): void; end(): void };
}

export interface LoadResult {
  /** Requests counted in the measured window. */
  requests: number;
  /** Of those, how many failed (non-2xx, check() false, or a transport error). */
  failures: number;
  /** All requests sent, warm-up and tail included (each got a response or an error). */
  sent: number;
  /** Transport errors over the whole run. */
  transportErrors: number;
  /** Measured requests per second (successful and failed). */
  rate: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  seconds: number;
  /** Responses per 250 ms slice of the measured window (stalls show up as near-empty slices). */
  timeline: number[];
  firstError?: string;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const path = opts.path ?? '/graphql';
  const pool = new Pool(opts.url, {
    connections: opts.concurrency,
    pipelining: 1,
    keepAliveTimeout: 60_000,
    // a stuck server fails the run instead of stalling it for undici's default 5 minutes
    headersTimeout: 30_000,
    bodyTimeout: 30_000,
  });
  const latencies: number[] = [];
  let requests = 0;
  let failures = 0;
  let sent = 0;
  let transportErrors = 0;
  let firstError: string | undefined;
  let next = 0;
  const timeline = new Array<number>(Math.ceil(opts.durationMs / 250)).fill(0);

  const start = performance.now();
  const measureFrom = start + opts.warmupMs;
  const stopAt = measureFrom + opts.durationMs;
  const windowTimers = opts.window
    ? [
        setTimeout(() => opts.window!.start(), opts.warmupMs),
        setTimeout(() => opts.window!.end(), opts.warmupMs + opts.durationMs),
      ]
    : [];

  const loop = async (): Promise<void> => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= stopAt) return;
      const i = next++;
      const req = opts.request(i);
      let ok = false;
      try {
        const res = await pool.request({
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...req.headers },
          body: req.body,
        });
        const text = await res.body.text();
        ok =
          res.statusCode >= 200 &&
          res.statusCode < 300 &&
          (opts.check ? opts.check(res.statusCode, text, i) : true);
        if (!ok && firstError === undefined) firstError = `HTTP ${res.statusCode}: ${text.slice(0, 300)}`;
      } catch (err) {
        transportErrors++;
        if (firstError === undefined) firstError = String(err);
      }
      sent++;
      const t1 = performance.now();
      if (t1 >= measureFrom && t1 <= stopAt) {
        requests++;
        timeline[Math.min(timeline.length - 1, Math.floor((t1 - measureFrom) / 250))]!++;
        if (!ok) failures++;
        latencies.push(t1 - t0);
      }
    }
  };

  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  for (const t of windowTimers) clearTimeout(t);
  await pool.close();
  const seconds = opts.durationMs / 1000;
  return {
    requests,
    failures,
    sent,
    transportErrors,
    rate: requests / seconds,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies.length ? latencies.reduce((m, v) => (v > m ? v : m), 0) : Number.NaN,
    seconds,
    timeline,
    firstError,
  };
}
