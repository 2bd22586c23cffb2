// Ingestion's steps: validation and normalisation (pure), attribute patches, and `track` on SQLite with
// a recording processor standing in for the rule engine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowSeconds } from '../ids';
import { testServices, type TestServices } from '../testing';
import { applyPatches, problemOf, type TypeInfo, validateBatch } from './ingest';
import type { EventBatchItem, EventProcessor } from './processor';
import { BehaviourBucket, BehaviourSum, UserFirstEvent } from './tracking.entity';
import { TrackingService } from './tracking.service';

const ORDER: TypeInfo = {
  def: {
    name: 'order.paid',
    description: null,
    properties: [{ name: 'amount', type: 'INTEGER', required: true }],
    builtin: true,
    createdAt: 0,
    updatedAt: 0,
  },
  numeric: ['amount'],
};

describe('validateBatch', () => {
  it('names each bad event by index and field, keeps the valid ones, defaults the time', async () => {
    let reloads = 0;
    const { valid, errors } = await validateBatch(
      [
        { id: 'a', type: 'order.paid', userId: 'u1', properties: { amount: 5 } },
        { id: 'has space', type: 'order.paid', userId: 'u1', properties: { amount: 5 } },
        { id: 'b', type: 'nope.nope', userId: 'u1' },
        { id: 'c', type: 'order.paid', userId: 'u1', properties: {} },
        { id: 'a', type: 'order.paid', userId: 'u2', properties: { amount: 1 } },
        { id: 'd', type: 'order.paid', userId: 'u2', properties: { amount: 1 }, userAttributes: [] as never },
      ],
      1_000,
      async (name, reload) => {
        if (reload) reloads++;
        return name === 'order.paid' ? ORDER : undefined;
      },
    );
    expect(valid.map((v) => [v.input.id, v.occurredAt])).toEqual([['a', 1_000]]);
    expect(errors.map((e) => [e.index, e.code, e.field])).toEqual([
      [1, 'INVALID_ID', 'events.1.id'],
      [2, 'UNKNOWN_EVENT_TYPE', 'events.2.type'],
      [3, 'MISSING_PROPERTY', 'events.3.properties.amount'],
      [4, 'DUPLICATE_IN_BATCH', 'events.4.id'],
      [5, 'INVALID_ATTRIBUTES', 'events.5.userAttributes'],
    ]);
    expect(reloads).toBe(1); // an unknown type reloads the types once per batch
  });

  it('problemOf checks the user id', () => {
    expect(problemOf({ id: 'a', type: 'order.paid', userId: '' }, ORDER, 1_700_000_000)?.code).toBe(
      'INVALID_USER_ID',
    );
  });
});

describe('applyPatches', () => {
  it('gives the attributes after each patch; null removes one', () => {
    const r = applyPatches({ tier: 'A', x: 1 }, [{}, { tier: 'B' }, { x: null }]);
    expect(r.steps).toEqual([{ tier: 'A', x: 1 }, { tier: 'B', x: 1 }, { tier: 'B' }]);
    expect(r.final).toEqual({ tier: 'B' });
    expect(r.combined).toEqual({ tier: 'B', x: null });
    expect(r.changed).toBe(true);
    expect(applyPatches({ a: 1 }, [{}]).changed).toBe(false);
  });
});

describe('TrackingService.track', () => {
  let s: TestServices;
  let seen: EventBatchItem[][];
  let tracking: TrackingService;
  beforeEach(async () => {
    s = await testServices();
    seen = [];
    const processor: EventProcessor = {
      process: async (_sql, events) => {
        seen.push([...events]);
        return { firings: 0, issued: 0, committed: () => undefined };
      },
    };
    tracking = new TrackingService(s.db, processor);
    await tracking.init();
  });
  afterEach(() => s.close());

  it('stores new events once, updates buckets, sums and first events, and hands only new events over', async () => {
    const t = nowSeconds() - 100;
    const ev = (id: string, at: number, amount: number, attrs?: Record<string, unknown>) => ({
      id,
      type: 'order.paid',
      userId: 'u1',
      occurredAt: at,
      properties: { amount, orderId: id },
      userAttributes: attrs ?? null,
    });
    const r1 = await tracking.track([ev('e1', t, 100, { tier: 'VIP' }), ev('e2', t + 1, 50)]);
    expect(r1).toMatchObject({ accepted: 2, duplicates: 0, rejected: 0 });
    const r2 = await tracking.track([ev('e2', t + 1, 50), ev('e0', t - 10, 7, { tier: 'REG' })]);
    expect(r2).toMatchObject({ accepted: 1, duplicates: 1 });
    expect(seen.map((b) => b.map((e) => [e.id, e.attributes]))).toEqual([
      [
        ['e1', { tier: 'VIP' }],
        ['e2', { tier: 'VIP' }],
      ],
      [['e0', { tier: 'REG' }]],
    ]);
    const em = s.db.em();
    expect((await em.find(BehaviourBucket, { userId: 'u1' })).reduce((n, b) => n + b.count, 0)).toBe(3);
    expect((await em.find(BehaviourSum, { userId: 'u1' })).reduce((n, b) => n + b.total, 0)).toBe(157);
    expect(await em.findOne(UserFirstEvent, { userId: 'u1', eventType: 'order.paid' })).toMatchObject({
      eventId: 'e0',
    });
    expect(await tracking.userAttributes('u1')).toEqual({ tier: 'REG' });
    expect(await tracking.userAttributeKeys('ti', 10)).toEqual(['tier']);
  });
});
