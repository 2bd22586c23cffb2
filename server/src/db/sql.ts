// SQL on the ORM's own connection pool, for the statements a feature keeps in its `*.sql.ts` file
// (docs/data-access.md: model and CRUD go through the EntityManager, `db.em()`; set-based reads and
// writes, the hot paths and multi-row statements are SQL text in `<feature>.sql.ts`).
// SQLite: the pool holds one better-sqlite3 connection, so acquiring it serialises us with the ORM's
// own transactions; statements run synchronously from a prepared-statement cache.
// PostgreSQL: a pooled pg client per transaction; `?` placeholders become `$n`.
import { IsolationLevel, type MikroORM, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Dialect } from '../config';
import { isLostConnection, isTransientDbFault } from './faults';

export type Row = Record<string, unknown>;

/**
 * A LIKE pattern's wildcards and escape character escaped with a backslash, for `LIKE ? ESCAPE '\\'`.
 * Every search filter builds its pattern with this (or `containsFilter`): `%` and `_` typed by a
 * user match themselves, never everything.
 */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The LIKE pattern (with `escape '\\'`) for "contains `text`", its wildcards matching themselves. */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;

/** An ORM filter: `column` contains `text` (case-insensitive), wildcards in `text` matching themselves. */
export const containsFilter = (column: string, text: string): Record<string, unknown[]> => ({
  [raw((alias: string) => `lower(${alias}.${column}) like lower(?) escape '\\'`, [containsPattern(text)])]:
    [],
});

export interface Statement {
  sql: string;
  params?: readonly unknown[];
}

export interface Sql {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a statement and returns the number of affected rows. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /**
   * Independent SELECTs. On PostgreSQL they go in one round trip, each result aggregated to JSON
   * (so rows come back as JSON values: bigint and numeric columns as numbers, jsonb parsed, as the
   * driver gives them). All see one snapshot: take row locks in an earlier statement, not here.
   */
  allMany(queries: readonly Statement[]): Promise<Row[][]>;
  /**
   * `all` for wide results (many rows × many columns): on PostgreSQL the rows come back aggregated as
   * one JSON value, parsed by one native JSON.parse instead of field by field in the driver (about
   * 10× less client CPU for 50 rows × 40 columns). Types as in `allMany`; row order as the query's.
   * On SQLite the rows come back as arrays (better-sqlite3's raw mode) and are built into objects by a
   * function compiled once per statement: the same rows as `all`, in about 2.5× less time for the
   * 50-coupon wallet (the driver sets each of 49 properties on each row object one by one).
   */
  allPacked<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Independent INSERT/UPDATE/DELETE statements, returning each one's affected-row count. On
   * PostgreSQL they go in one round trip as data-modifying CTEs: they share one snapshot, so none
   * may depend on another's effect (PostgreSQL runs them in no guaranteed order).
   */
  runMany(statements: readonly Statement[]): Promise<number[]>;
}

interface SqliteStatement {
  reader: boolean;
  all(...params: unknown[]): Row[];
  get(...params: unknown[]): Row | undefined;
  /** Rows as arrays of column values from now on. */
  raw(on: boolean): SqliteStatement;
  columns(): { name: string }[];
  run(...params: unknown[]): { changes: number };
}
interface SqliteDb {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
}
interface PgClient {
  query(
    sql: string | { name: string; text: string; values: unknown[] },
    params?: unknown[],
  ): Promise<{ rows: Row[]; rowCount: number | null }>;
}
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(conn: unknown): Promise<unknown>;
  /** knex's pool (tarn). */
  pool?: {
    numUsed(): number;
    numFree(): number;
    numPendingAcquires(): number;
    numPendingCreates(): number;
    free: { resource: unknown }[];
  };
}

const sqliteParam = (v: unknown): unknown =>
  v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v;

/** A reader statement in raw mode and the function that makes its row arrays into row objects. */
interface RawReader {
  stmt: SqliteStatement;
  row: (values: unknown[]) => Row;
}

function rawReader(db: SqliteDb, sql: string): RawReader {
  const stmt = db.prepare(sql).raw(true);
  const names = stmt.columns().map((c) => c.name);
  if (new Set(names).size !== names.length) throw new Error(`allPacked: duplicate column names in ${sql}`);
  // An object literal of fixed shape per statement (one hidden class for all its rows).
  const row = new Function(
    'v',
    `return {${names.map((n, i) => `${JSON.stringify(n)}: v[${i}]`).join(', ')}};`,
  ) as RawReader['row'];
  return { stmt, row };
}

