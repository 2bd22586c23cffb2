// Writing domain events: always inside the transaction that makes the change they announce; and the
// staff's read of the event log.
import type { Database, Sql, Statement } from '../db/sql';
import { type DomainEvent, storedPayload } from './events';
import { type EventView, insertEvents, readEventLog } from './outbox.sql';

export type { DomainEvent } from './events';

const CHUNK = 500;

/** The INSERT statements that write `events` (for callers that batch them with other writes). */
export function eventInserts(events: readonly DomainEvent[], now: number): Statement[] {
  const statements: Statement[] = [];
  for (let i = 0; i < events.length; i += CHUNK) {
    const chunk = events.slice(i, i + CHUNK);
    const params: unknown[] = [];
    for (const e of chunk) {
      params.push(
        e.type,
        e.couponId ?? null,
        e.templateId ?? null,
        e.campaignId ?? null,
        e.userId ?? null,
        e.merchantId ?? null,
        JSON.stringify(storedPayload(e, now)), // compact: the columns are not repeated (see events.ts)
        now,
      );
    }
    statements.push(insertEvents(chunk.length, params));
  }
  return statements;
}

export async function writeEvents(sql: Sql, events: readonly DomainEvent[], now: number): Promise<void> {
  for (const st of eventInserts(events, now)) await sql.run(st.sql, st.params);
}

/**
 * Events after `afterId` in outbox order, optionally of one coupon, template, user, some types, and
 * (a partner key) some merchants: the event log staff read and partners pull.
 */
export function readEventLogPage(
  db: Database,
  f: {
    afterId: number;
    couponId?: string | null;
    templateId?: string | null;
    userId?: string | null;
    types?: readonly string[] | null;
    merchantIds?: readonly string[] | null;
    first: number;
  },
): Promise<EventView[]> {
  return db.read((sql) => readEventLog(sql, { ...f, limit: f.first }));
}
