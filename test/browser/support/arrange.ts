// Data the browser tests arrange over GraphQL (as the admin) before they look at a screen.
import type { GqlClient } from '../../support/gql';
import { graphql } from '../../support/gql-types';
import { createTemplate } from '../../support/server';

/** order.paid with amount ≥ `minAmount` → issue the template: the smallest publishable rule graph. */
export function paidOrderGraph(templateId: string, minAmount = 10_000) {
  return {
    version: 1,
    nodes: [
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' }, position: { x: 0, y: 0 } },
      {
        id: 'amount',
        type: 'condition.eventProperty',
        args: { property: 'amount', op: 'gte', value: minAmount },
        position: { x: 260, y: 0 },
      },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 520, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'trigger', target: 'amount', sourceHandle: 'out' },
      { id: 'e2', source: 'amount', target: 'issue', sourceHandle: 'yes' },
    ],
  };
}

export interface ArrangedRule {
  id: string;
  name: string;
}

export async function createRule(
  api: GqlClient,
  input: { name: string; mode?: 'AUTOMATED' | 'EXPERIMENT'; description?: string; graph?: unknown },
): Promise<ArrangedRule> {
  const r = await api.q(
    graphql(`
      mutation ArrangeCreateRule($i: CreateRuleInput!) {
        createRule(input: $i) {
          id
          name
        }
      }
    `),
    { i: input },
  );
  return r.createRule;
}

/** A rule published once (ACTIVE), issuing a fresh template for paid orders of ≥ 100.00. */
export async function publishedRule(
  api: GqlClient,
  name: string,
  options: { paused?: boolean; mode?: 'AUTOMATED' | 'EXPERIMENT' } = {},
): Promise<ArrangedRule> {
  const template = await createTemplate(api, { name: `${name} coupon` });
  const rule = await createRule(api, { name, mode: options.mode, graph: paidOrderGraph(template.id) });
  await api.q(
    graphql(`
      mutation ArrangePublishRule($id: ID!) {
        publishRule(id: $id) {
          rule {
            id
          }
        }
      }
    `),
    { id: rule.id },
  );
  if (options.paused)
    await api.q(
      graphql(`
        mutation ArrangePauseRule($id: ID!) {
          pauseRule(id: $id) {
            id
          }
        }
      `),
      { id: rule.id },
    );
  return rule;
}

export async function ruleState(
  api: GqlClient,
  id: string,
): Promise<{ name: string; status: string; mode: string; draft: unknown; activeVersion: number | null }> {
  const r = await api.q(
    graphql(`
      query ArrangeRuleState($id: ID!) {
        rule(id: $id) {
          name
          status
          mode
          draft
          activeVersion
        }
      }
    `),
    { id },
  );
  if (!r.rule) throw new Error(`rule ${id} not found`);
  return r.rule;
}

let eventSeq = 0;

/** Sends one `order.paid` event (as the admin) and returns how many coupons the rules issued for it. */
export async function paidOrder(api: GqlClient, userId: string, amount: number): Promise<number> {
  const r = await api.q(
    graphql(`
      mutation ArrangePaidOrder($e: [TrackEventInput!]!) {
        track(events: $e) {
          accepted
          issued
          errors {
            message
          }
        }
      }
    `),
    { e: [{ id: `evt-${process.pid}-${++eventSeq}`, type: 'order.paid', userId, properties: { amount } }] },
  );
  if (r.track.accepted !== 1) throw new Error(`event refused: ${JSON.stringify(r.track.errors)}`);
  return r.track.issued;
}
