// SQL of metrics: rollup upserts, order facts, the metrics and experiment reads, and rebuild.
import type { Dialect } from '../config';
import { type RowOf, type Sql, type Statement, valuesList } from '../db/sql';
import { chunkedRows, paddedList } from '../db/writes';
import type { OrderFact } from './metrics.entity';
import { couponColumns } from '../outbox/outbox.sql';
import { COUNTERS, type Counter, type Delta, type RollupRow } from './rollup';

const ROWS_PER_UPSERT = 500;
const DAY = 86_400;
const KEY = ['scope_kind', 'scope_id', 'day', 'slot'] as const;
const addExcluded = (cols: readonly string[]) =>
  cols.map((c) => `${c} = metric_daily.${c} + excluded.${c}`).join(', ');
const UPSERT_TAIL = `ON CONFLICT (scope_kind, scope_id, day, slot) DO UPDATE SET ${addExcluded(COUNTERS)}`;

/**
 * Rollup rows per scope and day on PostgreSQL: a scope's day is split over this many `slot` rows so
 * that concurrent transactions (claim rounds of one template on different quota buckets, or in
 * different processes) add to different rows instead of queueing on one row lock until each other's
 * COMMIT. Every read sums over the slots.
 */
export const SLOTS = 8;

/**
 * The slot a transaction writes, as SQL: on PostgreSQL its transaction id modulo SLOTS (the same for
 * every statement of the transaction, so one transaction touches one row per scope and day and
 * takes their locks in one order as before; transactions running at the same time have nearby ids,
 * so they mostly land on different rows); 0 on SQLite (one writer) and for a rebuild.
 */
export const liveSlot = (dialect: Dialect): string =>
  dialect === 'postgresql' ? `CAST(txid_current() % ${SLOTS} AS INTEGER)` : '0';

/**
 * Adds rows to the rollups, in slot `slot` (an SQL expression: `liveSlot`, or '0'). Rows are sorted
 * (ALL first) so that concurrent transactions take the rollup rows' locks in one order on PostgreSQL.
 */
export function upsertRollups(rows: readonly RollupRow[], slot = '0'): Statement[] {
  const sorted = [...rows].sort((a, b) =>
    a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : a.id !== b.id ? (a.id < b.id ? -1 : 1) : a.day - b.day,
  );
  const row = `(?, ?, ?, ${slot}, ${valuesList(COUNTERS.length)})`;
  const out: Statement[] = [];
  for (let i = 0; i < sorted.length; i += ROWS_PER_UPSERT) {
    const chunk = sorted.slice(i, i + ROWS_PER_UPSERT);
    const params: unknown[] = [];
    for (const r of chunk) params.push(r.kind, r.id, r.day, ...COUNTERS.map((c) => r.values[c]));
    out.push({
      sql: `INSERT INTO metric_daily (${[...KEY, ...COUNTERS].join(', ')}) VALUES ${new Array<string>(
        chunk.length,
      )
        .fill(row)
        .join(', ')} ${UPSERT_TAIL}`,
      params,
    });
  }
  return out;
}

/** Lookups per statement (coupon ids; a batch of expiries is 500). */
const LOOKUPS_PER_STATEMENT = 5_000;

/**
 * Adds each group's delta, once per coupon, to the RULE rows of the coupons' rules (looked up by
 * coupon id), as ONE statement per 5 000 coupons: on PostgreSQL the caller's statements may run
 * as one command, where two statements must not touch the same row.
 */
export function upsertRuleRollups(
  groups: readonly { day: number; delta: Delta; ids: readonly string[] }[],
  slot = '0',
): Statement[] {
  const out: Statement[] = [];
  let batch: { g: number; id: string }[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const used = [...new Set(batch.map((b) => b.g))];
    const gParams: unknown[] = [];
    for (const g of used) gParams.push(g, groups[g]!.day, ...COUNTERS.map((c) => groups[g]!.delta[c] ?? 0));
    const gRow = `(${['INTEGER', 'INTEGER', ...COUNTERS.map(() => 'BIGINT')].map((t) => `CAST(? AS ${t})`).join(', ')})`;
    const cRow = `(CAST(? AS TEXT), CAST(? AS INTEGER))`;
    const sums = COUNTERS.map((_, i) => `SUM(g.column${i + 3})`).join(', ');
    out.push({
      sql: `INSERT INTO metric_daily (scope_kind, scope_id, day, slot, ${COUNTERS.join(', ')})
        SELECT 'RULE', c.rule_id, g.column2, ${slot}, ${sums}
        FROM (VALUES ${new Array<string>(batch.length).fill(cRow).join(', ')}) v
        JOIN (VALUES ${new Array<string>(used.length).fill(gRow).join(', ')}) g ON g.column1 = v.column2
        JOIN coupon c ON c.id = v.column1
        WHERE c.rule_id IS NOT NULL GROUP BY c.rule_id, g.column2
        ${UPSERT_TAIL}`,
      params: [...batch.flatMap((b) => [b.id, b.g]), ...gParams],
    });
    batch = [];
  };
  groups.forEach((grp, g) => {
    for (const id of grp.ids) {
      batch.push({ g, id });
      if (batch.length >= LOOKUPS_PER_STATEMENT) flush();
    }
  });
  flush();
  return out;
}

