// `pnpm db:vacuum`: converts the SQLite database of DATABASE_URL to incremental vacuum (one VACUUM,
// which rewrites the file: run it while the server is stopped) so that retention gives purged pages
// back to the file system. Databases up to 256 MiB are converted at start-up without it.
import { entitySchemas } from '../composition';
import { loadConfig } from '../config';
import { initOrm } from '../db/orm';
import { Database } from '../db/sql';
import { ensureIncrementalVacuum } from '../db/vacuum';

const config = loadConfig();
if (config.dialect !== 'sqlite') {
  console.log('db:vacuum is for SQLite; PostgreSQL reuses freed space through autovacuum');
  process.exit(0);
}
const orm = await initOrm(config.DATABASE_URL, config.dialect, entitySchemas(config.dialect), 1);
const db = new Database(orm, config.dialect);
try {
  const started = Date.now();
  const ok = await ensureIncrementalVacuum(db, { force: true });
  console.log(
    ok ? `incremental vacuum on (${Date.now() - started} ms)` : 'could not switch to incremental vacuum',
  );
} finally {
  await db.close();
}
