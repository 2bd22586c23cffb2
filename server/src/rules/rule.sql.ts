// Every SQL text of rules/: rules and their versions, the revision the engines poll, the engine's
// batch reads and writes (firings, exposures, node counts, distinct-user registers, day stats), and
// the reads of other features' tables the pre-publish checks and the replay need (read only: a
// change to another feature's table goes through that feature).
import type { Dialect } from '../config';
import { type RowOf, rowLock, type Sql, type Statement, valuesList } from '../db/sql';
import { type ColumnType, multiRow } from '../db/writes';
import type { TrackedEvent } from '../tracking/tracking.entity';
import { HLL_M } from './hll';
import type {
  Rule,
  RuleExposure,
  RuleFiring,
  RuleMode,
  RuleNodeCount,
  RuleNodeSketch,
  RuleStatus,
  RuleTriggerMember,
  RuleVersion,
} from './rule.entity';

export type RuleRow = RowOf<Rule>;
export type VersionRow = RowOf<RuleVersion>;
export type FiringRow = RowOf<RuleFiring>;
export type SketchRow = RowOf<RuleNodeSketch, 'id' | 'ruleId' | 'version' | 'nodeId' | 'port'>;
export type NodeCountRow = RowOf<RuleNodeCount, 'version' | 'nodeId' | 'ran' | 'passed'>;
export type ExposureRow = RowOf<RuleExposure, 'arm' | 'control' | 'version'>;
export type TriggerMemberRow = RowOf<RuleTriggerMember, 'version' | 'groupId'>;
export type EventRow = RowOf<TrackedEvent, 'id' | 'userId' | 'occurredAt' | 'properties'>;

// ---- the revision -----------------------------------------------------------------------------

export function ensureRevision(sql: Sql, now: number): Promise<number> {
  return sql.run(
    `INSERT INTO rule_revision (id, revision, updated_at) VALUES (1, 0, ?) ON CONFLICT (id) DO NOTHING`,
    [now],
  );
}

export async function readRevision(sql: Sql): Promise<number | null> {
  const row = await sql.get<{ revision: number }>(`SELECT revision FROM rule_revision WHERE id = 1`);
  return row ? Number(row.revision) : null;
}

export function bumpRevision(sql: Sql, now: number): Promise<number> {
  return sql.run(`UPDATE rule_revision SET revision = revision + 1, updated_at = ? WHERE id = 1`, [now]);
}

// ---- rules and versions -----------------------------------------------------------------------

/** The live version of every ACTIVE rule. */
export function activeVersions(
  sql: Sql,
): Promise<{ id: string; mode: RuleMode; version: number; graph: unknown }[]> {
  return sql.all(
    `SELECT r.id, r.mode, v.version, v.graph FROM rule r
       JOIN rule_version v ON v.rule_id = r.id AND v.version = r.active_version
      WHERE r.status = 'ACTIVE'`,
  );
}

export function ruleById(sql: Sql, id: string): Promise<RuleRow | undefined> {
  return sql.get<RuleRow>(`SELECT * FROM rule WHERE id = ?`, [id]);
}

export function listRules(sql: Sql, status: RuleStatus | null, first: number): Promise<RuleRow[]> {
  return status
    ? sql.all<RuleRow>(`SELECT * FROM rule WHERE status = ? ORDER BY id DESC LIMIT ?`, [status, first])
    : sql.all<RuleRow>(`SELECT * FROM rule ORDER BY id DESC LIMIT ?`, [first]);
}

export function insertRule(
  sql: Sql,
  r: { id: string; name: string; description: string | null; mode: RuleMode; draft: string },
  now: number,
): Promise<number> {
  return sql.run(
    `INSERT INTO rule (id, name, description, status, mode, draft, active_version, latest_version, created_at, updated_at)
     VALUES (?, ?, ?, 'DRAFT', ?, ?, NULL, 0, ?, ?)`,
    [r.id, r.name, r.description, r.mode, r.draft, now, now],
  );
}

export function updateDraft(
  sql: Sql,
  id: string,
  r: { name: string; description: string | null; mode: RuleMode; draft: string },
  now: number,
): Promise<number> {
  return sql.run(
    `UPDATE rule SET name = ?, description = ?, mode = ?, draft = ?, updated_at = ? WHERE id = ?`,
    [r.name, r.description, r.mode, r.draft, now, id],
  );
}

