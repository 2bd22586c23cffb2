// The experiment's per-arm sums come from one aggregate query over the users with an order near their
// exposure (users without one add only zeros). Whichever side SQLite's join starts from, the sums
// must equal a per-user computation written independently here, on random exposures and orders
// (refunds, unknown margins, orders before, in and after the window, users in neither period).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metrics as server } from '@couponflow/server';
import { DIALECT, freshDatabase, type TestDatabase } from '../support/server';

type Opened = Awaited<ReturnType<typeof server.openMetrics>>;

const RULE = 'sums-rule';
const HOUR = 3_600;
const WINDOW = 10 * HOUR;
const T0 = 1_800_000_000;
const MARGIN_BP = 4_000;

interface Exposure {
  user: number;
  arm: 'a' | 'b' | 'c';
  at: number;
}
interface Order {
  user: number;
  offset: number;
  amount: number;
  margin: number | null;
  discount: number;
  refunded: boolean;
}

/** Up to `users` exposures of distinct users (ids 0..users) in arms a, b, c, at 0..maxAt seconds. */
const exposuresOf = (users: number, maxAt: number) =>
  fc.uniqueArray(
    fc.record({
      user: fc.integer({ min: 0, max: users }),
      arm: fc.constantFrom('a' as const, 'b' as const, 'c' as const),
      at: fc.integer({ min: 0, max: maxAt }),
    }),
    { selector: (e) => e.user, maxLength: users },
  );
const exposures = exposuresOf(40, 30 * HOUR);
const orders = fc.array(
  fc.record({
    user: fc.integer({ min: 0, max: 45 }),
    offset: fc.integer({ min: -25 * HOUR, max: 25 * HOUR }),
    amount: fc.integer({ min: 1, max: 90_000 }),
    margin: fc.option(fc.integer({ min: -5_000, max: 40_000 })),
    discount: fc.integer({ min: 0, max: 3_000 }),
    refunded: fc.boolean(),
  }),
  { maxLength: 80 },
);

/** Per arm, the sums the query must return, from one row per matured user (ArmSumsRow's fields). */
function expected(ex: readonly Exposure[], os: readonly Order[], maturedBy: number) {
  const out = new Map<string, Record<string, number>>();
  for (const e of ex) {
    const at = T0 + e.at;
    if (at > maturedBy) continue;
    const y = { c: 0, r: 0, n: 0, sub: 0 };
    const x = { c: 0, r: 0, n: 0 };
    for (const o of os) {
      const paid = at + o.offset;
      if (o.user !== e.user || o.refunded || paid < at - WINDOW || paid >= at + WINDOW) continue;
      const margin = o.margin ?? Math.floor((o.amount * MARGIN_BP) / 10_000);
      const side = paid >= at ? y : x;
      side.c = 1;
      side.r += o.amount;
      side.n += margin - o.discount;
      if (paid >= at) y.sub += o.discount;
    }
    const s = out.get(e.arm) ?? {};
    const add = (k: string, v: number) => (s[k] = (s[k] ?? 0) + v);
    add('n', 1);
    add('cy', y.c);
    add('cx', x.c);
    add('cxx', x.c);
    add('cxy', x.c * y.c);
    add('ry', y.r);
    add('ryy', y.r * y.r);
    add('rx', x.r);
    add('rxx', x.r * x.r);
    add('rxy', x.r * y.r);
    add('ny', y.n);
    add('nyy', y.n * y.n);
    add('nx', x.n);
    add('nxx', x.n * x.n);
    add('nxy', x.n * y.n);
    add('sub', y.sub);
    out.set(e.arm, s);
  }
  return out;
}

async function load(o: Opened, ex: readonly Exposure[], os: readonly Order[]) {
  await o.db.tx(async (sql) => {
    await sql.run(`DELETE FROM rule_exposure WHERE rule_id = ?`, [RULE]);
    await sql.run(`DELETE FROM order_fact`);
    for (const e of ex)
      await sql.run(
        `INSERT INTO rule_exposure (rule_id, user_id, version, arm, control, event_id, exposed_at) VALUES (?, ?, 1, ?, ?, ?, ?)`,
        [RULE, `u${e.user}`, e.arm, e.arm === 'c' ? 1 : 0, `ev${e.user}`, T0 + e.at],
      );
    let i = 0;
    for (const f of os) {
      // The order's time is relative to its user's exposure (or to T0 for a user never exposed).
      const at = T0 + (ex.find((e) => e.user === f.user)?.at ?? 0) + f.offset;
      await sql.run(
        `INSERT INTO order_fact (order_id, user_id, amount, margin, merchant_id, coupon_ids, unknown_coupon_ids, discount, paid_at, refunded_at, first_order, source, created_at, updated_at)
         VALUES (?, ?, ?, ?, NULL, '[]', '[]', ?, ?, ?, FALSE, 'TRACK', ?, ?)`,
        [`o${i++}`, `u${f.user}`, f.amount, f.margin, f.discount, at, f.refunded ? at + 1 : null, at, at],
      );
    }
  });
}

/** SQLite: the join from either side; PostgreSQL: the streaming merge plan and the planner's own. */
const PLANS =
  DIALECT === 'postgresql'
    ? [{ stream: true }, { stream: false }, {}]
    : [{ from: 'orders' as const }, { from: 'exposures' as const }, {}];