// ---- order facts ----

export type FactRow = RowOf<OrderFact>;

const FACT_COLUMNS = [
  'order_id',
  'user_id',
  'amount',
  'margin',
  'merchant_id',
  'coupon_ids',
  'unknown_coupon_ids',
  'discount',
  'paid_at',
  'refunded_at',
  'first_order',
  'source',
  'created_at',
  'updated_at',
] as const;

export async function factsByIds(sql: Sql, orderIds: readonly string[]): Promise<FactRow[]> {
  if (orderIds.length === 0) return [];
  const { list, params } = paddedList(orderIds);
  return sql.all<FactRow>(
    `SELECT ${FACT_COLUMNS.join(', ')} FROM order_fact WHERE order_id IN (${list})`,
    params,
  );
}

/** The users' current first paid orders. */
export async function firstOrders(
  sql: Sql,
  userIds: readonly string[],
): Promise<{ user_id: string; order_id: string; paid_at: number }[]> {
  if (userIds.length === 0) return [];
  const { list, params } = paddedList(userIds);
  return sql.all(
    `SELECT user_id, order_id, paid_at FROM order_fact WHERE user_id IN (${list}) AND first_order = TRUE`,
    params,
  );
}

export interface CouponInfoRow {
  id: string;
  template_id: string;
  campaign_id: string | null;
  rule_id: string | null;
}

export async function couponInfos(sql: Sql, ids: readonly string[]): Promise<CouponInfoRow[]> {
  const out: CouponInfoRow[] = [];
  for (let i = 0; i < ids.length; i += ROWS_PER_UPSERT) {
    const chunk = ids.slice(i, i + ROWS_PER_UPSERT);
    out.push(
      ...(await sql.all<CouponInfoRow>(
        `SELECT id, template_id, campaign_id, rule_id FROM coupon WHERE id IN (${valuesList(chunk.length)})`,
        chunk,
      )),
    );
  }
  return out;
}

export interface FactWrite {
  orderId: string;
  userId: string;
  amount: number;
  margin: number | null;
  merchantId: string | null;
  couponIds: string[];
  unknownCouponIds: string[];
  discount: number;
  paidAt: number;
  refundedAt: number | null;
  firstOrder: boolean;
  source: string;
}

const UPDATED_FACT_COLUMNS = FACT_COLUMNS.filter((c) => c !== 'order_id' && c !== 'created_at');

/**
 * Upserts of order facts (one per order id: the statements may run in any order), in a few fixed
 * statement sizes so that SQLite prepares each text once.
 */