/** Stores the next version of a rule and makes it the live one (the rule row locked first). */
export async function insertVersion(
  sql: Sql,
  v: {
    ruleId: string;
    graph: string;
    trigger: string;
    mode: RuleMode;
    by: string | null;
    note: string | null;
  },
  now: number,
): Promise<number> {
  const row = await sql.get<{ latest_version: number }>(
    `SELECT latest_version FROM rule WHERE id = ?${rowLock(sql)}`,
    [v.ruleId],
  );
  const version = Number(row!.latest_version) + 1;
  await sql.run(
    `INSERT INTO rule_version (rule_id, version, graph, trigger, mode, published_by, published_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [v.ruleId, version, v.graph, v.trigger, v.mode, v.by, now, v.note],
  );
  await sql.run(
    `UPDATE rule SET status = 'ACTIVE', active_version = ?, latest_version = ?, updated_at = ? WHERE id = ?`,
    [version, version, now, v.ruleId],
  );
  return version;
}

export function setRuleStatus(sql: Sql, id: string, to: RuleStatus, now: number): Promise<number> {
  return sql.run(`UPDATE rule SET status = ?, updated_at = ? WHERE id = ?`, [to, now, id]);
}

/** Makes `version` the live one; 0 when the rule has no such version. */
export async function setActiveVersion(sql: Sql, id: string, version: number, now: number): Promise<number> {
  const v = await sql.get(`SELECT version FROM rule_version WHERE rule_id = ? AND version = ?`, [
    id,
    version,
  ]);
  if (!v) return 0;
  return sql.run(`UPDATE rule SET active_version = ?, updated_at = ? WHERE id = ?`, [version, now, id]);
}

export function versionsOf(sql: Sql, id: string): Promise<VersionRow[]> {
  return sql.all<VersionRow>(`SELECT * FROM rule_version WHERE rule_id = ? ORDER BY version DESC`, [id]);
}

export function versionOf(sql: Sql, id: string, version: number): Promise<VersionRow | undefined> {
  return sql.get<VersionRow>(`SELECT * FROM rule_version WHERE rule_id = ? AND version = ?`, [id, version]);
}

// ---- reports ----------------------------------------------------------------------------------

/** Per rule: actions on `today` and the latest firing. */
export function dayStatsOf(
  sql: Sql,
  ruleIds: readonly string[],
  today: number,
): Promise<{ rule_id: string; today: number | null; last: number | null }[]> {
  return sql.all(
    `SELECT rule_id, SUM(CASE WHEN day = ? THEN actions ELSE 0 END) AS today, MAX(last_fired_at) AS last
       FROM rule_day_stat WHERE rule_id IN (${valuesList(ruleIds.length)}) GROUP BY rule_id`,
    [today, ...ruleIds],
  );
}

export function nodeCountsOf(sql: Sql, id: string, version: number | null): Promise<NodeCountRow[]> {
  return version == null
    ? sql.all<NodeCountRow>(
        `SELECT version, node_id, ran, passed FROM rule_node_count WHERE rule_id = ? ORDER BY version, node_id`,
        [id],
      )
    : sql.all<NodeCountRow>(
        `SELECT version, node_id, ran, passed FROM rule_node_count WHERE rule_id = ? AND version = ? ORDER BY node_id`,
        [id, version],
      );
}

export function firingsOf(
  sql: Sql,
  ruleId: string | null,
  userId: string | null,
  first: number,
): Promise<FiringRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (ruleId) {
    where.push('rule_id = ?');
    params.push(ruleId);
  }
  if (userId) {
    where.push('user_id = ?');
    params.push(userId);
  }
  return sql.all<FiringRow>(
    `SELECT * FROM rule_firing WHERE ${where.join(' AND ')} ORDER BY fired_at DESC, created_at DESC LIMIT ?`,
    [...params, first],
  );
}

export function exposureCounts(
  sql: Sql,
  ruleId: string,
): Promise<(Omit<ExposureRow, 'version'> & { n: number })[]> {
  return sql.all(
    `SELECT arm, control, COUNT(*) AS n FROM rule_exposure WHERE rule_id = ? GROUP BY arm, control ORDER BY arm`,
    [ruleId],
  );
}

export function exposureOf(sql: Sql, ruleId: string, userId: string): Promise<ExposureRow | undefined> {
  return sql.get<ExposureRow>(
    `SELECT arm, control, version FROM rule_exposure WHERE rule_id = ? AND user_id = ?`,
    [ruleId, userId],
  );
}

/** The stored distinct-user sketches of a rule (one version, or all), for the funnel. */
export async function nodeUsersInput(
  sql: Sql,
  id: string,
  version: number | null,
  range: (sketch: number) => [number, number],
  sketchNumbers: { node: (id: number) => number; group: (id: number) => number },
) {
  const byVersion = version == null ? '' : ' AND version = ?';
  const params = version == null ? [id] : [id, version];
  const versions = await sql.all<Pick<VersionRow, 'version' | 'graph'>>(
    `SELECT version, graph FROM rule_version WHERE rule_id = ?${byVersion} ORDER BY version`,
    params,
  );
  const sketches = await sql.all<Omit<SketchRow, 'rule_id'>>(
    `SELECT id, version, node_id, port FROM rule_node_sketch WHERE rule_id = ?${byVersion}`,
    params,
  );
  const groups = await sql.all<TriggerMemberRow>(
    `SELECT version, group_id FROM rule_trigger_member WHERE rule_id = ?${byVersion}`,
    params,
  );
  const registers = await sql.allMany(
    [
      ...sketches.map((s) => sketchNumbers.node(Number(s.id))),
      ...groups.map((g) => sketchNumbers.group(Number(g.group_id))),
    ].map((sketch) => ({
      sql: `SELECT key % ${HLL_M} AS reg, MAX(rho) AS rho FROM rule_node_register
             WHERE key BETWEEN ? AND ? GROUP BY key % ${HLL_M}`,
      params: range(sketch),
    })),
  );
  return { versions, sketches, groups, registers };
}

// ---- the engine's catalogue: sketches and trigger groups --------------------------------------

/** Sketch ids of the given rules' (version, node, port) rows. */
export async function sketchesOf(sql: Sql, ruleIds: readonly string[]): Promise<SketchRow[]> {
  const rows: SketchRow[] = [];
  for (let i = 0; i < ruleIds.length; i += 500) {
    const chunk = ruleIds.slice(i, i + 500);
    rows.push(
      ...(await sql.all<SketchRow>(
        `SELECT id, rule_id, version, node_id, port FROM rule_node_sketch WHERE rule_id IN (${valuesList(chunk.length)})`,
        chunk,
      )),
    );
  }
  return rows;
}

export async function insertSketches(
  sql: Sql,
  rows: readonly (readonly [string, number, string, string])[],
): Promise<void> {
  for (const row of rows)
    await sql.run(
      `INSERT INTO rule_node_sketch (rule_id, version, node_id, port) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      row,
    );
}

