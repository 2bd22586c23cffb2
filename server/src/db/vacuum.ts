// SQLite gives the pages of deleted rows back to the file system only with auto_vacuum: new databases
// are created INCREMENTAL (db/orm.ts); an older one is converted once at start-up by a VACUUM when it
// is small enough to do so quickly, and otherwise keeps reusing its free pages (README, "Retention").
// Retention then returns free pages a few MiB at a time (`freePages`), so no step holds the writer long.
import type { Database } from './sql';

/** Databases up to this size are converted with a VACUUM at start-up (bigger ones: `pnpm db:vacuum`). */
const CONVERT_MAX_BYTES = 256 * 1024 * 1024;

/** SQLite's auto_vacuum mode: 0 none, 1 full, 2 incremental. */
async function mode(db: Database): Promise<number> {
  return db.read(async (sql) =>
    Number((await sql.get<{ auto_vacuum: number }>('PRAGMA auto_vacuum'))?.auto_vacuum ?? 0),
  );
}

/**
 * Makes an SQLite database incremental-vacuum (a VACUUM rewrites it, so only when it is at most
 * `maxBytes`, or always with `force`). Returns whether it is now incremental.
 */
export async function ensureIncrementalVacuum(
  db: Database,
  o: { force?: boolean; maxBytes?: number } = {},
): Promise<boolean> {
  if (db.dialect !== 'sqlite') return false;
  if ((await mode(db)) === 2) return true;
  const bytes = await db.read(async (sql) => {
    const pages = Number((await sql.get<{ page_count: number }>('PRAGMA page_count'))?.page_count ?? 0);
    const size = Number((await sql.get<{ page_size: number }>('PRAGMA page_size'))?.page_size ?? 4096);
    return pages * size;
  });
  if (!o.force && bytes > (o.maxBytes ?? CONVERT_MAX_BYTES)) return false;
  await db.read(async (sql) => {
    await sql.run('PRAGMA auto_vacuum = INCREMENTAL');
    await sql.run('VACUUM');
  });
  return (await mode(db)) === 2;
}

/** Returns free pages to the file system, `step` pages per statement, until none is left; how many. */
export async function freePages(db: Database, step: number, maxSteps = 64): Promise<number> {
  if (db.dialect !== 'sqlite') return 0;
  let freed = 0;
  for (let i = 0; i < maxSteps; i++) {
    const free = () =>
      db.read(async (sql) =>
        Number((await sql.get<{ freelist_count: number }>('PRAGMA freelist_count'))?.freelist_count ?? 0),
      );
    const before = await free();
    if (before === 0) break;
    await db.sqliteExec(`PRAGMA incremental_vacuum(${Math.max(1, Math.floor(step))})`);
    const n = before - (await free());
    freed += n;
    if (n <= 0) break;
  }
  return freed;
}
