// The steps of `track` (tracking.service.ts runs them in order): validate and normalise the batch,
// then in ONE transaction insert the events (deduplicated by id), merge user attributes, update the
// daily buckets, sums and first events, and hand the new events to the processor (the rule engine).
import { type Sql, type Statement, jsonColumn } from '../db/sql';
import { allGrouped } from '../db/writes';
import { EXTERNAL_ID_RE } from '../ids';
import { boundsProblem } from './bounds';
import { propertyProblem } from './event-types';
import type { EventBatchItem } from './processor';
import type { EventTypeDef } from './tracking.entity';
import * as q from './tracking.sql';

const DAY = 86_400;
const NO_ATTRIBUTES: Record<string, unknown> = Object.freeze({});

export interface TrackInput {
  id: string;
  type: string;
  userId: string;
  occurredAt?: number | null;
  properties?: Record<string, unknown> | null;
  userAttributes?: Record<string, unknown> | null;
}

export type TrackErrorCode =
  | 'INVALID_ID'
  | 'INVALID_USER_ID'
  | 'UNKNOWN_EVENT_TYPE'
  | 'MISSING_PROPERTY'
  | 'INVALID_PROPERTY'
  | 'INVALID_ATTRIBUTES'
  | 'DUPLICATE_IN_BATCH'
  | 'INVALID_TIME';

export interface TrackError {
  index: number;
  eventId: string | null;
  code: TrackErrorCode;
  field: string;
  message: string;
}

export interface TypeInfo {
  def: EventTypeDef;
  /** The type's declared numeric properties (daily sums). */
  numeric: string[];
}

/** An event that passed validation, normalised. */
export interface ValidEvent {
  input: TrackInput;
  occurredAt: number;
  properties: Record<string, unknown>;
  numeric: readonly string[];
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- 1. validate and normalise ----------------------------------------------------------------

type Problem = { code: TrackErrorCode; field: string; message: string };

/** What is wrong with one event (its type already looked up), or null; `now` bounds its time. */
export function problemOf(e: TrackInput, type: TypeInfo | undefined, now: number): Problem | null {
  if (typeof e.id !== 'string' || !EXTERNAL_ID_RE.test(e.id))
    return {
      code: 'INVALID_ID',
      field: 'id',
      message: 'an event id is 1-128 printable characters without spaces',
    };
  if (typeof e.userId !== 'string' || !EXTERNAL_ID_RE.test(e.userId))
    return {
      code: 'INVALID_USER_ID',
      field: 'userId',
      message: 'a user id is 1-128 printable characters without spaces',
    };
  const outOfBounds = boundsProblem(e, now);
  if (outOfBounds) return outOfBounds;
  if (!type)
    return {
      code: 'UNKNOWN_EVENT_TYPE',
      field: 'type',
      message: `unknown event type ${JSON.stringify(e.type)}`,
    };
  const properties = e.properties ?? {};
  if (!isObject(properties))
    return { code: 'INVALID_PROPERTY', field: 'properties', message: 'properties must be a JSON object' };
  const problem = propertyProblem(type.def.properties, properties);
  if (problem) return problem;
  if (e.userAttributes != null && !isObject(e.userAttributes))
    return {
      code: 'INVALID_ATTRIBUTES',
      field: 'userAttributes',
      message: 'userAttributes must be a JSON object',
    };
  return null;
}

/**
 * Splits a batch into valid events (time defaulted to `now`) and per-event errors. `typeOf` may be
 * asked to reload the types once (a type defined on another instance meanwhile).
 */
export async function validateBatch(
  inputs: readonly TrackInput[],
  now: number,
  typeOf: (name: string, reload: boolean) => Promise<TypeInfo | undefined>,
): Promise<{ valid: ValidEvent[]; errors: TrackError[] }> {
  const errors: TrackError[] = [];
  const valid: ValidEvent[] = [];
  const inBatch = new Set<string>();
  let reloaded = false;
  for (let index = 0; index < inputs.length; index++) {
    const e = inputs[index]!;
    let type = await typeOf(e.type, false);
    if (!type && !reloaded && typeof e.id === 'string' && typeof e.userId === 'string') {
      reloaded = true;
      type = await typeOf(e.type, true);
    }
    let problem = problemOf(e, type, now);
    if (!problem && inBatch.has(e.id))
      problem = {
        code: 'DUPLICATE_IN_BATCH',
        field: 'id',
        message: `event id ${e.id} appears earlier in this batch`,
      };
    if (problem) {
      errors.push({
        index,
        eventId: typeof e.id === 'string' ? e.id : null,
        code: problem.code,
        field: `events.${index}.${problem.field}`,
        message: problem.message,
      });
      continue;
    }
    inBatch.add(e.id);
    valid.push({
      input: e,
      occurredAt: e.occurredAt ?? now,
      properties: e.properties ?? {},
      numeric: type!.numeric,
    });
  }
  return { valid, errors };
}

// ---- 2. insert events -------------------------------------------------------------------------

/** Inserts the events; returns those that were new (an id already stored is a duplicate). */
export async function insertEvents(
  sql: Sql,
  valid: readonly ValidEvent[],
  now: number,
): Promise<ValidEvent[]> {
  const inserts: Statement[] = [];
  q.trackedEventInserts(
    inserts,
    sql.dialect,
    valid.map((v) => [
      v.input.id,
      v.input.type,
      v.input.userId,
      v.occurredAt,
      JSON.stringify(v.properties),
      now,
    ]),
  );
  const fresh = new Set<string>();
  for (const st of inserts) for (const r of await sql.all<{ id: string }>(st.sql, st.params)) fresh.add(r.id);
  return fresh.size === valid.length ? [...valid] : valid.filter((v) => fresh.has(v.input.id));
}

// ---- 3. user attributes -----------------------------------------------------------------------

/** Each user's attribute patches, in event order (an event without attributes: an empty patch). */
export function attributePatches(accepted: readonly ValidEvent[]): Map<string, Record<string, unknown>[]> {
  const patches = new Map<string, Record<string, unknown>[]>();
  for (const v of accepted) {
    const list = patches.get(v.input.userId);
    const patch = v.input.userAttributes ?? NO_ATTRIBUTES;
    if (list) list.push(patch);
    else patches.set(v.input.userId, [patch]);
  }
  return patches;
}

export type MergedProfiles = Map<
  string,
  { steps: Record<string, unknown>[]; final: Record<string, unknown> }
>;

/**
 * Applies attribute patches (in order) to the users' profiles, appending the profile writes to `out`.
 * Returns, per user, the attributes after each patch and the final ones. PostgreSQL merges atomically
 * (jsonb ||); SQLite has one writer.
 */
export async function mergeProfiles(
  sql: Sql,
  patches: ReadonlyMap<string, readonly Record<string, unknown>[]>,
  now: number,
  out: Statement[],
): Promise<MergedProfiles> {
  const reads: Statement[] = [];
  q.profileReads(reads, sql.dialect, [...patches.keys()]);
  const current = new Map<string, Record<string, unknown>>();
  for (const rows of await allGrouped(sql, reads))
    for (const r of rows) current.set(String(r.user_id), jsonColumn<Record<string, unknown>>(r.attributes));
  const merged: MergedProfiles = new Map();
  const writes: unknown[][] = [];
  const pg = sql.dialect === 'postgresql';
  for (const [userId, list] of pg ? [...patches.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)) : patches) {
    const stored = current.get(userId);
    const m = applyPatches(stored ?? {}, list);
    merged.set(userId, { steps: m.steps, final: m.final });
    if (m.changed || !stored) writes.push([userId, JSON.stringify(pg ? m.combined : m.final), now, now]);
  }
  q.profileUpserts(out, sql.dialect, writes);
  return merged;
}