const ONE_STATEMENT = 'Database.readOne: one statement, made before the first await';

class SqliteSql implements Sql {
  readonly dialect = 'sqlite' as const;
  /** false once a `readOne` is over: the connection is no longer this caller's. */
  usable = true;
  constructor(
    private readonly db: SqliteDb,
    private readonly cache: Map<string, SqliteStatement>,
    private readonly rawCache: Map<string, RawReader>,
  ) {}
  private stmt(sql: string): SqliteStatement {
    if (!this.usable) throw new Error(ONE_STATEMENT);
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (this.cache.size > 2000) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }
  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const s = this.stmt(sql);
    if (!s.reader) {
      s.run(...params.map(sqliteParam));
      return [];
    }
    return s.all(...params.map(sqliteParam)) as T[];
  }
  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...params.map(sqliteParam)) as T | undefined;
  }
  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.stmt(sql).run(...params.map(sqliteParam)).changes;
  }
  async allMany(queries: readonly Statement[]): Promise<Row[][]> {
    return Promise.all(queries.map((q) => this.all<Row>(q.sql, q.params)));
  }
  async allPacked<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    if (!this.usable) throw new Error(ONE_STATEMENT);
    let r = this.rawCache.get(sql);
    if (!r) {
      r = rawReader(this.db, sql);
      if (this.rawCache.size > 200) this.rawCache.clear();
      this.rawCache.set(sql, r);
    }
    const rows = r.stmt.all(...params.map(sqliteParam)) as unknown as unknown[][];
    const out = new Array<T>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = r.row(rows[i]!) as T;
    return out;
  }
  async runMany(statements: readonly Statement[]): Promise<number[]> {
    const counts: number[] = [];
    for (const st of statements) counts.push(await this.run(st.sql, st.params));
    return counts;
  }
}

const pgTextCache = new Map<string, string>();
function toPg(sql: string): string {
  let out = pgTextCache.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (pgTextCache.size > 5000) pgTextCache.clear();
    pgTextCache.set(sql, out);
  }
  return out;
}

/** Packed queries (prepared-statement name and PostgreSQL text), by the caller's query text. */
const packedQueries = new Map<string, { name: string; text: string }>();
const PACKED_NAMES = 100;

class PgSql implements Sql {
  readonly dialect = 'postgresql' as const;
  constructor(private readonly client: PgClient) {}
  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.client.query(toPg(sql), params as unknown[])).rows as T[];
  }
  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return (await this.client.query(toPg(sql), params as unknown[])).rowCount ?? 0;
  }
  async allPacked<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    // A named (prepared) statement: parsed and planned once per connection. Its one text column
    // cannot change type when the tables change, so the cached plan stays valid. Texts past the
    // first PACKED_NAMES (a caller building texts per call) run unnamed.
    let packed = packedQueries.get(sql);
    if (!packed) {
      const text = toPg(`SELECT coalesce(json_agg(q), '[]')::text AS r FROM (${sql}) q`);
      packed = { name: packedQueries.size < PACKED_NAMES ? `packed_${packedQueries.size}` : '', text };
      if (packed.name) packedQueries.set(sql, packed);
    }
    const values = params as unknown[];
    const { rows } = await this.client.query(
      packed.name ? { name: packed.name, text: packed.text, values } : packed.text,
      packed.name ? undefined : values,
    );
    return JSON.parse((rows[0] as { r: string }).r) as T[];
  }
  async allMany(queries: readonly Statement[]): Promise<Row[][]> {
    if (queries.length === 1) return [await this.all<Row>(queries[0]!.sql, queries[0]!.params)];
    if (queries.length === 0) return [];
    const row = await this.get<Record<string, Row[]>>(
      `SELECT ${queries.map((q, i) => `(SELECT coalesce(json_agg(q), '[]') FROM (${q.sql}) q) AS r${i}`).join(', ')}`,
      queries.flatMap((q) => q.params ?? []),
    );
    return queries.map((_, i) => row![`r${i}`]!);
  }
  async runMany(statements: readonly Statement[]): Promise<number[]> {
    if (statements.length === 1) return [await this.run(statements[0]!.sql, statements[0]!.params)];
    if (statements.length === 0) return [];
    const ctes = statements.map(
      (st, i) => `s${i} AS (${/\bRETURNING\b/i.test(st.sql) ? st.sql : `${st.sql} RETURNING 1`})`,
    );
    const row = await this.get<Record<string, number>>(
      `WITH ${ctes.join(', ')} SELECT ${statements.map((_, i) => `(SELECT count(*) FROM s${i}) AS n${i}`).join(', ')}`,
      statements.flatMap((st) => st.params ?? []),
    );
    return statements.map((_, i) => Number(row![`n${i}`]));
  }
}

