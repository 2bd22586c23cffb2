// The rule engine: published rules compiled once into closures, indexed by trigger event type, swapped
// atomically when a rule is published, paused, resumed or rolled back (here or on another instance:
// Redis pub/sub when configured, and polling the rule_revision row in any case).
// `process` runs inside the ingestion transaction: facts are read, each rule evaluated synchronously,
// and actions, firing traces, exposures, node counts and outbox events are written in that transaction.
import {
  type CompiledRule,
  type FrequencyPeriod,
  compileRuleGraph,
  parseRuleGraph,
  type RuleAction,
  type RuleGraph,
  type Requirements,
  type TraceEntry,
} from '@couponflow/schema';
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { IssueRequest, IssueService } from '../coupons/issue';
import { type Database, jsonColumn, type Sql, type Statement, valuesList } from '../db/sql';
import { allGrouped, type ColumnType, multiRow, runGrouped } from '../db/writes';
import { nowSeconds } from '../ids';
import { type CountProbe, aggregateValue, batchable, countStatements } from '../tracking/aggregates';
import type { Logger } from '../logger';
import { customEventEmitted, type DomainEvent, ruleFired } from '../outbox/events';
import { eventInserts } from '../outbox/outbox';
import {
  type AudienceChecker,
  BatchFacts,
  EventFacts,
  type FactsEvent,
  type FactsOptions,
  mergeRequirements,
  periodStart,
} from './facts';
import { type HllPoint, hllPoint } from './hll';
import {
  BatchRegisters,
  type NodePort,
  RegisterCache,
  countedPorts,
  groupSketch,
  handleTaken,
  nodeSketch,
  utcDay,
} from './node-users';
import type { RuleMode } from './rule.entity';

export const RULES_CHANNEL = 'couponflow:rules';
const POLL_MS = 250;

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

export type EngineEvent = FactsEvent;

/** What the rules of one trigger type read, merged. */
interface Needs {
  req: Requirements;
  frequency: LoadedRule['frequency'];
  /** Aggregates counted for the whole batch at once (unfiltered counts). */
  counted: Requirements['aggregates'];
  /** Aggregates read one event at a time (filtered counts, sums). */
  single: Requirements['aggregates'];
}

interface Live {
  rules: Map<string, LoadedRule[]>;
  needs: Map<string, Needs>;
  /** Per trigger event type: the sketch number of the live rules' trigger group (node-users.ts). */
  groups: Map<string, number>;
}

const TRACE = Object.freeze({ trace: true });

export interface ProcessResult {
  firings: number;
  issued: number;
  /** To call once the ingestion transaction has committed (records what it stored). */
  committed: () => void;
}

interface Firing {
  ruleId: string;
  version: number;
  eventId: string;
  userId: string;
  arm: string | null;
  control: boolean;
  actions: readonly RuleAction[];
  results: Record<string, unknown>;
  trace: readonly TraceEntry[];
  firedAt: number;
}

