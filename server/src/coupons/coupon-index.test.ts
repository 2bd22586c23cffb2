// Every lookup of the coupon table the hot paths make is served by an index (SQLite's plan): the
// indexes are lean (see coupon.entity.ts), not missing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sql, Statement } from '../db/sql';
import { sqlitePlan } from '../outbox/outbox.sql';
import { testServices, type TestServices } from '../testing';
import * as q from './coupon.sql';

let s: TestServices;
beforeEach(async () => {
  s = await testServices();
});
afterEach(() => s.close());

/** The statements `run` sends, without running them. */
async function recorded(run: (sql: Sql) => Promise<unknown>): Promise<Statement[]> {
  const out: Statement[] = [];
  await s.db.read(async (real) => {
    const record = (sql: string, params: readonly unknown[] = []) => {
      out.push({ sql, params: [...params] });
    };
    const sql: Sql = {
      dialect: real.dialect,
      all: async (text, params) => (record(text, params), []),
      allPacked: async (text, params) => (record(text, params), []),
      get: async (text, params) => (record(text, params), undefined),
      run: async (text, params) => (record(text, params), 0),
      allMany: async (qs) => (qs.forEach((x) => record(x.sql, x.params)), qs.map(() => [])),
      runMany: async (qs) => (qs.forEach((x) => record(x.sql, x.params)), qs.map(() => 0)),
    };
    await run(sql);
  });
  return out;
}

async function plan(st: Statement): Promise<string> {
  return (await s.db.read((sql) => sqlitePlan(sql, st))).join('\n');
}

const now = 1_800_000_000;

describe('coupon lookups', () => {
  it.each([
    [
      'the wallet',
      (sql: Sql) => q.walletPage(sql, { userId: 'u1', statuses: ['AVAILABLE'], expiring: null }, null, 50),
    ],
    [
      'the wallet, expiring soon',
      (sql: Sql) =>
        q.walletPage(sql, { userId: 'u1', statuses: null, expiring: { now, by: now + 86_400 } }, null, 50),
    ],
    ['the coupon centre', (sql: Sql) => q.userHoldings(sql, 'u1', ['tpl_a', 'tpl_b'])],
  ])('%s: by the user index', async (_name, run) => {
    for (const st of await recorded(run))
      expect(await plan(st)).toMatch(/USING (COVERING )?INDEX coupon_user_index/);
  });

  it('per-account limits: by the user index', async () => {
    expect(await plan(q.accountHoldings('tpl_a', ['u1', 'u2']))).toMatch(
      /USING (COVERING )?INDEX coupon_user_index/,
    );
  });

  it.each([
    ['device_id', 'coupon_device_index'],
    ['cookie_id', 'coupon_cookie_index'],
  ] as const)('per-device limits (%s): by %s', async (column, index) => {
    expect(await plan(q.deviceHoldings('tpl_a', column, ['d1', 'd2']))).toMatch(
      new RegExp(`USING (COVERING )?INDEX ${index}`),
    );
  });

  it('a device in the coupon centre: by the device index', async () => {
    for (const st of await recorded((sql) => q.deviceHoldingsByTemplate(sql, 'd1', ['tpl_a'])))
      expect(await plan(st)).toMatch(/USING (COVERING )?INDEX coupon_device_index/);
  });

  it('the expiry sweep: by the expiry index, in valid_until order', async () => {
    for (const st of await recorded((sql) => q.expiringCoupons(sql, now, 500))) {
      const p = await plan(st);
      expect(p).toMatch(/SEARCH c USING (COVERING )?INDEX coupon_expiry_index \(valid_until<\?\)/);
      expect(p).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('an unbound code by its text: by its primary key', async () => {
    for (const st of await recorded((sql) => q.templateOfCode(sql, 'ABCD')))
      expect(await plan(st)).toMatch(/USING INDEX sqlite_autoindex_coupon_code_1/);
  });
});
