// Ingestion: `track` validates a batch (≤ 1 000) event by event, then writes the accepted ones in ONE
// transaction with multi-row statements (events deduplicated by id, user attributes, daily aggregate
// buckets, first-seen rows), runs the rule engine on the new events in that same transaction, and
// reports per-event errors without dropping the valid events.
import { boundsProblem } from './bounds';
import { type Database, jsonColumn, type Sql, type Statement } from '../db/sql';
import { allGrouped, multiRow, runGrouped } from '../db/writes';
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
import { escapeLike } from './like';
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
  | 'DUPLICATE_IN_BATCH'
  | 'INVALID_TIME';

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

interface Valid {
  input: TrackInput;
  occurredAt: number;
  properties: Record<string, unknown>;
  /** The type's declared numeric properties (daily sums). */
  numeric: readonly string[];
}

/** Events per INSERT (6 parameters each). */
const EVENTS_PER_STATEMENT = 500;
const NO_ATTRIBUTES: Record<string, unknown> = Object.freeze({});

function fail(
  errors: TrackError[],
  index: number,
  e: TrackInput,
  code: TrackErrorCode,
  field: string,
  message: string,
): void {
  errors.push({
    index,
    eventId: typeof e.id === 'string' ? e.id : null,
    code,
    field: `events.${index}.${field}`,
    message,
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Attribute names kept in memory (the table holds them all; past this, unknown names are re-upserted). */
const MAX_KNOWN_ATTRIBUTE_KEYS = 50_000;
const MAX_ATTRIBUTE_KEY_LENGTH = 128;

export class TrackingService {
  private types = new Map<string, TypeInfo>();
  /** Attribute names known to be in `user_attribute_key`. */
  private attributeKeys = new Set<string>();

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
    const keys = await this.db.read((sql) =>
      sql.all<{ name: string }>(`SELECT name FROM user_attribute_key ORDER BY name LIMIT ?`, [
        MAX_KNOWN_ATTRIBUTE_KEYS,
      ]),
    );
    this.attributeKeys = new Set(keys.map((k) => k.name));
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
    const result = await this.db.tx(async (sql) => {
      const writes: Statement[] = [];
      const patches = new Map([[userId, [attributes]]]);
      const now = nowSeconds();
      const merged = await this.mergeProfiles(sql, patches, now, writes);
      const keys = this.newAttributeKeys(sql, patches, now, writes);
      await runGrouped(sql, writes);
      return { attributes: merged.get(userId)!.final, keys };
    });
    this.rememberAttributeKeys(result.keys);
    return result.attributes;
  }

  /** Attribute names seen in user profiles, in name order; `search` matches a substring. */
  async userAttributeKeys(search: string | null, first: number): Promise<string[]> {
    const rows = await this.db.read((sql) =>
      search
        ? sql.all<{ name: string }>(
            `SELECT name FROM user_attribute_key WHERE LOWER(name) LIKE LOWER(?) ESCAPE '\\' ORDER BY name LIMIT ?`,
            [`%${escapeLike(search)}%`, first],
          )
        : sql.all<{ name: string }>(`SELECT name FROM user_attribute_key ORDER BY name LIMIT ?`, [first]),
    );
    return rows.map((r) => r.name);
  }

  /** Appends the insert of attribute names not known yet; returns them (to remember after the commit). */
  private newAttributeKeys(
    sql: Sql,
    patches: ReadonlyMap<string, readonly Record<string, unknown>[]>,
    now: number,
    out: Statement[],
  ): string[] {
    const fresh = new Set<string>();
    for (const list of patches.values())
      for (const patch of list)
        for (const k in patch)
          if (!this.attributeKeys.has(k) && k.length <= MAX_ATTRIBUTE_KEY_LENGTH && k.length > 0)
            fresh.add(k);
    const keys = [...fresh].sort();
    multiRow(
      out,
      sql.dialect,
      keys.map((k) => [k, now]),
      {
        name: 'tracking.attributeKey',
        types: ['text', 'bigint'],
        perStatement: 1000,
        sql: (rows) =>
          `INSERT INTO user_attribute_key (name, first_seen_at) ${rows} ON CONFLICT (name) DO NOTHING`,
      },
    );
    return keys;
  }

  private rememberAttributeKeys(keys: readonly string[]): void {
    for (const k of keys) if (this.attributeKeys.size < MAX_KNOWN_ATTRIBUTE_KEYS) this.attributeKeys.add(k);
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
    const valid: Valid[] = [];
    const inBatch = new Set<string>();
    let reloaded = false;
    for (let index = 0; index < inputs.length; index++) {
      const e = inputs[index]!;
      if (typeof e.id !== 'string' || !EXTERNAL_ID_RE.test(e.id)) {
        fail(
          errors,
          index,
          e,
          'INVALID_ID',
          'id',
          'an event id is 1-128 printable characters without spaces',
        );
        continue;
      }
      if (typeof e.userId !== 'string' || !EXTERNAL_ID_RE.test(e.userId)) {
        fail(
          errors,
          index,
          e,
          'INVALID_USER_ID',
          'userId',
          'a user id is 1-128 printable characters without spaces',
        );
        continue;
      }
      const outOfBounds = boundsProblem(e, now);
      if (outOfBounds) {
        fail(errors, index, e, outOfBounds.code, outOfBounds.field, outOfBounds.message);
        continue;
      }
      if (!this.types.has(e.type) && !reloaded) {
        reloaded = true;
        await this.loadTypes(); // defined on another instance meanwhile
      }
      const type = this.types.get(e.type);
      if (!type) {
        fail(errors, index, e, 'UNKNOWN_EVENT_TYPE', 'type', `unknown event type ${JSON.stringify(e.type)}`);
        continue;
      }
      const properties = e.properties ?? {};
      if (!isObject(properties)) {
        fail(errors, index, e, 'INVALID_PROPERTY', 'properties', 'properties must be a JSON object');
        continue;
      }
      const problem = propertyProblem(type.def.properties, properties);
      if (problem) {
        fail(errors, index, e, problem.code, problem.field, problem.message);
        continue;
      }
      if (e.userAttributes != null && !isObject(e.userAttributes)) {
        fail(
          errors,
          index,
          e,
          'INVALID_ATTRIBUTES',
          'userAttributes',
          'userAttributes must be a JSON object',
        );
        continue;
      }
      if (inBatch.has(e.id)) {
        fail(errors, index, e, 'DUPLICATE_IN_BATCH', 'id', `event id ${e.id} appears earlier in this batch`);
        continue;
      }
      inBatch.add(e.id);
      valid.push({ input: e, occurredAt: e.occurredAt ?? now, properties, numeric: type.numeric });
    }
    if (valid.length === 0)
      return { accepted: 0, duplicates: 0, rejected: errors.length, errors, firings: 0, issued: 0 };

    const outcome = await this.db.tx(async (sql) => {
      // 1. Events, deduplicated by id.
      const fresh = new Set<string>();
      const inserts: Statement[] = [];
      multiRow(
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
        {
          name: 'tracking.events',
          types: ['text', 'text', 'text', 'bigint', 'jsonb', 'bigint'],
          perStatement: EVENTS_PER_STATEMENT,
          sql: (rows) => `INSERT INTO tracked_event (id, type, user_id, occurred_at, properties, received_at)
            ${rows} ON CONFLICT (id) DO NOTHING RETURNING id`,
        },
      );
      for (const st of inserts)
        for (const r of await sql.all<{ id: string }>(st.sql, st.params)) fresh.add(r.id);
      const accepted = fresh.size === valid.length ? valid : valid.filter((v) => fresh.has(v.input.id));
      if (accepted.length === 0)
        return { accepted: 0, firings: 0, issued: 0, committed: () => undefined, attributeKeys: [] };

      // 2. User attributes: each event sees the attributes as of itself.
      const patches = new Map<string, Record<string, unknown>[]>();
      for (const v of accepted) {
        const list = patches.get(v.input.userId);
        const patch = v.input.userAttributes ?? NO_ATTRIBUTES;
        if (list) list.push(patch);
        else patches.set(v.input.userId, [patch]);
      }
      const writes: Statement[] = [];
      const profiles = await this.mergeProfiles(sql, patches, now, writes);
      const attributeKeys = this.newAttributeKeys(sql, patches, now, writes);

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
      multiRow(writes, sql.dialect, sortedRows(buckets, sql), {
        name: 'tracking.bucket',
        types: ['text', 'text', 'integer', 'integer'],
        perStatement: 1000,
        sql: (rows) => `INSERT INTO behaviour_bucket (user_id, event_type, day, count) ${rows}
           ON CONFLICT (user_id, event_type, day) DO UPDATE SET count = behaviour_bucket.count + excluded.count`,
      });
      multiRow(writes, sql.dialect, sortedRows(sums, sql), {
        name: 'tracking.sum',
        types: ['text', 'text', 'integer', 'text', 'double precision'],
        perStatement: 1000,
        sql: (rows) => `INSERT INTO behaviour_sum (user_id, event_type, day, property, total) ${rows}
           ON CONFLICT (user_id, event_type, day, property) DO UPDATE SET total = behaviour_sum.total + excluded.total`,
      });
      multiRow(writes, sql.dialect, sortedRows(firsts, sql), {
        name: 'tracking.first',
        types: ['text', 'text', 'text', 'bigint'],
        perStatement: 1000,
        sql: (rows) => `INSERT INTO user_first_event (user_id, event_type, event_id, occurred_at) ${rows}
           ON CONFLICT (user_id, event_type) DO UPDATE SET event_id = excluded.event_id, occurred_at = excluded.occurred_at
           WHERE excluded.occurred_at < user_first_event.occurred_at`,
      });
      // Independent upserts (distinct tables, distinct keys): one round trip on PostgreSQL.
      await runGrouped(sql, writes);

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
      return { accepted: accepted.length, ...run, attributeKeys };
    });
    outcome.committed();
    this.rememberAttributeKeys(outcome.attributeKeys);
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
    out: Statement[],
  ): Promise<Map<string, { steps: Record<string, unknown>[]; final: Record<string, unknown> }>> {
    const current = new Map<string, Record<string, unknown>>();
    const reads: Statement[] = [];
    multiRow(
      reads,
      sql.dialect,
      [...patches.keys()].map((u) => [u]),
      {
        name: 'tracking.profiles',
        types: ['text'],
        perStatement: 500,
        list: true,
        sql: (rows) => `SELECT user_id, attributes FROM user_profile WHERE user_id IN (${rows})`,
      },
    );
    for (const rows of await allGrouped(sql, reads))
      for (const r of rows) current.set(String(r.user_id), jsonColumn<Record<string, unknown>>(r.attributes));
    const merged = new Map<string, { steps: Record<string, unknown>[]; final: Record<string, unknown> }>();
    const writes: unknown[][] = [];
    for (const [userId, list] of sql.dialect === 'postgresql'
      ? [...patches.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))
      : patches) {
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
      merged.set(userId, { steps, final: attrs });
      if (changed)
        writes.push([userId, JSON.stringify(sql.dialect === 'postgresql' ? combined : attrs), now, now]);
    }
    const merge =
      sql.dialect === 'postgresql'
        ? `jsonb_strip_nulls(user_profile.attributes || excluded.attributes)`
        : `excluded.attributes`;
    multiRow(out, sql.dialect, writes, {
      name: 'tracking.profile',
      types: ['text', 'jsonb', 'bigint', 'bigint'],
      perStatement: 1000,
      sql: (rows) => `INSERT INTO user_profile (user_id, attributes, first_seen_at, updated_at) ${rows}
         ON CONFLICT (user_id) DO UPDATE SET attributes = ${merge}, updated_at = excluded.updated_at`,
    });
    return merged;
  }
}

/**
 * Rows in key order on PostgreSQL: concurrent batches lock rows in the same order (fewer deadlocks).
 * SQLite has one writer: insertion order is as good, and sorting costs a millisecond per batch.
 */
const sortedRows = <T>(m: Map<string, T>, sql: Sql): T[] =>
  sql.dialect === 'postgresql'
    ? [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1])
    : [...m.values()];
