// Event types, user attributes and ingestion. `track` validates a batch (≤ 1 000) event by event, then
// writes the accepted ones in ONE transaction with multi-row statements (events deduplicated by id,
// user attributes, daily aggregate buckets, first-seen rows), hands the new events to the event
// processor (the rule engine, wired by composition) in that same transaction, and reports per-event
// errors without dropping the valid events. The steps are in ingest.ts.
import { boolColumn, type Database, containsPattern, jsonColumn, type Sql, type Statement } from '../db/sql';
import { runGrouped } from '../db/writes';
import { AppError, badInput } from '../graphql/errors';
import { EXTERNAL_ID_RE, nowSeconds } from '../ids';
import { DEFAULT_EVENT_TYPES, EVENT_TYPE_NAME_RE, PROPERTY_NAME_RE, numericProperties } from './event-types';
import {
  type TrackError,
  type TrackInput,
  type TypeInfo,
  aggregateWrites,
  attributePatches,
  insertEvents,
  isObject,
  mergeProfiles,
  processorEvents,
  validateBatch,
} from './ingest';
import type { EventProcessor } from './processor';
import { type EventTypeDef, PROPERTY_TYPES, type PropertyDef } from './tracking.entity';
import * as q from './tracking.sql';

export type { TrackError, TrackErrorCode, TrackInput } from './ingest';

export const MAX_BATCH = 1000;

export interface TrackResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  errors: TrackError[];
  /** Rule decisions that reached an action or a split. */
  firings: number;
  issued: number;
}

/** Attribute names kept in memory (the table holds them all; past this, unknown names are re-upserted). */
const MAX_KNOWN_ATTRIBUTE_KEYS = 50_000;
const MAX_ATTRIBUTE_KEY_LENGTH = 128;

export class TrackingService {
  private types = new Map<string, TypeInfo>();
  /** Attribute names known to be in `user_attribute_key`. */
  private attributeKeys = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly processor: EventProcessor,
  ) {}

  async init(): Promise<void> {
    const now = nowSeconds();
    await this.db.tx((sql) => q.seedEventTypes(sql, DEFAULT_EVENT_TYPES, now));
    await this.loadTypes();
    const keys = await this.db.read((sql) => q.attributeKeys(sql, null, MAX_KNOWN_ATTRIBUTE_KEYS));
    this.attributeKeys = new Set(keys);
  }

  private async loadTypes(): Promise<void> {
    const rows = await this.db.read((sql) => q.eventTypes(sql));
    const types = new Map<string, TypeInfo>();
    for (const r of rows) {
      const properties = jsonColumn<PropertyDef[]>(r.properties);
      types.set(r.name, {
        def: {
          name: r.name,
          description: r.description,
          properties,
          builtin: boolColumn(r.builtin),
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
      q.upsertEventType(
        sql,
        {
          name: input.name,
          description: input.description ?? null,
          properties: input.properties,
          builtin: existing?.builtin ?? false,
        },
        now,
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
      const merged = await mergeProfiles(sql, patches, now, writes);
      const keys = this.newAttributeKeys(sql, patches, now, writes);
      await runGrouped(sql, writes);
      return { attributes: merged.get(userId)!.final, keys };
    });
    this.rememberAttributeKeys(result.keys);
    return result.attributes;
  }

  /** Attribute names seen in user profiles, in name order; `search` matches a substring. */
  async userAttributeKeys(search: string | null, first: number): Promise<string[]> {
    return this.db.read((sql) => q.attributeKeys(sql, search ? containsPattern(search) : null, first));
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
    q.attributeKeyInserts(
      out,
      sql.dialect,
      keys.map((k) => [k, now]),
    );
    return keys;
  }

  private rememberAttributeKeys(keys: readonly string[]): void {
    for (const k of keys) if (this.attributeKeys.size < MAX_KNOWN_ATTRIBUTE_KEYS) this.attributeKeys.add(k);
  }

  async userAttributes(userId: string): Promise<Record<string, unknown> | null> {
    const row = await this.db.read((sql) => q.profileOf(sql, userId));
    return row ? jsonColumn<Record<string, unknown>>(row.attributes) : null;
  }

  /** The newest stored events, of one type and/or one user (staff: the event catalogue, user lookup). */
  async recentEvents(filter: { type: string | null; userId: string | null; first: number }) {
    const rows = await this.db.read((sql) =>
      q.recentEvents(sql, { type: filter.type, userId: filter.userId, limit: filter.first }),
    );
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      userId: r.user_id,
      occurredAt: Number(r.occurred_at),
      receivedAt: Number(r.received_at),
      properties: jsonColumn<Record<string, unknown>>(r.properties),
    }));
  }

  /** A user's behaviour aggregates per event type: counts and sums, all time and over the last `days`. */
  async userBehaviour(userId: string, days: number, now = nowSeconds()) {
    const sinceDay = Math.floor(now / 86_400) - days + 1;
    const [counts, sums] = await this.db.read((sql) =>
      Promise.all([q.behaviourCounts(sql, userId, sinceDay), q.behaviourSums(sql, userId, sinceDay)]),
    );
    return {
      userId,
      days,
      counts: counts.map((c) => ({
        eventType: c.event_type,
        total: Number(c.total),
        recent: Number(c.recent),
        lastDay: Number(c.last_day) * 86_400,
      })),
      sums: sums.map((s) => ({
        eventType: s.event_type,
        property: s.property,
        total: Number(s.total),
        recent: Number(s.recent),
      })),
    };
  }

  /** Validates every event; the valid ones are written and handed to the processor in one transaction. */
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
    const { valid, errors } = await validateBatch(inputs, now, async (name, reload) => {
      if (reload) await this.loadTypes(); // defined on another instance meanwhile
      return this.types.get(name);
    });
    if (valid.length === 0)
      return { accepted: 0, duplicates: 0, rejected: errors.length, errors, firings: 0, issued: 0 };
    const outcome = await this.db.tx(async (sql) => {
      const accepted = await insertEvents(sql, valid, now);
      if (accepted.length === 0)
        return { accepted: 0, firings: 0, issued: 0, committed: () => undefined, attributeKeys: [] };
      const writes: Statement[] = [];
      const patches = attributePatches(accepted);
      const profiles = await mergeProfiles(sql, patches, now, writes);
      const attributeKeys = this.newAttributeKeys(sql, patches, now, writes);
      aggregateWrites(sql, accepted, writes);
      // Independent upserts (distinct tables, distinct keys): one round trip on PostgreSQL.
      await runGrouped(sql, writes);
      const run = await this.processor.process(sql, processorEvents(accepted, profiles));
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
}
