// Changes to static audiences' members, the one place that writes them: rule actions (inside the
// ingestion transaction) and CSV uploads. The member count (`audience.size`) moves with the rows.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Sql } from '../db/sql';
import { EXTERNAL_ID_RE } from '../ids';
import { clearMembers, deleteMember, insertMembers, insertStaticMember } from './audience.sql';

export interface MembershipChange {
  op: 'add' | 'remove';
  audienceId: string;
  userId: string;
}

/**
 * Applies changes in order, in the caller's transaction. An add to a dynamic or missing audience
 * does nothing (their members are computed, not stored). Returns the changes that took effect.
 */
export async function changeStaticMembership(
  sql: Sql,
  changes: readonly MembershipChange[],
  now: number,
): Promise<number> {
  let done = 0;
  for (const c of changes)
    done +=
      c.op === 'add'
        ? await insertStaticMember(sql, c.audienceId, c.userId, now)
        : await deleteMember(sql, c.audienceId, c.userId, now);
  return done;
}

/** Empties a static audience (an upload that replaces the members). */
export const clearStaticMembers = clearMembers;

/** Adds members to a static audience; returns how many were new. */
export function addStaticMembers(
  sql: Sql,
  audienceId: string,
  userIds: readonly string[],
  now: number,
): Promise<number> {
  return userIds.length === 0 ? Promise.resolve(0) : insertMembers(sql, audienceId, userIds, now);
}

export interface CsvIds {
  rows: number;
  invalid: { line: number; value: string }[];
}

/**
 * Streams the user ids of a CSV text (first column; a header row and blank lines are skipped) to
 * `take` in pages of `page` ids; invalid ids are counted (the first 100 kept with their line).
 */
export async function readCsvIds(
  csv: string,
  page: number,
  take: (userIds: string[]) => Promise<void>,
): Promise<CsvIds> {
  const parser = Readable.from([csv]).pipe(
    parse({ relax_column_count: true, skip_empty_lines: true, trim: true }),
  );
  const invalid: { line: number; value: string }[] = [];
  let rows = 0;
  let pending: string[] = [];
  let line = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    line++;
    const value = record[0] ?? '';
    if (line === 1 && /^(user_?id|id|user)$/i.test(value)) continue;
    rows++;
    if (!EXTERNAL_ID_RE.test(value)) {
      if (invalid.length < 100) invalid.push({ line, value: value.slice(0, 140) });
      continue;
    }
    pending.push(value);
    if (pending.length >= page) {
      await take(pending);
      pending = [];
    }
  }
  if (pending.length > 0) await take(pending);
  return { rows, invalid };
}
