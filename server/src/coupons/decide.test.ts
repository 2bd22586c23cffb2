import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetAllows } from '../campaigns/budget';
import {
  type CampaignState,
  type Decision,
  decideIssue,
  type IssueAsk,
  type IssueState,
  type Mint,
  type TemplateState,
} from './decide';

const NOW = 1_750_000_000;
const DAY = 86_400;

let seq = 0;
const mint: Mint = { couponId: () => `cpn_${++seq}`, code: () => `CODE-${seq}` };

const template = (over: Partial<TemplateState> = {}): TemplateState => ({
  id: 'tpl_1',
  campaignId: null,
  status: 'ACTIVE',
  kind: 'AMOUNT_OFF',
  balance: null,
  validFrom: null,
  validUntil: NOW + 30 * DAY,
  validForSeconds: null,
  validAfterSeconds: 0,
  claimStartsAt: null,
  claimEndsAt: null,
  quotaAvailable: null,
  limitPerAccount: null,
  limitFrequency: null,
  limitPerDevice: null,
  maxValue: 500,
  audienceIds: [],
  ...over,
});

const campaign = (over: Partial<CampaignState> = {}): CampaignState => ({
  id: 'cmp_1',
  status: 'ACTIVE',
  budget: null,
  spent: 0,
  reserved: 0,
  outstandingMax: 0,
  redeemedCount: 0,
  expiredCount: 0,
  ...over,
});

const state = (over: Partial<IssueState> = {}): IssueState => ({
  now: NOW,
  timeZone: 'UTC',
  minHistory: 100,
  template: template(),
  campaign: null,
  accounts: new Map(),
  devices: new Map(),
  members: new Set(),
  codes: new Map(),
  ...over,
});

const ask = (userId: string, over: Partial<IssueAsk> = {}): IssueAsk => ({
  userId,
  source: 'CLAIM',
  ...over,
});
const reasons = (ds: Decision[]) => ds.map((d) => (d.kind === 'issue' ? 'issued' : d.reason));

describe('decideIssue: the template, its window and its campaign', () => {
  it.each([
    ['PAUSED', {}, 'PAUSED'],
    ['ENDED', {}, 'ENDED'],
    ['DRAFT', {}, 'NOT_STARTED'],
    ['ACTIVE', { claimStartsAt: NOW + 1 }, 'NOT_STARTED'],
    ['ACTIVE', { claimEndsAt: NOW }, 'ENDED'],
    ['ACTIVE', { validUntil: NOW }, 'ENDED'],
  ] as const)('a %s template %o refuses with %s', (status, over, reason) => {
    const ds = decideIssue(state({ template: template({ status, ...over }) }), [ask('u1'), ask('u2')], mint);
    expect(reasons(ds)).toEqual([reason, reason]);
  });

  it('refuses ENDED when the delay leaves no usable window before the template ends (issue 15, item 1)', () => {
    const late = template({ validForSeconds: 7 * DAY, validAfterSeconds: 2 * DAY, validUntil: NOW + DAY });
    expect(reasons(decideIssue(state({ template: late }), [ask('u1')], mint))).toEqual(['ENDED']);
    const inTime = template({
      validForSeconds: 7 * DAY,
      validAfterSeconds: 2 * DAY,
      validUntil: NOW + 3 * DAY,
    });
    const [d] = decideIssue(state({ template: inTime }), [ask('u1')], mint);
    expect(d).toMatchObject({
      kind: 'issue',
      coupon: { validFrom: NOW + 2 * DAY, validUntil: NOW + 3 * DAY },
    });
  });

  it('a paused or ended campaign refuses every request', () => {
    const t = template({ campaignId: 'cmp_1' });
    expect(
      reasons(
        decideIssue(state({ template: t, campaign: campaign({ status: 'PAUSED' }) }), [ask('u')], mint),
      ),
    ).toEqual(['PAUSED']);
    expect(
      reasons(decideIssue(state({ template: t, campaign: campaign({ status: 'ENDED' }) }), [ask('u')], mint)),
    ).toEqual(['ENDED']);
  });
});

