// Audiences: dynamic (a condition expression over user attributes and behaviour aggregates, compiled
// once into an in-process check) and static (member rows; CSV uploaded in chunks and streamed through
// csv-parse, inserted in multi-row statements, so 1 000 000 ids never sit in memory at once).
// Membership of one user: static = a primary-key lookup, dynamic = the compiled test over the user's
// attributes and the aggregates the expression needs. Listing members feeds bulk issuance.
import {
  aggregateWindowStart,
  type CompiledCondition,
  type ConditionExpr,
  compileAudienceExpr,
  type JsonObject,
  type UserFacts,
  validateConditionExpr,
} from '@couponflow/schema';
import type { Config } from '../config';
import { type Database, containsPattern, jsonColumn, type Sql } from '../db/sql';
import { AppError, badInput, conflict, notFound } from '../graphql/errors';
import { keysetRows } from '../db/keyset.sql';
import { keyset, type Page, type PageWindow, windowPage } from '../graphql/pagination';
import { isId, newId, nowSeconds } from '../ids';
import type { BulkJobService } from '../jobs/bulk-job.service';
import { aggregateValue } from '../tracking/aggregates';
import { profilesOf } from '../tracking/tracking.sql';
import type { Audience, AudienceKind } from './audience.entity';
import * as q from './audience.sql';
import { addStaticMembers, clearStaticMembers, readCsvIds } from './membership';

const CACHE_MS = 1000;
const INSERT_ROWS = 500;
/** One upload call takes at most this much CSV (the HTTP body limit is 2 MB). */
export const MAX_CSV_CHUNK = 1_800_000;

interface Compiled {
  kind: AudienceKind;
  check?: CompiledCondition<UserFacts>;
  loadedAt: number;
}

