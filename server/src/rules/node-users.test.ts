// One batch's distinct-user registers: merged in memory, each register written once per batch and only
// when it grows beyond what is stored.
import { describe, expect, it } from 'vitest';
import { hllPoint } from './hll';
import { BatchRegisters, RegisterCache, registerKey } from './node-users';

describe('BatchRegisters', () => {
  it('keeps one row per register, its maximum, whatever the number of events', () => {
    const batch = new BatchRegisters();
    const users = Array.from({ length: 5_000 }, (_, i) => hllPoint(`u${i % 50}`));
    for (const p of users) batch.add(7, 20_000, p);
    const rows = batch.growing(new RegisterCache());
    const regs = new Set(users.map((p) => p.reg));
    expect(rows).toHaveLength(regs.size);
    for (const p of users) {
      const row = rows.find(([key]) => key === registerKey(7, 20_000, p.reg))!;
      expect(row[1]).toBeGreaterThanOrEqual(p.rho);
    }
    expect(rows.map(([k]) => k)).toEqual([...rows.map(([k]) => k)].sort((a, b) => a - b));
  });

  it('writes nothing a committed batch already stored, and only registers that grow', () => {
    const cache = new RegisterCache();
    const first = new BatchRegisters();
    for (let i = 0; i < 100; i++) first.add(3, 1, hllPoint(`u${i}`));
    cache.commit(first.growing(cache));
    const again = new BatchRegisters();
    for (let i = 0; i < 100; i++) again.add(3, 1, hllPoint(`u${i}`));
    expect(again.growing(cache)).toEqual([]);
    const other = new BatchRegisters();
    for (let i = 0; i < 100; i++) other.add(3, 2, hllPoint(`u${i}`)); // another day: new registers
    expect(other.growing(cache).length).toBeGreaterThan(0);
  });
});
