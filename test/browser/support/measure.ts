// Data the measurement pages' browser tests arrange through the real GraphQL API: a campaign with a
// budget, a published EXPERIMENT rule with a 50/50 split whose users are exposed in a chosen ratio
// (picked by the split's own hash), coupons redeemed at checkout and `order.paid` events in both arms.
import { splitHash } from '@couponflow/schema';
import { queryRows } from '../../support/db';
import type { GqlClient } from '../../support/gql';
import { graphql } from '../../support/gql-types';
import { claimOne, createTemplate } from '../../support/server';

const HOUR = 3_600;
export const AMOUNT = 5_000;
export const MARGIN = 2_000;
export const DISCOUNT = 500;

export function splitGraph(templateId: string, eventType = 'page.viewed') {
  return {
    version: 1,
    nodes: [
      { id: 'trigger', type: 'trigger.event', args: { eventType }, position: { x: 0, y: 0 } },
      {
        id: 'split',
        type: 'split.percent',
        args: {
          arms: [
            { id: 'treatment', label: 'Treatment', percent: 50 },
            { id: 'control', label: 'Control', percent: 50, control: true },
          ],
        },
        position: { x: 260, y: 0 },
      },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 520, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'trigger', target: 'split', sourceHandle: 'out' },
      { id: 'e2', source: 'split', target: 'issue', sourceHandle: 'treatment' },
      { id: 'e3', source: 'split', target: 'issue', sourceHandle: 'control' },
    ],
  };
}

export async function createCampaign(api: GqlClient, name: string, budget: number): Promise<string> {
  const r = await api.q(
    graphql(`
      mutation MeasureCreateCampaign($i: CreateCampaignInput!) {
        createCampaign(input: $i) {
          id
        }
      }
    `),
    { i: { name, budget, startsAt: new Date(Date.now() - 6 * 86_400_000).toISOString() } },
  );
  return r.createCampaign.id;
}

export async function createStaticAudience(api: GqlClient, name: string, users: number): Promise<string> {
  const a = await api.q(
    graphql(`
      mutation MeasureCreateAudience($i: CreateAudienceInput!) {
        createAudience(input: $i) {
          id
        }
      }
    `),
    { i: { name, kind: 'STATIC' } },
  );
  await api.q(
    graphql(`
      mutation MeasureUploadAudience($a: ID!, $csv: String!) {
        uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {
          added
        }
      }
    `),
    { a: a.createAudience.id, csv: Array.from({ length: users }, (_, i) => `aud-${i}`).join('\n') },
  );
  return a.createAudience.id;
}

const TRACK = graphql(`
  mutation MeasureTrack($e: [TrackEventInput!]!) {
    track(events: $e) {
      accepted
      errors {
        message
      }
    }
  }
`);

const LOCK = graphql(`
  mutation MeasureLock($i: LockInput!) {
    lockCoupons(input: $i) {
      locked
    }
  }
`);

const REDEEM = graphql(`
  mutation MeasureRedeem($o: ID!) {
    redeemOrder(orderId: $o) {
      ok
    }
  }
`);

export interface ExperimentSetup {
  /** Users to expose in each arm (a 50/50 split: unequal numbers make a sample-ratio mismatch). */
  treatment: number;
  control: number;
  /** Share of each arm that buys within the window. */
  buyTreatment: number;
  buyControl: number;
  /** Buyers (of both arms) who buy again 2 h ago, after the window (repeat customers for LTV). */
  repeat?: number;
  /** The trigger: one event type per rule, so one rule's exposures do not expose the other's users. */
  trigger: 'page.viewed' | 'user.signed_up';
}

/** Users whose split hash lands them in the treatment or control arm of this rule, as many as asked. */
export function usersByArm(ruleId: string, prefix: string, treatment: number, control: number) {
  const bound = 2 ** 31; // the first arm's upper bound of a 50/50 split (uint32 hash space)
  const arms = { treatment: [] as string[], control: [] as string[] };
  for (let i = 0; arms.treatment.length < treatment || arms.control.length < control; i++) {
    const user = `${prefix}-${i}`;
    const arm = splitHash(ruleId, user) < bound ? arms.treatment : arms.control;
    if (arm.length < (arm === arms.treatment ? treatment : control)) arm.push(user);
  }
  return arms;
}

