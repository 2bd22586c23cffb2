// Applies the migrations at start-up. Several PostgreSQL instances may start together: one migrates
// while the others wait on an advisory lock (SQLite has one process).
import type { Database } from './sql';

const MIGRATION_LOCK = 724_231;

export async function migrate(db: Database): Promise<void> {
  const migrator = db.orm.getMigrator();
  if (db.dialect === 'sqlite') {
    await migrator.up();
    return;
  }
  const knex = db.em().getConnection().getKnex();
  const conn = await knex.client.acquireConnection();
  try {
    await conn.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    await migrator.up();
  } finally {
    await conn.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await knex.client.releaseConnection(conn);
  }
}
