// Ingestion: `track` validates a batch (≤ 1 000) event by event, then writes the accepted ones in ONE
// transaction with multi-row statements (events deduplicated by id, user attributes, daily aggregate
// buckets, first-seen rows), runs the rule engine on the new events in that same transaction, and
// reports per-event errors without dropping the valid events.
import { type Database, jsonColumn, type Sql, valuesList } from '../db/sql';
import { AppError, badInput } from '../graphql/errors';
import { EXTERNAL_ID_RE, nowSeconds } from '../ids';
import type { EngineEvent, RuleEngine } from '../rules/engine';
import {
  DEFAULT_EVENT_TYPES,
  EVENT_TYPE_NAME_RE,
  PROPERTY_NAME_RE,
  numericProperties,
  propertyProblem,
} from './event-types';
import { type EventTypeDef, PROPERTY_TYPES, type PropertyDef } from './tracking.entity';

export const MAX_BATCH = 1000;
const DAY = 86_400;

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
  | 'DUPLICATE_IN_BATCH';

export interface TrackError {
  index: number;
  eventId: string | null;
  code: TrackErrorCode;
  field: string;
  message: string;
}

export interface TrackResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  errors: TrackError[];
  /** Rule decisions that reached an action or a split. */
  firings: number;
  issued: number;
}