export class RuleEngine {
  /** The live index, swapped as one object: rules by trigger and, per trigger, the union of their needs. */
  private live: Live = { rules: new Map(), needs: new Map(), groups: new Map() };
  private revision = -1;
  private timer: NodeJS.Timeout | null = null;
  private subscriber: Redis | null = null;
  private reloading: Promise<void> | null = null;
  /** HyperLogLog registers known to be stored (distinct users per node and day). */
  private readonly registers = new RegisterCache();
  audiences?: AudienceChecker;
  numeric: (eventType: string) => readonly string[] = () => [];

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'TIME_ZONE'>,
    private readonly issuer: IssueService,
    private readonly log: Logger,
    private readonly redis?: Redis,
  ) {}

  async start(): Promise<void> {
    await this.db.tx((sql) =>
      sql.run(
        `INSERT INTO rule_revision (id, revision, updated_at) VALUES (1, 0, ?) ON CONFLICT (id) DO NOTHING`,
        [nowSeconds()],
      ),
    );
    await this.reload();
    if (this.redis) {
      this.subscriber = this.redis.duplicate();
      this.subscriber.on(
        'message',
        () => void this.reload().catch((err) => this.log.error({ err }, 'rule reload failed')),
      );
      this.subscriber.on('error', (err) => this.log.warn({ err }, 'rules subscriber error'));
      await this.subscriber
        .subscribe(RULES_CHANNEL)
        .catch((err) => this.log.warn({ err }, 'rules subscribe failed'));
    }
    this.timer = setInterval(() => void this.poll(), this.redis ? POLL_MS * 4 : POLL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.subscriber?.disconnect();
    await this.reloading?.catch(() => undefined);
  }

  /** Rules listening to an event type (the live index). */
  rulesFor(eventType: string): readonly LoadedRule[] {
    return this.live.rules.get(eventType) ?? [];
  }

  get loadedCount(): number {
    let n = 0;
    for (const list of this.live.rules.values()) n += list.length;
    return n;
  }

  private async poll(): Promise<void> {
    try {
      const row = await this.db.read((sql) =>
        sql.get<{ revision: number }>(`SELECT revision FROM rule_revision WHERE id = 1`),
      );
      if (row && Number(row.revision) !== this.revision) await this.reload();
    } catch (err) {
      this.log.warn({ err }, 'rule revision poll failed');
    }
  }

  /** Bumps the revision inside a mutation's transaction. */
  static async bump(sql: Sql): Promise<void> {
    await sql.run(`UPDATE rule_revision SET revision = revision + 1, updated_at = ? WHERE id = 1`, [
      nowSeconds(),
    ]);
  }

  /** After a committed change: swap here and tell the other instances. */
  async changed(): Promise<void> {
    await this.reload();
    await this.redis
      ?.publish(RULES_CHANNEL, String(this.revision))
      .catch((err: unknown) => this.log.warn({ err }, 'rules publish failed'));
  }

  reload(): Promise<void> {
    // One reload at a time; a request during a reload runs another one after it.
    const next = (this.reloading ?? Promise.resolve()).then(() => this.load());
    this.reloading = next.finally(() => {
      if (this.reloading === next) this.reloading = null;
    });
    return next;
  }

  private async load(): Promise<void> {
    const { revision, rows } = await this.db.read(async (sql) => {
      const rev = await sql.get<{ revision: number }>(`SELECT revision FROM rule_revision WHERE id = 1`);
      const rows = await sql.all<{ id: string; mode: RuleMode; version: number; graph: unknown }>(
        `SELECT r.id, r.mode, v.version, v.graph FROM rule r
           JOIN rule_version v ON v.rule_id = r.id AND v.version = r.active_version
          WHERE r.status = 'ACTIVE'`,
      );
      return { revision: Number(rev?.revision ?? 0), rows };
    });
    const index = new Map<string, LoadedRule[]>();
    for (const r of rows) {
      try {
        const loaded = compileLoaded(
          r.id,
          Number(r.version),
          r.mode,
          jsonColumn(r.graph),
          this.config.TIME_ZONE,
        );
        const list = index.get(loaded.compiled.trigger) ?? [];
        list.push(loaded);
        index.set(loaded.compiled.trigger, list);
      } catch (err) {
        this.log.error({ err, ruleId: r.id }, 'a published rule failed to compile; skipped');
      }
    }
    for (const list of index.values()) list.sort((a, b) => (a.id < b.id ? -1 : 1));
    await this.assignSketches([...index.values()].flat());
    const groups = await this.assignGroups(index);
    const needs = new Map<string, Needs>();
    for (const [trigger, list] of index) {
      const req = mergeRequirements(list.map((r) => r.compiled.requirements));
      needs.set(trigger, {
        req,
        frequency: list.flatMap((r) => r.frequency),
        counted: req.aggregates.filter(batchable),
        single: req.aggregates.filter((a) => !batchable(a)),
      });
    }
    this.live = { rules: index, needs, groups };
    this.revision = revision;
  }

  /**
   * Gives every counted (node, handle) of the loaded versions its sketch id, creating the missing
   * catalogue rows (the first load after a publish or rollback; idempotent across instances).
   */
  private async assignSketches(loaded: readonly LoadedRule[]): Promise<void> {
    if (loaded.length === 0) return;
    const read = () =>
      this.db.read(async (sql) => {
        const rows: { id: number; rule_id: string; version: number; node_id: string; port: string }[] = [];
        const ruleIds = [...new Set(loaded.map((r) => r.id))];
        for (let i = 0; i < ruleIds.length; i += 500) {
          const chunk = ruleIds.slice(i, i + 500);
          rows.push(
            ...(await sql.all<(typeof rows)[number]>(
              `SELECT id, rule_id, version, node_id, port FROM rule_node_sketch WHERE rule_id IN (${valuesList(chunk.length)})`,
              chunk,
            )),
          );
        }
        return new Map(
          rows.map((r) => [`${r.rule_id}\u0000${r.version}\u0000${r.node_id}\u0000${r.port}`, Number(r.id)]),
        );
      });
    let ids = await read();
    const missing = loaded.flatMap((r) =>
      r.counted
        .filter((p) => !ids.has(`${r.id}\u0000${r.version}\u0000${p.nodeId}\u0000${p.port}`))
        .map((p) => [r.id, r.version, p.nodeId, p.port]),
    );
    if (missing.length > 0) {
      await this.db.tx(async (sql) => {
        for (const row of missing)
          await sql.run(
            `INSERT INTO rule_node_sketch (rule_id, version, node_id, port) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
            row,
          );
      });
      ids = await read();
    }
    for (const r of loaded)
      for (const p of r.counted) {
        const id = ids.get(`${r.id}\u0000${r.version}\u0000${p.nodeId}\u0000${p.port}`);
        if (id === undefined) continue;
        let handles = r.sketches.get(p.nodeId);
        if (!handles) r.sketches.set(p.nodeId, (handles = new Map()));
        handles.set(p.port, nodeSketch(id));
      }
  }

  /**
   * The trigger group of each event type's live rules (created when new; idempotent across
   * instances): their common trigger's users are counted once per event, in the group's sketch.
   */
  private async assignGroups(
    index: ReadonlyMap<string, readonly LoadedRule[]>,
  ): Promise<Map<string, number>> {
    const wanted = [...index].map(([eventType, list]) => {
      const members = list.map((r) => [r.id, r.version] as const);
      const text = `${eventType}\n${members
        .map(([id, v]) => `${id}:${v}`)
        .sort()
        .join(',')}`;
      return { eventType, members, key: createHash('sha1').update(text).digest('hex') };
    });
    if (wanted.length === 0) return new Map();
    const read = () =>
      this.db.read(async (sql) => {
        const rows = await sql.all<{ id: number; key: string }>(
          `SELECT id, key FROM rule_trigger_group WHERE key IN (${valuesList(wanted.length)})`,
          wanted.map((w) => w.key),
        );
        return new Map(rows.map((r) => [r.key, Number(r.id)]));
      });
    let ids = await read();
    const missing = wanted.filter((w) => !ids.has(w.key));
    if (missing.length > 0) {
      await this.db.tx(async (sql) => {
        for (const w of missing) {
          await sql.run(
            `INSERT INTO rule_trigger_group (event_type, key, created_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING`,
            [w.eventType, w.key, nowSeconds()],
          );
          const g = await sql.get<{ id: number }>(`SELECT id FROM rule_trigger_group WHERE key = ?`, [w.key]);
          for (const [ruleId, version] of w.members)
            await sql.run(
              `INSERT INTO rule_trigger_member (rule_id, version, group_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
              [ruleId, version, g!.id],
            );
        }
      });
      ids = await read();
    }
    const groups = new Map<string, number>();
    for (const w of wanted) {
      const id = ids.get(w.key);
      if (id !== undefined) groups.set(w.eventType, groupSketch(id));
    }
    return groups;
  }

  factsOptions(batch?: Map<string, number[]>): FactsOptions {
    return {
      timeZone: this.config.TIME_ZONE,
      numeric: this.numeric,
      audiences: this.audiences,
      firedSince: async (sql, ruleId, userId, since) => {
        const r = await sql.get<{ n: number }>(
          `SELECT COUNT(*) AS n FROM rule_firing WHERE rule_id = ? AND user_id = ? AND fired_at >= ? AND acted = ?`,
          [ruleId, userId, since, true],
        );
        const inBatch = batch?.get(`${ruleId}\u0000${userId}`)?.filter((t) => t >= since).length ?? 0;
        return Number(r?.n ?? 0) + inBatch;
      },
    };
  }

  /**
   * Reads what the batch's rules will ask, before any evaluation: unfiltered counts for every event,
   * earlier firings of rules with a frequency cap, the users' first events of the types first-time
   * conditions name (one round trip on PostgreSQL), then the other aggregates event by event.
   */
  private async prefetch(sql: Sql, live: Live, events: readonly EngineEvent[]): Promise<BatchFacts> {
    const timeZone = this.config.TIME_ZONE;
    const capped = new Set<string>();
    const pairs = new Map<string, Set<string>>(); // capped rule → users whose firings to read
    const firstTypes = new Set<string>();
    const firstUsers = new Set<string>();
    let since = Number.POSITIVE_INFINITY;
    const probes: CountProbe[] = [];
    const slots: { col: Float64Array; index: number; probe: number }[] = [];
    const probeOf = new Map<string, number>(); // one probe per (spec, user, instant)
    const single: number[] = [];
    const batch = new BatchFacts(timeZone, capped);
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const need = live.needs.get(e.type);
      if (!need) continue;
      for (const f of need.frequency) {
        capped.add(f.ruleId);
        let users = pairs.get(f.ruleId);
        if (!users) pairs.set(f.ruleId, (users = new Set()));
        users.add(e.userId);
        const start = periodStart(f.period, e.occurredAt, timeZone);
        if (start < since) since = start;
      }
      if (need.req.firstTime.length > 0) {
        firstUsers.add(e.userId);
        for (const t of need.req.firstTime) firstTypes.add(t);
      }
      for (const spec of need.counted) {
        const col = batch.column(spec.key, events.length);
        const k = `${spec.key}\u0000${e.userId}\u0000${e.occurredAt}`;
        let probe = probeOf.get(k);
        if (probe === undefined) {
          probeOf.set(k, (probe = probes.length));
          probes.push({ userId: e.userId, spec, now: e.occurredAt });
        }
        slots.push({ col, index: i, probe });
      }
      if (need.single.length > 0) single.push(i);
    }

    // Earlier firings of capped rules: SQLite looks up exactly the (rule, user) pairs; PostgreSQL
    // takes the rules × users cross product from the index in one short statement.
    const reads: Statement[] = [];
    if (pairs.size > 0) {
      if (sql.dialect === 'postgresql') {
        const users = new Set<string>();
        for (const list of pairs.values()) for (const u of list) users.add(u);
        reads.push({
          sql: `SELECT rule_id, user_id, fired_at FROM rule_firing
                 WHERE rule_id = ANY(CAST(? AS text[])) AND user_id = ANY(CAST(? AS text[])) AND fired_at >= ? AND acted = ?`,
          params: [[...capped], [...users], since, true],
        });
      } else {
        const rows: string[][] = [];
        for (const [ruleId, users] of pairs) for (const u of users) rows.push([ruleId, u]);
        multiRow(reads, sql.dialect, rows, {
          name: 'engine.firings',
          types: ['text', 'text'],
          perStatement: 500,
          sql: (rows) => `WITH p(r, u) AS (${rows})
            SELECT f.rule_id, f.user_id, f.fired_at FROM p
              JOIN rule_firing f ON f.rule_id = p.r AND f.user_id = p.u
             WHERE f.fired_at >= ? AND f.acted = ?`,
        });
        for (const st of reads) st.params = [...st.params!, since, true];
      }
    }
    const firstReads = reads.length;
    const types = [...firstTypes];
    multiRow(
      reads,
      sql.dialect,
      [...firstUsers].map((u) => [u]),
      {
        name: `engine.firsts.${types.length}`,
        types: ['text'],
        perStatement: 500,
        list: true,
        sql: (rows) => `SELECT user_id, event_type, event_id, occurred_at FROM user_first_event
          WHERE user_id IN (${rows}) AND event_type IN (${valuesList(types.length)})`,
      },
    );
    for (let r = firstReads; r < reads.length; r++) reads[r]!.params = [...reads[r]!.params!, ...types];
    const countReads = reads.length;
    const counts = countStatements(probes, timeZone, sql.dialect);
    reads.push(...counts.statements);

    const results = await allGrouped(sql, reads);
    for (let r = 0; r < firstReads; r++)
      for (const row of results[r]!)
        batch.addFiring(String(row.rule_id), String(row.user_id), Number(row.fired_at));
    for (let r = firstReads; r < countReads; r++)
      for (const row of results[r]!)
        batch.addFirst(
          String(row.user_id),
          String(row.event_type),
          String(row.event_id),
          Number(row.occurred_at),
        );
    const values = counts.collect(results.slice(countReads));
    for (const slot of slots) slot.col[slot.index] = values[slot.probe]!;

    // Filtered counts and sums: read per event.
    for (const i of single) {
      const e = events[i]!;
      const extra = new Map<string, number>();
      for (const spec of live.needs.get(e.type)!.single)
        extra.set(spec.key, await aggregateValue(sql, e.userId, spec, e.occurredAt, timeZone, this.numeric));
      batch.extra[i] = extra;
    }
    return batch;
  }

  /** Runs the live rules on new events inside the ingestion transaction. */
  async process(sql: Sql, events: readonly EngineEvent[]): Promise<ProcessResult> {
    const now = nowSeconds();
    const live = this.live; // one version of the rules for the whole batch
    const firings: Firing[] = [];
    const batch = await this.prefetch(sql, live, events);
    const counts = new Map<LoadedRule, Map<string, { ran: number; passed: number }>>();
    const issues = new Map<string, { req: IssueRequest; firing: Firing; nodeId: string }[]>();
    const outbox: DomainEvent[] = [];
    const exposures: unknown[][] = [];
    const audienceOps: { op: 'add' | 'remove'; audienceId: string; userId: string }[] = [];
    const users = new BatchRegisters();

    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const rules = live.rules.get(e.type);
      if (!rules || rules.length === 0) continue;
      const { req } = live.needs.get(e.type)!;
      const facts = new EventFacts(batch, i, e);
      if (req.audiences.length > 0 && this.audiences)
        batch.members[i] = await this.audiences.membership(sql, facts.userFacts(), req.audiences);
      const day = utcDay(e.occurredAt);
      let point: HllPoint | undefined;
      const group = live.groups.get(e.type);
      if (group !== undefined) users.add(group, day, (point = hllPoint(e.userId)));
      for (const rule of rules) {
        const result = rule.compiled.evaluate(facts, TRACE);
        const trace = result.trace ?? [];
        let nodes = counts.get(rule);
        if (!nodes) counts.set(rule, (nodes = new Map()));
        for (const t of trace) {
          const c = nodes.get(t.nodeId);
          if (c) {
            c.ran++;
            if (t.passed) c.passed++;
          } else nodes.set(t.nodeId, { ran: 1, passed: t.passed ? 1 : 0 });
          const handles = rule.sketches.get(t.nodeId);
          if (!handles) continue;
          const sketch = handles.get(handleTaken(t) ?? '');
          if (sketch !== undefined) users.add(sketch, day, (point ??= hllPoint(e.userId)));
        }
        if (result.actions.length === 0 && !result.splitArm) continue;
        const control = result.splitArm?.control ?? false;
        const firing: Firing = {
          ruleId: rule.id,
          version: rule.version,
          eventId: e.id,
          userId: e.userId,
          arm: result.splitArm?.id ?? null,
          control,
          actions: result.actions,
          results: {},
          trace,
          firedAt: e.occurredAt,
        };
        firings.push(firing);
        if (result.splitArm)
          exposures.push([
            rule.id,
            e.userId,
            rule.version,
            result.splitArm.id,
            result.splitArm.control,
            e.id,
            e.occurredAt,
          ]);
        if (result.actions.length > 0) batch.addFiring(rule.id, e.userId, e.occurredAt);
        for (const action of result.actions) {
          if (action.control) {
            firing.results[action.nodeId] = { wouldHave: action.type, args: action.args };
            continue;
          }
          switch (action.type) {
            case 'action.issueCoupon': {
              const list = issues.get(action.args.templateId) ?? [];
              list.push({
                firing,
                nodeId: action.nodeId,
                req: {
                  userId: e.userId,
                  source: 'RULE',
                  ruleId: rule.id,
                  ruleVersion: rule.version,
                  // No idempotency row: this runs only for events newly inserted in this transaction
                  // (tracked_event deduplicates by id), so an event replayed never reaches here again.
                },
              });
              issues.set(action.args.templateId, list);
              break;
            }
            case 'action.addToAudience':
            case 'action.removeFromAudience':
              audienceOps.push({
                op: action.type === 'action.addToAudience' ? 'add' : 'remove',
                audienceId: action.args.audienceId,
                userId: e.userId,
              });
              firing.results[action.nodeId] = { done: true };
              break;
            case 'action.emitEvent':
              outbox.push(
                customEventEmitted({
                  eventType: action.args.eventType,
                  properties: action.args.properties,
                  ruleId: rule.id,
                  ruleVersion: rule.version,
                  eventId: e.id,
                  userId: e.userId,
                }),
              );
              firing.results[action.nodeId] = { emitted: action.args.eventType };
              break;
          }
        }
      }
    }

    // Actions, in this transaction.
    let issued = 0;
    for (const [templateId, list] of issues) {
      const outcomes = await this.issuer.issueWithin(
        sql,
        templateId,
        list.map((x) => x.req),
      );
      outcomes.forEach((o, i) => {
        const { firing, nodeId } = list[i]!;
        if (o.kind === 'issued') {
          firing.results[nodeId] = { couponId: o.couponId, replayed: o.replayed };
          if (!o.replayed) issued++;
        } else firing.results[nodeId] = { refused: o.kind === 'refused' ? o.reason : o.kind };
      });
    }
    for (const op of audienceOps) {
      if (op.op === 'add') {
        const n = await sql.run(
          `INSERT INTO audience_member (audience_id, user_id, added_at)
             SELECT id, ?, ? FROM audience WHERE id = ? AND kind = 'STATIC' ON CONFLICT DO NOTHING`,
          [op.userId, now, op.audienceId],
        );
        if (n > 0)
          await sql.run(`UPDATE audience SET size = size + ?, updated_at = ? WHERE id = ?`, [
            n,
            now,
            op.audienceId,
          ]);
      } else {
        const n = await sql.run(`DELETE FROM audience_member WHERE audience_id = ? AND user_id = ?`, [
          op.audienceId,
          op.userId,
        ]);
        if (n > 0)
          await sql.run(`UPDATE audience SET size = size - ?, updated_at = ? WHERE id = ?`, [
            n,
            now,
            op.audienceId,
          ]);
      }
    }

    // Traces, exposures, node counts, outbox: multi-row, one round trip on PostgreSQL.
    for (const f of firings)
      if (f.actions.length > 0)
        outbox.push(
          ruleFired(f.userId, {
            rule: { id: f.ruleId, version: f.version },
            eventId: f.eventId,
            userId: f.userId,
            arm: f.arm,
            control: f.control,
            actions: f.actions.map((a) => ({
              nodeId: a.nodeId,
              type: a.type,
              args: a.args,
              control: a.control,
            })),
            results: f.results,
          }),
        );
    const writes: Statement[] = [];
    multiRow(
      writes,
      sql.dialect,
      firings.map((f) => [
        f.ruleId,
        f.eventId,
        f.version,
        f.userId,
        f.arm,
        f.control,
        f.actions.length > 0,
        JSON.stringify(f.actions),
        JSON.stringify(f.results),
        JSON.stringify(f.trace),
        f.firedAt,
        now,
      ]),
      {
        name: 'engine.firing',
        types: FIRING_TYPES,
        perStatement: 500,
        sql: (rows) =>
          `INSERT INTO rule_firing (rule_id, event_id, version, user_id, arm, control, acted, actions, results, trace, fired_at, created_at)
           ${rows} ON CONFLICT (rule_id, event_id) DO NOTHING`,
      },
    );
    multiRow(writes, sql.dialect, exposures, {
      name: 'engine.exposure',
      types: ['text', 'text', 'integer', 'text', 'boolean', 'text', 'bigint'],
      perStatement: 1000,
      sql: (
        rows,
      ) => `INSERT INTO rule_exposure (rule_id, user_id, version, arm, control, event_id, exposed_at)
        ${rows} ON CONFLICT (rule_id, user_id) DO NOTHING`,
    });
    const countRows: unknown[][] = [];
    for (const [rule, nodes] of counts)
      for (const [nodeId, c] of nodes) countRows.push([rule.id, rule.version, nodeId, c.ran, c.passed]);
    multiRow(writes, sql.dialect, countRows, {
      name: 'engine.nodeCount',
      types: ['text', 'integer', 'text', 'integer', 'integer'],
      perStatement: 1000,
      sql: (rows) => `INSERT INTO rule_node_count (rule_id, version, node_id, ran, passed) ${rows}
         ON CONFLICT (rule_id, version, node_id) DO UPDATE SET ran = rule_node_count.ran + excluded.ran,
           passed = rule_node_count.passed + excluded.passed`,
    });
    const registerRows = users.growing(this.registers);
    multiRow(writes, sql.dialect, registerRows, {
      name: 'engine.nodeUsers',
      types: ['bigint', 'integer'],
      perStatement: 1000,
      sql: (rows) => `INSERT INTO rule_node_register (key, rho) ${rows}
         ON CONFLICT (key) DO UPDATE SET rho = excluded.rho WHERE excluded.rho > rule_node_register.rho`,
    });
    multiRow(writes, sql.dialect, dayStats(firings, localDay(now, this.config.TIME_ZONE)), {
      name: 'engine.dayStat',
      types: ['text', 'integer', 'integer', 'bigint'],
      perStatement: 1000,
      sql: (rows) => `INSERT INTO rule_day_stat (rule_id, day, actions, last_fired_at) ${rows}
         ON CONFLICT (rule_id, day) DO UPDATE SET actions = rule_day_stat.actions + excluded.actions,
           last_fired_at = CASE WHEN rule_day_stat.last_fired_at IS NULL OR excluded.last_fired_at > rule_day_stat.last_fired_at
             THEN excluded.last_fired_at ELSE rule_day_stat.last_fired_at END`,
    });
    writes.push(...eventInserts(outbox, now));
    await runGrouped(sql, writes);
    return {
      firings: firings.length,
      issued,
      committed: () => this.registers.commit(registerRows),
    };
  }
}

/** Days since 1970-01-01 of the calendar date `at` falls on in `timeZone`. */
export function localDay(at: number, timeZone: string): number {
  const d = DateTime.fromSeconds(at, { zone: timeZone });
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/**
 * Per rule that decided actions in the batch: actions performed (control arms and refusals excluded)
 * and the latest firing time, for `rule_day_stat` on the processing day.
 */
function dayStats(firings: readonly Firing[], day: number): unknown[][] {
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

/** Compiles a stored graph (already validated when published). */
export function compileLoaded(
  id: string,
  version: number,
  mode: RuleMode,
  graph: unknown,
  timeZone: string,
): LoadedRule {
  const parsed = parseRuleGraph(graph);
  if (!parsed.ok)
    throw new Error(`rule ${id} v${version}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  const compiled = compileRuleGraph(parsed.graph, { ruleId: id, version, timeZone });
  return {
    id,
    version,
    mode,
    compiled,
    frequency: compiled.requirements.frequency.map((period) => ({ ruleId: id, period })),
    counted: countedPorts(parsed.graph as RuleGraph),
    sketches: new Map(),
  };
}
