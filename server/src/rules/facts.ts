// Facts for one event of one user, read from the database inside the caller's transaction and
// prepared ahead of a synchronous evaluation (exactly what the rules' `requirements` ask for).
import {
  type AggregateSpec,
  type Facts,
  type FrequencyPeriod,
  frequencyPeriodStart,
  type JsonObject,
  type Requirements,
  type RuleEvent,
  type UserFacts,
} from '@couponflow/schema';
import type { Sql } from '../db/sql';
import { aggregateValue } from '../tracking/aggregates';
import type { EventBatchItem } from '../tracking/processor';
import { firstEventsOf } from './rule.sql';

export type FactsEvent = EventBatchItem;

/** Decides static and dynamic audience membership for one user. */
export interface AudienceChecker {
  membership(sql: Sql, user: UserFacts, audienceIds: readonly string[]): Promise<Set<string>>;
}

export interface FactsOptions {
  timeZone: string;
  numeric: (eventType: string) => readonly string[];
  audiences?: AudienceChecker;
  /** Prefetched user_first_event rows, keyed `${userId}\u0000${eventType}` (else read per event). */
  firstEvents?: Map<string, { eventId: string; occurredAt: number }>;
  /** Aggregate values computed ahead for a batch, keyed `${userId}\u0000${now}\u0000${spec.key}`. */
  aggregates?: Map<string, number>;
  /** Firings of a rule for a user since an instant (store + this batch). */
  firedSince(sql: Sql, ruleId: string, userId: string, since: number): Promise<number>;
}

/** Period starts by time zone, period and 15-minute slot. */
const periodCaches = new Map<string, Map<FrequencyPeriod, Map<number, number>>>();
/**
 * `frequencyPeriodStart`, memoised per 15 minutes (every zone offset is a multiple of 15 minutes, so a
 * period boundary never falls inside one of those slots).
 */
export function periodStart(period: FrequencyPeriod, at: number, timeZone: string): number {
  if (period === 'ever') return 0;
  const slot = Math.floor(at / 900);
  let byPeriod = periodCaches.get(timeZone);
  if (!byPeriod) periodCaches.set(timeZone, (byPeriod = new Map()));
  let cache = byPeriod.get(period);
  if (!cache) byPeriod.set(period, (cache = new Map()));
  let start = cache.get(slot);
  if (start === undefined) {
    start = frequencyPeriodStart(period, slot * 900, timeZone);
    if (cache.size > 10_000) cache.clear();
    cache.set(slot, start);
  }
  return start;
}

/** Union of several rules' requirements. */
export function mergeRequirements(list: readonly Requirements[]): Requirements {
  const aggregates = new Map<string, Requirements['aggregates'][number]>();
  const audiences = new Set<string>();
  const firstTime = new Set<string>();
  for (const r of list) {
    for (const a of r.aggregates) aggregates.set(a.key, a);
    for (const a of r.audiences) audiences.add(a);
    for (const t of r.firstTime) firstTime.add(t);
  }
  return {
    aggregates: [...aggregates.values()],
    audiences: [...audiences],
    firstTime: [...firstTime],
    frequency: [],
    userAttributes: [],
    eventProperties: [],
  };
}

/** User facts (attributes, aggregates, audiences) at `now`. */
export async function loadUserFacts(
  sql: Sql,
  userId: string,
  attributes: Record<string, unknown>,
  now: number,
  req: Pick<Requirements, 'aggregates' | 'audiences'>,
  opts: FactsOptions,
): Promise<UserFacts> {
  const values = new Map<string, number>();
  for (const spec of req.aggregates)
    values.set(
      spec.key,
      opts.aggregates?.get(`${userId}\u0000${now}\u0000${spec.key}`) ??
        (await aggregateValue(sql, userId, spec, now, opts.timeZone, opts.numeric)),
    );
  const user: UserFacts = {
    userId,
    now,
    user: { attributes: attributes as JsonObject },
    aggregate: (spec) => values.get(spec.key) ?? 0,
    inAudience: () => false,
  };
  if (req.audiences.length > 0 && opts.audiences) {
    const members = await opts.audiences.membership(sql, user, req.audiences);
    user.inAudience = (id) => members.has(id);
  }
  return user;
}

/**
 * Facts for one event. `frequency` lists (ruleId, period) pairs to count beforehand; firedCount for
 * any other pair is 0.
 */
