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
  type Requirements,
  type TraceEntry,
} from '@couponflow/schema';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { IssueRequest, IssueService } from '../coupons/issue';
import { type Database, jsonColumn, type Sql, valuesList } from '../db/sql';
import { nowSeconds } from '../ids';
import { type CountProbe, batchable, countMany } from '../tracking/aggregates';
import type { Logger } from '../logger';
import { type DomainEvent, writeEvents } from '../outbox/outbox';
import {
  type AudienceChecker,
  type FactsEvent,
  type FactsOptions,
  loadFacts,
  mergeRequirements,
  periodStart,
} from './facts';
import type { RuleMode } from './rule.entity';

export const RULES_CHANNEL = 'couponflow:rules';
const POLL_MS = 250;

export interface LoadedRule {
  id: string;
  version: number;
  mode: RuleMode;
  compiled: CompiledRule;
  frequency: { ruleId: string; period: FrequencyPeriod }[];
}

export type EngineEvent = FactsEvent;

interface Live {
  rules: Map<string, LoadedRule[]>;
  needs: Map<string, { req: Requirements; frequency: LoadedRule['frequency'] }>;
}

export interface ProcessResult {
  firings: number;
  issued: number;
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
  private live: Live = { rules: new Map(), needs: new Map() };
  private revision = -1;
  private timer: NodeJS.Timeout | null = null;
  private subscriber: Redis | null = null;
  private reloading: Promise<void> | null = null;
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
    const needs = new Map<string, { req: Requirements; frequency: LoadedRule['frequency'] }>();
    for (const [trigger, list] of index)
      needs.set(trigger, {
        req: mergeRequirements(list.map((r) => r.compiled.requirements)),
        frequency: list.flatMap((r) => r.frequency),
      });
    this.live = { rules: index, needs };
    this.revision = revision;
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
   * Reads, in one statement each, what the batch's rules will ask per event: earlier firings of rules
   * with a frequency cap, and the users' first events of the types first-time conditions name.
   */
  private async prefetch(
    sql: Sql,
    live: Live,
    events: readonly EngineEvent[],
    batchFired: Map<string, number[]>,
  ): Promise<FactsOptions> {
    const opts = this.factsOptions(batchFired);
    const capped = new Set<string>();
    const firstTypes = new Set<string>();
    const cappedUsers = new Set<string>();
    const firstUsers = new Set<string>();
    let since = Number.POSITIVE_INFINITY;
    for (const e of events) {
      for (const rule of live.rules.get(e.type) ?? []) {
        if (rule.frequency.length > 0) {
          capped.add(rule.id);
          cappedUsers.add(e.userId);
          for (const f of rule.frequency)
            since = Math.min(since, periodStart(f.period, e.occurredAt, this.config.TIME_ZONE));
        }
        if (rule.compiled.requirements.firstTime.length > 0) {
          firstUsers.add(e.userId);
          for (const t of rule.compiled.requirements.firstTime) firstTypes.add(t);
        }
      }
    }
    if (capped.size > 0) {
      const prior = new Map<string, number[]>();
      const rules = [...capped];
      const users = [...cappedUsers];
      for (let i = 0; i < users.length; i += 500) {
        const chunk = users.slice(i, i + 500);
        const rows = await sql.all<{ rule_id: string; user_id: string; fired_at: number }>(
          `SELECT rule_id, user_id, fired_at FROM rule_firing WHERE acted = ? AND fired_at >= ?
              AND rule_id IN (${rules.map(() => '?').join(', ')}) AND user_id IN (${chunk.map(() => '?').join(', ')})`,
          [true, since, ...rules, ...chunk],
        );
        for (const r of rows) {
          const k = `${r.rule_id}\u0000${r.user_id}`;
          const list = prior.get(k) ?? [];
          list.push(Number(r.fired_at));
          prior.set(k, list);
        }
      }
      opts.firedSince = async (_sql, ruleId, userId, from) => {
        const k = `${ruleId}\u0000${userId}`;
        let n = 0;
        for (const t of prior.get(k) ?? []) if (t >= from) n++;
        for (const t of batchFired.get(k) ?? []) if (t >= from) n++;
        return n;
      };
    }
    // Unfiltered counts for every event at once (the rest are read per event).
    const probes: CountProbe[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      for (const spec of live.needs.get(e.type)?.req.aggregates ?? []) {
        if (!batchable(spec)) continue;
        const k = `${e.userId}\u0000${e.occurredAt}\u0000${spec.key}`;
        if (seen.has(k)) continue;
        seen.add(k);
        probes.push({ userId: e.userId, spec, now: e.occurredAt });
      }
    }
    if (probes.length > 0) {
      const values = await countMany(sql, probes, this.config.TIME_ZONE);
      opts.aggregates = new Map(
        probes.map((p, i) => [`${p.userId}\u0000${p.now}\u0000${p.spec.key}`, values[i]!]),
      );
    }
    if (firstTypes.size > 0) {
      const firstEvents = new Map<string, { eventId: string; occurredAt: number }>();
      const types = [...firstTypes];
      const users = [...firstUsers];
      for (let i = 0; i < users.length; i += 500) {
        const chunk = users.slice(i, i + 500);
        const rows = await sql.all<{
          user_id: string;
          event_type: string;
          event_id: string;
          occurred_at: number;
        }>(
          `SELECT user_id, event_type, event_id, occurred_at FROM user_first_event
            WHERE event_type IN (${types.map(() => '?').join(', ')}) AND user_id IN (${chunk.map(() => '?').join(', ')})`,
          [...types, ...chunk],
        );
        for (const r of rows)
          firstEvents.set(`${r.user_id}\u0000${r.event_type}`, {
            eventId: r.event_id,
            occurredAt: Number(r.occurred_at),
          });
      }
      opts.firstEvents = firstEvents;
    }
    return opts;
  }