export function triggerGroupsByKey(
  sql: Sql,
  keys: readonly string[],
): Promise<{ id: number; key: string }[]> {
  return sql.all(`SELECT id, key FROM rule_trigger_group WHERE key IN (${valuesList(keys.length)})`, keys);
}

/** Creates a trigger group (when new) with its member rule versions. */
export async function insertTriggerGroup(
  sql: Sql,
  g: { eventType: string; key: string; members: readonly (readonly [string, number])[] },
  now: number,
): Promise<void> {
  await sql.run(
    `INSERT INTO rule_trigger_group (event_type, key, created_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING`,
    [g.eventType, g.key, now],
  );
  const row = await sql.get<{ id: number }>(`SELECT id FROM rule_trigger_group WHERE key = ?`, [g.key]);
  for (const [ruleId, version] of g.members)
    await sql.run(
      `INSERT INTO rule_trigger_member (rule_id, version, group_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
      [ruleId, version, row!.id],
    );
}

// ---- the engine's batch reads -----------------------------------------------------------------

/** Firings that acted of a rule for a user since an instant. */
export async function countFiringsSince(
  sql: Sql,
  ruleId: string,
  userId: string,
  since: number,
): Promise<number> {
  const r = await sql.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM rule_firing WHERE rule_id = ? AND user_id = ? AND fired_at >= ? AND acted = ?`,
    [ruleId, userId, since, true],
  );
  return Number(r?.n ?? 0);
}

/**
 * Appends the reads of the firings (that acted, since `since`) of capped rules for their users.
 * SQLite reads the exact (rule, user) pairs; PostgreSQL takes the rules × users cross product from
 * the index in one short statement. Rows: rule_id, user_id, fired_at.
 */