/**
 * A published EXPERIMENT rule with a 50/50 split, its users exposed 20 h ago in the asked ratio;
 * treated buyers redeem their coupon at checkout (and the app reports the order with its margin),
 * control buyers only report theirs; every order 19 h ago. Measure it with a 12 h window.
 */
export async function arrangeExperiment(
  api: GqlClient,
  app: GqlClient,
  dbUrl: string,
  name: string,
  campaignId: string,
  s: ExperimentSetup,
): Promise<{ ruleId: string; templateId: string }> {
  const template = await createTemplate(api, { name: `${name} coupon`, amount: DISCOUNT, campaignId });
  const rule = await api.q(
    graphql(`
      mutation MeasureCreateRule($i: CreateRuleInput!) {
        createRule(input: $i) {
          id
        }
      }
    `),
    { i: { name, mode: 'EXPERIMENT', graph: splitGraph(template.id, s.trigger) } },
  );
  const ruleId = rule.createRule.id;
  await api.q(
    graphql(`
      mutation MeasurePublishRule($id: ID!) {
        publishRule(id: $id) {
          rule {
            id
          }
        }
      }
    `),
    { id: ruleId },
  );
  const arms = usersByArm(ruleId, name.replace(/\W+/g, '-').toLowerCase(), s.treatment, s.control);
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR * 1000).toISOString();
  const views = [...arms.treatment, ...arms.control].map((userId) => ({
    id: `view-${ruleId}-${userId}`,
    type: s.trigger,
    userId,
    occurredAt: at(20),
    properties: s.trigger === 'page.viewed' ? { path: '/' } : { channel: 'web' },
  }));
  const tracked = await app.q(TRACK, { e: views });
  if (tracked.track.accepted !== views.length) throw new Error(JSON.stringify(tracked.track.errors));
  const coupons = new Map(
    (
      await queryRows<{ id: string; user_id: string }>(
        dbUrl,
        `SELECT id, user_id FROM coupon WHERE template_id = '${template.id}'`,
      )
    ).map((c) => [c.user_id, c.id]),
  );
  const orders = [];
  for (const u of arms.treatment.slice(0, Math.round(arms.treatment.length * s.buyTreatment))) {
    const orderId = `order-${ruleId}-${u}`;
    const couponId = coupons.get(u)!;
    await app.q(LOCK, {
      i: {
        orderId,
        cart: { userId: u, lines: [{ sku: 'sku-1', unitPrice: AMOUNT + DISCOUNT, quantity: 1 }] },
        couponIds: [couponId],
      },
    });
    await app.q(REDEEM, { o: orderId });
    orders.push({
      id: `paid-${ruleId}-${u}`,
      type: 'order.paid',
      userId: u,
      occurredAt: at(19),
      properties: { orderId, amount: AMOUNT, margin: MARGIN, couponIds: [couponId] },
    });
  }
  for (const u of arms.control.slice(0, Math.round(arms.control.length * s.buyControl)))
    orders.push({
      id: `paid-${ruleId}-${u}`,
      type: 'order.paid',
      userId: u,
      occurredAt: at(19),
      properties: { orderId: `order-${ruleId}-${u}`, amount: AMOUNT, margin: MARGIN },
    });
  for (const o of orders.slice(0, s.repeat ?? 0))
    orders.push({
      ...o,
      id: `${o.id}-again`,
      occurredAt: at(2),
      properties: { orderId: `${o.properties.orderId}-again`, amount: AMOUNT * 2, margin: MARGIN * 2 },
    });
  const paid = await app.q(TRACK, { e: orders });
  if (paid.track.accepted !== orders.length) throw new Error(JSON.stringify(paid.track.errors));
  return { ruleId, templateId: template.id };
}

/** Claims of a template by `n` users (the claimed stage of the funnel). */
export async function claims(claimer: GqlClient, templateId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await claimOne(claimer, templateId, `claimer-${i}`);
}

export async function ruleMode(api: GqlClient, id: string): Promise<string> {
  const r = await api.q(
    graphql(`
      query MeasureRuleMode($id: ID!) {
        rule(id: $id) {
          mode
        }
      }
    `),
    { id },
  );
  return r.rule.mode;
}
