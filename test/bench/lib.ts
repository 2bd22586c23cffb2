// Benchmark helpers shared by every suite under test/bench/suites/.
import os from 'node:os';

export interface BenchFigure {
  /** Suite name, e.g. "checkout". */
  suite: string;
  /** What was measured, e.g. "bestCombination 20 lines x 50 coupons". */
  name: string;
  value: number;
  /** Unit of value: "ops/s", "ms", "events/s", "claims/s" ... */
  unit: string;
  /** The figure the issue asks for, as text: ">= 1500 claims/s". */
  target?: string;
  /** Whether value meets target (undefined when there is no target). */
  ok?: boolean;
  /** Free text: peer figures, ratios, parameters. */
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchFigure[]>;
}

/** Runs fn repeatedly for about `ms` milliseconds (after a warm-up) and returns operations per second. */
export function opsPerSecond(fn: () => unknown, ms = 1000, batch = 1000): number {
  const warmUntil = performance.now() + Math.min(300, ms / 3);
  while (performance.now() < warmUntil) for (let i = 0; i < batch; i++) fn();
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < batch; i++) fn();
    ops += batch;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

/** Percentile (0-100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model ?? 'unknown cpu'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export const fmt = (n: number): string =>
  n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 1 ? n.toFixed(2) : n.toPrecision(3);
