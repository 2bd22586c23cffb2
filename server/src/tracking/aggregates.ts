// Behaviour aggregates read from the incremental daily buckets, exact at both window edges:
// days wholly inside [start, now] come from behaviour_bucket / behaviour_sum; the partial first and last
// days are read from tracked_event (indexed by user, type, time). Filtered aggregates, and sums of
// properties that are not declared numeric, scan the user's events of that type in the window.
import {
  type AggregateSpec,
  aggregateWindowStart,
  compileConditionExpr,
  type Facts,
} from '@couponflow/schema';
import type { Dialect } from '../config';
import { jsonColumn, type Row, type Sql, type Statement } from '../db/sql';
import { countEvents, countProbeReads, eventProperties, sumBetweenDays } from './tracking.sql';

const DAY = 86_400;

export function readPath(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const seg of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

const filterCache = new Map<string, (properties: Record<string, unknown>) => boolean>();
function filterOf(spec: AggregateSpec): ((properties: Record<string, unknown>) => boolean) | null {
  if (!spec.filter) return null;
  let f = filterCache.get(spec.key);
  if (!f) {
    const { test } = compileConditionExpr({
      block: 'condition.eventProperty',
      args: { property: spec.filter.property, op: spec.filter.op, value: spec.filter.value },
    } as never);
    f = (properties) => test({ event: { properties } } as unknown as Facts);
    if (filterCache.size > 1000) filterCache.clear();
    filterCache.set(spec.key, f);
  }
  return f;
}

/** The value of one aggregate for one user at `now` (window [start, now], both ends inclusive). */
export async function aggregateValue(
  sql: Sql,
  userId: string,
  spec: AggregateSpec,
  now: number,
  timeZone: string,
  numeric: (eventType: string) => readonly string[],
): Promise<number> {
  const start = aggregateWindowStart(spec.window, now, timeZone);
  if (start > now) return 0;
  const filter = filterOf(spec);
  // Unfiltered counts: one statement, shared with the engine's batched reads.
  if (spec.fn === 'count' && !filter) return (await countMany(sql, [{ userId, spec, now }], timeZone))[0]!;
  const bucketed =
    !filter &&
    (spec.fn === 'count' || (spec.property !== undefined && numeric(spec.eventType).includes(spec.property)));
  const d0 = Math.floor(start / DAY);
  const d1 = Math.floor(now / DAY);
  if (!bucketed || d0 === d1) return scan(sql, userId, spec, start, now, filter);
  // Edges, exactly: [start, end of its day) and [start of now's day, now]; whole days in between from
  // the buckets.
  const edges =
    (await scan(sql, userId, spec, start, (d0 + 1) * DAY - 1, null)) +
    (await scan(sql, userId, spec, d1 * DAY, now, null));
  if (d1 - d0 < 2) return edges;
  return edges + (await sumBetweenDays(sql, userId, spec.eventType, spec.property, d0, d1));
}

/** Reads the user's events of the type in [from, to] and aggregates them in memory. */
async function scan(
  sql: Sql,
  userId: string,
  spec: AggregateSpec,
  from: number,
  to: number,
  filter: ((p: Record<string, unknown>) => boolean) | null,
): Promise<number> {
  if (spec.fn === 'count' && !filter) return countEvents(sql, userId, spec.eventType, from, to);
  const rows = await eventProperties(sql, userId, spec.eventType, from, to);
  let total = 0;
  for (const row of rows) {
    const p = jsonColumn<Record<string, unknown>>(row.properties);
    if (filter && !filter(p)) continue;
    if (spec.fn === 'count') total++;
    else {
      const v = readPath(p, spec.property!);
      if (typeof v === 'number' && Number.isFinite(v)) total += v;
    }
  }
  return total;
}

/** One count to compute in a batch: user, unfiltered count spec, instant. */
export interface CountProbe {
  userId: string;
  spec: AggregateSpec;
  now: number;
}

/** Whether `countMany` can answer this spec (an unfiltered count). */
export const batchable = (spec: AggregateSpec): boolean => spec.fn === 'count' && !spec.filter;

/**
 * The statements `countMany` runs, for callers that send them with other reads (one round trip on
 * PostgreSQL with `Sql.allMany`); `collect` turns their rows into one count per probe.
 */
export function countStatements(
  probes: readonly CountProbe[],
  timeZone: string,
  dialect: Dialect,
): { statements: Statement[]; collect(results: readonly Row[][]): number[] } {
  const rows: unknown[][] = [];
  for (let i = 0; i < probes.length; i++) {
    const p = probes[i]!;
    const start = aggregateWindowStart(p.spec.window, p.now, timeZone);
    if (start > p.now) continue;
    const d0 = Math.floor(start / DAY);
    const d1 = Math.floor(p.now / DAY);
    // Same day: one range [start, now]; else [start, end of its day) and [start of now's day, now].
    const firstEnd = d0 === d1 ? p.now + 1 : (d0 + 1) * DAY;
    const secondStart = d0 === d1 ? p.now + 1 : d1 * DAY;
    rows.push([i, p.userId, p.spec.eventType, start, firstEnd, secondStart, p.now, d0, d1]);
  }
  const statements: Statement[] = [];
  countProbeReads(statements, dialect, rows);
  return {
    statements,
    collect(results) {
      const out = new Array<number>(probes.length).fill(0);
      for (const result of results)
        for (const r of result) out[Number(r.i)] = Number(r.edges ?? 0) + Number(r.mid ?? 0);
      return out;
    },
  };
}

/**
 * Unfiltered counts for many (user, spec, now) at once: one statement per 250 probes on SQLite, one
 * for all of them on PostgreSQL, instead of one per probe. Same arithmetic as `aggregateValue`: exact
 * edges from tracked_event, whole days from behaviour_bucket.
 */
export async function countMany(
  sql: Sql,
  probes: readonly CountProbe[],
  timeZone: string,
): Promise<number[]> {
  const { statements, collect } = countStatements(probes, timeZone, sql.dialect);
  const results: Row[][] = [];
  for (const st of statements) results.push(await sql.all<Row>(st.sql, st.params));
  return collect(results);
}
