// The SQL of a keyset page (graphql/pagination.ts `keyset` builds the page's condition and order).
import type { Sql } from './sql';

/** What `keyset` in graphql/pagination.ts gives: the condition past the cursor, ORDER BY, LIMIT. */
export interface KeysetPage {
  where: string | null;
  params: unknown[];
  orderBy: string;
  limit: number;
}

/**
 * One keyset page of `table` (`select` columns, rows matching `filter`) and the count of every row the
 * filter matches. Call it inside `Database.snapshot` so the page and the count agree.
 */
export async function keysetRows<R>(
  sql: Sql,
  table: string,
  filter: { where: readonly string[]; params: readonly unknown[] },
  page: KeysetPage,
  select = '*',
): Promise<{ rows: R[]; total: number }> {
  const where = page.where ? [...filter.where, page.where] : filter.where;
  const rows = await sql.all<R>(
    `SELECT ${select} FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${page.orderBy} LIMIT ${Number(page.limit)}`,
    [...filter.params, ...page.params],
  );
  const count = await sql.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM ${table}${filter.where.length ? ` WHERE ${filter.where.join(' AND ')}` : ''}`,
    [...filter.params],
  );
  return { rows, total: Number(count?.n ?? 0) };
}
