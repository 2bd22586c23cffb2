// MikroORM set-up for both profiles: SQLite (embedded default) and PostgreSQL (scale-out).
// Same entities (listed in composition.ts and passed in); migrations are generated per dialect into
// migrations/<dialect>/.
import { fileURLToPath } from 'node:url';
import { type EntitySchema, MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Dialect } from '../config';
import { sqliteMigrations } from '../migrations/sqlite';
import { postgresqlMigrations } from '../migrations/postgresql';

// int8 (bigint) columns and count(*) as numbers: epoch seconds and money sums stay far below 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export const migrationsPath = (dialect: Dialect): string =>
  fileURLToPath(new URL(`../migrations/${dialect}`, import.meta.url));

interface BetterSqliteHandle {
  pragma(sql: string): unknown;
}

export function ormOptions(
  databaseUrl: string,
  dialect: Dialect,
  entities: EntitySchema[],
  poolSize = 10,
): Options {
  const migrations = {
    path: migrationsPath(dialect),
    migrationsList: dialect === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
    transactional: true,
    allOrNothing: true,
    // SQLite diffs against the migrated database itself: MikroORM's SQLite snapshot does not round-trip
    // an autoincrement key and would report a change that is not there.
    snapshot: dialect === 'postgresql',
    emit: 'ts' as const,
    silent: true,
    snapshotName: '.snapshot',
  };
  const common = {
    entities,
    extensions: [Migrator],
    migrations,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
  };
  if (dialect === 'sqlite') {
    return {
      ...common,
      driver: BetterSqliteDriver,
      dbName: databaseUrl.slice('sqlite:'.length),
      pool: {
        min: 1,
        max: 1,
        afterCreate: (conn: BetterSqliteHandle, done: (err: Error | null, conn: unknown) => void) => {
          // Before any table exists (a new database; an existing one keeps its own): 8 KiB pages, and
          // deleted rows' pages can be given back (db/vacuum.ts). An ingestion batch dirties a page in
          // each user-keyed index per user it touches, and its COMMIT writes each dirty page to the WAL
          // as a frame of its own (a checksum and two writes): at 8 KiB the small indexes take half the
          // frames, and `track` measured 7 % more events/s than at the default 4 KiB (README,
          // Performance), with about the same bytes per coupon.
          conn.pragma('page_size = 8192');
          conn.pragma('auto_vacuum = INCREMENTAL');
          conn.pragma('journal_mode = WAL');
          conn.pragma('synchronous = NORMAL');
          conn.pragma('busy_timeout = 5000');
          // Statement journals (every multi-row upsert in a transaction keeps one) in memory, not in a
          // temp file: an ingestion batch otherwise spends about a third of its SQLite time in pwrite.
          conn.pragma('temp_store = MEMORY');
          // A bigger page cache (64 MiB). Checkpoints run in a worker thread (db/checkpointer.ts); the
          // writer checkpoints itself only when the WAL has grown past 10 000 pages (about 78 MiB at
          // 8 KiB pages), that is when the worker fell behind.
          conn.pragma('cache_size = -65536');
          conn.pragma('wal_autocheckpoint = 10000');
          done(null, conn);
        },
      },
    };
  }
  return { ...common, driver: PostgreSqlDriver, clientUrl: databaseUrl, pool: { min: 0, max: poolSize } };
}

export async function initOrm(
  databaseUrl: string,
  dialect: Dialect,
  entities: EntitySchema[],
  poolSize?: number,
): Promise<MikroORM> {
  const options = ormOptions(databaseUrl, dialect, entities, poolSize);
  // A running server never writes the checked-in snapshot (MikroORM stores the migrated schema after
  // `up` when snapshots are on): only `pnpm migration:create` keeps it, from the entities.
  return MikroORM.init({ ...options, migrations: { ...options.migrations, snapshot: false } });
}
