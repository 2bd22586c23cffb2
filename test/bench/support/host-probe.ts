// Where a benchmark window's CPU goes, and what the database's backends wait on (Linux only).
//
// CPU: /proc/stat's first line (the host's ticks, busy and idle) and /proc/<pid>/stat (utime + stime of
// every process) are read when the measured window starts and when it ends; each group's share is its
// processes' tick delta over the host's total tick delta, so the figures need no clock-tick constant.
// A process that appears inside the window counts from zero; backends that exit inside it reach the
// postmaster's cutime + cstime, which is counted as PostgreSQL's too. What no group claims is "other
// processes" (other sessions on a shared machine).
//
// Waits: pg_stat_activity of the benchmark database's client backends, sampled every `everyMs` from
// one extra connection (its own backend left out). Backends outside a transaction (state `idle`) are
// pool connections with nothing to do and are not counted; the rest are classified as running
// (active, no wait event: on a CPU or waiting for one), waiting on a heavyweight Lock (tuple,
// transactionid, advisory …), on an LWLock, on IO, on the Client (inside a transaction and waiting for
// the server process's next statement, or writing a result to it), or other (IPC, Timeout …).
import { readFileSync, readdirSync } from 'node:fs';
import pg from 'pg';

// ---------------------------------------------------------------------------------------------
// /proc parsing (pure)

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** utime + stime, in clock ticks. */
  ticks: number;
  /** cutime + cstime: waited-for children that have exited, in clock ticks. */
  childTicks: number;
}

/** One /proc/<pid>/stat line. The command name is in parentheses and may hold spaces or ')'. */
export function parseProcStat(text: string): ProcStat {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`not a /proc/<pid>/stat line: ${text.slice(0, 80)}`);
  // fields 3 … after the command name: state, ppid, …, utime (14), stime (15), cutime (16), cstime (17)
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const field = (n: number) => Number(rest[n - 3]);
  return {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    ppid: field(4),
    ticks: field(14) + field(15),
    childTicks: field(16) + field(17),
  };
}

export interface HostTicks {
  /** All ticks of all cores (guest time is already inside user). */
  total: number;
  /** idle + iowait. */
  idle: number;
}

/** The aggregate `cpu ` line of /proc/stat. */
export function parseHostCpu(procStat: string): HostTicks {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) throw new Error('no aggregate cpu line in /proc/stat');
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number) as number[];
  const v = (n: number | undefined) => (Number.isFinite(n) ? n! : 0);
  return {
    total: v(user) + v(nice) + v(system) + v(idle) + v(iowait) + v(irq) + v(softirq) + v(steal),
    idle: v(idle) + v(iowait),
  };
}

export interface Snapshot {
  host: HostTicks;
  procs: Map<number, ProcStat>;
}

/** `root` and every process below it (by parent pid) in the snapshot. */
export function descendants(procs: ReadonlyMap<number, ProcStat>, root: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const p of procs.values()) {
    const list = children.get(p.ppid) ?? [];
    list.push(p.pid);
    children.set(p.ppid, list);
  }
  const out = new Set<number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (out.has(pid)) continue;
    out.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export interface CpuGroup {
  label: string;
  pids: ReadonlySet<number>;
  /** Also count the exited children of these pids (cutime + cstime), e.g. the postmaster's backends. */
  reapedOf?: ReadonlySet<number>;
}

export interface CpuShare {
  label: string;
  /** Of the host's ticks in the window (all cores): 1 = every core busy with this group all along. */
  share: number;
}

export interface CpuReport {
  /** The host's cores over the window (total ticks / ticks one core gives), about os.cpus().length. */
  cores: number;
  seconds: number;
  /** One entry per group (a pid counts in the first group that names it), then "other processes", then "idle". */
  shares: CpuShare[];
  /** Ticks per group, for per-operation figures (ms of CPU = ticks / ticksPerSecond * 1000). */
  ticks: Map<string, number>;
  ticksPerSecond: number;
}

