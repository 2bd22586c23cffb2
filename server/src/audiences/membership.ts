// Changes to static audiences' members, the one place that writes them: rule actions (inside the
// ingestion transaction) and CSV uploads. The member count (`audience.size`) moves with the rows.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Sql } from '../db/sql';
import { badInput } from '../graphql/errors';
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
  /** The valid user ids, in file order. */
  ids: string[];
  invalid: { line: number; value: string }[];
}

/**
 * Reads the user ids of a CSV text (first column; a header row and blank lines are skipped); invalid
 * ids are counted (the first 100 kept with their line). The whole text is parsed before the caller
 * writes anything, so a malformed CSV (an unclosed quote) is refused as BAD_USER_INPUT on `csv` and
 * changes nothing.
 */
export async function readCsvIds(csv: string): Promise<CsvIds> {
  const parser = Readable.from([csv]).pipe(
    parse({ relax_column_count: true, skip_empty_lines: true, trim: true }),
  );
  const invalid: { line: number; value: string }[] = [];
  const ids: string[] = [];
  let rows = 0;
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line++;
      const value = record[0] ?? '';
      if (line === 1 && /^(user_?id|id|user)$/i.test(value)) continue;
      rows++;
      if (!EXTERNAL_ID_RE.test(value)) {
        if (invalid.length < 100) invalid.push({ line, value: value.slice(0, 140) });
        continue;
      }
      ids.push(value);
    }
  } catch (err) {
    const e = err as { code?: string; lines?: number };
    const reason = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote is not closed' : 'is not valid CSV';
    throw badInput('csv', `${reason}${e.lines ? ` (line ${e.lines})` : ''}`);
  }
  return { rows, ids, invalid };
}