describe('decideIssue: one coupon record', () => {
  it('carries the request, the window and the value (a CASH balance too)', () => {
    const t = template({
      kind: 'CASH',
      balance: 3000,
      maxValue: 3000,
      validForSeconds: DAY,
      campaignId: 'cmp_1',
    });
    const [d] = decideIssue(
      state({ template: t, campaign: campaign() }),
      [ask('u1', { deviceId: 'd1', cookieId: 'k1', placement: 'CART', source: 'CLAIM' })],
      { couponId: () => 'cpn_x', code: () => 'AAAA-BBBB-CCCC' },
    );
    expect(d).toEqual({
      kind: 'issue',
      coupon: expect.objectContaining({
        id: 'cpn_x',
        code: 'AAAA-BBBB-CCCC',
        templateId: 'tpl_1',
        campaignId: 'cmp_1',
        userId: 'u1',
        status: 'AVAILABLE',
        source: 'CLAIM',
        placement: 'CART',
        deviceId: 'd1',
        cookieId: 'k1',
        issuedAt: NOW,
        validFrom: NOW,
        validUntil: NOW + DAY,
        balance: 3000,
        maxValue: 3000,
      }),
    });
  });
});

describe('decideIssue: limits, quota and budget across one batch', () => {
  it('counts what the batch issued against the quota', () => {
    const ds = decideIssue(
      state({ template: template({ quotaAvailable: 2 }) }),
      ['a', 'b', 'c'].map((u) => ask(u)),
      mint,
    );
    expect(reasons(ds)).toEqual(['issued', 'issued', 'SOLD_OUT']);
  });

  it('per account: total, ONCE, AFTER_USE and DAILY in the deployment time zone', () => {
    const total = template({ limitPerAccount: 2 });
    expect(reasons(decideIssue(state({ template: total }), [ask('u'), ask('u'), ask('u')], mint))).toEqual([
      'issued',
      'issued',
      'ACCOUNT_LIMIT',
    ]);
    const once = template({ limitFrequency: 'ONCE' });
    const held = new Map([['u', { n: 1, last: NOW - 10 * DAY, active: 0 }]]);
    expect(reasons(decideIssue(state({ template: once, accounts: held }), [ask('u')], mint))).toEqual([
      'ACCOUNT_LIMIT',
    ]);
    const afterUse = template({ limitFrequency: 'AFTER_USE' });
    expect(
      reasons(decideIssue(state({ template: afterUse, accounts: held }), [ask('u'), ask('u')], mint)),
    ).toEqual(['issued', 'ACCOUNT_LIMIT']);
    // Claimed at 23:30 UTC on 14 June, asking again at 01:00 UTC on 15 June: another day in UTC, the
    // same day (15 June) in Tokyo.
    const daily = template({ limitFrequency: 'DAILY' });
    const at = Date.parse('2025-06-15T01:00:00Z') / 1000;
    const last = new Map([['u', { n: 1, last: Date.parse('2025-06-14T23:30:00Z') / 1000, active: 1 }]]);
    const dailyState = { template: daily, accounts: last, now: at };
    expect(reasons(decideIssue(state(dailyState), [ask('u')], mint))).toEqual(['issued']);
    expect(reasons(decideIssue(state({ ...dailyState, timeZone: 'Asia/Tokyo' }), [ask('u')], mint))).toEqual([
      'DAILY_LIMIT',
    ]);
  });

  it('per device and per web cookie, across accounts', () => {
    const t = template({ limitPerDevice: 1 });
    const ds = decideIssue(
      state({ template: t, devices: new Map([['cookie:k0', 1]]) }),
      [
        ask('a', { deviceId: 'd1' }),
        ask('b', { deviceId: 'd1' }),
        ask('c', { deviceId: 'd2', cookieId: 'k0' }),
      ],
      mint,
    );
    expect(reasons(ds)).toEqual(['issued', 'DEVICE_LIMIT', 'DEVICE_LIMIT']);
  });

  it('stops at the budget: spent + reserved + outstanding at the worst-case rate', () => {
    const t = template({ campaignId: 'cmp_1', maxValue: 500 });
    const c = campaign({ budget: 2000, spent: 300, reserved: 200 });
    expect(
      reasons(
        decideIssue(
          state({ template: t, campaign: c }),
          ['a', 'b', 'c', 'd'].map((u) => ask(u)),
          mint,
        ),
      ),
    ).toEqual(['issued', 'issued', 'issued', 'BUDGET_EXHAUSTED']);
  });

  it('audiences restrict claims and codes, not staff, bulk or rule issuance', () => {
    const t = template({ audienceIds: ['aud_vip'] });
    const ds = decideIssue(
      state({ template: t, members: new Set(['member']) }),
      [
        ask('member'),
        ask('stranger'),
        ask('stranger', { source: 'BULK' }),
        ask('stranger', { source: 'RULE' }),
      ],
      mint,
    );
    expect(reasons(ds)).toEqual(['issued', 'NOT_IN_AUDIENCE', 'issued', 'issued']);
  });

  it('an unbound code is consumed once, and must exist', () => {
    const codes = new Map([
      ['FREE-1', 'UNUSED' as const],
      ['FREE-2', 'CLAIMED' as const],
    ]);
    const ds = decideIssue(
      state({ codes }),
      [
        ask('a', { source: 'CODE', code: 'FREE-1' }),
        ask('b', { source: 'CODE', code: 'FREE-1' }),
        ask('c', { source: 'CODE', code: 'FREE-2' }),
        ask('d', { source: 'CODE', code: 'NOPE' }),
      ],
      mint,
    );
    expect(reasons(ds)).toEqual(['issued', 'CODE_ALREADY_USED', 'CODE_ALREADY_USED', 'CODE_INVALID']);
    expect(ds[0]).toMatchObject({ coupon: { code: 'FREE-1' } });
  });
});

