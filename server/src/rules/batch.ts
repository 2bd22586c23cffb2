// The steps of one engine batch, inside the ingestion transaction (engine.ts `process` runs them in
// order): prefetch the facts the live rules will ask → evaluate every rule on every event, in memory
// → perform the actions (actions.ts) → record firings, exposures, node counts, distinct-user
// registers, day stats and outbox events in multi-row statements (one round trip on PostgreSQL).
import type { CompiledRule, FrequencyPeriod, Requirements, RuleResult } from '@couponflow/schema';
import type { Sql, Statement } from '../db/sql';
import { allGrouped, runGrouped } from '../db/writes';
import { ruleFired } from '../outbox/events';
import { eventInserts } from '../outbox/outbox';
import { type CountProbe, aggregateValue, countStatements } from '../tracking/aggregates';
import type { EventBatchItem } from '../tracking/processor';
import { ActionBatch, collectAction, type Firing } from './actions';
import { type AudienceChecker, BatchFacts, EventFacts, periodStart } from './facts';
import { type HllPoint, hllPoint } from './hll';
import { BatchRegisters, type NodePort, type RegisterCache, handleTaken, utcDay } from './node-users';
import type { RuleMode } from './rule.entity';
import * as q from './rule.sql';

export interface LoadedRule {
  id: string;
  version: number;
  mode: RuleMode;
  compiled: CompiledRule;
  frequency: { ruleId: string; period: FrequencyPeriod }[];
  /** The (node, handle) pairs whose distinct users are counted (rules/node-users.ts). */
  counted: NodePort[];
  /** Their sketch ids: node id → handle → sketch id (filled when the engine loads the rule). */
  sketches: Map<string, Map<string, number>>;
}

/** What the rules of one trigger type read, merged. */
export interface Needs {
  req: Requirements;
  frequency: LoadedRule['frequency'];
  /** Aggregates counted for the whole batch at once (unfiltered counts). */
  counted: Requirements['aggregates'];
  /** Aggregates read one event at a time (filtered counts, sums). */
  single: Requirements['aggregates'];
}

/** The live rules, swapped as one object. */
export interface Live {
  rules: Map<string, LoadedRule[]>;
  needs: Map<string, Needs>;
  /** Per trigger event type: the sketch number of the live rules' trigger group (node-users.ts). */
  groups: Map<string, number>;
}

export interface BatchContext {
  timeZone: string;
  numeric: (eventType: string) => readonly string[];
  audiences?: AudienceChecker;
}

const TRACE = Object.freeze({ trace: true });

// ---- 1. prefetch ------------------------------------------------------------------------------

/** The reads the batch needs, gathered before any statement runs. */
interface ReadPlan {
  /** capped rule → users whose firings to read, since the earliest period start. */
  pairs: Map<string, Set<string>>;
  since: number;
  firstTypes: Set<string>;
  firstUsers: Set<string>;
  probes: CountProbe[];
  /** Where each unfiltered count goes: a column slot of `facts`. */
  slots: { col: Float64Array; index: number; probe: number }[];
  /** Events whose other aggregates are read one by one. */
  single: number[];
}

function planReads(
  live: Live,
  events: readonly EventBatchItem[],
  facts: BatchFacts,
  capped: Set<string>,
): ReadPlan {
  const plan: ReadPlan = {
    pairs: new Map(),
    since: Number.POSITIVE_INFINITY,
    firstTypes: new Set(),
    firstUsers: new Set(),
    probes: [],
    slots: [],
    single: [],
  };
  const probeOf = new Map<string, number>(); // one probe per (spec, user, instant)
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const need = live.needs.get(e.type);
    if (!need) continue;
    for (const f of need.frequency) {
      capped.add(f.ruleId);
      let users = plan.pairs.get(f.ruleId);
      if (!users) plan.pairs.set(f.ruleId, (users = new Set()));
      users.add(e.userId);
      plan.since = Math.min(plan.since, periodStart(f.period, e.occurredAt, facts.timeZone));
    }
    if (need.req.firstTime.length > 0) {
      plan.firstUsers.add(e.userId);
      for (const t of need.req.firstTime) plan.firstTypes.add(t);
    }
    for (const spec of need.counted) {
      const col = facts.column(spec.key, events.length);
      const k = `${spec.key}\u0000${e.userId}\u0000${e.occurredAt}`;
      let probe = probeOf.get(k);
      if (probe === undefined) {
        probe = plan.probes.length;
        probeOf.set(k, probe);
        plan.probes.push({ userId: e.userId, spec, now: e.occurredAt });
      }
      plan.slots.push({ col, index: i, probe });
    }
    if (need.single.length > 0) plan.single.push(i);
  }
  return plan;
}

