import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntitySchema } from '@mikro-orm/core';
import BetterSqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initOrm } from './orm';
import { Database } from './sql';

const T = new EntitySchema<{ id: number; v: string }>({
  name: 'T',
  tableName: 't',
  properties: { id: { type: 'number', primary: true }, v: { type: 'string' } },
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-orm-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function pragmas(file: string) {
  const orm = await initOrm(`sqlite:${file}`, 'sqlite', [T]);
  const db = new Database(orm, 'sqlite');
  try {
    await orm.schema.ensureDatabase();
    await orm.schema.updateSchema();
    await db.tx((sql) => sql.run(`INSERT INTO t (id, v) VALUES (1, 'a') ON CONFLICT (id) DO NOTHING`));
    return await db.read(async (sql) => ({
      pageSize: (await sql.get<{ page_size: number }>('PRAGMA page_size'))!.page_size,
      journal: (await sql.get<{ journal_mode: string }>('PRAGMA journal_mode'))!.journal_mode,
      autoVacuum: (await sql.get<{ auto_vacuum: number }>('PRAGMA auto_vacuum'))!.auto_vacuum,
      rows: await sql.all<{ id: number; v: string }>('SELECT id, v FROM t'),
    }));
  } finally {
    await db.close();
  }
}

describe('SQLite connection settings', () => {
  it('a new database gets 8 KiB pages, WAL and incremental vacuum', async () => {
    expect(await pragmas(join(dir, 'new.db'))).toEqual({
      pageSize: 8192,
      journal: 'wal',
      autoVacuum: 2,
      rows: [{ id: 1, v: 'a' }],
    });
  });

  it('an existing database keeps its page size and its rows', async () => {
    const file = join(dir, 'old.db');
    const old = new BetterSqlite(file);
    old.pragma('journal_mode = WAL');
    old.exec(`CREATE TABLE t (id integer primary key, v text not null); INSERT INTO t VALUES (1, 'a')`);
    old.close();
    expect(await pragmas(file)).toMatchObject({ pageSize: 4096, journal: 'wal', rows: [{ id: 1, v: 'a' }] });
  });
});