interface TypeInfo {
  def: EventTypeDef;
  numeric: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class TrackingService {
  private types = new Map<string, TypeInfo>();

  constructor(
    private readonly db: Database,
    private readonly engine: RuleEngine,
  ) {}

  async init(): Promise<void> {
    const now = nowSeconds();
    await this.db.tx(async (sql) => {
      for (const t of DEFAULT_EVENT_TYPES)
        await sql.run(
          `INSERT INTO event_type (name, description, properties, builtin, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
          [t.name, t.description, JSON.stringify(t.properties), true, now, now],
        );
    });
    await this.loadTypes();
  }

  private async loadTypes(): Promise<void> {
    const rows = await this.db.read((sql) =>
      sql.all<{
        name: string;
        description: string | null;
        properties: unknown;
        builtin: unknown;
        created_at: number;
        updated_at: number;
      }>(`SELECT name, description, properties, builtin, created_at, updated_at FROM event_type`),
    );
    const types = new Map<string, TypeInfo>();
    for (const r of rows) {
      const properties = jsonColumn<PropertyDef[]>(r.properties);
      types.set(r.name, {
        def: {
          name: r.name,
          description: r.description,
          properties,
          builtin: r.builtin === true || r.builtin === 1,
          createdAt: Number(r.created_at),
          updatedAt: Number(r.updated_at),
        },
        numeric: numericProperties(properties),
      });
    }
    this.types = types;
  }

  /** Numeric declared properties of a type (for aggregate sums). */
  numeric = (eventType: string): readonly string[] => this.types.get(eventType)?.numeric ?? [];

  async eventTypes(): Promise<EventTypeDef[]> {
    await this.loadTypes();
    return [...this.types.values()].map((t) => t.def).sort((a, b) => a.name.localeCompare(b.name));
  }

  async eventType(name: string): Promise<EventTypeDef | null> {
    if (!this.types.has(name)) await this.loadTypes();
    return this.types.get(name)?.def ?? null;
  }

  /** Creates or replaces a custom event type (built-in types may gain optional properties only). */
  async defineEventType(input: {
    name: string;
    description?: string | null;
    properties: PropertyDef[];
  }): Promise<EventTypeDef> {
    if (!EVENT_TYPE_NAME_RE.test(input.name))
      throw badInput('input.name', 'must look like `area.action` (lower case, dot separated)');
    const seen = new Set<string>();
    input.properties.forEach((p, i) => {
      if (!PROPERTY_NAME_RE.test(p.name))
        throw badInput(`input.properties.${i}.name`, 'invalid property name');
      if (!PROPERTY_TYPES.includes(p.type)) throw badInput(`input.properties.${i}.type`, 'unknown type');
      if (seen.has(p.name)) throw badInput(`input.properties.${i}.name`, `duplicate property ${p.name}`);
      seen.add(p.name);
    });
    const existing = await this.eventType(input.name);
    if (existing?.builtin) {
      for (const p of existing.properties) {
        const q = input.properties.find((x) => x.name === p.name);
        if (!q || q.type !== p.type || q.required !== p.required)
          throw badInput('input.properties', `built-in property ${p.name} cannot be changed or removed`);
      }
      for (const q of input.properties)
        if (q.required && !existing.properties.some((p) => p.name === q.name))
          throw badInput('input.properties', `a built-in type may only gain optional properties (${q.name})`);
    }
    const now = nowSeconds();
    await this.db.tx((sql) =>
      sql.run(
        `INSERT INTO event_type (name, description, properties, builtin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET description = excluded.description, properties = excluded.properties,
           updated_at = excluded.updated_at`,
        [
          input.name,
          input.description ?? null,
          JSON.stringify(input.properties),
          existing?.builtin ?? false,
          now,
          now,
        ],
      ),
    );
    await this.loadTypes();
    return this.types.get(input.name)!.def;
  }

  /** Merges attributes into a user's profile (shallow; a null value removes the attribute). */
  async upsertUserAttributes(
    userId: string,
    attributes: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    if (!EXTERNAL_ID_RE.test(userId)) throw badInput('userId', 'invalid user id');
    if (!isObject(attributes)) throw badInput('attributes', 'must be a JSON object');
    return this.db.tx(async (sql) => {
      const merged = await this.mergeProfiles(sql, new Map([[userId, [attributes]]]), nowSeconds());
      return merged.get(userId)!.final;
    });
  }

  async userAttributes(userId: string): Promise<Record<string, unknown> | null> {
    const row = await this.db.read((sql) =>
      sql.get<{ attributes: unknown }>(`SELECT attributes FROM user_profile WHERE user_id = ?`, [userId]),
    );
    return row ? jsonColumn<Record<string, unknown>>(row.attributes) : null;
  }

  /** Validates every event; the valid ones are written and run through the rules in one transaction. */
  async track(inputs: readonly TrackInput[]): Promise<TrackResult> {
    if (inputs.length > MAX_BATCH)
      throw new AppError(
        'BAD_USER_INPUT',
        `events: at most ${MAX_BATCH} events per batch, got ${inputs.length}`,
        {
          field: 'events',
          max: MAX_BATCH,
        },
      );
    const now = nowSeconds();
    const errors: TrackError[] = [];
    const valid: { input: TrackInput; occurredAt: number; properties: Record<string, unknown> }[] = [];
    const inBatch = new Set<string>();
    let reloaded = false;
    for (let index = 0; index < inputs.length; index++) {
      const e = inputs[index]!;
      const fail = (code: TrackErrorCode, field: string, message: string) =>
        errors.push({ index, eventId: typeof e.id === 'string' ? e.id : null, code, field, message });
      if (typeof e.id !== 'string' || !EXTERNAL_ID_RE.test(e.id)) {
        fail('INVALID_ID', `events.${index}.id`, 'an event id is 1-128 printable characters without spaces');
        continue;
      }
      if (typeof e.userId !== 'string' || !EXTERNAL_ID_RE.test(e.userId)) {
        fail(
          'INVALID_USER_ID',
          `events.${index}.userId`,
          'a user id is 1-128 printable characters without spaces',
        );
        continue;
      }
      if (!this.types.has(e.type) && !reloaded) {
        reloaded = true;
        await this.loadTypes(); // defined on another instance meanwhile
      }
      const type = this.types.get(e.type);
      if (!type) {
        fail('UNKNOWN_EVENT_TYPE', `events.${index}.type`, `unknown event type ${JSON.stringify(e.type)}`);
        continue;
      }
      const properties = e.properties ?? {};
      if (!isObject(properties)) {
        fail('INVALID_PROPERTY', `events.${index}.properties`, 'properties must be a JSON object');
        continue;
      }
      const problem = propertyProblem(type.def.properties, properties);
      if (problem) {
        fail(problem.code, `events.${index}.${problem.field}`, problem.message);
        continue;
      }
      if (e.userAttributes != null && !isObject(e.userAttributes)) {
        fail('INVALID_ATTRIBUTES', `events.${index}.userAttributes`, 'userAttributes must be a JSON object');
        continue;
      }
      if (inBatch.has(e.id)) {
        fail('DUPLICATE_IN_BATCH', `events.${index}.id`, `event id ${e.id} appears earlier in this batch`);
        continue;
      }
      inBatch.add(e.id);
      valid.push({ input: e, occurredAt: e.occurredAt ?? now, properties });
    }
    if (valid.length === 0)
      return { accepted: 0, duplicates: 0, rejected: errors.length, errors, firings: 0, issued: 0 };

    const outcome = await this.db.tx(async (sql) => {
      // 1. Events, deduplicated by id.
      const fresh = new Set<string>();
      for (let i = 0; i < valid.length; i += 100) {
        const chunk = valid.slice(i, i + 100);
        const rows = await sql.all<{ id: string }>(
          `INSERT INTO tracked_event (id, type, user_id, occurred_at, properties, received_at) VALUES ${valuesList(chunk.length, 6)}
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          chunk.flatMap((v) => [
            v.input.id,
            v.input.type,
            v.input.userId,
            v.occurredAt,
            JSON.stringify(v.properties),
            now,
          ]),
        );
        for (const r of rows) fresh.add(r.id);
      }
      const accepted = valid.filter((v) => fresh.has(v.input.id));
      if (accepted.length === 0) return { accepted: 0, firings: 0, issued: 0 };

      // 2. User attributes: each event sees the attributes as of itself.
      const patches = new Map<string, Record<string, unknown>[]>();
      for (const v of accepted) {
        const list = patches.get(v.input.userId) ?? [];
        list.push(v.input.userAttributes ?? {});
        patches.set(v.input.userId, list);
      }
      const profiles = await this.mergeProfiles(sql, patches, now);

      // 3. Daily buckets and sums, first events.
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
        for (const p of this.numeric(type)) {
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
      await upsertChunks(
        sql,
        sortedRows(buckets),
        4,
        (values) => `INSERT INTO behaviour_bucket (user_id, event_type, day, count) VALUES ${values}
           ON CONFLICT (user_id, event_type, day) DO UPDATE SET count = behaviour_bucket.count + excluded.count`,
      );
      await upsertChunks(
        sql,
        sortedRows(sums),
        5,
        (values) => `INSERT INTO behaviour_sum (user_id, event_type, day, property, total) VALUES ${values}
           ON CONFLICT (user_id, event_type, day, property) DO UPDATE SET total = behaviour_sum.total + excluded.total`,
      );
      await upsertChunks(
        sql,
        sortedRows(firsts),
        4,
        (
          values,
        ) => `INSERT INTO user_first_event (user_id, event_type, event_id, occurred_at) VALUES ${values}
           ON CONFLICT (user_id, event_type) DO UPDATE SET event_id = excluded.event_id, occurred_at = excluded.occurred_at
           WHERE excluded.occurred_at < user_first_event.occurred_at`,
      );

      // 4. Rules, in the same transaction.
      const seenPerUser = new Map<string, number>();
      const events: EngineEvent[] = accepted.map((v) => {
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
      const run = await this.engine.process(sql, events);
      return { accepted: accepted.length, ...run };
    });
    return {
      accepted: outcome.accepted,
      duplicates: valid.length - outcome.accepted,
      rejected: errors.length,
      errors,
      firings: outcome.firings,
      issued: outcome.issued,
    };
  }

  /**
   * Applies attribute patches (in order) to the users' profiles. Returns, per user, the attributes after
   * each patch and the final ones. PostgreSQL merges atomically (jsonb ||); SQLite has one writer.
   */
  private async mergeProfiles(
    sql: Sql,
    patches: Map<string, Record<string, unknown>[]>,
    now: number,
  ): Promise<Map<string, { steps: Record<string, unknown>[]; final: Record<string, unknown> }>> {
    const users = [...patches.keys()];
    const current = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < users.length; i += 500) {
      const chunk = users.slice(i, i + 500);
      const rows = await sql.all<{ user_id: string; attributes: unknown }>(
        `SELECT user_id, attributes FROM user_profile WHERE user_id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const r of rows) current.set(r.user_id, jsonColumn<Record<string, unknown>>(r.attributes));
    }
    const out = new Map<string, { steps: Record<string, unknown>[]; final: Record<string, unknown> }>();
    const writes: unknown[][] = [];
    for (const [userId, list] of [...patches.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      let attrs = current.get(userId) ?? {};
      const steps: Record<string, unknown>[] = [];
      const combined: Record<string, unknown> = {};
      let changed = !current.has(userId);
      for (const patch of list) {
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
      out.set(userId, { steps, final: attrs });
      if (changed)
        writes.push([userId, JSON.stringify(sql.dialect === 'postgresql' ? combined : attrs), now, now]);
    }
    const merge =
      sql.dialect === 'postgresql'
        ? `jsonb_strip_nulls(user_profile.attributes || excluded.attributes)`
        : `excluded.attributes`;
    await upsertChunks(
      sql,
      writes,
      4,
      (values) => `INSERT INTO user_profile (user_id, attributes, first_seen_at, updated_at) VALUES ${values}
         ON CONFLICT (user_id) DO UPDATE SET attributes = ${merge}, updated_at = excluded.updated_at`,
    );
    return out;
  }
}

/** Rows in key order: concurrent batches lock rows in the same order (fewer deadlocks on PostgreSQL). */
const sortedRows = <T>(m: Map<string, T>): T[] =>
  [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1]);

async function upsertChunks(
  sql: Sql,
  rows: readonly unknown[][],
  columns: number,
  statement: (values: string) => string,
): Promise<void> {
  const size = Math.floor(900 / columns);
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await sql.run(statement(valuesList(chunk.length, columns)), chunk.flat());
  }
}