export function firingReads(
  out: Statement[],
  dialect: Dialect,
  pairs: ReadonlyMap<string, ReadonlySet<string>>,
  since: number,
): void {
  if (pairs.size === 0) return;
  if (dialect === 'postgresql') {
    const users = new Set<string>();
    for (const list of pairs.values()) for (const u of list) users.add(u);
    out.push({
      sql: `SELECT rule_id, user_id, fired_at FROM rule_firing
             WHERE rule_id = ANY(CAST(? AS text[])) AND user_id = ANY(CAST(? AS text[])) AND fired_at >= ? AND acted = ?`,
      params: [[...pairs.keys()], [...users], since, true],
    });
    return;
  }
  const rows: string[][] = [];
  for (const [ruleId, users] of pairs) for (const u of users) rows.push([ruleId, u]);
  const from = out.length;
  multiRow(out, dialect, rows, {
    name: 'engine.firings',
    types: ['text', 'text'],
    perStatement: 500,
    sql: (rows) => `WITH p(r, u) AS (${rows})
      SELECT f.rule_id, f.user_id, f.fired_at FROM p
        JOIN rule_firing f ON f.rule_id = p.r AND f.user_id = p.u
       WHERE f.fired_at >= ? AND f.acted = ?`,
  });
  for (let i = from; i < out.length; i++) out[i]!.params = [...out[i]!.params!, since, true];
}

/** Appends the reads of the users' first events of the given types (user_first_event, tracking/'s). */
export function firstEventReads(
  out: Statement[],
  dialect: Dialect,
  userIds: readonly string[],
  types: readonly string[],
): void {
  const from = out.length;
  multiRow(
    out,
    dialect,
    userIds.map((u) => [u]),
    {
      name: `engine.firsts.${types.length}`,
      types: ['text'],
      perStatement: 500,
      list: true,
      sql: (rows) => `SELECT user_id, event_type, event_id, occurred_at FROM user_first_event
        WHERE user_id IN (${rows}) AND event_type IN (${valuesList(types.length)})`,
    },
  );
  for (let i = from; i < out.length; i++) out[i]!.params = [...out[i]!.params!, ...types];
}

/** One user's first events of the given types. */
export function firstEventsOf(
  sql: Sql,
  userId: string,
  types: readonly string[],
): Promise<{ event_type: string; event_id: string; occurred_at: number }[]> {
  return sql.all(
    `SELECT event_type, event_id, occurred_at FROM user_first_event
      WHERE user_id = ? AND event_type IN (${valuesList(types.length)})`,
    [userId, ...types],
  );
}

// ---- the engine's batch writes ----------------------------------------------------------------

const FIRING_TYPES: readonly ColumnType[] = [
  'text',
  'text',
  'integer',
  'text',
  'text',
  'boolean',
  'boolean',
  'jsonb',
  'jsonb',
  'jsonb',
  'bigint',
  'bigint',
];

/** Rows: rule_id, event_id, version, user_id, arm, control, acted, actions, results, trace, fired_at, created_at. */
export function firingInserts(
  out: Statement[],
  dialect: Dialect,
  rows: readonly (readonly unknown[])[],
): void {
  multiRow(out, dialect, rows, {
    name: 'engine.firing',
    types: FIRING_TYPES,
    perStatement: 500,
    sql: (rows) =>
      `INSERT INTO rule_firing (rule_id, event_id, version, user_id, arm, control, acted, actions, results, trace, fired_at, created_at)
       ${rows} ON CONFLICT (rule_id, event_id) DO NOTHING`,
  });
}

/** Rows: rule_id, user_id, version, arm, control, event_id, exposed_at. */
export function exposureInserts(
  out: Statement[],
  dialect: Dialect,
  rows: readonly (readonly unknown[])[],
): void {
  multiRow(out, dialect, rows, {
    name: 'engine.exposure',
    types: ['text', 'text', 'integer', 'text', 'boolean', 'text', 'bigint'],
    perStatement: 1000,
    sql: (rows) => `INSERT INTO rule_exposure (rule_id, user_id, version, arm, control, event_id, exposed_at)
      ${rows} ON CONFLICT (rule_id, user_id) DO NOTHING`,
  });
}

/** Rows: rule_id, version, node_id, ran, passed (added to the stored counts). */
export function nodeCountUpserts(
  out: Statement[],
  dialect: Dialect,
  rows: readonly (readonly unknown[])[],
): void {
  multiRow(out, dialect, rows, {
    name: 'engine.nodeCount',
    types: ['text', 'integer', 'text', 'integer', 'integer'],
    perStatement: 1000,
    sql: (rows) => `INSERT INTO rule_node_count (rule_id, version, node_id, ran, passed) ${rows}
       ON CONFLICT (rule_id, version, node_id) DO UPDATE SET ran = rule_node_count.ran + excluded.ran,
         passed = rule_node_count.passed + excluded.passed`,
  });
}

/** Rows: key, rho; each register keeps the maximum (one row per register per batch). */
export function registerUpserts(
  out: Statement[],
  dialect: Dialect,
  rows: readonly (readonly [number, number])[],
): void {
  multiRow(out, dialect, rows, {
    name: 'engine.nodeUsers',
    types: ['bigint', 'integer'],
    perStatement: 1000,
    sql: (rows) => `INSERT INTO rule_node_register (key, rho) ${rows}
       ON CONFLICT (key) DO UPDATE SET rho = excluded.rho WHERE excluded.rho > rule_node_register.rho`,
  });
}

