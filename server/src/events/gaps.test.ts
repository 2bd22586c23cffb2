import { describe, expect, it } from 'vitest';
import { safePrefix } from './gaps';

const SETTLE = 1000;

describe('the safe prefix of the outbox', () => {
  it('takes everything on SQLite (no snapshot): a visible id means every lower one is settled', () => {
    expect(safePrefix(10, [11, 12, 15, 16], null, null, 0, SETTLE)).toEqual({ take: 4, last: 16, gap: null });
  });

  it('takes contiguous ids and stops at the first gap on PostgreSQL', () => {
    const snap = { xmin: 100, xmax: 105 };
    const p = safePrefix(10, [11, 12, 14, 15], snap, null, 5000, SETTLE);
    expect(p).toEqual({ take: 2, last: 12, gap: { id: 13, seenAt: 5000, xmax: null } });
  });

  it('waits for a gap that fills (a transaction committing out of order) and then moves on', () => {
    const snap = { xmin: 100, xmax: 105 };
    const first = safePrefix(12, [14], snap, null, 0, SETTLE);
    expect(first).toMatchObject({ take: 0, last: 12 });
    const filled = safePrefix(12, [13, 14], snap, first.gap, 50, SETTLE);
    expect(filled).toEqual({ take: 2, last: 14, gap: null });
  });

  it('proves a gap permanent (rolled back) only after every transaction that could hold it has ended', () => {
    let gap = safePrefix(12, [14, 15], { xmin: 100, xmax: 105 }, null, 0, SETTLE).gap;
    // before settleMs: no xmax taken yet
    gap = safePrefix(12, [14, 15], { xmin: 100, xmax: 106 }, gap, 500, SETTLE).gap;
    expect(gap).toEqual({ id: 13, seenAt: 0, xmax: null });
    // settle passed: the xmax of now is recorded
    gap = safePrefix(12, [14, 15], { xmin: 101, xmax: 110 }, gap, 1200, SETTLE).gap;
    expect(gap).toEqual({ id: 13, seenAt: 0, xmax: 110 });
    // a transaction below 110 still runs
    const waiting = safePrefix(12, [14, 15], { xmin: 109, xmax: 115 }, gap, 1300, SETTLE);
    expect(waiting).toMatchObject({ take: 0, last: 12 });
    // all ended: 13 never comes
    expect(safePrefix(12, [14, 15], { xmin: 110, xmax: 116 }, gap, 1400, SETTLE)).toEqual({
      take: 2,
      last: 15,
      gap: null,
    });
  });

  it('handles the next gap on its own after skipping one', () => {
    const gap = { id: 13, seenAt: 0, xmax: 110 };
    const p = safePrefix(12, [14, 16], { xmin: 120, xmax: 121 }, gap, 5000, SETTLE);
    expect(p).toEqual({ take: 1, last: 14, gap: { id: 15, seenAt: 5000, xmax: null } });
  });

  it('a tracked gap that is no longer first is forgotten', () => {
    const p = safePrefix(20, [21], { xmin: 1, xmax: 2 }, { id: 13, seenAt: 0, xmax: null }, 10, SETTLE);
    expect(p).toEqual({ take: 1, last: 21, gap: null });
  });
});
