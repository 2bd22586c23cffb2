import { EntitySchema } from '@mikro-orm/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initOrm } from './orm';
import { Database } from './sql';

let db: Database;

beforeEach(async () => {
  const orm = await initOrm('sqlite::memory:', 'sqlite', [
    new EntitySchema<{ id: number; v: string }>({
      name: 'T',
      tableName: 't',
      properties: { id: { type: 'number', primary: true }, v: { type: 'string' } },
    }),
  ]);
  await orm.schema.createSchema();
  db = new Database(orm, 'sqlite');
  await db.tx((sql) => sql.run(`INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b')`));
});
afterEach(() => db.close());

const rows = (sql: Parameters<Parameters<Database['readOne']>[0]>[0]) =>
  sql.allPacked<{ id: number; v: string }>('SELECT id, v FROM t ORDER BY id');

describe('Database.readOne (SQLite)', () => {
  it('answers as read does', async () => {
    expect(await db.readOne(rows)).toEqual(await db.read(rows));
    expect(await db.readOne(rows)).toEqual([
      { id: 1, v: 'a' },
      { id: 2, v: 'b' },
    ]);
  });

  it('waits for a transaction holding the connection and sees only what it committed', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const tx = db.tx(async (sql) => {
      await sql.run(`UPDATE t SET v = 'c' WHERE id = 1`);
      await held;
    });
    await new Promise((r) => setTimeout(r, 10));
    const read = db.readOne(rows);
    let done = false;
    void read.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false); // queued behind the transaction, not inside it
    release();
    await tx;
    expect((await read)[0]).toEqual({ id: 1, v: 'c' });
  });

  it('refuses a second statement made after an await', async () => {
    await expect(
      db.readOne(async (sql) => {
        await sql.allPacked('SELECT id FROM t');
        return sql.allPacked('SELECT v FROM t');
      }),
    ).rejects.toThrow(/one statement/);
  });
});
