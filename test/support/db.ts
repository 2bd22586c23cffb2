// Direct, read-only looks at the database a test server writes (row counts: "nothing written").
import Database from 'better-sqlite3';
import pg from 'pg';

export async function countRows(
  databaseUrl: string,
  tables: readonly string[],
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true, fileMustExist: true });
    try {
      for (const t of tables)
        out[t] = (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
    return out;
  }
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    for (const t of tables) out[t] = Number((await c.query(`SELECT COUNT(*) AS n FROM ${t}`)).rows[0].n);
  } finally {
    await c.end();
  }
  return out;
}

export const ALL_TABLES = [
  'campaign',
  'coupon_template',
  'quota_batch',
  'coupon',
  'coupon_code',
  'idempotency_key',
  'checkout_order',
  'redemption',
  'outbox_event',
  'bulk_job',
  'staff_user',
  'api_key',
] as const;

/** Runs one read query directly on the database (for assertions the API does not expose). */
export async function queryRows<T = Record<string, unknown>>(databaseUrl: string, sql: string): Promise<T[]> {
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}