describe(`experiment sums in the database (${DIALECT})`, () => {
  let db: TestDatabase;
  let opened: Opened;
  beforeAll(async () => {
    db = await freshDatabase();
    opened = await server.openMetrics(db.url);
  });
  afterAll(async () => {
    await opened?.close();
    await db?.drop();
  });

  it('equal a per-user computation, from either side of the join', async () => {
    await fc.assert(
      fc.asyncProperty(exposures, orders, fc.integer({ min: 0, max: 30 * HOUR }), async (ex, os, cut) => {
        await load(opened, ex, os);
        const maturedBy = T0 + cut;
        const want = expected(ex, os, maturedBy);
        const src = server.ruleArmSource(RULE);
        for (const plan of PLANS) {
          const rows = await opened.db.read((sql) =>
            server.armSums(sql, src, { maturedBy, window: WINDOW, marginRateBp: MARGIN_BP, ...plan }),
          );
          expect(rows.map((r) => r.arm)).toEqual([...want.keys()].sort());
          for (const r of rows) {
            const w = want.get(r.arm)!;
            expect(Boolean(Number(r.control))).toBe(r.arm === 'c');
            // `+ 0` turns a -0 (PostgreSQL may sum to it) into 0: the same sum, which toBe would tell apart.
            for (const [k, v] of Object.entries(w)) expect(Number(r[k as keyof typeof r]) + 0).toBe(v + 0);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keep the subsidy (money) exact past 2^53, where PostgreSQL leaves float8 for numeric', async () => {
    // u0's order is read first in the streaming plan; float8 additions of 1 to 2^53 − 2 stop at 2^53.
    // The outcome sums (revenue, net contribution) are float8 sums of per-user values in either query.
    const SMALL = 1_000;
    const ex: Exposure[] = Array.from({ length: SMALL + 1 }, (_, user) => ({ user, arm: 'a', at: 0 }));
    const os: Order[] = ex.map((e) => ({
      user: e.user,
      offset: HOUR,
      amount: e.user === 0 ? Number.MAX_SAFE_INTEGER : 1,
      margin: e.user === 0 ? Number.MAX_SAFE_INTEGER : 3,
      discount: e.user === 0 ? Number.MAX_SAFE_INTEGER - 1 : 1,
      refunded: false,
    }));
    await load(opened, ex, os);
    for (const plan of PLANS) {
      const [row] = await opened.db.read((sql) =>
        server.armSums(sql, server.ruleArmSource(RULE), {
          maturedBy: T0 + WINDOW,
          window: WINDOW,
          marginRateBp: MARGIN_BP,
          ...plan,
        }),
      );
      expect([Number(row!.n), Number(row!.cy), Number(row!.ny), String(row!.sub)]).toEqual([
        SMALL + 1,
        SMALL + 1,
        1 + 2 * SMALL,
        String(BigInt(Number.MAX_SAFE_INTEGER - 1) + BigInt(SMALL)),
      ]);
    }
  });

  it('counts exposed users per arm from the daily counts as from the rows: across days and at the cut, after skipped duplicates, updates and deletes', async () => {
    const DAY = 86_400;
    const spread = exposuresOf(60, 5 * DAY);
    await fc.assert(
      fc.asyncProperty(
        spread,
        fc.integer({ min: -DAY, max: 6 * DAY }),
        fc.integer({ min: 0, max: 61 }),
        async (ex, cut, drop) => {
          await load(opened, ex, []);
          await opened.db.tx(async (sql) => {
            // a retried write: every exposure again, all skipped
            await sql.run(
              `INSERT INTO rule_exposure (rule_id, user_id, version, arm, control, event_id, exposed_at)
              SELECT rule_id, user_id, version, arm, control, event_id, exposed_at FROM rule_exposure WHERE rule_id = ?
              ON CONFLICT (rule_id, user_id) DO NOTHING`,
              [RULE],
            );
            await sql.run(
              `UPDATE rule_exposure SET exposed_at = exposed_at + ${DAY} WHERE rule_id = ? AND user_id IN ('u3', 'u6', 'u9', 'u12')`,
              [RULE],
            );
            await sql.run(
              `DELETE FROM rule_exposure WHERE rule_id = ? AND user_id IN ('u1', 'u2', 'u${drop}')`,
              [RULE],
            );
          });
          const rows = ex
            .filter((e) => ![1, 2, drop].includes(e.user))
            .map((e) => ({ ...e, at: T0 + e.at + ([3, 6, 9, 12].includes(e.user) ? DAY : 0) }));
          const want = [...new Set(rows.map((e) => e.arm))].sort().map((arm) => {
            const of = rows.filter((e) => e.arm === arm);
            return [
              arm,
              of.length,
              of.filter((e) => e.at <= T0 + cut).length,
              Math.min(...of.map((e) => e.at)),
            ];
          });
          const span = await opened.db.read((sql) =>
            server.exposureSpan(sql, server.ruleArmSource(RULE), T0 + cut),
          );
          expect(span.map((s) => [s.arm, Number(s.n), Number(s.matured), Number(s.first)])).toEqual(want);
          expect(span.map((s) => Number(s.control))).toEqual(want.map((w) => (w[0] === 'c' ? 1 : 0)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('counts every exposed user per arm, and those whose window has elapsed', async () => {
    const ex: Exposure[] = [
      { user: 1, arm: 'a', at: 0 },
      { user: 2, arm: 'a', at: 5 * HOUR },
      { user: 3, arm: 'c', at: HOUR },
    ];
    await load(opened, ex, []);
    const span = await opened.db.read((sql) =>
      server.exposureSpan(sql, server.ruleArmSource(RULE), T0 + 2 * HOUR),
    );
    expect(span.map((s) => [s.arm, Number(s.n), Number(s.matured), Number(s.first)])).toEqual([
      ['a', 2, 1, T0],
      ['c', 1, 1, T0 + HOUR],
    ]);
  });
});
