// Direct looks at the database a test server writes (row counts: "nothing written"), and the few
// direct writes a test makes (rows in an earlier form, backdated times).
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

/**
 * Runs statements (`?` placeholders) directly on the database in order, returning the last one's rows:
 * for rows the API cannot make (an earlier form, a time in the past).
 */
export async function runSql<T = Record<string, unknown>>(
  databaseUrl: string,
  statements: [string, unknown[]][],
): Promise<T[]> {
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new Database(databaseUrl.slice('sqlite:'.length), { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    try {
      let rows: T[] = [];
      for (const [sql, params] of statements) {
        const st = db.prepare(sql);
        if (st.reader) rows = st.all(...params) as T[];
        else st.run(...params);
      }
      return rows;
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    let rows: T[] = [];
    for (const [sql, params] of statements) {
      let i = 0;
      rows = (
        await c.query(
          sql.replace(/\?/g, () => `$${++i}`),
          params,
        )
      ).rows as T[];
    }
    return rows;
  } finally {
    await c.end();
  }
}
