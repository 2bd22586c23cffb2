// couponEventLog(userId:) reads outbox_event by user in id order: an index serves both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from '../testing';
import { eventLogQuery, sqlitePlan } from './outbox.sql';

let s: TestServices;
beforeEach(async () => {
  s = await testServices();
});
afterEach(() => s.close());

describe('the event log by user', () => {
  it('is read through the (user_id, id) index, without scanning or sorting', async () => {
    const st = eventLogQuery({ afterId: 0, userId: 'u1', limit: 50 });
    const plan = await s.db.read((sql) => sqlitePlan(sql, st));
    expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX outbox_event_user_id_id_index/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