/** Rows: rule_id, day, actions, last_fired_at (added to / the latest of the stored ones). */
export function dayStatUpserts(
  out: Statement[],
  dialect: Dialect,
  rows: readonly (readonly unknown[])[],
): void {
  multiRow(out, dialect, rows, {
    name: 'engine.dayStat',
    types: ['text', 'integer', 'integer', 'bigint'],
    perStatement: 1000,
    sql: (rows) => `INSERT INTO rule_day_stat (rule_id, day, actions, last_fired_at) ${rows}
       ON CONFLICT (rule_id, day) DO UPDATE SET actions = rule_day_stat.actions + excluded.actions,
         last_fired_at = CASE WHEN rule_day_stat.last_fired_at IS NULL OR excluded.last_fired_at > rule_day_stat.last_fired_at
           THEN excluded.last_fired_at ELSE rule_day_stat.last_fired_at END`,
  });
}

// ---- reads of other features' tables (checks, simulation, replay) -----------------------------

export async function eventTypeExists(sql: Sql, name: unknown): Promise<boolean> {
  return (await sql.get(`SELECT name FROM event_type WHERE name = ?`, [name])) !== undefined;
}

export function templateForCheck(
  sql: Sql,
  id: unknown,
): Promise<
  | { status: string; quota_available: number | null; max_value: number; campaign_id: string | null }
  | undefined
> {
  // quota_available plus what quota buckets hold (PostgreSQL; quota/), read in one statement
  return sql.get(
    sql.dialect === 'postgresql'
      ? `SELECT status, quota_available + (SELECT COALESCE(SUM(remaining), 0) FROM quota_bucket WHERE template_id = t.id) AS quota_available,
                max_value, campaign_id FROM coupon_template t WHERE id = ?`
      : `SELECT status, quota_available, max_value, campaign_id FROM coupon_template WHERE id = ?`,
    [id],
  );
}

export function campaignForCheck(
  sql: Sql,
  id: string,
): Promise<{ status: string; exhausted_at: number | null } | undefined> {
  return sql.get(`SELECT status, exhausted_at FROM campaign WHERE id = ?`, [id]);
}

export function audienceKind(sql: Sql, id: unknown): Promise<{ kind: string } | undefined> {
  return sql.get(`SELECT kind FROM audience WHERE id = ?`, [id]);
}

/** The template numbers the replay's cost estimate needs (campaigns/budget.ts does the arithmetic). */
export function templateForReplay(
  sql: Sql,
  id: string,
): Promise<{ max_value: number; redeemed_count: number; expired_count: number } | undefined> {
  return sql.get(`SELECT max_value, redeemed_count, expired_count FROM coupon_template WHERE id = ?`, [id]);
}

/** One page of stored events of a type in [from, to], in (time, id) order after `cursor`. */
export function eventPage(
  sql: Sql,
  type: string,
  from: number,
  to: number,
  cursor: { t: number; id: string } | null,
  limit: number,
): Promise<EventRow[]> {
  return cursor
    ? sql.all<EventRow>(
        `SELECT id, user_id, occurred_at, properties FROM tracked_event WHERE type = ? AND occurred_at <= ?
           AND (occurred_at > ? OR (occurred_at = ? AND id > ?)) ORDER BY occurred_at, id LIMIT ?`,
        [type, to, cursor.t, cursor.t, cursor.id, limit],
      )
    : sql.all<EventRow>(
        `SELECT id, user_id, occurred_at, properties FROM tracked_event WHERE type = ? AND occurred_at >= ? AND occurred_at <= ?
          ORDER BY occurred_at, id LIMIT ?`,
        [type, from, to, limit],
      );
}

// ---- retention (scheduler/retention.ts) ----------------------------------------------------------

/**
 * Empties (`[]`) the traces of up to `limit` firings before `before` (epoch seconds), oldest first,
 * through the partial index of traced firings; the firing itself (version, arm, actions, results) stays.
 */
export function purgeTraces(sql: Sql, before: number, limit: number): Promise<number> {
  return sql.run(
    `UPDATE rule_firing SET trace = '[]' WHERE (rule_id, event_id) IN (
       SELECT rule_id, event_id FROM rule_firing WHERE trace <> '[]' AND fired_at < ? ORDER BY fired_at LIMIT ${Math.max(1, Math.floor(limit))})`,
    [before],
  );
}
