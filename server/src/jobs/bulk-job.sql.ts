// Every SQL text of jobs/: bulk jobs, their targets, leases and progress.
import { rowLock, type Sql, valuesList } from '../db/sql';

/** Creates a job (RUNNING with its targets in order, seq 0, 1, …; or PAUSED and empty, to fill). */
export async function insertJob(
  sql: Sql,
  job: { id: string; templateId: string; createdBy: string | null; holdoutBp: number | null },
  userIds: readonly string[],
  now: number,
  status: 'RUNNING' | 'PAUSED' = 'RUNNING',
): Promise<void> {
  await sql.run(
    `INSERT INTO bulk_job (id, template_id, status, total, cursor, issued, held_out, failed, holdout_bp, refusals, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?, ?)`,
    [job.id, job.templateId, status, userIds.length, job.holdoutBp, '{}', job.createdBy, now, now],
  );
  await appendTargets(sql, job.id, 0, userIds);
}

/** Adds targets from sequence number `from` on. */
export async function appendTargets(
  sql: Sql,
  id: string,
  from: number,
  userIds: readonly string[],
): Promise<void> {
  for (let i = 0; i < userIds.length; i += 1000) {
    const chunk = userIds.slice(i, i + 1000);
    await sql.run(
      `INSERT INTO bulk_job_target (job_id, seq, user_id) VALUES ${valuesList(chunk.length, 3)}`,
      chunk.flatMap((u, j) => [id, from + i + j, u]),
    );
  }
}

/** Starts a filled PAUSED job with its final target count. */
export function release(sql: Sql, id: string, total: number, now: number): Promise<number> {
  return sql.run(`UPDATE bulk_job SET total = ?, status = 'RUNNING', updated_at = ? WHERE id = ?`, [
    total,
    now,
    id,
  ]);
}

/** Leases the next running job nobody else holds (or this owner already holds); null when none. */
export async function leaseNext(
  sql: Sql,
  owner: string,
  now: number,
  seconds: number,
): Promise<string | null> {
  const row = await sql.get<{ id: string }>(
    `SELECT id FROM bulk_job WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)
      ORDER BY id LIMIT 1${rowLock(sql, 'FOR UPDATE SKIP LOCKED')}`,
    [now, owner],
  );
  if (!row) return null;
  await sql.run(`UPDATE bulk_job SET lease_owner = ?, lease_until = ? WHERE id = ?`, [
    owner,
    now + seconds,
    row.id,
  ]);
  return row.id;
}

export async function targets(sql: Sql, id: string, from: number, limit: number): Promise<string[]> {
  const rows = await sql.all<{ user_id: string }>(
    `SELECT user_id FROM bulk_job_target WHERE job_id = ? AND seq >= ? ORDER BY seq LIMIT ${limit}`,
    [id, from],
  );
  return rows.map((r) => r.user_id);
}

export function finish(sql: Sql, id: string, now: number): Promise<number> {
  return sql.run(
    `UPDATE bulk_job SET status = 'DONE', finished_at = ?, updated_at = ?, lease_owner = NULL WHERE id = ? AND status = 'RUNNING'`,
    [now, now, id],
  );
}

/** Records one chunk's progress, only if no other worker recorded it first (cursor unchanged). */
export function advance(
  sql: Sql,
  id: string,
  p: { from: number; to: number; issued: number; heldOut: number; refusals: Record<string, number> },
  now: number,
  leaseUntil: number,
): Promise<number> {
  return sql.run(
    `UPDATE bulk_job SET cursor = ?, issued = issued + ?, held_out = held_out + ?, refusals = ?, updated_at = ?, lease_until = ?
      WHERE id = ? AND cursor = ?`,
    [p.to, p.issued, p.heldOut, JSON.stringify(p.refusals), now, leaseUntil, id, p.from],
  );
}

/**
 * Records the exposures of one chunk of a job with a holdout (treated and held out alike); a chunk
 * processed again keeps the first exposure.
 */
export async function insertExposures(
  sql: Sql,
  id: string,
  rows: readonly { userId: string; control: boolean }[],
  now: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await sql.run(
      `INSERT INTO bulk_job_exposure (job_id, user_id, arm, control, exposed_at) VALUES ${valuesList(chunk.length, 5)}
        ON CONFLICT (job_id, user_id) DO NOTHING`,
      chunk.flatMap((r) => [id, r.userId, r.control ? 'holdout' : 'treatment', r.control, now]),
    );
  }
}

/** Stops a job whose chunk failed: the chunk's `failed` users are counted, the cursor stays. */
export function fail(sql: Sql, id: string, error: string, failed: number, now: number): Promise<number> {
  return sql.run(
    `UPDATE bulk_job SET status = 'FAILED', error = ?, failed = failed + ?, updated_at = ?, lease_owner = NULL WHERE id = ?`,
    [error, failed, now, id],
  );
}