const toAudience = (r: q.AudienceRow): Audience => ({
  id: r.id,
  name: r.name,
  description: r.description,
  kind: r.kind,
  expression: r.expression == null ? null : jsonColumn(r.expression),
  size: Number(r.size),
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export interface UploadResult {
  rows: number;
  added: number;
  invalid: { line: number; value: string }[];
  size: number;
}

export class AudienceService {
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'TIME_ZONE'>,
    private readonly numeric: (eventType: string) => readonly string[],
  ) {}

  /**
   * The earliest instant a dynamic audience's aggregates read raw events from at `now` (null: none
   * reads any): retention keeps the raw events from there on.
   */
  async rawEventsNeededFrom(now: number): Promise<number | null> {
    const rows = await this.db.read((sql) => q.dynamicExpressions(sql));
    let from: number | null = null;
    for (const r of rows) {
      let specs: CompiledCondition<UserFacts>['requirements']['aggregates'];
      try {
        specs = compileAudienceExpr(jsonColumn(r.expression), { timeZone: this.config.TIME_ZONE })
          .requirements.aggregates;
      } catch {
        continue; // an expression that no longer compiles reads nothing
      }
      for (const spec of specs) {
        const start = aggregateWindowStart(spec.window, now, this.config.TIME_ZONE);
        if (from === null || start < from) from = start;
      }
    }
    return from;
  }

  private compile(expression: unknown, field: string): CompiledCondition<UserFacts> {
    const v = validateConditionExpr(expression as ConditionExpr, 'user');
    if (!v.valid)
      throw new AppError(
        'INVALID_GRAPH',
        `${field}: ${v.issues.map((i) => `${i.code}${i.path ? ` at ${i.path.join('.')}` : ''}: ${i.message}`).join('; ')}`,
        { field, issues: v.issues },
      );
    return compileAudienceExpr(expression as ConditionExpr, { timeZone: this.config.TIME_ZONE });
  }

  async get(id: string, field = 'id'): Promise<Audience> {
    if (!isId('audience', id)) throw badInput(field, 'malformed audience id');
    const row = await this.db.read((sql) => q.audienceById(sql, id));
    if (!row) throw notFound(field, 'audience');
    return toAudience(row);
  }

  /** Newest first; `search` matches a substring of the name (the rule editor's picker). */
  async list(search: string | null = null): Promise<Audience[]> {
    const rows = await this.db.read((sql) => q.listAudiences(sql, search ? containsPattern(search) : null));
    return rows.map(toAudience);
  }

  /**
   * A page of audiences, newest first (a name substring optional), and how many match, from one
   * snapshot. The cursor position is the audience id.
   */
  async page(search: string | null, w: PageWindow<string>): Promise<Page<Audience>> {
    const filter = search
      ? { where: ["LOWER(name) LIKE LOWER(?) ESCAPE '\\'"], params: [containsPattern(search)] }
      : { where: [], params: [] };
    const page = keyset(['id'], true, { ...w, position: w.position == null ? null : [w.position] });
    const { rows, total } = await this.db.snapshot((sql) =>
      keysetRows<q.AudienceRow>(sql, 'audience', filter, page),
    );
    return windowPage(w, rows.map(toAudience), total, (a) => a.id);
  }

  async create(input: {
    name: string;
    description?: string | null;
    kind: AudienceKind;
    expression?: unknown;
  }): Promise<Audience> {
    if (!input.name.trim()) throw badInput('input.name', 'must not be empty');
    if (input.kind === 'DYNAMIC') {
      if (input.expression == null)
        throw badInput('input.expression', 'a dynamic audience needs an expression');
      this.compile(input.expression, 'input.expression');
    } else if (input.expression != null)
      throw badInput('input.expression', 'a static audience has no expression');
    const id = newId('audience');
    const now = nowSeconds();
    await this.db.tx((sql) =>
      q.insertAudience(
        sql,
        {
          id,
          name: input.name.trim(),
          description: input.description ?? null,
          kind: input.kind,
          expression: input.expression == null ? null : JSON.stringify(input.expression),
        },
        now,
      ),
    );
    return this.get(id);
  }

  async update(
    id: string,
    input: { name?: string | null; description?: string | null; expression?: unknown },
  ): Promise<Audience> {
    const a = await this.get(id);
    if (input.expression != null) {
      if (a.kind !== 'DYNAMIC') throw badInput('input.expression', 'a static audience has no expression');
      const c = this.compile(input.expression, 'input.expression');
      await this.refuseCycle(id, c.requirements.audiences);
    }
    const expression = input.expression ?? a.expression;
    await this.db.tx((sql) =>
      q.updateAudience(
        sql,
        id,
        {
          name: input.name?.trim() || a.name,
          description: input.description === undefined ? (a.description ?? null) : input.description,
          expression: expression == null ? null : JSON.stringify(expression),
        },
        nowSeconds(),
      ),
    );
    this.compiled.delete(id);
    return this.get(id);
  }

  /**
   * Refuses (BAD_USER_INPUT on input.expression) an expression whose audience conditions lead back to
   * audience `id`, directly or through other dynamic audiences. (A new audience cannot be named yet.)
   */
  private async refuseCycle(id: string, named: readonly string[]): Promise<void> {
    const cycle = await this.db.read(async (sql) => {
      const seen = new Set<string>();
      const paths: string[][] = named.map((n) => [id, n]);
      while (paths.length > 0) {
        const path = paths.shift()!;
        const last = path[path.length - 1]!;
        if (last === id) return path;
        if (seen.has(last)) continue;
        seen.add(last);
        const c = await this.compiledOf(sql, last);
        for (const next of c?.check?.requirements.audiences ?? []) paths.push([...path, next]);
      }
      return null;
    });
    if (cycle)
      throw badInput(
        'input.expression',
        `an audience cannot contain itself: ${cycle.join(' → ')} leads back to this audience`,
      );
  }

  async remove(id: string): Promise<boolean> {
    await this.get(id);
    const used = await this.db.read((sql) => q.liveRuleUsing(sql, id));
    if (used) throw conflict(`audience ${id} is used by live rule ${used.id}`);
    await this.db.tx((sql) => q.deleteAudience(sql, id));
    this.compiled.delete(id);
    return true;
  }

  private async compiledOf(sql: Sql, id: string): Promise<Compiled | null> {
    const now = Date.now();
    const c = this.compiled.get(id);
    if (c && now - c.loadedAt < CACHE_MS) return c;
    const row = await q.definitionOf(sql, id);
    if (!row) {
      this.compiled.delete(id);
      return null;
    }
    const next: Compiled = {
      kind: row.kind,
      check:
        row.kind === 'DYNAMIC'
          ? compileAudienceExpr(jsonColumn(row.expression), { timeZone: this.config.TIME_ZONE })
          : undefined,
      loadedAt: now,
    };
    this.compiled.set(id, next);
    return next;
  }

  /**
   * User facts extended with what a dynamic audience's check reads: the aggregates it needs and its
   * "is in audience X" conditions (answered by `membership` of the audiences it names). `visiting`
   * holds the audiences being evaluated around this one: an audience reached again through them (a
   * cycle, which saving refuses but older rows may hold) counts as not holding the user.
   */
  private async factsFor(
    sql: Sql,
    user: UserFacts,
    check: CompiledCondition<UserFacts>,
    visiting: readonly string[],
  ): Promise<UserFacts> {
    const { aggregates, audiences } = check.requirements;
    if (aggregates.length === 0 && audiences.length === 0) return user;
    const values = new Map<string, number>();
    for (const spec of aggregates)
      values.set(
        spec.key,
        await aggregateValue(sql, user.userId, spec, user.now, this.config.TIME_ZONE, this.numeric),
      );
    const members =
      audiences.length > 0 ? await this.membership(sql, user, audiences, visiting) : new Set<string>();
    return {
      ...user,
      aggregate: aggregates.length > 0 ? (spec) => values.get(spec.key) ?? 0 : user.aggregate,
      inAudience: audiences.length > 0 ? (id) => members.has(id) : user.inAudience,
    };
  }

  /**
   * Which of `audienceIds` the user belongs to (the engine's AudienceChecker). A dynamic audience
   * already in `visiting` (a cycle) is not evaluated again and does not hold the user.
   */
  async membership(
    sql: Sql,
    user: UserFacts,
    audienceIds: readonly string[],
    visiting: readonly string[] = [],
  ): Promise<Set<string>> {
    const out = new Set<string>();
    const statics: string[] = [];
    for (const id of audienceIds) {
      const c = await this.compiledOf(sql, id);
      if (!c) continue;
      if (c.kind === 'STATIC') statics.push(id);
      else if (visiting.includes(id)) continue;
      else if (c.check!.test(await this.factsFor(sql, user, c.check!, [...visiting, id]))) out.add(id);
    }
    if (statics.length > 0)
      for (const id of await q.staticMembershipOf(sql, user.userId, statics)) out.add(id);
    return out;
  }

  /** For issuance: the users (of `userIds`) that belong to at least one of `audienceIds`. */
  async membersAmong(
    sql: Sql,
    userIds: readonly string[],
    audienceIds: readonly string[],
  ): Promise<Set<string>> {
    const out = new Set<string>();
    const profiles = await this.profiles(sql, userIds);
    const now = nowSeconds();
    for (const userId of userIds) {
      const set = await this.membership(
        sql,
        this.userFacts(userId, profiles.get(userId) ?? {}, now),
        audienceIds,
      );
      if (set.size > 0) out.add(userId);
    }
    return out;
  }

  private userFacts(userId: string, attributes: Record<string, unknown>, now: number): UserFacts {
    return {
      userId,
      now,
      user: { attributes: attributes as JsonObject },
      aggregate: () => 0,
      inAudience: () => false,
    };
  }

  private async profiles(
    sql: Sql,
    userIds: readonly string[],
  ): Promise<Map<string, Record<string, unknown>>> {
    const out = new Map<string, Record<string, unknown>>();
    for (const r of await profilesOf(sql, userIds)) out.set(r.user_id, jsonColumn(r.attributes));
    return out;
  }

  /** The audiences (of the newest 500) one user belongs to now (staff: user lookup). */
  async audiencesOf(userId: string): Promise<Audience[]> {
    const all = (await this.list()).slice(0, 500);
    const member = await this.db.read(async (sql) => {
      const profiles = await this.profiles(sql, [userId]);
      const facts = this.userFacts(userId, profiles.get(userId) ?? {}, nowSeconds());
      return this.membership(
        sql,
        facts,
        all.map((a) => a.id),
      );
    });
    return all.filter((a) => member.has(a.id));
  }

  async isMember(audienceId: string, userId: string): Promise<boolean> {
    await this.get(audienceId, 'audienceId');
    return this.db.read(async (sql) => (await this.membersAmong(sql, [userId], [audienceId])).has(userId));
  }

  /**
   * Walks members in user-id order from `after`, calling `take` with pages; stops when `take` returns
   * false. Dynamic audiences scan user profiles (users known from events or attribute upserts).
   */
  async walkMembers(
    audience: { kind: AudienceKind; id?: string; expression?: unknown },
    after: string | null,
    take: (userIds: string[]) => boolean | Promise<boolean>,
    page = 1000,
  ): Promise<void> {
    let cursor = after ?? '';
    const check =
      audience.kind === 'DYNAMIC'
        ? compileAudienceExpr(audience.expression as ConditionExpr, { timeZone: this.config.TIME_ZONE })
        : null;
    const now = nowSeconds();
    for (;;) {
      // One read per page: a long walk never holds SQLite's single connection for long.
      const next = await this.db.read(async (sql): Promise<{ last: string; members: string[] } | null> => {
        if (!check) {
          const members = await q.memberPage(sql, audience.id!, cursor, page);
          if (members.length === 0) return null;
          return { last: members[members.length - 1]!, members };
        }
        const rows = await q.profilePage(sql, cursor, page);
        if (rows.length === 0) return null;
        const members: string[] = [];
        for (const r of rows) {
          const facts = await this.factsFor(
            sql,
            this.userFacts(r.user_id, jsonColumn(r.attributes), now),
            check,
            audience.id ? [audience.id] : [],
          );
          if (check.test(facts)) members.push(r.user_id);
        }
        return { last: rows[rows.length - 1]!.user_id, members };
      });
      if (!next) return;
      cursor = next.last;
      if (next.members.length > 0 && !(await take(next.members))) return;
    }
  }

  async members(
    audienceId: string,
    first: number,
    after: string | null,
  ): Promise<{ userIds: string[]; endCursor: string | null; hasNextPage: boolean }> {
    const a = await this.get(audienceId, 'audienceId');
    const out: string[] = [];
    let more = false;
    await this.walkMembers(a, after, (ids) => {
      for (const id of ids) {
        if (out.length === first) {
          more = true;
          return false;
        }
        out.push(id);
      }
      return true;
    });
    return { userIds: out, endCursor: out.length > 0 ? out[out.length - 1]! : null, hasNextPage: more };
  }

  /** Size and a sample of an audience (saved, or an unsaved dynamic expression). */
  async preview(
    input: { audienceId?: string | null; expression?: unknown },
    sampleSize: number,
  ): Promise<{ size: number; sample: string[] }> {
    let audience: { kind: AudienceKind; id?: string; expression?: unknown };
    if (input.audienceId) audience = await this.get(input.audienceId, 'audienceId');
    else if (input.expression != null) {
      this.compile(input.expression, 'expression');
      audience = { kind: 'DYNAMIC', expression: input.expression };
    } else throw badInput('audienceId', 'give an audience id or an expression');
    if (audience.kind === 'STATIC') {
      const a = audience as Audience;
      const sample = await this.db.read((sql) => q.memberPage(sql, a.id, '', sampleSize));
      return { size: a.size, sample };
    }
    let size = 0;
    const sample: string[] = [];
    await this.walkMembers(audience, null, (ids) => {
      size += ids.length;
      for (const id of ids) if (sample.length < sampleSize) sample.push(id);
      return true;
    });
    return { size, sample };
  }

  /**
   * Adds the user ids of one CSV chunk to a static audience (first column; a header row and blank lines
   * are skipped). Call repeatedly for a large file: each chunk is streamed through csv-parse and inserted
   * 500 rows at a time. `replace` empties the audience first (use it on the first chunk).
   */
  async upload(audienceId: string, csv: string, replace: boolean): Promise<UploadResult> {
    const a = await this.get(audienceId, 'audienceId');
    if (a.kind !== 'STATIC') throw badInput('audienceId', 'only a static audience takes uploaded members');
    if (csv.length > MAX_CSV_CHUNK)
      throw badInput('csv', `send at most ${MAX_CSV_CHUNK} characters per call`);
    const { rows, ids, invalid } = await readCsvIds(csv);
    if (replace) await this.db.tx((sql) => clearStaticMembers(sql, audienceId, nowSeconds()));
    let added = 0;
    for (let i = 0; i < ids.length; i += INSERT_ROWS * 4) {
      const page = ids.slice(i, i + INSERT_ROWS * 4);
      added += await this.db.tx((sql) => addStaticMembers(sql, audienceId, page, nowSeconds()));
    }
    const size = (await this.get(audienceId)).size;
    return { rows, added, invalid, size };
  }

  /** Issues a template to every member as a bulk job; members are streamed into the job's targets. */
  async issueToAudience(
    jobs: BulkJobService,
    templateId: string,
    audienceId: string,
    createdBy: string | null,
    holdoutPercent: number | null = null,
  ): Promise<string> {
    const a = await this.get(audienceId, 'audienceId');
    const fill = async (append: (userIds: readonly string[]) => Promise<void>) => {
      // Pages are read on one connection and written in their own short transactions (SQLite has
      // one connection: read a page, then write it).
      let after: string | null = null;
      for (;;) {
        const page: string[] = [];
        await this.walkMembers(a, after, (ids) => {
          page.push(...ids);
          return page.length < 1000;
        });
        if (page.length === 0) return;
        after = page[page.length - 1]!;
        await append(page);
      }
    };
    return jobs.startStreamed(templateId, createdBy, fill, holdoutPercent);
  }
}
