// Template definition rules through TemplateService (SQLite), including issue 15 items 1 and 2.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextStatus } from '../campaigns/lifecycle';
import { nowSeconds } from '../ids';
import { DAY, testServices, type TestServices } from '../testing';
import { EMPTY_SCOPE } from './scope';
import { TEMPLATE_LIFECYCLE } from './template.service';

let s: TestServices;
beforeEach(async () => {
  s = await testServices();
});
afterEach(() => s.close());

describe('TemplateService.create', () => {
  it('refuses a delay that alone outlasts the template (no claim could get a usable window)', async () => {
    const validUntil = nowSeconds() + DAY;
    await expect(
      s.template({ validForSeconds: 7 * DAY, validAfterSeconds: 2 * DAY, validUntil }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.validAfterSeconds' } });
    await expect(
      s.template({
        validForSeconds: 7 * DAY,
        validAfterSeconds: 2 * DAY,
        validUntil,
        claimStartsAt: validUntil - 10,
      }),
    ).rejects.toMatchObject({ extensions: { field: 'input.validAfterSeconds' } });
    const ok = await s.template({ validForSeconds: 7 * DAY, validAfterSeconds: DAY / 2, validUntil });
    expect(ok.validAfterSeconds).toBe(DAY / 2);
  });

  it('a budgeted campaign refuses templates without a maximum value, naming the missing field', async () => {
    const c = await s.campaigns.create({ name: 'c', budget: 10_000 });
    await expect(
      s.template({ campaignId: c.id, kind: 'MERCHANDISE', amount: null, sku: 'gift', units: 1 }),
    ).rejects.toMatchObject({ extensions: { field: 'input.unitValue', reason: 'UNBOUNDED_IN_BUDGET' } });
    await expect(
      s.template({ campaignId: c.id, kind: 'PERCENT_OFF', amount: null, discountBp: 1000 }),
    ).rejects.toMatchObject({ extensions: { field: 'input.cap' } });
    const gift = await s.template({
      campaignId: c.id,
      kind: 'MERCHANDISE',
      sku: 'gift',
      units: 2,
      unitValue: 900,
    });
    expect(gift.maxValue).toBe(1800);
    // without a budget, an unbounded template may exist, and then the campaign cannot get a budget
    const open = await s.campaigns.create({ name: 'open' });
    await s.template({ campaignId: open.id, kind: 'MERCHANDISE', sku: 'gift', units: 1 });
    await expect(s.campaigns.update(open.id, { budget: 5_000 })).rejects.toMatchObject({
      extensions: { field: 'input.budget', reason: 'UNBOUNDED_IN_BUDGET' },
    });
  });

  it('requires each kind’s fields and defaults the stack group from the registry', async () => {
    await expect(s.template({ kind: 'STEP_AMOUNT_OFF', amount: 100 })).rejects.toMatchObject({
      extensions: { field: 'input.step' },
    });
    expect((await s.template({ kind: 'CASH', balance: 2000 })).stackGroup).toBe('PAYMENT');
    expect((await s.template({ scope: { ...EMPTY_SCOPE, merchantIds: ['m1'] } })).stackGroup).toBe('STORE');
  });
});

describe('template life cycle', () => {
  it('DRAFT → ACTIVE ⇄ PAUSED → ENDED, refusing other moves with the current status', async () => {
    expect(nextStatus(TEMPLATE_LIFECYCLE, 'pause', 'DRAFT')).toBeNull();
    const t = await s.template({ activate: false });
    await expect(s.templates.transition(t.id, 'pause')).rejects.toMatchObject({
      extensions: { field: 'id', status: 'DRAFT' },
    });
    for (const [action, status] of [
      ['activate', 'ACTIVE'],
      ['pause', 'PAUSED'],
      ['resume', 'ACTIVE'],
      ['end', 'ENDED'],
    ] as const)
      expect((await s.templates.transition(t.id, action)).status).toBe(status);
    await expect(s.templates.transition(t.id, 'activate')).rejects.toMatchObject({
      extensions: { status: 'ENDED' },
    });
  });
});
