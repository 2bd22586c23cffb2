// Static membership changes (the one writer of audience members) and the CSV reader behind uploads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowSeconds } from '../ids';
import { testServices, type TestServices } from '../testing';
import { AudienceMember } from './audience.entity';
import { changeStaticMembership, readCsvIds } from './membership';

let s: TestServices;
let b: Awaited<ReturnType<TestServices['behaviour']>>;
beforeEach(async () => {
  s = await testServices();
  b = await s.behaviour();
});
afterEach(() => s.close());

describe('changeStaticMembership', () => {
  it('adds and removes members with the size, once each, and leaves dynamic audiences alone', async () => {
    const st = await b.audiences.create({ name: 'static', kind: 'STATIC' });
    const dyn = await b.audiences.create({
      name: 'dynamic',
      kind: 'DYNAMIC',
      expression: { block: 'condition.userAttribute', args: { attribute: 'tier', op: 'eq', value: 'VIP' } },
    });
    const done = await s.db.tx((sql) =>
      changeStaticMembership(
        sql,
        [
          { op: 'add', audienceId: st.id, userId: 'u1' },
          { op: 'add', audienceId: st.id, userId: 'u1' }, // already there
          { op: 'add', audienceId: st.id, userId: 'u2' },
          { op: 'add', audienceId: dyn.id, userId: 'u1' }, // computed, not stored
          { op: 'remove', audienceId: st.id, userId: 'u2' },
          { op: 'remove', audienceId: st.id, userId: 'nobody' },
        ],
        nowSeconds(),
      ),
    );
    expect(done).toBe(3);
    expect((await b.audiences.get(st.id)).size).toBe(1);
    expect((await b.audiences.get(dyn.id)).size).toBe(0);
    expect((await s.db.em().find(AudienceMember, {})).map((m) => [m.audienceId, m.userId])).toEqual([
      [st.id, 'u1'],
    ]);
  });
});

describe('readCsvIds', () => {
  it('skips the header and blank lines and reports invalid ids with their line', async () => {
    const r = await readCsvIds('user_id\na\n\nb\nhas space\nc\n');
    expect(r).toEqual({ rows: 4, ids: ['a', 'b', 'c'], invalid: [{ line: 4, value: 'has space' }] });
  });

  it('refuses a CSV with an unclosed quote as bad input on csv', async () => {
    await expect(readCsvIds('a\n"b\nc\n')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'csv' },
    });
  });
});

describe('AudienceService.upload and issueToAudience', () => {
  it('replaces members, then streams them into a bulk job’s targets', async () => {
    const a = await b.audiences.create({ name: 'csv', kind: 'STATIC' });
    await b.audiences.upload(a.id, 'x1\nx2\nx3\n', false);
    const r = await b.audiences.upload(a.id, 'y1\ny2\n', true);
    expect(r).toMatchObject({ rows: 2, added: 2, size: 2 });
    expect((await b.audiences.members(a.id, 10, null)).userIds).toEqual(['y1', 'y2']);
    const t = await s.template();
    const jobId = await b.audiences.issueToAudience(s.jobs, t.id, a.id, null);
    const job = await s.jobs.get(jobId);
    expect(job.total).toBe(2);
    expect(['RUNNING', 'DONE']).toContain(job.status);
  });
});
