import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { WalCheckpointer } from './checkpointer';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function walDatabase(): { file: string; db: Sqlite.Database } {
  const dir = mkdtempSync(join(tmpdir(), 'cf-wal-'));
  dirs.push(dir);
  const file = join(dir, 'db.sqlite');
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0'); // the writer never checkpoints: only the worker can
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
  return { file, db };
}

async function until(check: () => boolean, ms = 5_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

describe('WalCheckpointer', () => {
  it('copies committed WAL pages into the database file while the writer goes on', async () => {
    const { file, db } = walDatabase();
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(1_000));
    })();
    const before = statSync(file).size;
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000); // the rows are only in the WAL
    const errors: string[] = [];
    const cp = new WalCheckpointer(file, (e) => errors.push(e), 20);
    try {
      expect(await until(() => statSync(file).size > before + 1_000_000)).toBe(true);
      // The writer is never blocked: it commits while the worker runs.
      db.transaction(() => insert.run('after'))();
      expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2_001 });
      expect(errors).toEqual([]);
    } finally {
      await cp.stop();
      db.close();
    }
  });

  it('reports a database it cannot open and still stops', async () => {
    const errors: string[] = [];
    const cp = new WalCheckpointer(join(tmpdir(), 'cf-wal-missing', 'none.sqlite'), (e) => errors.push(e));
    expect(await until(() => errors.length > 0)).toBe(true);
    expect(errors[0]).toMatch(/unable to open|does not exist|directory/i);
    await cp.stop(); // resolves although the thread has already ended
  });
});
