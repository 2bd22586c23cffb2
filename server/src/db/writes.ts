// Batched statements for the ingestion path. Many rows go in one statement, as a row source:
//  - SQLite: `VALUES (?, ?), (?, ?), …` in a few fixed sizes (`chunkSizes`), so that prepared
//    statements are reused; statement texts are built once and reused as the same string.
//  - PostgreSQL: `SELECT * FROM unnest(?::text[], ?::bigint[], …)`, one array per column: a statement
//    with a handful of parameters, whatever the row count (a VALUES list of thousands of parameters
//    costs PostgreSQL more to parse and plan than to execute).
// Independent statements then go together: one round trip on PostgreSQL (`Sql.runMany`, `Sql.allMany`).
import type { Dialect } from '../config';
import { type Row, type Sql, type Statement, valuesList } from './sql';

/** Parameters per statement and per round trip (SQLite allows 32 766, PostgreSQL 65 535). */
export const MAX_PARAMS = 30_000;
/** PostgreSQL: rows per unnest statement. */
const PG_ROWS = 10_000;

/** PostgreSQL types of the unnest arrays. */
export type ColumnType = 'text' | 'integer' | 'bigint' | 'double precision' | 'boolean' | 'jsonb';

/**
 * Rows per statement for `n` rows: full chunks of `max`, then the rest in powers of two. SQLite's
 * statement cache then sees a dozen statement shapes, instead of preparing a new statement (a few
 * thousand placeholders long) for every batch size.
 */
export function chunkSizes(n: number, max: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left >= max) {
    sizes.push(max);
    left -= max;
  }
  for (let p = 1 << Math.floor(Math.log2(Math.max(1, max))); left > 0; p >>= 1)
    if (left >= p) {
      sizes.push(p);
      left -= p;
    }
  return sizes;
}

export interface MultiRow {
  /**
   * Names the statement (with anything that changes its text besides the row count): its text is
   * built once per row count and reused as the same string, which SQLite's statement cache then
   * finds without hashing and comparing a statement thousands of placeholders long.
   */
  name: string;
  /** One entry per column: the PostgreSQL array type of its unnest argument. */
  types: readonly ColumnType[];
  /** SQLite: at most this many rows per statement (and at most MAX_PARAMS parameters). */
  perStatement: number;
  /**
   * The statement around the row source, e.g. `INSERT INTO t (a, b) ${rows}` or
   * `WITH q(a, b) AS (${rows}) SELECT …`.
   */
  sql: (rows: string) => string;
  /** SQLite: the placeholder tuple of one row (default `(?, ?, …)`). */
  row?: string;
  /** A one-column list for `x IN (${rows})`: SQLite `?, ?, …`. */
  list?: boolean;
}

const texts = new Map<string, string>();

/** The text of statement `name` for `size` rows, built once (see `MultiRow.name`). */
export function statementText(name: string, size: number, build: (size: number) => string): string {
  const key = `${name}\u0000${size}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = build(size);
    if (texts.size > 2000) texts.clear();
    texts.set(key, text);
  }
  return text;
}

/**
 * The placeholders and parameters of `x IN (…)` for `values`, the list padded to the next power of two
 * by repeating its last value (a value listed twice matches the same rows): SQLite's statement cache
 * then sees a dozen statement texts, instead of preparing a new one (a few hundred placeholders long)
 * for every list length. `values` must not be empty.
 */
export function paddedList(values: readonly unknown[]): { list: string; params: unknown[] } {
  const size = values.length <= 1 ? 1 : 2 ** Math.ceil(Math.log2(values.length));
  const params = [...values];
  const last = values[values.length - 1];
  while (params.length < size) params.push(last);
  return { list: statementText('in-list', size, valuesList), params };
}

/**
 * Multi-row statements of `columns` values per row for `rows.length` rows: full chunks of `max`
 * rows, then the rest in powers of two (`chunkSizes`), each text built once per size. For statements
 * that may run in any order or that run on SQLite (one after the other, in order).
 */
export function chunkedRows(
  name: string,
  rows: number,
  max: number,
  build: (size: number) => string,
): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  let from = 0;
  for (const size of chunkSizes(rows, max)) {
    out.push({ text: statementText(name, size, build), from, to: from + size });
    from += size;
  }
  return out;
}

/** Appends the statements that carry `rows` to `out`. */
export function multiRow(
  out: Statement[],
  dialect: Dialect,
  rows: readonly (readonly unknown[])[],
  spec: MultiRow,
): void {
  const columns = spec.types.length;
  if (dialect === 'postgresql') {
    const text = statementText(spec.name, -1, () =>
      spec.sql(`SELECT * FROM unnest(${spec.types.map((t) => `CAST(? AS ${t}[])`).join(', ')})`),
    );
    for (let i = 0; i < rows.length; i += PG_ROWS) {
      const end = Math.min(rows.length, i + PG_ROWS);
      const params: unknown[][] = spec.types.map(() => []);
      for (let r = i; r < end; r++) {
        const row = rows[r]!;
        for (let c = 0; c < columns; c++) params[c]!.push(row[c] ?? null);
      }
      out.push({ sql: text, params });
    }
    return;
  }
  const max = Math.max(1, Math.min(spec.perStatement, Math.floor(MAX_PARAMS / columns)));
  let i = 0;
  for (const size of chunkSizes(rows.length, max)) {
    const params: unknown[] = [];
    for (const end = i + size; i < end; i++) for (const v of rows[i]!) params.push(v);
    const text = statementText(spec.name, size, (n) => {
      if (spec.list) return spec.sql(valuesList(n));
      if (spec.row === undefined) return spec.sql(`VALUES ${valuesList(n, columns)}`);
      return spec.sql(`VALUES ${new Array<string>(n).fill(spec.row).join(', ')}`);
    });
    out.push({ sql: text, params });
  }
}

/**
 * Independent writes (none depends on another's effect, no two touch the same row) in as few round
 * trips as the parameter limit allows.
 */
export async function runGrouped(sql: Sql, statements: readonly Statement[]): Promise<void> {
  for (const group of groups(statements)) await sql.runMany(group);
}

/** Independent reads in as few round trips as the parameter limit allows (`Sql.allMany`). */
export async function allGrouped(sql: Sql, queries: readonly Statement[]): Promise<Row[][]> {
  const out: Row[][] = [];
  for (const group of groups(queries)) out.push(...(await sql.allMany(group)));
  return out;
}

function groups(statements: readonly Statement[]): Statement[][] {
  const out: Statement[][] = [];
  let group: Statement[] = [];
  let params = 0;
  for (const st of statements) {
    const n = st.params?.length ?? 0;
    if (group.length > 0 && params + n > MAX_PARAMS) {
      out.push(group);
      group = [];
      params = 0;
    }
    group.push(st);
    params += n;
  }
  if (group.length > 0) out.push(group);
  return out;
}