/** A process's (or thread's) ticks since `start`: all of them if it was not there, or was another command. */
function ticksSince(start: ProcStat | undefined, end: ProcStat): number {
  return end.ticks - (start && start.comm === end.comm ? start.ticks : 0);
}

/** Each group's share of the host between two snapshots; what no group claims is "other processes". */
export function cpuShares(
  start: Snapshot,
  end: Snapshot,
  groups: readonly CpuGroup[],
  seconds: number,
  cores: number,
): CpuReport {
  const total = end.host.total - start.host.total;
  const idle = end.host.idle - start.host.idle;
  const seen = new Set<number>();
  const ticks = new Map<string, number>();
  const shares: CpuShare[] = [];
  let claimed = 0;
  for (const g of groups) {
    let t = 0;
    for (const pid of g.pids) {
      if (seen.has(pid)) continue;
      const e = end.procs.get(pid);
      if (!e) continue; // gone by the end: its time is in its parent's cutime at best
      seen.add(pid);
      t += ticksSince(start.procs.get(pid), e);
    }
    for (const pid of g.reapedOf ?? []) {
      const e = end.procs.get(pid);
      const s = start.procs.get(pid);
      if (e && s) t += e.childTicks - s.childTicks;
    }
    t = Math.max(0, t);
    claimed += t;
    ticks.set(g.label, t);
    shares.push({ label: g.label, share: total > 0 ? t / total : 0 });
  }
  const other = Math.max(0, total - idle - claimed);
  ticks.set('other processes', other);
  shares.push({ label: 'other processes', share: total > 0 ? other / total : 0 });
  shares.push({ label: 'idle', share: total > 0 ? idle / total : 0 });
  return { cores, seconds, shares, ticks, ticksPerSecond: seconds > 0 ? total / cores / seconds : 100 };
}

