// Issuance rules that once leaked (issue 15, items 1–3): empty coupon windows, free gifts outside the
// budget, and a coupon centre that promised what the claim refused. Against a real server process.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GqlClient } from '../support/gql';
import { graphql } from '../support/gql-types';
import type { CreateTemplateInput } from '../support/gql-types/graphql';
import { CLAIM, DAY, DIALECT, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
});

const TEMPLATE = graphql(`
  mutation IssuanceRulesCreateTemplate($i: CreateTemplateInput!) {
    createTemplate(input: $i) {
      id
    }
  }
`);
const base = {
  name: 't',
  kind: 'AMOUNT_OFF',
  amount: 500,
  activate: true,
} satisfies Partial<CreateTemplateInput>;

let key = 0;
const claim = (templateId: string, userId: string) =>
  app.q(CLAIM, {
    i: { templateId, userId, deviceId: `d-${userId}`, idempotencyKey: `ir-${++key}` },
  });

describe(`issuance rules (${DIALECT})`, () => {
  it('refuses a template whose claim delay alone outlasts it, naming the field', async () => {
    const r = await staff.raw(TEMPLATE, {
      i: { ...base, validForSeconds: 7 * DAY, validAfterSeconds: 2 * DAY, validUntil: iso(DAY) },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.validAfterSeconds',
    });
  });

  it('never issues a coupon whose window is empty: a late claim is refused ENDED', async () => {
    // Usable for the first second only: claims in the next second would get validFrom ≥ validUntil.
    const t = await createTemplate(staff, { validForSeconds: DAY, validAfterSeconds: 1, validUntil: iso(2) });
    const issued: { validFrom: string; validUntil: string }[] = [];
    await vi.waitFor(
      async () => {
        const r = await claim(t.id, `late-${key}`);
        if (r.claimCoupon.__typename === 'ClaimSuccess') {
          issued.push(r.claimCoupon.coupon);
          throw new Error('still claimable');
        }
        expect(r.claimCoupon.reason).toBe('ENDED');
      },
      { timeout: 10_000, interval: 50 },
    );
    for (const c of issued) expect(Date.parse(c.validFrom)).toBeLessThan(Date.parse(c.validUntil));
  });

  it('a free gift needs its unit value (and a percentage its cap) to live in a budgeted campaign', async () => {
    const c = await staff.q(
      graphql(`
        mutation IssuanceRulesCreateBudgetedCampaign {
          createCampaign(input: { name: "gifts", budget: 100000 }) {
            id
          }
        }
      `),
    );
    const campaignId = c.createCampaign.id;
    const gift: CreateTemplateInput = {
      ...base,
      kind: 'MERCHANDISE',
      amount: null,
      sku: 'mug',
      units: 1,
      validUntil: iso(DAY),
      campaignId,
    };
    const noValue = await staff.raw(TEMPLATE, { i: gift });
    expect(noValue.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unitValue',
    });
    const noCap = await staff.raw(TEMPLATE, {
      i: { ...base, kind: 'PERCENT_OFF', amount: null, discountBp: 1000, validUntil: iso(DAY), campaignId },
    });
    expect(noCap.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cap' });
    const valued = await staff.q(
      graphql(`
        mutation IssuanceRulesCreateValuedTemplate($i: CreateTemplateInput!) {
          createTemplate(input: $i) {
            id
            maxValue
          }
        }
      `),
      { i: { ...gift, unitValue: 1200 } },
    );
    expect(valued.createTemplate.maxValue).toBe(1200);
    // a campaign without a budget may hold the gift, but then cannot be given a budget
    const open = await staff.q(
      graphql(`
        mutation IssuanceRulesCreateOpenCampaign {
          createCampaign(input: { name: "open" }) {
            id
          }
        }
      `),
    );
    await staff.q(TEMPLATE, { i: { ...gift, campaignId: open.createCampaign.id } });
    const budgeted = await staff.raw(
      graphql(`
        mutation IssuanceRulesBudgetCampaign($id: ID!) {
          updateCampaign(id: $id, input: { budget: 5000 }) {
            id
          }
        }
      `),
      {
        id: open.createCampaign.id,
      },
    );
    expect(budgeted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budget' });
  });

  it('the coupon centre and the claim agree on audience-restricted templates', async () => {
    const a = await staff.q(
      graphql(`
        mutation IssuanceRulesCreateAudience($i: CreateAudienceInput!) {
          createAudience(input: $i) {
            id
          }
        }
      `),
      { i: { name: 'members', kind: 'STATIC' } },
    );
    const audienceId = a.createAudience.id;
    await staff.q(
      graphql(`
        mutation IssuanceRulesUploadMembers($a: ID!, $csv: String!) {
          uploadAudienceMembers(audienceId: $a, csv: $csv) {
            size
          }
        }
      `),
      {
        a: audienceId,
        csv: 'user_id\nmember-1',
      },
    );
    const t = await createTemplate(staff, { audienceIds: [audienceId], validUntil: iso(DAY) });
    const centre = async (userId: string) =>
      (
        await app.q(
          graphql(`
            query IssuanceRulesCouponCenter($u: ID!) {
              couponCenter(userId: $u) {
                template {
                  id
                }
                claimable
                reason
              }
            }
          `),
          { u: userId },
        )
      ).couponCenter.find((x) => x.template.id === t.id);
    expect(await centre('member-1')).toMatchObject({ claimable: true, reason: null });
    expect(await centre('stranger-1')).toMatchObject({ claimable: false, reason: 'NOT_IN_AUDIENCE' });
    expect((await claim(t.id, 'member-1')).claimCoupon.__typename).toBe('ClaimSuccess');
    expect((await claim(t.id, 'stranger-1')).claimCoupon).toMatchObject({ reason: 'NOT_IN_AUDIENCE' });
  });
});
