// Every SQL text of audiences/: audiences, static members (and the member count kept beside them),
// and the reads of user profiles and live rules membership checks and deletions need.
import { type RowOf, type Sql, valuesList } from '../db/sql';
import type { ProfileRow } from '../tracking/tracking.sql';
import type { Audience, AudienceKind } from './audience.entity';

export type AudienceRow = RowOf<Audience>;

export function audienceById(sql: Sql, id: string): Promise<AudienceRow | undefined> {
  return sql.get<AudienceRow>(`SELECT * FROM audience WHERE id = ?`, [id]);
}

/** Every dynamic audience's expression (retention keeps the raw events their aggregates read). */
export function dynamicExpressions(sql: Sql): Promise<{ id: string; expression: unknown }[]> {
  return sql.all(`SELECT id, expression FROM audience WHERE kind = 'DYNAMIC' AND expression IS NOT NULL`);
}

/** Newest first, at most 500; `pattern` is a LIKE pattern on the name (case-insensitive). */
export function listAudiences(sql: Sql, pattern: string | null): Promise<AudienceRow[]> {
  return pattern
    ? sql.all<AudienceRow>(
        `SELECT * FROM audience WHERE LOWER(name) LIKE LOWER(?) ESCAPE '\\' ORDER BY id DESC LIMIT 500`,
        [pattern],
      )
    : sql.all<AudienceRow>(`SELECT * FROM audience ORDER BY id DESC LIMIT 500`);
}

export function insertAudience(
  sql: Sql,
  a: { id: string; name: string; description: string | null; kind: AudienceKind; expression: string | null },
  now: number,
): Promise<number> {
  return sql.run(
    `INSERT INTO audience (id, name, description, kind, expression, size, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
    [a.id, a.name, a.description, a.kind, a.expression, now, now],
  );
}

export function updateAudience(
  sql: Sql,
  id: string,
  a: { name: string; description: string | null; expression: string | null },
  now: number,
): Promise<number> {
  return sql.run(
    `UPDATE audience SET name = ?, description = ?, expression = ?, updated_at = ? WHERE id = ?`,
    [a.name, a.description, a.expression, now, id],
  );
}

/** A live rule whose graph names the audience (rules/' tables, read only). */
export function liveRuleUsing(sql: Sql, audienceId: string): Promise<{ id: string } | undefined> {
  return sql.get<{ id: string }>(
    `SELECT v.rule_id AS id FROM rule_version v JOIN rule r ON r.id = v.rule_id AND r.active_version = v.version
      WHERE r.status = 'ACTIVE' AND CAST(v.graph AS TEXT) LIKE ?`,
    [`%${audienceId}%`],
  );
}

export async function deleteAudience(sql: Sql, id: string): Promise<void> {
  await sql.run(`DELETE FROM audience_member WHERE audience_id = ?`, [id]);
  await sql.run(`DELETE FROM audience WHERE id = ?`, [id]);
}

export function definitionOf(
  sql: Sql,
  id: string,
): Promise<Pick<AudienceRow, 'kind' | 'expression'> | undefined> {
  return sql.get(`SELECT kind, expression FROM audience WHERE id = ?`, [id]);
}

/** Which of the static audiences `audienceIds` hold the user. */
export async function staticMembershipOf(
  sql: Sql,
  userId: string,
  audienceIds: readonly string[],
): Promise<string[]> {
  const rows = await sql.all<{ audience_id: string }>(
    `SELECT audience_id FROM audience_member WHERE user_id = ? AND audience_id IN (${valuesList(audienceIds.length)})`,
    [userId, ...audienceIds],
  );
  return rows.map((r) => r.audience_id);
}

/** Static members in user-id order after `after`. */
export async function memberPage(
  sql: Sql,
  audienceId: string,
  after: string,
  limit: number,
): Promise<string[]> {
  const rows = await sql.all<{ user_id: string }>(
    `SELECT user_id FROM audience_member WHERE audience_id = ? AND user_id > ? ORDER BY user_id LIMIT ?`,
    [audienceId, after, limit],
  );
  return rows.map((r) => r.user_id);
}

/** User profiles in user-id order after `after` (dynamic audiences are walked over them). */
export function profilePage(sql: Sql, after: string, limit: number): Promise<ProfileRow[]> {
  return sql.all<ProfileRow>(
    `SELECT user_id, attributes FROM user_profile WHERE user_id > ? ORDER BY user_id LIMIT ?`,
    [after, limit],
  );
}

// ---- membership changes (membership.ts) -------------------------------------------------------

export async function clearMembers(sql: Sql, audienceId: string, now: number): Promise<void> {
  await sql.run(`DELETE FROM audience_member WHERE audience_id = ?`, [audienceId]);
  await sql.run(`UPDATE audience SET size = 0, updated_at = ? WHERE id = ?`, [now, audienceId]);
}

function addToSize(sql: Sql, audienceId: string, n: number, now: number): Promise<number> {
  return sql.run(`UPDATE audience SET size = size + ?, updated_at = ? WHERE id = ?`, [n, now, audienceId]);
}

/** Adds members (already there: skipped) and counts them in the size; returns how many were new. */
export async function insertMembers(
  sql: Sql,
  audienceId: string,
  userIds: readonly string[],
  now: number,
): Promise<number> {
  const n = await sql.run(
    `INSERT INTO audience_member (audience_id, user_id, added_at) VALUES ${valuesList(userIds.length, 3)} ON CONFLICT DO NOTHING`,
    userIds.flatMap((u) => [audienceId, u, now]),
  );
  if (n > 0) await addToSize(sql, audienceId, n, now);
  return n;
}

/** Adds one member if the audience is STATIC; returns 1 when added. */
export async function insertStaticMember(
  sql: Sql,
  audienceId: string,
  userId: string,
  now: number,
): Promise<number> {
  const n = await sql.run(
    `INSERT INTO audience_member (audience_id, user_id, added_at)
       SELECT id, ?, ? FROM audience WHERE id = ? AND kind = 'STATIC' ON CONFLICT DO NOTHING`,
    [userId, now, audienceId],
  );
  if (n > 0) await addToSize(sql, audienceId, n, now);
  return n;
}

/** Removes one member; returns 1 when it was one. */
export async function deleteMember(
  sql: Sql,
  audienceId: string,
  userId: string,
  now: number,
): Promise<number> {
  const n = await sql.run(`DELETE FROM audience_member WHERE audience_id = ? AND user_id = ?`, [
    audienceId,
    userId,
  ]);
  if (n > 0) await addToSize(sql, audienceId, -n, now);
  return n;
}