const RETRYABLE_PG = new Set(['40001', '40P01']);

export class Database {
  private readonly knex: KnexClient;
  private readonly sqliteCache = new Map<string, SqliteStatement>();
  private readonly sqliteRawCache = new Map<string, RawReader>();

  constructor(
    readonly orm: MikroORM,
    readonly dialect: Dialect,
  ) {
    const em = orm.em as unknown as EntityManager;
    this.knex = (em.getConnection().getKnex() as unknown as { client: KnexClient }).client;
  }

  /** A fresh EntityManager for one operation or one background job (never the global one). */
  em(): EntityManager {
    return this.orm.em.fork() as unknown as EntityManager;
  }

  /** Reads on one pooled connection, outside a transaction. */
  async read<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const conn = await this.knex.acquireConnection();
    try {
      return await fn(this.wrap(conn));
    } finally {
      await this.knex.releaseConnection(conn);
    }
  }

  /**
   * `read` for one statement, made by `fn` before its first await (`(sql) => sql.allPacked(...)`).
   * On SQLite, when no one holds the pool's one connection, the statement runs on it at once instead
   * of through the pool's acquire and release (a pending operation, its timer and promises): SQLite
   * answers synchronously, so nothing else can use the connection meanwhile, and a connection no one
   * holds is in no transaction. A second statement, after an await, throws.
   */
  readOne<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const pool = this.dialect === 'sqlite' ? this.knex.pool : undefined;
    if (
      !pool ||
      pool.numUsed() !== 0 ||
      pool.numFree() !== 1 ||
      pool.numPendingAcquires() !== 0 ||
      pool.numPendingCreates() !== 0
    )
      return this.read(fn);
    const sql = this.wrap(pool.free[0]!.resource) as SqliteSql;
    try {
      return Promise.resolve(fn(sql));
    } catch (err) {
      return Promise.reject(err as Error);
    } finally {
      sql.usable = false;
    }
  }

  /**
   * Reads that must agree with each other (a page and its total count): one read-only snapshot,
   * `REPEATABLE READ` on PostgreSQL and a deferred read transaction on SQLite's WAL.
   */
  async snapshot<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    return this.read(async (sql) => {
      await sql.run(this.dialect === 'sqlite' ? 'BEGIN' : 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const result = await fn(sql);
        await sql.run('COMMIT');
        return result;
      } catch (err) {
        await sql.run('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  /**
   * `snapshot` for lists read through the ORM (an `em.find` page and its `em.count`): one read-only
   * transaction, `REPEATABLE READ` on PostgreSQL and a deferred read transaction on SQLite's WAL.
   */
  async snapshotEm<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.em().transactional((em) => fn(em as unknown as EntityManager), {
      readOnly: true,
      ...(this.dialect === 'sqlite' ? {} : { isolationLevel: IsolationLevel.REPEATABLE_READ }),
    });
  }

  /**
   * One write transaction. On PostgreSQL a deadlock or serialization failure is retried, and so is a
   * transaction whose connection was lost before its COMMIT was sent (the server rolled it back, so
   * nothing was written; a loss during COMMIT is not retried: the caller's idempotency key makes the
   * client's own retry safe). A disk or connection fault is remembered for GET /ready.
   */
  async tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let committing = false;
      let conn: unknown;
      try {
        conn = await this.knex.acquireConnection();
      } catch (err) {
        this.noteFault(err);
        throw err;
      }
      const sql = this.wrap(conn);
      try {
        await sql.run(this.dialect === 'sqlite' ? 'BEGIN IMMEDIATE' : 'BEGIN');
        const result = await fn(sql);
        committing = true;
        await sql.run('COMMIT');
        return result;
      } catch (err) {
        await sql.run('ROLLBACK').catch(() => undefined);
        const code = (err as { code?: string }).code;
        if (attempt < 3 && code && RETRYABLE_PG.has(code)) continue;
        if (attempt < 2 && !committing && isLostConnection(err)) continue;
        this.noteFault(err);
        throw err;
      } finally {
        await this.knex.releaseConnection(conn);
      }
    }
  }

  /**
   * The last write that failed on a transient fault. Another transaction committing does not clear
   * it (on a full disk a small write can still fit in free pages while claims fail): GET /ready
   * answers 503 for a while after it, then clears it when its own probe write succeeds.
   */
  writeFault: { at: number; code: string } | null = null;

  private noteFault(err: unknown): void {
    if (!isTransientDbFault(err)) return;
    const code = (err as { code?: unknown }).code;
    this.writeFault = { at: Date.now(), code: typeof code === 'string' ? code : 'CONNECTION' };
  }

  /**
   * Whether the database takes writes now (GET /ready): a one-row no-op UPDATE of the migrations
   * table in a write transaction, which needs the disk (SQLite) or a live primary (PostgreSQL).
   */
  async probeWrite(): Promise<void> {
    await this.tx((sql) =>
      sql.run(
        'UPDATE mikro_orm_migrations SET name = name WHERE id = (SELECT MAX(id) FROM mikro_orm_migrations)',
      ),
    );
  }

  private wrap(conn: unknown): Sql {
    return this.dialect === 'sqlite'
      ? new SqliteSql(conn as SqliteDb, this.sqliteCache, this.sqliteRawCache)
      : new PgSql(conn as PgClient);
  }

  /**
   * SQLite: runs `text` to completion on the pool's connection (`PRAGMA incremental_vacuum(n)` frees
   * one page per step, so a prepared statement run once would free one page only).
   */
  async sqliteExec(text: string): Promise<void> {
    if (this.dialect !== 'sqlite') throw new Error('sqliteExec is for SQLite');
    const conn = await this.knex.acquireConnection();
    try {
      (conn as SqliteDb).exec(text);
    } finally {
      await this.knex.releaseConnection(conn);
    }
  }

  /** `FOR UPDATE` on PostgreSQL; SQLite's write transaction already excludes other writers. */
  get forUpdate(): string {
    return this.dialect === 'postgresql' ? ' FOR UPDATE' : '';
  }

  async close(): Promise<void> {
    await this.orm.close(true);
  }

  /** Resolves when the database answers a query (GET /health); rejects when it does not. */
  async ping(): Promise<void> {
    await this.read((sql) => sql.get('SELECT 1 AS ok'));
  }
}