describe('decideIssue: properties', () => {
  const arbAsk = fc.record({
    userId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'),
    source: fc.constantFrom('CLAIM', 'BULK', 'API', 'RULE') as fc.Arbitrary<IssueAsk['source']>,
    deviceId: fc.option(fc.constantFrom('d1', 'd2', 'd3'), { nil: null }),
    cookieId: fc.option(fc.constantFrom('k1', 'k2'), { nil: null }),
  });
  const arbSetup = fc.record({
    quota: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    perAccount: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    perDevice: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    maxValue: fc.integer({ min: 0, max: 5000 }),
    budget: fc.option(fc.integer({ min: 0, max: 40_000 }), { nil: null }),
    spent: fc.integer({ min: 0, max: 10_000 }),
    outstanding: fc.integer({ min: 0, max: 10_000 }),
    redeemed: fc.integer({ min: 0, max: 300 }),
    expired: fc.integer({ min: 0, max: 300 }),
    held: fc.integer({ min: 0, max: 2 }),
  });

  it('for any request order and mix, no decision exceeds the quota, a limit or the budget', () => {
    fc.assert(
      fc.property(arbSetup, fc.array(arbAsk, { maxLength: 40 }), (s, asks) => {
        const t = template({
          campaignId: 'cmp_1',
          quotaAvailable: s.quota,
          limitPerAccount: s.perAccount,
          limitPerDevice: s.perDevice,
          maxValue: s.maxValue,
        });
        const c = campaign({
          budget: s.budget,
          spent: s.spent,
          outstandingMax: s.outstanding,
          redeemedCount: s.redeemed,
          expiredCount: s.expired,
        });
        const accounts = new Map([['u1', { n: s.held, last: NOW - 10 * DAY, active: 0 }]]);
        const devices = new Map([['device:d1', s.held]]);
        const ds = decideIssue(state({ template: t, campaign: c, accounts, devices }), asks, mint);
        expect(ds).toHaveLength(asks.length);
        const issued = asks.filter((_, i) => ds[i]!.kind === 'issue');
        if (s.quota != null) expect(issued.length).toBeLessThanOrEqual(s.quota);
        const before = (k: string) => (k === 'u1' || k === 'device:d1' ? s.held : 0);
        const count = new Map<string, number>();
        for (const a of issued)
          for (const k of [
            a.userId,
            a.deviceId && `device:${a.deviceId}`,
            a.cookieId && `cookie:${a.cookieId}`,
          ])
            if (k) count.set(k, (count.get(k) ?? 0) + 1);
        for (const [k, n] of count) {
          const limit = k.includes(':') ? s.perDevice : s.perAccount;
          if (limit != null) expect(n).toBeLessThanOrEqual(Math.max(0, limit - before(k)));
        }
        if (s.budget != null && issued.length > 0)
          expect(budgetAllows(c, issued.length * s.maxValue, 100)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a refused request changes nothing for those after it (deciding it alone or not gives the same rest)', () => {
    fc.assert(
      fc.property(arbSetup, fc.array(arbAsk, { minLength: 1, maxLength: 20 }), (s, asks) => {
        const st = state({
          template: template({
            quotaAvailable: s.quota,
            limitPerAccount: s.perAccount,
            limitPerDevice: s.perDevice,
          }),
        });
        const all = reasons(decideIssue(st, asks, mint));
        const kept = asks.filter((_, i) => all[i] === 'issued');
        expect(reasons(decideIssue(st, kept, mint)).every((r) => r === 'issued')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