/** "server 0.62, postgres 0.71, …, idle 0.05 of 2 cores" (cores used, so they add up to `cores`). */
export function formatShares(r: CpuReport): string {
  const parts = r.shares.map((s) => `${s.label} ${(s.share * r.cores).toFixed(2)}`);
  return `${parts.join(', ')} of ${r.cores} cores over ${r.seconds.toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------
// pg_stat_activity classification (pure)

export type WaitClass = 'running' | 'lock' | 'lwlock' | 'io' | 'client' | 'other';

export interface ActivityRow {
  state: string | null;
  wait_event_type: string | null;
  wait_event: string | null;
  /** The backend's current (or last) statement, when the sampler asks for it. */
  query?: string | null;
  /** For a Lock wait: the statement of (one of) the backend(s) holding it up. */
  blocker?: string | null;
}

/** What a backend is doing in one sample; null when it is outside a transaction (nothing to do). */
export function classifyActivity(r: ActivityRow): WaitClass | null {
  if (r.state == null || r.state === 'idle' || r.state === 'disabled') return null;
  switch (r.wait_event_type) {
    case null:
    case '':
      // 'idle in transaction' always reports ClientRead; without one it is between two reads
      return r.state === 'active' || r.state === 'fastpath function call' ? 'running' : 'client';
    case 'Lock':
      return 'lock';
    case 'LWLock':
      return 'lwlock';
    case 'IO':
      return 'io';
    case 'Client':
      return 'client';
    default:
      return 'other';
  }
}

export interface WaitTally {
  /** Samples taken. */
  samples: number;
  /** Backend-samples inside a transaction (the denominator of the shares). */
  busy: number;
  byClass: Record<WaitClass, number>;
  /** Lock waits by wait_event (tuple, transactionid, advisory …). */
  locks: Record<string, number>;
  /** Lock waits by the waiting statement's first words. */
  lockedStatements: Record<string, number>;
}

export function emptyTally(): WaitTally {
  return {
    samples: 0,
    busy: 0,
    byClass: { running: 0, lock: 0, lwlock: 0, io: 0, client: 0, other: 0 },
    locks: {},
    lockedStatements: {},
  };
}

/** Adds one sample (every backend of the database at one moment) to the tally. */
export function tallySample(t: WaitTally, rows: readonly ActivityRow[]): void {
  t.samples++;
  for (const r of rows) {
    const c = classifyActivity(r);
    if (!c) continue;
    t.busy++;
    t.byClass[c]++;
    if (c !== 'lock') continue;
    t.locks[r.wait_event ?? '?'] = (t.locks[r.wait_event ?? '?'] ?? 0) + 1;
    const st =
      r.blocker !== undefined
        ? `${statementHead(r.query)}" behind "${statementHead(r.blocker)}`
        : statementHead(r.query);
    t.lockedStatements[st] = (t.lockedStatements[st] ?? 0) + 1;
  }
}

/** A statement's first 60 characters, whitespace collapsed: enough to tell which one waits. */
export function statementHead(query: string | null | undefined): string {
  const q = (query ?? '').replace(/\s+/g, ' ').trim();
  return q ? q.slice(0, 60).trimEnd() : '?';
}

const pct = (n: number, of: number) => `${of > 0 ? Math.round((100 * n) / of) : 0} %`;

/** "412 samples, 1.9 backends in a transaction on average: running 48 %, Lock 0 %, …". */
export function formatWaits(t: WaitTally, everyMs: number): string {
  const locks = Object.entries(t.locks)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${pct(v, t.busy)}`);
  const c = t.byClass;
  const statements = Object.entries(t.lockedStatements)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k, v]) => `"${k}" ${v}`);
  return (
    `pg_stat_activity every ${everyMs} ms: ${t.samples} samples, ${(t.samples ? t.busy / t.samples : 0).toFixed(2)} backends in a transaction on average; of those backend-samples ` +
    `running (CPU) ${pct(c.running, t.busy)}, Lock ${pct(c.lock, t.busy)}${locks.length ? ` (${locks.join(', ')})` : ''}, ` +
    `Client (waiting for the server process) ${pct(c.client, t.busy)}, IO ${pct(c.io, t.busy)}, LWLock ${pct(c.lwlock, t.busy)}, other ${pct(c.other, t.busy)}` +
    (statements.length ? `; lock waits in: ${statements.join(', ')}` : '')
  );
}

// ---------------------------------------------------------------------------------------------
// The probe (I/O)

/** The stat line of every numbered entry of `dir` (/proc's processes, or /proc/<pid>/task's threads) by id. */
function readStats(dir: string): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const name of readdirSync(dir)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const p = parseProcStat(readFileSync(`${dir}/${name}/stat`, 'utf8'));
      stats.set(p.pid, p);
    } catch {
      // ended between readdir and read
    }
  }
  return stats;
}

const readHost = (): HostTicks => parseHostCpu(readFileSync('/proc/stat', 'utf8'));

function readSnapshot(): Snapshot {
  return { host: readHost(), procs: readStats('/proc') };
}

/** One process's threads (/proc/<pid>/task/<tid>/stat) and the host's ticks, read together. */
export interface ThreadSnapshot {
  host: HostTicks;
  threads: Map<number, ProcStat>;
}

export function readThreads(pid: number): ThreadSnapshot {
  return { host: readHost(), threads: readStats(`/proc/${pid}/task`) };
}

export interface ThreadSplit {
  /** CPU of the process's main thread (tid = pid: the event loop), in ms. */
  mainMs: number;
  /** CPU of every other thread (V8's GC helpers, libuv's pool, worker threads), in ms. */
  otherMs: number;
}

/**
 * The CPU a process's main thread and its other threads used between two readings, in ms: ticks
 * become ms by the host's own tick rate over the window (its total ticks over `cores` and `seconds`),
 * as `cpuShares` does. A thread that appears inside the window counts from zero.
 */