/** JSON columns come back parsed from PostgreSQL and as text from SQLite. */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Booleans come back as 0/1 from SQLite. */
export const boolColumn = (value: unknown): boolean => value === true || value === 1 || value === '1';

/** ` FOR UPDATE` (or another row-lock clause) on PostgreSQL; SQLite's write transaction already excludes other writers. */
export const rowLock = (sql: Pick<Sql, 'dialect'>, clause = 'FOR UPDATE'): string =>
  sql.dialect === 'postgresql' ? ` ${clause}` : '';

/**
 * The one placeholder helper. `valuesList(n)`: `?, ?, ?`, a list of n values (`x IN (…)`);
 * `valuesList(rows, columns)`: `(?, ?), (?, ?)`, the rows of a multi-row `VALUES`.
 */
export function valuesList(rows: number, columns?: number): string {
  if (columns === undefined) return new Array<string>(rows).fill('?').join(', ');
  const one = `(${valuesList(columns)})`;
  return new Array<string>(rows).fill(one).join(', ');
}

type SnakeCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<Rest>}`
  : S;

/** How a column of type T comes back from the drivers: booleans as 0/1 and JSON as text on SQLite. */
export type ColumnValue<T> = T extends boolean ? boolean | number : T extends object ? T | string : T;

/**
 * A table row as SQL returns it, derived from the entity class: `nextAttemptAt?: number | null`
 * becomes `next_attempt_at: number | null`. Pick the columns a statement selects:
 * `Pick<RowOf<WebhookDelivery>, 'id' | 'status'>`.
 */
export type RowOf<E, K extends keyof E & string = keyof E & string> = {
  [P in K as SnakeCase<P>]-?: ColumnValue<Exclude<E[P], undefined>>;
};
