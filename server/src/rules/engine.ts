// The rule engine: published rules compiled once into closures, indexed by trigger event type, swapped
// atomically when a rule is published, paused, resumed or rolled back (here or on another instance:
// Redis pub/sub when configured, and polling the rule_revision row in any case).
// `process` (tracking/'s EventProcessor) runs inside the ingestion transaction, in the steps of
// batch.ts: prefetch facts → evaluate → perform actions (actions.ts) → record. Events older than the
// trigger horizon (RULE_TRIGGER_HORIZON_SECONDS, default 24 h; docs/domain.md) fire no rule: they
// update aggregates only (history imports).
import { aggregateWindowStart, compileRuleGraph, parseRuleGraph, type RuleGraph } from '@couponflow/schema';
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { IssueService } from '../coupons/issue';
import { type Database, jsonColumn, type Sql } from '../db/sql';
import { nowSeconds } from '../ids';
import type { Logger } from '../logger';
import { batchable } from '../tracking/aggregates';
import type { EventBatchItem, EventProcessor, ProcessResult } from '../tracking/processor';
import { performActions } from './actions';
import { type Live, type LoadedRule, type Needs, evaluateBatch, prefetchFacts, recordBatch } from './batch';
import { type AudienceChecker, type FactsOptions, mergeRequirements } from './facts';
import { RegisterCache, countedPorts, groupSketch, nodeSketch } from './node-users';
import type { RuleMode } from './rule.entity';
import * as q from './rule.sql';
import { TraceSampler } from './sampling';

export type { LoadedRule } from './batch';
export type EngineEvent = EventBatchItem;

export const RULES_CHANNEL = 'couponflow:rules';
const POLL_MS = 250;

const sketchKey = (ruleId: string, version: number, nodeId: string, port: string) =>
  `${ruleId}\u0000${version}\u0000${nodeId}\u0000${port}`;

export class RuleEngine implements EventProcessor {
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
  private sampler: TraceSampler | null = null;

  constructor(
    private readonly db: Database,
    private readonly config: Pick<
      Config,
      'TIME_ZONE' | 'RULE_TRIGGER_HORIZON_SECONDS' | 'RULE_TRACE_SAMPLE_RATE' | 'RULE_TRACE_FULL_PER_HOUR'
    >,
    private readonly issuer: IssueService,
    private readonly log: Logger,
    private readonly redis?: Redis,
  ) {}

  async start(): Promise<void> {
    await this.db.tx((sql) => q.ensureRevision(sql, nowSeconds()));
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

  /**
   * The earliest instant a live rule's aggregates read raw events from at `now` (the exact edge of a
   * window is read from tracked_event); null when no live rule reads any. Retention keeps them.
   */
  rawEventsNeededFrom(now: number): number | null {
    let from: number | null = null;
    for (const needs of this.live.needs.values())
      for (const spec of needs.req.aggregates) {
        const start = aggregateWindowStart(spec.window, now, this.config.TIME_ZONE);
        if (from === null || start < from) from = start;
      }
    return from;
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
      const revision = await this.db.read((sql) => q.readRevision(sql));
      if (revision !== null && revision !== this.revision) await this.reload();
    } catch (err) {
      this.log.warn({ err }, 'rule revision poll failed');
    }
  }

  /** Bumps the revision inside a mutation's transaction. */
  static async bump(sql: Sql): Promise<void> {
    await q.bumpRevision(sql, nowSeconds());
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
    const { revision, rows } = await this.db.read(async (sql) => ({
      revision: (await q.readRevision(sql)) ?? 0,
      rows: await q.activeVersions(sql),
    }));
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
    const ruleIds = [...new Set(loaded.map((r) => r.id))];
    const read = async () => {
      const rows = await this.db.read((sql) => q.sketchesOf(sql, ruleIds));
      return new Map(
        rows.map((r) => [sketchKey(r.rule_id, Number(r.version), r.node_id, r.port), Number(r.id)]),
      );
    };
    let ids = await read();
    const missing = loaded.flatMap((r) =>
      r.counted
        .filter((p) => !ids.has(sketchKey(r.id, r.version, p.nodeId, p.port)))
        .map((p) => [r.id, r.version, p.nodeId, p.port] as const),
    );
    if (missing.length > 0) {
      await this.db.tx((sql) => q.insertSketches(sql, missing));
      ids = await read();
    }
    for (const r of loaded)
      for (const p of r.counted) {
        const id = ids.get(sketchKey(r.id, r.version, p.nodeId, p.port));
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
    const read = async () => {
      const rows = await this.db.read((sql) =>
        q.triggerGroupsByKey(
          sql,
          wanted.map((w) => w.key),
        ),
      );
      return new Map(rows.map((r) => [r.key, Number(r.id)]));
    };
    let ids = await read();
    const missing = wanted.filter((w) => !ids.has(w.key));
    if (missing.length > 0) {
      await this.db.tx(async (sql) => {
        for (const w of missing) await q.insertTriggerGroup(sql, w, nowSeconds());
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
        const inBatch = batch?.get(`${ruleId}\u0000${userId}`)?.filter((t) => t >= since).length ?? 0;
        return (await q.countFiringsSince(sql, ruleId, userId, since)) + inBatch;
      },
    };
  }

  /**
   * Runs the live rules on new events inside the ingestion transaction (the steps of batch.ts).
   * Events older than the trigger horizon are left out: they fire no rule.
   */
  async process(sql: Sql, events: readonly EngineEvent[]): Promise<ProcessResult> {
    const now = nowSeconds();
    const live = this.live; // one version of the rules for the whole batch
    const due = this.dueEvents(live, events, now);
    if (due.length === 0) return { firings: 0, issued: 0, committed: () => undefined };
    const ctx = { timeZone: this.config.TIME_ZONE, numeric: this.numeric, audiences: this.audiences };
    const facts = await prefetchFacts(sql, live, due, ctx);
    const run = await evaluateBatch(sql, live, due, facts, this.audiences);
    const issued = await performActions(sql, run.actions, this.issuer, now);
    const registerRows = await recordBatch(
      sql,
      run,
      this.registers,
      now,
      localDay(now, this.config.TIME_ZONE),
      (f) => this.traceSampler().keep(f.ruleId, f.eventId, now),
    );
    return {
      firings: run.firings.length,
      issued,
      committed: () => this.registers.commit(registerRows),
    };
  }

  private traceSampler(): TraceSampler {
    return (this.sampler ??= new TraceSampler(
      this.config.RULE_TRACE_SAMPLE_RATE,
      this.config.RULE_TRACE_FULL_PER_HOUR,
    ));
  }

  /** The events some live rule listens to, within the trigger horizon. */
  private dueEvents(live: Live, events: readonly EngineEvent[], now: number): EngineEvent[] {
    const horizon = this.config.RULE_TRIGGER_HORIZON_SECONDS;
    const oldest = horizon > 0 ? now - horizon : Number.NEGATIVE_INFINITY;
    return events.filter((e) => e.occurredAt >= oldest && live.rules.has(e.type));
  }
}

/** Days since 1970-01-01 of the calendar date `at` falls on in `timeZone`. */
export function localDay(at: number, timeZone: string): number {
  const d = DateTime.fromSeconds(at, { zone: timeZone });
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
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
    counted: countedPorts(parsed.graph as RuleGraph),
    sketches: new Map(),
  };
}