/**
 * Reads what the batch's rules will ask, before any evaluation: earlier firings of rules with a
 * frequency cap, the users' first events of the types first-time conditions name, unfiltered counts
 * for every event (one round trip on PostgreSQL), then the other aggregates event by event.
 */
export async function prefetchFacts(
  sql: Sql,
  live: Live,
  events: readonly EventBatchItem[],
  ctx: BatchContext,
): Promise<BatchFacts> {
  const capped = new Set<string>();
  const facts = new BatchFacts(ctx.timeZone, capped);
  const plan = planReads(live, events, facts, capped);
  const reads: Statement[] = [];
  q.firingReads(reads, sql.dialect, plan.pairs, plan.since);
  const firstReads = reads.length;
  q.firstEventReads(reads, sql.dialect, [...plan.firstUsers], [...plan.firstTypes]);
  const countReads = reads.length;
  const counts = countStatements(plan.probes, ctx.timeZone, sql.dialect);
  reads.push(...counts.statements);

  const results = await allGrouped(sql, reads);
  for (let r = 0; r < firstReads; r++)
    for (const row of results[r]!)
      facts.addFiring(String(row.rule_id), String(row.user_id), Number(row.fired_at));
  for (let r = firstReads; r < countReads; r++)
    for (const row of results[r]!)
      facts.addFirst(
        String(row.user_id),
        String(row.event_type),
        String(row.event_id),
        Number(row.occurred_at),
      );
  const values = counts.collect(results.slice(countReads));
  for (const slot of plan.slots) slot.col[slot.index] = values[slot.probe]!;

  // Filtered counts and sums: read per event.
  for (const i of plan.single) {
    const e = events[i]!;
    const extra = new Map<string, number>();
    for (const spec of live.needs.get(e.type)!.single)
      extra.set(spec.key, await aggregateValue(sql, e.userId, spec, e.occurredAt, ctx.timeZone, ctx.numeric));
    facts.extra[i] = extra;
  }
  return facts;
}

// ---- 2. evaluate ------------------------------------------------------------------------------

/** What evaluating a batch decided and observed, for the action and record steps. */
export class BatchRun {
  readonly firings: Firing[] = [];
  readonly actions = new ActionBatch();
  /** Per rule and node: evaluations that ran the node and that passed it. */
  readonly counts = new Map<LoadedRule, Map<string, { ran: number; passed: number }>>();
  /** rule_exposure rows. */
  readonly exposures: unknown[][] = [];
  /** Distinct users per node and day (HyperLogLog registers, merged in memory for the batch). */
  readonly users = new BatchRegisters();
}

/** Evaluates the live rules on every event of the batch, in memory (audience checks aside). */
export async function evaluateBatch(
  sql: Sql,
  live: Live,
  events: readonly EventBatchItem[],
  facts: BatchFacts,
  audiences: AudienceChecker | undefined,
): Promise<BatchRun> {
  const run = new BatchRun();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const rules = live.rules.get(e.type);
    if (!rules || rules.length === 0) continue;
    const { req } = live.needs.get(e.type)!;
    const eventFacts = new EventFacts(facts, i, e);
    if (req.audiences.length > 0 && audiences)
      facts.members[i] = await audiences.membership(sql, eventFacts.userFacts(), req.audiences);
    const day = utcDay(e.occurredAt);
    const point = hllPoint(e.userId);
    const group = live.groups.get(e.type);
    if (group !== undefined) run.users.add(group, day, point);
    for (const rule of rules) {
      const result = rule.compiled.evaluate(eventFacts, TRACE);
      countNodes(run, rule, result, day, point);
      if (result.actions.length > 0 || result.splitArm) decide(run, facts, rule, result, e);
    }
  }
  return run;
}

/** Counts the nodes an evaluation ran and passed, and the users who left each counted handle. */
function countNodes(run: BatchRun, rule: LoadedRule, result: RuleResult, day: number, point: HllPoint): void {
  let nodes = run.counts.get(rule);
  if (!nodes) run.counts.set(rule, (nodes = new Map()));
  for (const t of result.trace ?? []) {
    const c = nodes.get(t.nodeId);
    if (c) {
      c.ran++;
      if (t.passed) c.passed++;
    } else nodes.set(t.nodeId, { ran: 1, passed: t.passed ? 1 : 0 });
    const sketch = rule.sketches.get(t.nodeId)?.get(handleTaken(t) ?? '');
    if (sketch !== undefined) run.users.add(sketch, day, point);
  }
}

