import { describe, expect, it } from 'vitest';
import {
  classifyActivity,
  cpuShares,
  descendants,
  emptyTally,
  formatShares,
  formatWaits,
  parseHostCpu,
  parseProcStat,
  type ProcStat,
  type Snapshot,
  statementHead,
  tallySample,
  threadSplit,
} from './host-probe';

// fields 3 … 17 (state … cstime), then the rest of a real line
const statLine = (pid: number, comm: string, ppid: number, utime: number, stime: number, cu = 0, cs = 0) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194304 3918 15837 0 14 ${utime} ${stime} ${cu} ${cs} 20 0 1 0 2713 222445568 7361`;

describe('parseProcStat', () => {
  it('reads pid, command, parent and CPU ticks', () => {
    expect(parseProcStat(statLine(2234, 'postgres', 1, 120, 30, 7, 3))).toEqual({
      pid: 2234,
      comm: 'postgres',
      ppid: 1,
      ticks: 150,
      childTicks: 10,
    });
  });

  it('takes a command name with spaces and parentheses as a whole', () => {
    const p = parseProcStat(statLine(77, 'a b) (c', 5, 4, 6));
    expect(p.comm).toBe('a b) (c');
    expect(p.ppid).toBe(5);
    expect(p.ticks).toBe(10);
  });

  it('refuses what is not a stat line', () => {
    expect(() => parseProcStat('nonsense')).toThrow(/not a \/proc/);
  });
});

describe('parseHostCpu', () => {
  it('sums every field of the aggregate line and counts iowait as idle', () => {
    const text = 'cpu  16498 1 5451 54666 350 2 101 4 0 0\ncpu0 8000 0 2000 27000 100 0 50 2 0 0\nintr 1\n';
    expect(parseHostCpu(text)).toEqual({
      total: 16498 + 1 + 5451 + 54666 + 350 + 2 + 101 + 4,
      idle: 54666 + 350,
    });
  });

  it('refuses a file without the aggregate line', () => {
    expect(() => parseHostCpu('cpu0 1 2 3 4\n')).toThrow(/aggregate/);
  });
});

const snap = (host: { total: number; idle: number }, procs: Omit<ProcStat, 'childTicks'>[]): Snapshot => ({
  host,
  procs: new Map(procs.map((p) => [p.pid, { childTicks: 0, ...p }])),
});

describe('descendants', () => {
  it('finds children and grandchildren, not siblings', () => {
    const s = snap({ total: 0, idle: 0 }, [
      { pid: 1, comm: 'init', ppid: 0, ticks: 0 },
      { pid: 10, comm: 'node', ppid: 1, ticks: 0 },
      { pid: 11, comm: 'node', ppid: 10, ticks: 0 },
      { pid: 12, comm: 'sh', ppid: 11, ticks: 0 },
      { pid: 20, comm: 'node', ppid: 1, ticks: 0 },
    ]);
    expect([...descendants(s.procs, 10)].sort()).toEqual([10, 11, 12]);
  });
});

describe('cpuShares', () => {
  it('shares the host window between groups, other processes and idle', () => {
    const start = snap({ total: 1_000, idle: 500 }, [
      { pid: 10, comm: 'node', ppid: 1, ticks: 100 },
      { pid: 30, comm: 'postgres', ppid: 1, ticks: 50 },
      { pid: 31, comm: 'postgres', ppid: 30, ticks: 5 },
    ]);
    const end = snap({ total: 1_400, idle: 540 }, [
      { pid: 10, comm: 'node', ppid: 1, ticks: 260 }, // +160
      { pid: 30, comm: 'postgres', ppid: 1, ticks: 50 },
      { pid: 31, comm: 'postgres', ppid: 30, ticks: 125 }, // +120
      { pid: 32, comm: 'postgres', ppid: 30, ticks: 20 }, // new in the window: all of it
    ]);
    end.procs.get(30)!.childTicks = 8; // a backend exited in the window
    const r = cpuShares(
      start,
      end,
      [
        { label: 'server', pid: 10 },
        { label: 'server again', pid: 10 }, // a pid counts once, in the first group
        { label: 'pg', pid: 30 },
      ].map((g) => ({
        label: g.label,
        pids: g.label === 'pg' ? new Set([30, 31, 32]) : new Set([g.pid]),
        reapedOf: g.label === 'pg' ? new Set([30]) : undefined,
      })),
      4,
      2,
    );
    expect(Object.fromEntries(r.ticks)).toEqual({
      server: 160,
      'server again': 0,
      pg: 120 + 20 + 8,
      'other processes': 400 - 40 - 160 - 148,
    });
    expect(r.shares.map((s) => [s.label, s.share])).toEqual([
      ['server', 0.4],
      ['server again', 0],
      ['pg', 0.37],
      ['other processes', 0.13],
      ['idle', 0.1],
    ]);
    expect(r.ticksPerSecond).toBe(50); // 400 ticks over 2 cores and 4 s
    expect(formatShares(r)).toBe(
      'server 0.80, server again 0.00, pg 0.74, other processes 0.26, idle 0.20 of 2 cores over 4.0 s',
    );
  });

  it('does not carry a reused pid over from another command', () => {
    const start = snap({ total: 0, idle: 0 }, [{ pid: 10, comm: 'bash', ppid: 1, ticks: 900 }]);
    const end = snap({ total: 100, idle: 0 }, [{ pid: 10, comm: 'node', ppid: 1, ticks: 30 }]);
    const r = cpuShares(start, end, [{ label: 'server', pids: new Set([10]) }], 1, 1);
    expect(r.ticks.get('server')).toBe(30);
  });
});

describe('threadSplit', () => {
  const threads = (list: { pid: number; comm: string; ticks: number }[]) =>
    new Map(list.map((t) => [t.pid, { ...t, ppid: 0, childTicks: 0 }]));

  it("splits a process's CPU into its main thread and the rest, in ms by the host's tick rate", () => {
    const start = {
      host: { total: 1_000, idle: 0 },
      threads: threads([
        { pid: 10, comm: 'node', ticks: 100 },
        { pid: 11, comm: 'node', ticks: 40 },
        { pid: 12, comm: 'libuv-worker', ticks: 7 },
      ]),
    };
    const end = {
      host: { total: 1_400, idle: 0 }, // 2 cores over 2 s: 100 ticks a second
      threads: threads([
        { pid: 10, comm: 'node', ticks: 250 }, // +150: the main thread
        { pid: 11, comm: 'node', ticks: 52 }, // +12
        { pid: 13, comm: 'checkpoint', ticks: 9 }, // started in the window: all of it
      ]),
    };
    expect(threadSplit(10, start, end, 2, 2)).toEqual({ mainMs: 1_500, otherMs: 210 });
  });

  it('does not carry a reused thread id over from another thread', () => {
    const start = { host: { total: 0, idle: 0 }, threads: threads([{ pid: 11, comm: 'old', ticks: 500 }]) };
    const end = { host: { total: 100, idle: 0 }, threads: threads([{ pid: 11, comm: 'new', ticks: 5 }]) };
    expect(threadSplit(10, start, end, 1, 1)).toEqual({ mainMs: 0, otherMs: 50 });
  });
});

describe('classifyActivity', () => {
  const row = (state: string | null, type: string | null, event: string | null = null) => ({
    state,
    wait_event_type: type,
    wait_event: event,
  });

  it('leaves out backends outside a transaction', () => {
    expect(classifyActivity(row('idle', 'Client', 'ClientRead'))).toBeNull();
    expect(classifyActivity(row(null, null))).toBeNull();
  });

  it('tells running, lock, LWLock, IO, client and other apart', () => {
    expect(classifyActivity(row('active', null))).toBe('running');
    expect(classifyActivity(row('active', 'Lock', 'transactionid'))).toBe('lock');
    expect(classifyActivity(row('active', 'Lock', 'tuple'))).toBe('lock');
    expect(classifyActivity(row('active', 'LWLock', 'WALWrite'))).toBe('lwlock');
    expect(classifyActivity(row('active', 'IO', 'WALSync'))).toBe('io');
    expect(classifyActivity(row('idle in transaction', 'Client', 'ClientRead'))).toBe('client');
    expect(classifyActivity(row('idle in transaction', null))).toBe('client');
    expect(classifyActivity(row('active', 'Client', 'ClientWrite'))).toBe('client');
    expect(classifyActivity(row('active', 'IPC', 'ProcArrayGroupUpdate'))).toBe('other');
  });
});

describe('tallySample and formatWaits', () => {
  it('counts backend-samples inside transactions and names the waiting statements', () => {
    const t = emptyTally();
    tallySample(t, [
      { state: 'active', wait_event_type: null, wait_event: null },
      {
        state: 'active',
        wait_event_type: 'Lock',
        wait_event: 'transactionid',
        query: 'SELECT * FROM coupon_template\n   WHERE id = $1 FOR UPDATE',
      },
      { state: 'idle', wait_event_type: 'Client', wait_event: 'ClientRead' },
    ]);
    tallySample(t, [
      { state: 'idle in transaction', wait_event_type: 'Client', wait_event: 'ClientRead' },
      { state: 'active', wait_event_type: 'Lock', wait_event: 'tuple', query: null },
    ]);
    expect(t.samples).toBe(2);
    expect(t.busy).toBe(4);
    expect(t.byClass).toEqual({ running: 1, lock: 2, lwlock: 0, io: 0, client: 1, other: 0 });
    expect(t.locks).toEqual({ transactionid: 1, tuple: 1 });
    expect(t.lockedStatements).toEqual({
      'SELECT * FROM coupon_template WHERE id = $1 FOR UPDATE': 1,
      '?': 1,
    });
    expect(formatWaits(t, 20)).toBe(
      'pg_stat_activity every 20 ms: 2 samples, 2.00 backends in a transaction on average; of those backend-samples ' +
        'running (CPU) 25 %, Lock 50 % (transactionid 25 %, tuple 25 %), Client (waiting for the server process) 25 %, IO 0 %, LWLock 0 %, other 0 %; ' +
        'lock waits in: "SELECT * FROM coupon_template WHERE id = $1 FOR UPDATE" 1, "?" 1',
    );
  });

  it('names the statement a lock wait is behind when the sampler found one', () => {
    const t = emptyTally();
    tallySample(t, [
      {
        state: 'active',
        wait_event_type: 'Lock',
        wait_event: 'transactionid',
        query: 'INSERT INTO coupon (id) VALUES ($1)',
        blocker: 'SELECT id FROM coupon_template WHERE id = $1 FOR UPDATE',
      },
      { state: 'active', wait_event_type: 'Lock', wait_event: 'tuple', query: 'UPDATE x', blocker: null },
    ]);
    expect(t.lockedStatements).toEqual({
      'INSERT INTO coupon (id) VALUES ($1)" behind "SELECT id FROM coupon_template WHERE id = $1 FOR UPDATE': 1,
      'UPDATE x" behind "?': 1,
    });
  });

  it('cuts statements to their head', () => {
    expect(statementHead('  INSERT   INTO coupon\n(id) VALUES ($1)')).toBe(
      'INSERT INTO coupon (id) VALUES ($1)',
    );
    expect(statementHead('')).toBe('?');
  });
});