export function threadSplit(
  pid: number,
  start: ThreadSnapshot,
  end: ThreadSnapshot,
  cores: number,
  seconds: number,
): ThreadSplit {
  const ticksPerMs = (end.host.total - start.host.total) / cores / seconds / 1000;
  let main = 0;
  let other = 0;
  for (const [tid, e] of end.threads) {
    const t = ticksSince(start.threads.get(tid), e);
    if (tid === pid) main += t;
    else other += t;
  }
  const ms = (t: number) => (ticksPerMs > 0 ? Math.max(0, t) / ticksPerMs : 0);
  return { mainMs: ms(main), otherMs: ms(other) };
}

export interface ProbeTargets {
  /** Benchmark processes by label ("server", "server 2", "proxy"): each with its descendants. */
  processes: readonly { label: string; pid: number }[];
  cores: number;
}

export interface ProbeResult {
  cpu: CpuReport;
  waits: WaitTally;
  everyMs: number;
}

export interface Probe {
  /** Call when the measured window opens (LoadOptions.window). */
  start(): void;
  /** Call when it closes. */
  end(): void;
  /** Stops sampling, closes the connection and returns the figures. */
  finish(): Promise<ProbeResult>;
}

/**
 * A probe of one measured window on `databaseUrl`'s database. The groups are the given processes
 * (with their descendants), the load generator (this process alone), PostgreSQL's backends of the
 * benchmark database (the pids the wait sampler saw), the rest of PostgreSQL (every other `postgres`
 * process, with the postmaster's exited children) and Redis (`redis-server`).
 */
export async function openProbe(databaseUrl: string, targets: ProbeTargets, everyMs = 20): Promise<Probe> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const dbName = new URL(databaseUrl).pathname.slice(1);
  const waits = emptyTally();
  const backends = new Set<number>();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let first: Snapshot | undefined;
  let last: Snapshot | undefined;
  let t0 = 0;
  let t1 = 0;
  const sample = () => {
    if (inFlight) return; // the previous sample has not come back: skip this tick
    inFlight = client
      .query<ActivityRow & { pid: number }>(
        `SELECT a.pid, a.state, a.wait_event_type, a.wait_event, left(a.query, 120) AS query,
                CASE WHEN a.wait_event_type = 'Lock' THEN
                  (SELECT left(b.query, 120) FROM pg_stat_activity b WHERE b.pid = (pg_blocking_pids(a.pid))[1])
                END AS blocker
           FROM pg_stat_activity a
          WHERE a.datname = $1 AND a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()`,
        [dbName],
      )
      .then((r) => {
        if (!timer) return; // came back after the window closed
        for (const row of r.rows) backends.add(row.pid);
        tallySample(waits, r.rows);
      })
      .catch(() => undefined)
      .finally(() => {
        inFlight = undefined;
      });
  };
  const end = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    last = readSnapshot();
    t1 = performance.now();
  };
  return {
    start() {
      first = readSnapshot();
      t0 = performance.now();
      timer = setInterval(sample, everyMs);
      sample();
    },
    end,
    async finish() {
      if (timer) end();
      await inFlight;
      await client.end();
      if (!first || !last) throw new Error('probe: the window never opened');
      const all = last.procs;
      const postgres = new Set([...all.values()].filter((p) => p.comm === 'postgres').map((p) => p.pid));
      const postmasters = new Set([...postgres].filter((pid) => !postgres.has(all.get(pid)!.ppid)));
      const groups: CpuGroup[] = [
        ...targets.processes.map((p) => ({ label: p.label, pids: descendants(all, p.pid) })),
        { label: 'load generator (bench process)', pids: new Set([process.pid]) },
        { label: 'postgres, bench db backends', pids: backends },
        { label: 'postgres, rest', pids: postgres, reapedOf: postmasters },
        {
          label: 'redis',
          pids: new Set([...all.values()].filter((p) => p.comm === 'redis-server').map((p) => p.pid)),
        },
      ];
      return {
        cpu: cpuShares(first, last, groups, (t1 - t0) / 1000, targets.cores),
        waits,
        everyMs,
      };
    },
  };
}
