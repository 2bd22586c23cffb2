// Facts: everything an evaluation reads. Evaluation is pure and synchronous; the server prepares the
// facts in memory beforehand, guided by the compiled rule's `requirements` (exactly the aggregates,
// audiences, first-time checks and frequency counts the rule asks for).
import { z } from 'zod';
import { checkOpValue, comparisonShape, pathSchema } from './compare';
import { type JsonObject, jsonObjectSchema } from './json';
import { type FrequencyPeriod, frequencyPeriods, isoDateTimeSchema, isoToEpochSeconds } from './time';

export type { FrequencyPeriod } from './time';

/** The event that triggered the evaluation. Times are epoch seconds. */
export interface RuleEvent {
  id: string;
  type: string;
  occurredAt: number;
  properties: JsonObject;
}

/** Facts about one user: what dynamic audiences and user-scoped conditions read. */
export interface UserFacts {
  userId: string;
  /** The instant of evaluation, epoch seconds (for a replay: the event's time). */
  now: number;
  user: { attributes: JsonObject };
  /** Value of a behaviour aggregate (count or sum over a window); the triggering event is included. */
  aggregate(spec: AggregateSpec): number;
  inAudience(audienceId: string): boolean;
}

/** Facts for one event of one user: what a rule reads. */
export interface Facts extends UserFacts {
  event: RuleEvent;
  /** True when the triggering event is the user's first event of `eventType` (no earlier one). */
  isFirst(eventType: string): boolean;
  /** How often rule `ruleId` fired for this user in the current `period` (see `frequencyPeriodStart`). */
  firedCount(ruleId: string, period: FrequencyPeriod): number;
}

export const aggregateWindowSchema = z.union([
  z.object({ days: z.number().int().min(1).max(3660) }).strict(),
  z.object({ since: isoDateTimeSchema }).strict(),
]);
export type AggregateWindow = z.infer<typeof aggregateWindowSchema>;

export const aggregateFilterSchema = z
  .object({ property: pathSchema, ...comparisonShape })
  .superRefine((f, ctx) => checkOpValue(f, ctx));

/** What to aggregate: count (or sum of `property`) of the user's `eventType` events in `window`, optionally filtered. */
export const aggregateQueryShape = {
  eventType: z.string().min(1),
  fn: z.enum(['count', 'sum']),
  property: pathSchema.optional(),
  filter: aggregateFilterSchema.optional(),
  window: aggregateWindowSchema,
};
export const aggregateQuerySchema = z.object(aggregateQueryShape).superRefine((q, ctx) => {
  if (q.fn === 'sum' && !q.property)
    ctx.addIssue({ code: 'custom', message: 'sum needs a property', path: ['property'] });
});
export type AggregateQuery = z.infer<typeof aggregateQuerySchema>;

/** An aggregate query with its canonical key (equal queries have equal keys). */
export interface AggregateSpec extends AggregateQuery {
  key: string;
}

/**
 * Specs by key. Equal queries get the same (frozen) spec object, so the same key string: facts look
 * values up by `spec.key` in a Map, and a key that is the very string stored in the map is found by
 * identity, without comparing its characters (some 70 of them), on every evaluation of every rule that
 * reads the aggregate. Sharing is only an optimisation, so the cache simply starts afresh when full.
 */
const interned = new Map<string, AggregateSpec>();
const MAX_INTERNED = 10_000;

export function aggregateSpec(query: AggregateQuery): AggregateSpec {
  const { eventType, fn, property, filter, window } = query;
  const canonical: AggregateQuery = {
    eventType,
    fn,
    ...(property !== undefined && { property }),
    ...(filter !== undefined && {
      filter: Object.freeze({
        property: filter.property,
        op: filter.op,
        ...(filter.value !== undefined && {
          value: Array.isArray(filter.value) ? Object.freeze([...filter.value]) : filter.value,
        }),
      }) as NonNullable<AggregateQuery['filter']>,
    }),
    window: Object.freeze('days' in window ? { days: window.days } : { since: window.since }),
  };
  const key = JSON.stringify(canonical);
  const known = interned.get(key);
  if (known) return known;
  if (interned.size >= MAX_INTERNED) interned.clear();
  const spec: AggregateSpec = Object.freeze({ ...canonical, key });
  interned.set(key, spec);
  return spec;
}

/** Start (epoch seconds) of an aggregate's window at `now`: N days back, or `since` read in `timeZone`. */
export function aggregateWindowStart(window: AggregateWindow, now: number, timeZone: string): number {
  return 'days' in window ? now - window.days * 86400 : isoToEpochSeconds(window.since, timeZone);
}

// ---- In-memory facts from a JSON snapshot (fixtures, the simulator, benchmarks) ----

const instantSchema = z.union([
  z.number(),
  z.iso.datetime({ offset: true }).transform((iso) => isoToEpochSeconds(iso, 'UTC')),
]);

export const userFactsSnapshotSchema = z.object({
  userId: z.string().min(1),
  /** Epoch seconds or an ISO date-time with offset. */
  now: instantSchema,
  attributes: jsonObjectSchema.default({}),
  /** Aggregate values; an aggregate not listed is 0. */
  aggregates: z.array(z.object({ ...aggregateQueryShape, value: z.number() })).default([]),
  audiences: z.array(z.string()).default([]),
});

export const factsSnapshotSchema = userFactsSnapshotSchema.extend({
  event: z.object({
    id: z.string().default('evt-1'),
    type: z.string().min(1),
    /** Defaults to `now`. */
    occurredAt: instantSchema.optional(),
    properties: jsonObjectSchema.default({}),
  }),
  /** Event types for which this event is the user's first. */
  firstTime: z.array(z.string()).default([]),
  /** Firing counts of the rule being evaluated, per period; absent = 0. */
  fired: z.partialRecord(z.enum(frequencyPeriods), z.number().int().min(0)).default({}),
});

export type UserFactsSnapshot = z.input<typeof userFactsSnapshotSchema>;
export type FactsSnapshot = z.input<typeof factsSnapshotSchema>;

export function createMemoryUserFacts(snapshot: UserFactsSnapshot): UserFacts {
  const s = userFactsSnapshotSchema.parse(snapshot);
  const aggregates = new Map(s.aggregates.map(({ value, ...query }) => [aggregateSpec(query).key, value]));
  const audiences = new Set(s.audiences);
  return {
    userId: s.userId,
    now: s.now,
    user: { attributes: s.attributes },
    aggregate: (spec) => aggregates.get(spec.key) ?? 0,
    inAudience: (audienceId) => audiences.has(audienceId),
  };
}

export function createMemoryFacts(snapshot: FactsSnapshot): Facts {
  const s = factsSnapshotSchema.parse(snapshot);
  const firstTime = new Set(s.firstTime);
  return {
    ...createMemoryUserFacts(snapshot),
    event: {
      id: s.event.id,
      type: s.event.type,
      occurredAt: s.event.occurredAt ?? s.now,
      properties: s.event.properties,
    },
    isFirst: (eventType) => firstTime.has(eventType),
    firedCount: (_ruleId, period) => s.fired[period] ?? 0,
  };
}
