// The issuance path end to end on SQLite: the shell around decideIssue reads, decides and writes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../graphql/principal';
import { nowSeconds } from '../ids';
import { DAY, testServices, type TestServices } from '../testing';
import { CouponTemplate } from '../templates/template.entity';

let s: TestServices;
beforeEach(async () => {
  s = await testServices();
});
afterEach(() => s.close());

const outcomes = (xs: { kind: string; reason?: string }[]) => {
  const out: Record<string, number> = {};
  for (const o of xs) out[o.reason ?? o.kind] = (out[o.reason ?? o.kind] ?? 0) + 1;
  return out;
};

describe('IssueService (group commit around decideIssue)', () => {
  it('300 concurrent requests on a quota of 100 issue 100, with their counters and events', async () => {
    const c = await s.campaigns.create({ name: 'c', budget: 1_000_000 });
    const t = await s.template({ quotaTotal: 100, campaignId: c.id });
    const res = await Promise.all(
      Array.from({ length: 300 }, (_, i) => s.issuer.issue(t.id, { userId: `u${i}`, source: 'CLAIM' })),
    );
    expect(outcomes(res)).toEqual({ issued: 100, SOLD_OUT: 200 });
    expect(await s.reload(t.id)).toMatchObject({ issuedCount: 100, quotaAvailable: 0 });
    expect(await s.campaign(c.id)).toMatchObject({ issuedCount: 100, outstandingMax: 50_000 });
    const claimed = await s.events('coupon.claimed');
    expect(claimed).toHaveLength(100);
    // the one record feeds the row, the event and the returned entity
    const first = res.find((o) => o.kind === 'issued')!;
    if (first.kind !== 'issued') throw new Error('unreachable');
    const row = await s.coupon(first.couponId);
    const event = claimed.find((e) => e.couponId === first.couponId)!;
    expect(first.coupon).toMatchObject({ code: row.code, validUntil: row.validUntil, maxValue: 500 });
    expect(event.payload).toMatchObject({ code: row.code, validUntil: row.validUntil });
    expect(event).toMatchObject({ templateId: t.id, campaignId: c.id });
  });

  it('a key replays its first outcome; the same key with another request is refused', async () => {
    const t = await s.template({ limitPerAccount: 1 });
    const req = { userId: 'u', source: 'CLAIM' as const, idempotencyKey: 'k1', requestHash: 'h1' };
    const [a, b] = await Promise.all([s.issuer.issue(t.id, req), s.issuer.issue(t.id, req)]);
    expect(a).toMatchObject({ kind: 'issued', replayed: false });
    expect(b).toMatchObject({
      kind: 'issued',
      replayed: true,
      couponId: a.kind === 'issued' ? a.couponId : '',
    });
    expect(await s.issuer.issue(t.id, req)).toMatchObject({ kind: 'issued', replayed: true });
    expect(await s.issuer.issue(t.id, { ...req, requestHash: 'other' })).toEqual({ kind: 'keyReused' });
  });

  it('announces budget exhaustion once and records when', async () => {
    const c = await s.campaigns.create({ name: 'c', budget: 1_000 });
    const t = await s.template({ campaignId: c.id });
    const res = await s.issuer.issueMany(
      t.id,
      ['a', 'b', 'c', 'd'].map((userId) => ({ userId, source: 'API' as const })),
    );
    expect(outcomes(res)).toEqual({ issued: 2, BUDGET_EXHAUSTED: 2 });
    await s.issuer.issue(t.id, { userId: 'e', source: 'API' });
    expect(await s.events('budget.exhausted')).toHaveLength(1);
    expect((await s.campaign(c.id)).exhaustedAt).toEqual(expect.any(Number));
  });

  it('consumes an unbound code once', async () => {
    const t = await s.template({ limitPerAccount: 5 });
    const { sample } = await s.templates.mintCodes({
      templateId: t.id,
      count: 3,
      prefix: 'X-',
      length: 8,
      charset: '0123456789ABCDEFGHJK',
    });
    const code = sample[0]!;
    const res = await s.issuer.issueMany(t.id, [
      { userId: 'a', source: 'CODE', code },
      { userId: 'b', source: 'CODE', code },
    ]);
    expect(outcomes(res)).toEqual({ issued: 1, CODE_ALREADY_USED: 1 });
    expect(await s.templates.codeCounts(t.id)).toEqual({ unused: 2, claimed: 1 });
  });
});

describe('the coupon centre asks the same decision as the claim', () => {
  const principal: Principal = { kind: 'apiKey', id: 'key_1', scopes: [], merchantIds: [] };
  const change = (id: string, data: Partial<CouponTemplate>) =>
    s.db.em().nativeUpdate(CouponTemplate, { id }, data);

  it('an audience-restricted template is not claimable by a non-member, and the claim agrees (issue 15, item 3)', async () => {
    const t = await s.template({});
    await change(t.id, { audienceIds: ['aud_vip'] });
    s.members.set('aud_vip', new Set(['vip']));
    for (const [userId, expected] of [
      ['vip', null],
      ['stranger', 'NOT_IN_AUDIENCE'],
    ] as const) {
      const [item] = await s.coupons.couponCenter(userId, { kind: 'CENTER' });
      expect(item).toMatchObject({ claimable: expected === null, reason: expected });
      const claim = await s.coupons.claim(principal, {
        templateId: t.id,
        userId,
        deviceId: `d-${userId}`,
        idempotencyKey: `k-${userId}`,
      });
      expect(claim.ok ? null : claim.reason).toBe(expected);
    }
  });

  it('reports limits and budget as the claim would', async () => {
    const c = await s.campaigns.create({ name: 'c', budget: 500 });
    const t = await s.template({ campaignId: c.id, limitPerAccount: 1 });
    expect((await s.coupons.couponCenter('u', { kind: 'CENTER' }))[0]).toMatchObject({ claimable: true });
    await s.issuer.issue(t.id, { userId: 'u', source: 'CLAIM' });
    expect((await s.coupons.couponCenter('u', { kind: 'CENTER' }))[0]).toMatchObject({
      reason: 'ACCOUNT_LIMIT',
      claimedCount: 1,
    });
    expect((await s.coupons.couponCenter('v', { kind: 'CENTER' }))[0]).toMatchObject({
      reason: 'BUDGET_EXHAUSTED',
    });
  });

  it('refuses a late claim whose delay leaves no usable window (issue 15, item 1)', async () => {
    const t = await s.template({
      validForSeconds: 7 * DAY,
      validAfterSeconds: DAY,
      validUntil: nowSeconds() + 2 * DAY,
    });
    await change(t.id, { validUntil: nowSeconds() + 3600 });
    expect(await s.issuer.issue(t.id, { userId: 'u', source: 'CLAIM' })).toMatchObject({
      kind: 'refused',
      reason: 'ENDED',
    });
    expect((await s.reload(t.id)).issuedCount).toBe(0);
  });
});