/** Records a firing (and the user's arm) and hands its actions to their handlers. */
function decide(
  run: BatchRun,
  facts: BatchFacts,
  rule: LoadedRule,
  result: RuleResult,
  e: EventBatchItem,
): void {
  const arm = result.splitArm;
  const firing: Firing = {
    ruleId: rule.id,
    version: rule.version,
    eventId: e.id,
    userId: e.userId,
    arm: arm?.id ?? null,
    control: arm?.control ?? false,
    actions: result.actions,
    results: {},
    trace: result.trace ?? [],
    firedAt: e.occurredAt,
  };
  run.firings.push(firing);
  if (arm) run.exposures.push([rule.id, e.userId, rule.version, arm.id, arm.control, e.id, e.occurredAt]);
  if (result.actions.length > 0) facts.addFiring(rule.id, e.userId, e.occurredAt);
  for (const action of result.actions) collectAction(action, firing, run.actions);
}

// ---- 4. record --------------------------------------------------------------------------------

/**
 * Writes what the batch did: firings, exposures, node counts, the registers that grow beyond what
 * `registers` knows is stored (one row per register, the batch's maximum), day stats and outbox
 * events. Returns the register rows written (to add to the cache once the transaction commits).
 */
export async function recordBatch(
  sql: Sql,
  run: BatchRun,
  registers: RegisterCache,
  now: number,
  today: number,
  /** Whether a firing keeps its decision trace (sampling.ts); the firing is recorded either way. */
  keepTrace: (f: Firing) => boolean = () => true,
): Promise<[number, number][]> {
  const outbox = [...run.actions.outbox];
  for (const f of run.firings) if (f.actions.length > 0) outbox.push(firedEvent(f));
  const writes: Statement[] = [];
  q.firingInserts(
    writes,
    sql.dialect,
    run.firings.map((f) => firingRow(f, now, keepTrace(f))),
  );
  q.exposureInserts(writes, sql.dialect, run.exposures);
  const countRows: unknown[][] = [];
  for (const [rule, nodes] of run.counts)
    for (const [nodeId, c] of nodes) countRows.push([rule.id, rule.version, nodeId, c.ran, c.passed]);
  q.nodeCountUpserts(writes, sql.dialect, countRows);
  const registerRows = run.users.growing(registers);
  q.registerUpserts(writes, sql.dialect, registerRows);
  q.dayStatUpserts(writes, sql.dialect, dayStats(run.firings, today));
  writes.push(...eventInserts(outbox, now, sql.dialect));
  await runGrouped(sql, writes);
  return registerRows;
}

const firingRow = (f: Firing, now: number, traced: boolean): unknown[] => [
  f.ruleId,
  f.eventId,
  f.version,
  f.userId,
  f.arm,
  f.control,
  f.actions.length > 0,
  JSON.stringify(f.actions),
  JSON.stringify(f.results),
  traced ? JSON.stringify(f.trace) : '[]',
  f.firedAt,
  now,
];

const firedEvent = (f: Firing) =>
  ruleFired(f.userId, {
    ruleId: f.ruleId,
    ruleVersion: f.version,
    trackedEventId: f.eventId,
    arm: f.arm,
    control: f.control,
    actions: f.actions.map((a) => ({ nodeId: a.nodeId, type: a.type, args: a.args, control: a.control })),
    results: f.results,
  });

/**
 * Per rule that decided actions in the batch: actions performed (control arms and refusals excluded)
 * and the latest firing time, for `rule_day_stat` on the processing day.
 */
export function dayStats(firings: readonly Firing[], day: number): unknown[][] {
  const per = new Map<string, { actions: number; last: number }>();
  for (const f of firings) {
    if (f.actions.length === 0) continue;
    let performed = 0;
    if (!f.control)
      for (const a of f.actions) {
        const r = f.results[a.nodeId] as { refused?: unknown; wouldHave?: unknown } | undefined;
        if (!a.control && r && r.refused === undefined && r.wouldHave === undefined) performed++;
      }
    const s = per.get(f.ruleId);
    if (s) {
      s.actions += performed;
      if (f.firedAt > s.last) s.last = f.firedAt;
    } else per.set(f.ruleId, { actions: performed, last: f.firedAt });
  }
  return [...per]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([ruleId, s]) => [ruleId, day, s.actions, s.last]);
}