  /** Runs the live rules on new events inside the ingestion transaction. */
  async process(sql: Sql, events: readonly EngineEvent[]): Promise<ProcessResult> {
    const now = nowSeconds();
    const firings: Firing[] = [];
    const batchFired = new Map<string, number[]>();
    const live = this.live; // one version of the rules for the whole batch
    const opts = await this.prefetch(sql, live, events, batchFired);
    const counts = new Map<
      string,
      { ruleId: string; version: number; nodeId: string; ran: number; passed: number }
    >();
    const issues = new Map<string, { req: IssueRequest; firing: Firing; nodeId: string }[]>();
    const outbox: DomainEvent[] = [];
    const exposures: unknown[][] = [];
    const audienceOps: { op: 'add' | 'remove'; audienceId: string; userId: string }[] = [];

    for (const e of events) {
      const rules = live.rules.get(e.type);
      if (!rules || rules.length === 0) continue;
      const { req, frequency } = live.needs.get(e.type)!;
      const facts = await loadFacts(sql, e, req, frequency, opts);
      for (const rule of rules) {
        const result = rule.compiled.evaluate(facts, { trace: true });
        const trace = result.trace ?? [];
        for (const t of trace) {
          const k = `${rule.id}\u0000${rule.version}\u0000${t.nodeId}`;
          const c = counts.get(k) ?? {
            ruleId: rule.id,
            version: rule.version,
            nodeId: t.nodeId,
            ran: 0,
            passed: 0,
          };
          c.ran++;
          if (t.passed) c.passed++;
          counts.set(k, c);
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
        if (result.actions.length > 0) {
          const k = `${rule.id}\u0000${e.userId}`;
          const list = batchFired.get(k) ?? [];
          list.push(e.occurredAt);
          batchFired.set(k, list);
        }
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
                  idempotencyKey: `rule:${rule.id}:${e.id}:${action.nodeId}`,
                  requestHash: `rule:${rule.id}`,
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
              outbox.push({
                type: 'rule.fired',
                userId: e.userId,
                payload: {
                  type: `custom.${action.args.eventType}`,
                  custom: { eventType: action.args.eventType, properties: action.args.properties ?? {} },
                  ruleId: rule.id,
                  ruleVersion: rule.version,
                  eventId: e.id,
                  userId: e.userId,
                },
              });
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

    // Traces, exposures, node counts, outbox.
    for (const f of firings)
      if (f.actions.length > 0)
        outbox.push({
          type: 'rule.fired',
          userId: f.userId,
          payload: {
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
          },
        });
    for (let i = 0; i < firings.length; i += 50) {
      const chunk = firings.slice(i, i + 50);
      await sql.run(
        `INSERT INTO rule_firing (rule_id, event_id, version, user_id, arm, control, acted, actions, results, trace, fired_at, created_at)
         VALUES ${valuesList(chunk.length, 12)} ON CONFLICT (rule_id, event_id) DO NOTHING`,
        chunk.flatMap((f) => [
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
      );
    }
    for (let i = 0; i < exposures.length; i += 100) {
      const chunk = exposures.slice(i, i + 100);
      await sql.run(
        `INSERT INTO rule_exposure (rule_id, user_id, version, arm, control, event_id, exposed_at)
         VALUES ${valuesList(chunk.length, 7)} ON CONFLICT (rule_id, user_id) DO NOTHING`,
        chunk.flat(),
      );
    }
    const countRows = [...counts.values()];
    for (let i = 0; i < countRows.length; i += 150) {
      const chunk = countRows.slice(i, i + 150);
      await sql.run(
        `INSERT INTO rule_node_count (rule_id, version, node_id, ran, passed) VALUES ${valuesList(chunk.length, 5)}
         ON CONFLICT (rule_id, version, node_id) DO UPDATE SET ran = rule_node_count.ran + excluded.ran,
           passed = rule_node_count.passed + excluded.passed`,
        chunk.flatMap((c) => [c.ruleId, c.version, c.nodeId, c.ran, c.passed]),
      );
    }
    await writeEvents(sql, outbox, now);
    return { firings: firings.length, issued };
  }
}

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
  };
}
