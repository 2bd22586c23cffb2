// Writing domain events: always inside the transaction that makes the change they announce; and the
// staff's read of the event log.
import type { Database, Sql, Statement } from '../db/sql';
import { type DomainEvent, storedPayload } from './events';
import type { Dialect } from '../config';
import { chunkedRows } from '../db/writes';
import { type Page, keyset, type PageWindow, windowPage } from '../graphql/pagination';
import {
  couponHoldsEnvelope,
  type EventLogRange,
  type EventView,
  eventLogPage,
  insertEvents,
  insertEventsText,
  readEventLog,
} from './outbox.sql';

export type { DomainEvent } from './events';

const CHUNK = 500;

/**
 * The INSERT statements that write `events` (for callers that batch them with other writes), in
 * event order. On SQLite (statements run one after the other) the chunks come in a few fixed sizes,
 * each statement text prepared once; elsewhere one statement per 500 events (PostgreSQL runs a
 * round trip's statements in no guaranteed order, and the ids must follow the events' order).
 */
export function eventInserts(events: readonly DomainEvent[], now: number, dialect?: Dialect): Statement[] {
  const statements: Statement[] = [];
  const chunks =
    dialect === 'sqlite'
      ? chunkedRows('outbox.insert', events.length, CHUNK, insertEventsText)
      : Array.from({ length: Math.ceil(events.length / CHUNK) }, (_, k) => ({
          text: '',
          from: k * CHUNK,
          to: Math.min(events.length, (k + 1) * CHUNK),
        }));
  for (const c of chunks) {
    const params: unknown[] = [];
    for (let i = c.from; i < c.to; i++) {
      const e = events[i]!;
      // a coupon's event leaves its template and campaign to the coupon row (outbox.sql.ts)
      const own = couponHoldsEnvelope(e.type, e.couponId);
      params.push(
        e.type,
        e.couponId ?? null,
        own ? null : (e.templateId ?? null),
        own ? null : (e.campaignId ?? null),
        e.userId ?? null,
        e.merchantId ?? null,
        JSON.stringify(storedPayload(e, now)), // compact: the columns are not repeated (see events.ts)
        now,
      );
    }
    statements.push(c.text ? { sql: c.text, params } : insertEvents(c.to - c.from, params));
  }
  return statements;
}

export async function writeEvents(sql: Sql, events: readonly DomainEvent[], now: number): Promise<void> {
  for (const st of eventInserts(events, now, sql.dialect)) await sql.run(st.sql, st.params);
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