export async function loadFacts(
  sql: Sql,
  e: FactsEvent,
  req: Requirements,
  frequency: readonly { ruleId: string; period: FrequencyPeriod }[],
  opts: FactsOptions,
): Promise<Facts> {
  const user = await loadUserFacts(sql, e.userId, e.attributes, e.occurredAt, req, opts);
  const notFirst = new Set<string>();
  if (req.firstTime.length > 0 && opts.firstEvents) {
    for (const t of req.firstTime) {
      const f = opts.firstEvents.get(`${e.userId}\u0000${t}`);
      if (f && f.eventId !== e.id && f.occurredAt <= e.occurredAt) notFirst.add(t);
    }
  } else if (req.firstTime.length > 0) {
    for (const r of await firstEventsOf(sql, e.userId, req.firstTime))
      if (r.event_id !== e.id && Number(r.occurred_at) <= e.occurredAt) notFirst.add(r.event_type);
  }
  const fired = new Map<string, number>();
  for (const { ruleId, period } of frequency) {
    const since = periodStart(period, e.occurredAt, opts.timeZone);
    fired.set(`${ruleId}\u0000${period}`, await opts.firedSince(sql, ruleId, e.userId, since));
  }
  return {
    ...user,
    inAudience: user.inAudience,
    event: { id: e.id, type: e.type, occurredAt: e.occurredAt, properties: e.properties as JsonObject },
    isFirst: (eventType) => !notFirst.has(eventType),
    firedCount: (ruleId, period) => fired.get(`${ruleId}\u0000${period}`) ?? 0,
  };
}

/**
 * What the rules read for a batch of events, prefetched in a few statements before any evaluation:
 * aggregate values per event, the users' first events, earlier firings of rules with a frequency cap
 * (and this batch's firings, recorded as they happen). Evaluation then reads memory only.
 */
export class BatchFacts {
  /** Aggregate values computed in bulk, by spec key: one slot per event of the batch (NaN: none). */
  readonly aggregates = new Map<string, Float64Array>();
  /** Per event: the values of the other aggregates (filtered counts, sums), read one by one. */
  readonly extra: (Map<string, number> | undefined)[] = [];
  /** Per event: the audiences (among those its rules name) the user belongs to. */
  readonly members: (Set<string> | undefined)[] = [];
  /** user → event type → the user's first event of that type (this batch included). */
  readonly firstEvents = new Map<string, Map<string, { eventId: string; occurredAt: number }>>();
  /** rule → user → times of the firings that acted: stored ones, then this batch's. */
  private readonly fired = new Map<string, Map<string, number[]>>();

  constructor(
    readonly timeZone: string,
    /** Rules whose firings are counted (they have a frequency cap); firedCount is 0 for the others. */
    readonly capped: ReadonlySet<string>,
  ) {}

  /** Slot array for the values of one aggregate spec. */
  column(specKey: string, events: number): Float64Array {
    let col = this.aggregates.get(specKey);
    if (!col) this.aggregates.set(specKey, (col = new Float64Array(events).fill(Number.NaN)));
    return col;
  }

  addFirst(userId: string, eventType: string, eventId: string, occurredAt: number): void {
    let byType = this.firstEvents.get(userId);
    if (!byType) this.firstEvents.set(userId, (byType = new Map()));
    byType.set(eventType, { eventId, occurredAt });
  }

  /** Records a firing that acted (stored, or made in this batch) of a capped rule. */
  addFiring(ruleId: string, userId: string, at: number): void {
    if (!this.capped.has(ruleId)) return;
    let byUser = this.fired.get(ruleId);
    if (!byUser) this.fired.set(ruleId, (byUser = new Map()));
    const list = byUser.get(userId);
    if (list) list.push(at);
    else byUser.set(userId, [at]);
  }

  firedSince(ruleId: string, userId: string, since: number): number {
    const list = this.fired.get(ruleId)?.get(userId);
    if (!list) return 0;
    let n = 0;
    for (const t of list) if (t >= since) n++;
    return n;
  }
}

/** The facts of one event of a batch (methods, not per-event closures: thousands per batch). */
export class EventFacts implements Facts {
  readonly userId: string;
  readonly now: number;
  readonly user: { attributes: JsonObject };
  readonly event: RuleEvent;

  constructor(
    private readonly batch: BatchFacts,
    private readonly index: number,
    e: FactsEvent,
  ) {
    this.userId = e.userId;
    this.now = e.occurredAt;
    this.user = { attributes: e.attributes as JsonObject };
    this.event = { id: e.id, type: e.type, occurredAt: e.occurredAt, properties: e.properties as JsonObject };
  }

  aggregate(spec: AggregateSpec): number {
    const v = this.batch.aggregates.get(spec.key)?.[this.index];
    if (v !== undefined && !Number.isNaN(v)) return v;
    return this.batch.extra[this.index]?.get(spec.key) ?? 0;
  }

  inAudience(audienceId: string): boolean {
    return this.batch.members[this.index]?.has(audienceId) ?? false;
  }

  isFirst(eventType: string): boolean {
    const f = this.batch.firstEvents.get(this.userId)?.get(eventType);
    return !(f && f.eventId !== this.event.id && f.occurredAt <= this.now);
  }

  firedCount(ruleId: string, period: FrequencyPeriod): number {
    if (!this.batch.capped.has(ruleId)) return 0;
    return this.batch.firedSince(ruleId, this.userId, periodStart(period, this.now, this.batch.timeZone));
  }

  /** User facts for audience checks (a plain object: checks may copy it). */
  userFacts(): UserFacts {
    return {
      userId: this.userId,
      now: this.now,
      user: this.user,
      aggregate: (spec) => this.aggregate(spec),
      inAudience: () => false,
    };
  }
}