/** Patches applied in order (a null value removes the attribute): each step, the end, what changed. */
export function applyPatches(start: Record<string, unknown>, patches: readonly Record<string, unknown>[]) {
  let attrs = start;
  const steps: Record<string, unknown>[] = [];
  const combined: Record<string, unknown> = {};
  let changed = false;
  for (const patch of patches) {
    if (Object.keys(patch).length > 0) {
      attrs = { ...attrs };
      for (const [k, v] of Object.entries(patch)) {
        if (v === null) delete attrs[k];
        else attrs[k] = v;
        combined[k] = v;
      }
      changed = true;
    }
    steps.push(attrs);
  }
  return { steps, final: attrs, combined, changed };
}

// ---- 4. aggregates ----------------------------------------------------------------------------

/** Appends the daily bucket, sum and first-event upserts of the accepted events to `out`. */
export function aggregateWrites(sql: Sql, accepted: readonly ValidEvent[], out: Statement[]): void {
  const buckets = new Map<string, [string, string, number, number]>();
  const sums = new Map<string, [string, string, number, string, number]>();
  const firsts = new Map<string, [string, string, string, number]>();
  for (const v of accepted) {
    const { userId, type, id } = v.input;
    const day = Math.floor(v.occurredAt / DAY);
    const bk = `${userId}\u0000${type}\u0000${day}`;
    const b = buckets.get(bk);
    if (b) b[3]++;
    else buckets.set(bk, [userId, type, day, 1]);
    for (const p of v.numeric) {
      const x = v.properties[p];
      if (typeof x !== 'number') continue;
      const sk = `${bk}\u0000${p}`;
      const s = sums.get(sk);
      if (s) s[4] += x;
      else sums.set(sk, [userId, type, day, p, x]);
    }
    const fk = `${userId}\u0000${type}`;
    const f = firsts.get(fk);
    if (!f || v.occurredAt < f[3]) firsts.set(fk, [userId, type, id, v.occurredAt]);
  }
  q.bucketUpserts(out, sql.dialect, sortedRows(buckets, sql));
  q.sumUpserts(out, sql.dialect, sortedRows(sums, sql));
  q.firstEventUpserts(out, sql.dialect, sortedRows(firsts, sql));
}

/**
 * Rows in key order on PostgreSQL: concurrent batches lock rows in the same order (fewer deadlocks).
 * SQLite has one writer: insertion order is as good, and sorting costs a millisecond per batch.
 */
const sortedRows = <T>(m: Map<string, T>, sql: Sql): T[] =>
  sql.dialect === 'postgresql'
    ? [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1])
    : [...m.values()];

// ---- 5. hand over -----------------------------------------------------------------------------

/** The accepted events as the processor sees them: each with its user's attributes as of itself. */
export function processorEvents(accepted: readonly ValidEvent[], profiles: MergedProfiles): EventBatchItem[] {
  const seenPerUser = new Map<string, number>();
  return accepted.map((v) => {
    const k = seenPerUser.get(v.input.userId) ?? 0;
    seenPerUser.set(v.input.userId, k + 1);
    return {
      id: v.input.id,
      type: v.input.type,
      userId: v.input.userId,
      occurredAt: v.occurredAt,
      properties: v.properties,
      attributes: profiles.get(v.input.userId)!.steps[k]!,
    };
  });
}