export function upsertFacts(facts: readonly FactWrite[], now: number): Statement[] {
  const out: Statement[] = [];
  const chunks = chunkedRows(
    'metrics.facts',
    facts.length,
    ROWS_PER_UPSERT,
    (n) => `INSERT INTO order_fact (${FACT_COLUMNS.join(', ')}) VALUES ${valuesList(n, FACT_COLUMNS.length)}
        ON CONFLICT (order_id) DO UPDATE SET ${UPDATED_FACT_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  for (const c of chunks) {
    const params: unknown[] = [];
    for (let i = c.from; i < c.to; i++) {
      const f = facts[i]!;
      params.push(
        f.orderId,
        f.userId,
        f.amount,
        f.margin,
        f.merchantId,
        JSON.stringify(f.couponIds),
        JSON.stringify(f.unknownCouponIds),
        f.discount,
        f.paidAt,
        f.refundedAt,
        f.firstOrder ? 1 : 0,
        f.source,
        now,
        now,
      );
    }
    out.push({ sql: c.text, params });
  }
  return out;
}

// ---- metrics reads ----

export type DailyRow = { day: number } & Record<Counter, number>;

/** Each counter summed over the slots, as a bigint (PostgreSQL's SUM of a bigint is numeric). */
const SUMMED = COUNTERS.map((c) => `CAST(SUM(${c}) AS BIGINT) AS ${c}`).join(', ');

/** The rollups of one scope over [fromDay, toDay], one row per day (its slots summed). */
export function dailyRows(
  sql: Sql,
  kind: string,
  id: string,
  fromDay: number,
  toDay: number,
): Promise<DailyRow[]> {
  return sql.all<DailyRow>(
    `SELECT day, ${SUMMED} FROM metric_daily
      WHERE scope_kind = ? AND scope_id = ? AND day >= ? AND day <= ? GROUP BY day ORDER BY day`,
    [kind, id, fromDay, toDay],
  );
}

/** Subsidy per template over [fromDay, toDay] with the template's funding (for the split by funder). */
export function templateSubsidies(
  sql: Sql,
  fromDay: number,
  toDay: number,
  where: { campaignId?: string; templateId?: string },
): Promise<{ id: string; funding: unknown; scope: unknown; subsidy: number }[]> {
  const cond: string[] = [];
  const params: unknown[] = [fromDay, toDay];
  if (where.campaignId) {
    cond.push('t.campaign_id = ?');
    params.push(where.campaignId);
  }
  if (where.templateId) {
    cond.push('t.id = ?');
    params.push(where.templateId);
  }
  return sql.all(
    `SELECT t.id, t.funding, t.scope, SUM(m.subsidy) AS subsidy FROM metric_daily m
      JOIN coupon_template t ON t.id = m.scope_id
      WHERE m.scope_kind = 'TEMPLATE' AND m.day >= ? AND m.day <= ?${cond.map((c) => ` AND ${c}`).join('')}
      GROUP BY t.id, t.funding, t.scope`,
    params,
  );
}

/** A rule's subsidy per template (its coupons' redemptions, net of refunds) over [from, to). */
export function ruleTemplateSubsidies(
  sql: Sql,
  ruleId: string,
  from: number,
  to: number,
): Promise<{ id: string; funding: unknown; scope: unknown; subsidy: number }[]> {
  return sql.all(
    `SELECT t.id, t.funding, t.scope, SUM(r.discount) AS subsidy FROM redemption r
      JOIN coupon c ON c.id = r.coupon_id JOIN coupon_template t ON t.id = c.template_id
      WHERE c.rule_id = ? AND r.redeemed_at >= ? AND r.redeemed_at < ? AND r.refunded_at IS NULL
      GROUP BY t.id, t.funding, t.scope`,
    [ruleId, from, to],
  );
}

/** Whether a template, campaign or rule with this id exists; a merchant has rollup rows or a template. */
export async function scopeExists(sql: Sql, kind: string, id: string): Promise<boolean> {
  const table = { TEMPLATE: 'coupon_template', CAMPAIGN: 'campaign', RULE: 'rule' }[kind];
  if (table) return (await sql.get(`SELECT id FROM ${table} WHERE id = ?`, [id])) !== undefined;
  if (kind === 'MERCHANT')
    return (
      (await sql.get(`SELECT day FROM metric_daily WHERE scope_kind = 'MERCHANT' AND scope_id = ? LIMIT 1`, [
        id,
      ])) !== undefined
    );
  return false;
}

// ---- rebuild ----

export function clearRollups(sql: Sql): Promise<number> {
  return sql.run(`DELETE FROM metric_daily`);
}

/** Deletes the rollups of `day` and later (a rebuild after the outbox was purged). */
export function clearRollupsFrom(sql: Sql, day: number): Promise<number> {
  return sql.run(`DELETE FROM metric_daily WHERE day >= ?`, [day]);
}

/** First orders recomputed from the facts: the earliest paid order of each user (ties by order id). */
export function recomputeFirstOrders(sql: Sql): Promise<number> {
  return sql.run(
    `UPDATE order_fact SET first_order = CASE WHEN order_id = (
       SELECT o2.order_id FROM order_fact o2 WHERE o2.user_id = order_fact.user_id
       ORDER BY o2.paid_at, o2.order_id LIMIT 1) THEN TRUE ELSE FALSE END`,
  );
}

export interface OutboxCouponRow {
  id: number;
  type: string;
  coupon_id: string | null;
  template_id: string | null;
  campaign_id: string | null;
  merchant_id: string | null;
  payload: unknown;
  created_at: number;
  coupon_code: string | null;
}

/** Coupon events after `afterId` in outbox order. */
export function couponEventsAfter(sql: Sql, afterId: number, limit: number): Promise<OutboxCouponRow[]> {
  return sql.all<OutboxCouponRow>(
    `SELECT id, type, coupon_id, ${couponColumns('outbox_event')}, merchant_id, payload, created_at FROM outbox_event
      WHERE id > ? AND type IN ('coupon.issued', 'coupon.claimed', 'coupon.redeemed', 'coupon.released', 'coupon.expired')
      ORDER BY id LIMIT ${Math.floor(limit)}`,
    [afterId],
  );
}

export function factsAfter(sql: Sql, afterId: string, limit: number): Promise<FactRow[]> {
  return sql.all<FactRow>(
    `SELECT ${FACT_COLUMNS.join(', ')} FROM order_fact WHERE order_id > ? ORDER BY order_id LIMIT ${Math.floor(limit)}`,
    [afterId],
  );
}

/**
 * Recomputes the exposure counts per rule, arm and day (`rule_exposure_day`) from the exposures, into
 * slot 0 (in the caller's transaction). The triggers keep them with every write; this is the
 * rebuild's repair.
 */
export async function rebuildExposureDays(sql: Sql): Promise<number> {
  // PostgreSQL: no exposure is written until the transaction ends (and those in flight have
  // committed), so the counts and the rows they are counted from are the same set.
  if (sql.dialect === 'postgresql') await sql.run(`LOCK TABLE rule_exposure IN SHARE MODE`);
  await sql.run(`DELETE FROM rule_exposure_day`);
  return sql.run(
    `INSERT INTO rule_exposure_day (rule_id, arm, control, day, slot, users)
      SELECT rule_id, arm, control, CAST(exposed_at / ${DAY} AS INTEGER), 0, COUNT(*) FROM rule_exposure
      GROUP BY rule_id, arm, control, CAST(exposed_at / ${DAY} AS INTEGER)`,
  );
}

/** Every exposure count per rule, arm and day, slots summed (to compare a rebuild with the live rows). */
export function allExposureDays(
  sql: Sql,
): Promise<{ rule_id: string; arm: string; control: boolean | number; day: number; users: number }[]> {
  return sql.all(
    `SELECT rule_id, arm, control, day, CAST(SUM(users) AS BIGINT) AS users FROM rule_exposure_day
      GROUP BY rule_id, arm, control, day HAVING SUM(users) <> 0 ORDER BY rule_id, arm, control, day`,
  );
}

/** Every rollup row, slots summed (to compare a rebuild with the live rows). */
export function allRollups(sql: Sql): Promise<({ scope_kind: string; scope_id: string } & DailyRow)[]> {
  return sql.all(
    `SELECT scope_kind, scope_id, day, ${SUMMED} FROM metric_daily
      GROUP BY scope_kind, scope_id, day ORDER BY scope_kind, scope_id, day`,
  );
}

// ---- experiments ----

export interface ArmSumsRow {
  arm: string;
  control: boolean | number;
  n: number;
  /** conversion, revenue, net contribution: y in the window, x the same before exposure */
  cy: number;
  cx: number;
  cxx: number;
  cxy: number;
  ry: number;
  ryy: number;
  rx: number;
  rxx: number;
  rxy: number;
  ny: number;
  nyy: number;
  nx: number;
  nxx: number;
  nxy: number;
  sub: number;
}

/** An experiment's arm source: one row per exposed user with the time of exposure. */
export interface ArmSource {
  /** `SELECT user_id, arm, control, exposed_at FROM …` with its parameters. */
  sql: string;
  params: unknown[];
  /** A covering index reads it in `user_id` order (PostgreSQL's streaming plan, `armSums`). */
  userOrdered?: boolean;
  /** A rule's exposures: `exposureSpan` sums their daily counts (`rule_exposure_day`). */
  ruleId?: string;
  /** The same rows as `sql` (same parameters), as SQLite should read them in `armSums`' join. */
  sqliteSql?: string;
}

export const ruleArmSource = (ruleId: string): ArmSource => ({
  sql: `SELECT user_id, arm, control, exposed_at FROM rule_exposure WHERE rule_id = ?`,
  params: [ruleId],
  userOrdered: true, // rule_exposure_user_covering_index
  ruleId,
  // SQLite looks a user up by the primary key (rule_id, user_id), unique, then reads the row for its
  // arm and time; the covering index has them in the index entry (5 % fewer instructions measured).
  sqliteSql: `SELECT user_id, arm, control, exposed_at FROM rule_exposure INDEXED BY rule_exposure_user_covering_index
    WHERE rule_id = ?`,
});

const D = (x: string) => `CAST(${x} AS DOUBLE PRECISION)`;

/** An order fact's margin: its own, else its amount × `marginRateBp` (the one definition, in SQL). */
const marginOf = (alias: string, marginRateBp: number) =>
  `COALESCE(${alias}.margin, ${alias}.amount * ${Math.floor(marginRateBp)} / 10000)`;

/** Exposed users per arm: all of them, those whose window has elapsed, and the first exposure. */
export interface ExposureSpanRow {
  arm: string;
  control: boolean | number;
  n: number;
  matured: number;
  first: number | null;
}

/** Exposed users per arm (all, and matured: exposed at or before `maturedBy`) and the first exposure time. */
export function exposureSpan(
  sql: Sql,
  src: ArmSource,
  maturedBy = Number.MAX_SAFE_INTEGER,
): Promise<ExposureSpanRow[]> {
  if (src.ruleId !== undefined) return ruleExposureSpan(sql, src.ruleId, maturedBy);
  return sql.all(
    `SELECT arm, MAX(CASE WHEN control THEN 1 ELSE 0 END) AS control, COUNT(*) AS n, SUM(CASE WHEN exposed_at <= ? THEN 1 ELSE 0 END) AS matured,
        MIN(exposed_at) AS first FROM (${src.sql}) e GROUP BY arm ORDER BY arm`,
    [maturedBy, ...src.params],
  );
}

/**
 * `exposureSpan` of a rule from its daily counts (`rule_exposure_day`, kept by triggers with the raw
 * rows): all users per arm are the sum of its days; matured users the days before `maturedBy`'s day
 * plus, on that day, the exposures at or before `maturedBy`, counted from the raw rows (one day of
 * one arm: a range of the (rule_id, arm, control, exposed_at) index); the first exposure is that
 * index's first entry. The same figures as counting the raw rows, in a few index seeks.
 */
async function ruleExposureSpan(sql: Sql, ruleId: string, maturedBy: number): Promise<ExposureSpanRow[]> {
  const edgeDay = Math.floor(maturedBy / DAY);
  const days = await sql.all<{
    arm: string;
    control: boolean | number;
    n: number | string;
    before: number | string;
  }>(
    `SELECT arm, control, CAST(SUM(users) AS BIGINT) AS n,
        CAST(SUM(CASE WHEN day < ? THEN users ELSE 0 END) AS BIGINT) AS before
      FROM rule_exposure_day WHERE rule_id = ? GROUP BY arm, control HAVING SUM(users) > 0 ORDER BY arm, control`,
    [edgeDay, ruleId],
  );
  if (days.length === 0) return [];
  const one = `SELECT CAST(? AS INTEGER) AS i, (SELECT MIN(exposed_at) FROM rule_exposure WHERE rule_id = ? AND arm = ? AND control = ?) AS first,
      (SELECT COUNT(*) FROM rule_exposure WHERE rule_id = ? AND arm = ? AND control = ?
        AND exposed_at >= ? AND exposed_at <= ?) AS edge`;
  const params: unknown[] = [];
  days.forEach((d, i) =>
    params.push(i, ruleId, d.arm, d.control, ruleId, d.arm, d.control, edgeDay * DAY, maturedBy),
  );
  const raw = new Map(
    (
      await sql.all<{ i: number; first: number | string | null; edge: number | string }>(
        days.map(() => one).join(' UNION ALL '),
        params,
      )
    ).map((r) => [Number(r.i), r]),
  );
  const byArm = new Map<string, ExposureSpanRow>();
  days.forEach((d, i) => {
    const r = raw.get(i)!;
    const a = byArm.get(d.arm) ?? { arm: d.arm, control: 0, n: 0, matured: 0, first: null };
    a.control = Math.max(Number(a.control), d.control === true || Number(d.control) === 1 ? 1 : 0);
    a.n += Number(d.n);
    a.matured += Number(d.before) + Number(r.edge);
    if (r.first != null) a.first = a.first === null ? Number(r.first) : Math.min(a.first, Number(r.first));
    byArm.set(d.arm, a);
  });
  return [...byArm.values()];
}

/**
 * The join of matured exposures and the order facts in [exposure − window, exposure + window): only
 * users with an order there. SQLite takes the join order as written with CROSS JOIN: from the order
 * facts when there are fewer of them than exposures (one index seek per order), else from the
 * exposures (one seek per user). PostgreSQL plans it itself.
 */
function exposedOrders(fromOrders: boolean, src: ArmSource, dialect: Dialect): string {
  const from = (dialect === 'sqlite' ? src.sqliteSql : undefined) ?? src.sql;
  const on = `x.user_id = f.user_id AND x.exposed_at <= ?
    AND f.paid_at >= x.exposed_at - ? AND f.paid_at < x.exposed_at + ? AND f.refunded_at IS NULL`;
  return fromOrders
    ? `order_fact f CROSS JOIN (${from}) x WHERE ${on}`
    : `(${from}) x CROSS JOIN order_fact f WHERE ${on}`;
}

/** Whether the join starts from the order facts (SQLite: fewer order rows than matured exposures). */
async function fromOrders(sql: Sql, matured: number): Promise<boolean> {
  if (sql.dialect !== 'sqlite') return false;
  // The largest rowid: the table's size without counting it (an upper bound; order facts are not deleted).
  const r = await sql.get<{ n: number | null }>(`SELECT MAX(rowid) AS n FROM order_fact`);
  return Number(r?.n ?? 0) < matured;
}

const zeroSums = (arm: string, control: boolean | number, n: number): ArmSumsRow => ({
  arm,
  control,
  n,
  cy: 0,
  cx: 0,
  cxx: 0,
  cxy: 0,
  ry: 0,
  ryy: 0,
  rx: 0,
  rxx: 0,
  rxy: 0,
  ny: 0,
  nyy: 0,
  nx: 0,
  nxx: 0,
  nxy: 0,
  sub: 0,
});

/** The per-user window flag: an order at or after its user's exposure is in the window (y), else before (x). */
const IN_WINDOW = 'f.paid_at >= x.exposed_at';

/**
 * The sums in exact arithmetic (SQLite's integers; PostgreSQL's numeric, the fallback there): per
 * user, the integer sums of their orders in the window and before it, each cast to a double once
 * (the grouped query's row: its values are computed once and read by every outer sum; an outer
 * query over a flattened subquery would evaluate each cast again for every sum that reads it). One
 * row per user in the source, so users are grouped by `userKey` alone (the side the join reads in
 * user order: no sort), with the arm their one exposure's (SQLite: the bare column, read from a row
 * of the group, as every row of a user has it; PostgreSQL: MAX). The pre-exposure amounts are the
 * user's totals minus the window's: integers, so the same values with fewer terms per order.
 */
function exactSumsSql(join: string, margin: string, userKey: string, dialect: Dialect): string {
  const inW = IN_WINDOW;
  const net = `${margin} - f.discount`;
  const inWindow = (v: string) => `SUM(CASE WHEN ${inW} THEN ${v} ELSE 0 END)`;
  return `SELECT arm, SUM(cy) AS cy, SUM(cx) AS cx, SUM(cx) AS cxx, SUM(cx * cy) AS cxy,
       SUM(ry) AS ry, SUM(ry * ry) AS ryy, SUM(rx) AS rx, SUM(rx * rx) AS rxx, SUM(rx * ry) AS rxy,
       SUM(ny) AS ny, SUM(ny * ny) AS nyy, SUM(nx) AS nx, SUM(nx * nx) AS nxx, SUM(nx * ny) AS nxy,
       SUM(sub) AS sub
     FROM (SELECT ${dialect === 'sqlite' ? 'x.arm' : 'MAX(x.arm)'} AS arm,
        CASE WHEN ${inWindow('1')} > 0 THEN 1 ELSE 0 END AS cy,
        CASE WHEN ${inWindow('1')} < COUNT(*) THEN 1 ELSE 0 END AS cx,
        ${D(inWindow('f.amount'))} AS ry,
        ${D(`SUM(f.amount) - ${inWindow('f.amount')}`)} AS rx,
        ${D(inWindow(net))} AS ny,
        ${D(`SUM(${net}) - ${inWindow(net)}`)} AS nx,
        ${inWindow('f.discount')} AS sub
       FROM ${join}
       GROUP BY ${userKey}) u
     GROUP BY arm`;
}

/**
 * PostgreSQL's sums with the per-user amounts added in float8: there SUM of a bigint is numeric, and
 * numeric arithmetic and its cast to float8 (through text) were most of the query's time. Still
 * exact: `mag` adds |amount| + |margin| + |discount| of the joined orders per arm. When it is below
 * 2^53, every partial sum of every first moment (per user: revenue, margin − discount, discount; per
 * arm: their totals) is an integer below 2^53, which a float8 holds exactly, so each value equals
 * what `exactSumsSql` returns (per-user numeric sums cast to float8, summed in float8; the subsidy
 * in numeric), whatever the order of the additions. A float8 sum of non-negative terms reaches 2^53
 * exactly when the exact sum does, so the check cannot pass wrongly; when it fails the caller runs
 * the numeric query, so the subsidy (money) is exact at any size. Squares and products are float8
 * sums in both queries. One row per user in the source, so users are grouped by `user_id` alone:
 * the streaming plan (`armSums`) reads both sides in user order and needs no sort.
 */
function floatSumsSql(join: string, margin: string): string {
  const inW = IN_WINDOW;
  return `SELECT arm, SUM(cy) AS cy, SUM(cx) AS cx, SUM(cx) AS cxx, SUM(cx * cy) AS cxy,
       SUM(ry) AS ry, SUM(ry * ry) AS ryy, SUM(rx) AS rx, SUM(rx * rx) AS rxx, SUM(rx * ry) AS rxy,
       SUM(ny) AS ny, SUM(ny * ny) AS nyy, SUM(nx) AS nx, SUM(nx * nx) AS nxx, SUM(nx * ny) AS nxy,
       SUM(sub) AS sub, SUM(mag) AS mag
     FROM (SELECT MAX(x.arm) AS arm,
        CASE WHEN SUM(CASE WHEN ${inW} THEN 1 ELSE 0 END) > 0 THEN 1 ELSE 0 END AS cy,
        CASE WHEN SUM(CASE WHEN ${inW} THEN 0 ELSE 1 END) > 0 THEN 1 ELSE 0 END AS cx,
        SUM(CASE WHEN ${inW} THEN ${D('f.amount')} ELSE 0 END) AS ry,
        SUM(CASE WHEN ${inW} THEN 0 ELSE ${D('f.amount')} END) AS rx,
        SUM(CASE WHEN ${inW} THEN ${D(margin)} - ${D('f.discount')} ELSE 0 END) AS ny,
        SUM(CASE WHEN ${inW} THEN 0 ELSE ${D(margin)} - ${D('f.discount')} END) AS nx,
        SUM(CASE WHEN ${inW} THEN ${D('f.discount')} ELSE 0 END) AS sub,
        SUM(ABS(${D('f.amount')}) + ABS(${D(margin)}) + ABS(${D('f.discount')})) AS mag
       FROM ${join}
       GROUP BY x.user_id) u
     GROUP BY arm`;
}

/** Below this every integer is a float8 (2^53). */
const EXACT_FLOAT8 = 2 ** 53;

/**
 * PostgreSQL's settings for the streaming plan: a merge join of the source's and the order facts'
 * covering indexes, both in user order, feeding the per-user sums without a sort or a hash. The
 * planner does not choose it by itself: it takes the join's window condition for a filter of 1 in 9,
 * expects a ninth of the users, and picks a hash join and a hash aggregate, which then spill to disk.
 * Serial: workers would send every user's row through the gather to be summed again. No JIT: compiling
 * took longer than the whole streaming query at a million users.
 */
const STREAMING: Record<string, string> = {
  enable_hashjoin: 'off',
  enable_nestloop: 'off',
  max_parallel_workers_per_gather: '0',
  jit: 'off',
};

/** Runs `fn` with these settings on the connection, then puts the previous values back. */
async function withSettings<T>(sql: Sql, settings: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const names = Object.keys(settings);
  const before = await sql.get<Record<string, string>>(
    `SELECT ${names.map((n, i) => `current_setting('${n}') AS s${i}`).join(', ')}`,
  );
  const set = (values: readonly string[]) =>
    sql.get(`SELECT ${names.map((n) => `set_config('${n}', ?, false)`).join(', ')}`, values);
  await set(names.map((n) => settings[n]!));
  try {
    return await fn();
  } finally {
    // In a transaction that failed, this fails too, and the rollback undoes the settings.
    await set(names.map((_, i) => before![`s${i}`]!)).catch(() => undefined);
  }
}

/**
 * Whether PostgreSQL streams (STREAMING): the source reads in user order from a covering index, and
 * the order facts (the planner's estimate) are at most 4 × the matured exposures, so that reading
 * every order fact in user order costs less than a probe per exposed user would.
 */
async function streams(sql: Sql, src: ArmSource, matured: number): Promise<boolean> {
  if (!src.userOrdered) return false;
  const r = await sql.get<{ n: number }>(
    `SELECT reltuples AS n FROM pg_class WHERE oid = 'order_fact'::regclass`,
  );
  const orders = Number(r?.n ?? -1);
  return orders >= 0 && orders <= 4 * matured;
}

/**
 * Per arm, over users whose window has elapsed (exposed at or before `maturedBy`): the sums of each
 * outcome y (in the window after exposure) and its pre-exposure value x (same length before), for
 * Welch and CUPED. Net contribution = margin − the discounts on the user's orders in the window (the
 * order facts' subsidy: a control user without coupons has none). Users without an order in either
 * period add only zeros, so the sums run over the users with one and `n` is the matured count: one
 * aggregate query, no row per user leaves the database.
 */
export async function armSums(
  sql: Sql,
  src: ArmSource,
  o: {
    maturedBy: number;
    window: number;
    marginRateBp: number;
    /** Where SQLite's join starts (default: the smaller side); the sums do not depend on it. */
    from?: 'orders' | 'exposures';
    /** PostgreSQL: stream (default: `streams`), or leave the plan to the planner; the sums do not depend on it. */
    stream?: boolean;
  },
  span?: readonly ExposureSpanRow[],
): Promise<ArmSumsRow[]> {
  const arms = span ?? (await exposureSpan(sql, src, o.maturedBy));
  const matured = arms.reduce((s, a) => s + Number(a.matured), 0);
  if (matured === 0) return [];
  const margin = marginOf('f', o.marginRateBp);
  const params = [...src.params, o.maturedBy, o.window, o.window];
  let sums: (Omit<ArmSumsRow, 'n' | 'control'> & { mag?: number })[];
  if (sql.dialect === 'postgresql') {
    const query = floatSumsSql(exposedOrders(false, src, sql.dialect), margin);
    sums =
      (o.stream ?? (await streams(sql, src, matured)))
        ? await withSettings(sql, STREAMING, () => sql.all(query, params))
        : await sql.all(query, params);
    if (sums.some((r) => !(Number(r.mag) < EXACT_FLOAT8)))
      sums = await sql.all(
        exactSumsSql(exposedOrders(false, src, sql.dialect), margin, 'x.user_id', sql.dialect),
        params,
      );
  } else {
    const from = o.from ? o.from === 'orders' : await fromOrders(sql, matured);
    sums = await sql.all(
      exactSumsSql(
        exposedOrders(from, src, sql.dialect),
        margin,
        from ? 'f.user_id' : 'x.user_id',
        sql.dialect,
      ),
      params,
    );
  }
  const byArm = new Map(sums.map(({ mag: _, ...r }) => [r.arm, r]));
  return arms
    .filter((a) => Number(a.matured) > 0)
    .map((a) => ({ ...zeroSums(a.arm, a.control, Number(a.matured)), ...byArm.get(a.arm), arm: a.arm }));
}

/** A rule's active (else latest) published graph and mode. */
export function ruleGraph(
  sql: Sql,
  ruleId: string,
): Promise<{ mode: string; graph: unknown; draft: unknown; version: number | null } | undefined> {
  return sql.get(
    `SELECT r.mode, r.draft, v.graph, v.version FROM rule r
      LEFT JOIN rule_version v ON v.rule_id = r.id AND v.version = COALESCE(r.active_version, r.latest_version)
      WHERE r.id = ?`,
    [ruleId],
  );
}

export function snapshotOf(sql: Sql, ruleId: string): Promise<{ fingerprint: string } | undefined> {
  return sql.get(`SELECT fingerprint FROM experiment_snapshot WHERE rule_id = ?`, [ruleId]);
}

export function saveSnapshot(
  sql: Sql,
  ruleId: string,
  recommendation: string,
  fingerprint: string,
  now: number,
): Promise<number> {
  return sql.run(
    `INSERT INTO experiment_snapshot (rule_id, recommendation, fingerprint, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (rule_id) DO UPDATE SET recommendation = excluded.recommendation,
        fingerprint = excluded.fingerprint, updated_at = excluded.updated_at`,
    [ruleId, recommendation, fingerprint, now],
  );
}

// ---- forecasts ----

export function templateForForecast(
  sql: Sql,
  templateId: string,
): Promise<{ id: string; campaign_id: string | null; max_value: number } | undefined> {
  return sql.get(`SELECT id, campaign_id, max_value FROM coupon_template WHERE id = ?`, [templateId]);
}

/** Redeemed and expired coupons of a scope's rollups (all days). */
export function settledOf(
  sql: Sql,
  kind: string,
  id: string,
): Promise<{ redeemed: number; expired: number } | undefined> {
  return sql.get(
    `SELECT COALESCE(SUM(redeemed), 0) AS redeemed, COALESCE(SUM(expired), 0) AS expired FROM metric_daily
      WHERE scope_kind = ? AND scope_id = ?`,
    [kind, id],
  );
}

/** Count, sum and sum of squares of the discounts of a template's redemptions (null: every template). */
export function discountMoments(
  sql: Sql,
  templateId: string | null,
): Promise<{ n: number; s: number; ss: number } | undefined> {
  return sql.get(
    `SELECT COUNT(*) AS n, COALESCE(SUM(discount), 0) AS s, COALESCE(SUM(${D('discount')} * discount), 0) AS ss
      FROM redemption WHERE refunded_at IS NULL${templateId ? ' AND template_id = ?' : ''}`,
    templateId ? [templateId] : [],
  );
}

// ---- LTV ----

export interface CustomerRow {
  user_id: string;
  n: number;
  first_at: number;
  last_at: number;
  total: number;
  first_amount: number;
}

/** Every customer's paid orders (refunds excluded): count, first and last time, total, first amount. */
export function customerSummaries(sql: Sql): Promise<CustomerRow[]> {
  return sql.all<CustomerRow>(
    `SELECT user_id, COUNT(*) AS n, MIN(paid_at) AS first_at, MAX(paid_at) AS last_at, SUM(amount) AS total,
        SUM(CASE WHEN first_order = TRUE THEN amount ELSE 0 END) AS first_amount
      FROM order_fact WHERE refunded_at IS NULL GROUP BY user_id`,
  );
}

/** Revenue and margin per customer and period of `periodSeconds` since the customer's first order. */
export function customerPeriods(
  sql: Sql,
  periodSeconds: number,
  periods: number,
  marginRateBp: number,
): Promise<{ user_id: string; period: number; revenue: number; margin: number; discount: number }[]> {
  const p = Math.floor(periodSeconds);
  return sql.all(
    `SELECT o.user_id, CAST((o.paid_at - f.paid_at) / ${p} AS INTEGER) AS period, SUM(o.amount) AS revenue,
        SUM(${marginOf('o', marginRateBp)}) AS margin, SUM(o.discount) AS discount
      FROM order_fact o JOIN order_fact f ON f.user_id = o.user_id AND f.first_order = TRUE
      WHERE o.refunded_at IS NULL AND o.paid_at < f.paid_at + ${p * Math.floor(periods)}
      GROUP BY o.user_id, CAST((o.paid_at - f.paid_at) / ${p} AS INTEGER)`,
  );
}

/** The arm of each user exposed to a rule. */
export function armsOfRule(sql: Sql, ruleId: string): Promise<{ user_id: string; arm: string }[]> {
  return sql.all(`SELECT user_id, arm FROM rule_exposure WHERE rule_id = ?`, [ruleId]);
}

// ---- experiments of bulk jobs with a holdout ----

/** The arm source of a bulk job with a holdout: its treated and held-out users, as processed. */
export const jobArmSource = (jobId: string): ArmSource => ({
  sql: `SELECT user_id, arm, control, exposed_at FROM bulk_job_exposure WHERE job_id = ?`,
  params: [jobId],
});

/** A bulk job's holdout share (bp; null when it has none). */
export function jobHoldout(
  sql: Sql,
  jobId: string,
): Promise<{ id: string; holdout_bp: number | null; status: string } | undefined> {
  return sql.get(`SELECT id, holdout_bp, status FROM bulk_job WHERE id = ?`, [jobId]);
}

/** Every published version's graph of a rule (few rows): which split weights each version used. */
export function versionGraphs(sql: Sql, ruleId: string): Promise<{ version: number; graph: unknown }[]> {
  return sql.all(`SELECT version, graph FROM rule_version WHERE rule_id = ?`, [ruleId]);
}

/** Exposures per version and arm: read only when a rule's versions weigh their arms differently. */
export function exposuresByVersion(
  sql: Sql,
  ruleId: string,
): Promise<{ version: number; arm: string; n: number | string }[]> {
  return sql.all(
    `SELECT version, arm, COUNT(*) AS n FROM rule_exposure WHERE rule_id = ? GROUP BY version, arm`,
    [ruleId],
  );
}
