// Writing domain events: always inside the transaction that makes the change they announce; and the
// staff's read of the event log.
import type { Database, Sql, Statement } from '../db/sql';
import type { DomainEvent } from './events';
import { type Page, keyset, type PageWindow, windowPage } from '../graphql/pagination';
import { type EventLogRange, type EventView, eventLogPage, insertEvents, readEventLog } from './outbox.sql';

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
        JSON.stringify(e.payload), // compact: the columns are not repeated (see events.ts)
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

/**
 * A page of the event log in outbox order (oldest first) and the filtered log's total count, from one
 * snapshot. The cursor position is the event id.
 */
export async function readEventLogConnection(
  db: Database,
  f: Omit<EventLogRange, 'afterId' | 'limit'>,
  w: PageWindow<number>,
): Promise<Page<EventView>> {
  const page = keyset(['id'], false, { ...w, position: w.position == null ? null : [w.position] });
  const { rows, total } = await db.snapshot((sql) => eventLogPage(sql, f, page));
  return windowPage(w, rows, total, (e) => String(e.id));
}
