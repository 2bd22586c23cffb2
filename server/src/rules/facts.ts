// Facts for one event of one user, read from the database inside the caller's transaction and
// prepared ahead of a synchronous evaluation (exactly what the rules' `requirements` ask for).
import {
  type Facts,
  type FrequencyPeriod,
  frequencyPeriodStart,
  type JsonObject,
  type Requirements,
  type UserFacts,
} from '@couponflow/schema';
import type { Sql } from '../db/sql';
import { aggregateValue } from '../tracking/aggregates';

export interface FactsEvent {
  id: string;
  type: string;
  userId: string;
  occurredAt: number;
  properties: Record<string, unknown>;
  attributes: Record<string, unknown>;
}

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

const periodCache = new Map<string, number>();
/**
 * `frequencyPeriodStart`, memoised per 15 minutes (every zone offset is a multiple of 15 minutes, so a
 * period boundary never falls inside one of those slots).
 */
export function periodStart(period: FrequencyPeriod, at: number, timeZone: string): number {
  if (period === 'ever') return 0;
  const slot = Math.floor(at / 900);
  const key = `${period}\u0000${timeZone}\u0000${slot}`;
  let start = periodCache.get(key);
  if (start === undefined) {
    start = frequencyPeriodStart(period, slot * 900, timeZone);
    if (periodCache.size > 10_000) periodCache.clear();
    periodCache.set(key, start);
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
    const rows = await sql.all<{ event_type: string; event_id: string; occurred_at: number }>(
      `SELECT event_type, event_id, occurred_at FROM user_first_event
        WHERE user_id = ? AND event_type IN (${req.firstTime.map(() => '?').join(', ')})`,
      [e.userId, ...req.firstTime],
    );
    for (const r of rows)
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
