// Bad input: malformed graphs and malformed events get typed errors that name what is wrong, and
// nothing else is affected (the live rule keeps firing, valid events in a batch are kept).
import type { RuleGraphIssue } from '@couponflow/schema';
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { DIALECT, apiKey, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { TRACK, chain, createRule, publishRule, track, updateDraft } from './rules-support';

const srv = useServer({ connections: 8 });
let staff: GqlClient;
let app: GqlClient;
let templateId: string;
let liveRule: string;

const bigOrder = (templateId: string) =>
  chain([
    { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' } },
    { id: 'big', type: 'condition.eventProperty', args: { property: 'amount', op: 'gte', value: 10_000 } },
    { id: 'issue', type: 'action.issueCoupon', args: { templateId } },
  ]);

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
  templateId = (await createTemplate(staff)).id;
  liveRule = await createRule(staff, bigOrder(templateId));
  await publishRule(staff, liveRule);
});

async function publishErrors(
  graph: unknown,
): Promise<{ code: string; message: string; issues: RuleGraphIssue[] }> {
  const id = await createRule(staff, graph);
  const r = await staff.raw(
    graphql(`
      mutation RulesBadInputPublishRule2($id: ID!) {
        publishRule(id: $id) {
          rule {
            id
          }
        }
      }
    `),
    { id },
  );
  expect(r.data).toBeNull();
  const e = r.errors![0]!;
  return { code: e.extensions!.code!, message: e.message, issues: e.extensions!.issues as RuleGraphIssue[] };
}

async function liveRuleStillWorks(suffix: string): Promise<void> {
  const r = await track(app, [
    { id: `ok-${suffix}`, type: 'order.paid', userId: `buyer-${suffix}`, properties: { amount: 12_000 } },
  ]);
  expect(r).toMatchObject({ accepted: 1, issued: 1 });
  const versions = await staff.q(
    graphql(`
      query RuleVersions($id: ID!) {
        ruleVersions(ruleId: $id) {
          version
        }
      }
    `),
    {
      id: liveRule,
    },
  );
  expect(versions.ruleVersions).toHaveLength(1);
}

describe(`malformed graphs (${DIALECT})`, () => {
  it('a cycle: INVALID_GRAPH with CYCLE naming its nodes', async () => {
    const g = chain([
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' } },
      { id: 'a', type: 'condition.eventProperty', args: { property: 'amount', op: 'gt', value: 1 } },
      { id: 'b', type: 'condition.eventProperty', args: { property: 'amount', op: 'gt', value: 2 } },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId } },
    ]);
    g.edges.push({ id: 'back', source: 'b', target: 'a', sourceHandle: 'yes' });
    const e = await publishErrors(g);
    expect(e.code).toBe('INVALID_GRAPH');
    const cycle = e.issues.find((i) => i.code === 'CYCLE');
    expect(cycle?.nodeIds).toEqual(expect.arrayContaining(['a', 'b']));
    expect(e.message).toContain('CYCLE');
    await liveRuleStillWorks('cycle');
  });

  it('an unknown block: UNKNOWN_BLOCK naming the node', async () => {
    const g = bigOrder(templateId);
    g.nodes[1] = { ...g.nodes[1]!, type: 'condition.telepathy' };
    const e = await publishErrors(g);
    expect(e.code).toBe('INVALID_GRAPH');
    expect(e.issues).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_BLOCK', nodeIds: ['big'] }));
    await liveRuleStillWorks('unknown');
  });

  it('wrong arg types: ARG_INVALID naming the node and the arg', async () => {
    const g = bigOrder(templateId);
    g.nodes[1] = { ...g.nodes[1]!, args: { property: 'amount', op: 'gte', value: { lots: true } } };
    const e = await publishErrors(g);
    expect(e.code).toBe('INVALID_GRAPH');
    const issue = e.issues.find((i) => i.code === 'ARG_INVALID');
    expect(issue?.nodeIds).toEqual(['big']);
    await liveRuleStillWorks('args');
  });

  it('10 000 nodes: TOO_LARGE', async () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`,
      type: i === 0 ? 'trigger.event' : 'condition.eventProperty',
      args: i === 0 ? { eventType: 'order.paid' } : { property: 'amount', op: 'gt', value: i },
      position: { x: 0, y: 0 },
    }));
    const graph = { version: 1, nodes, edges: [] };
    const v = await staff.q(
      graphql(`
        query RulesBadInputValidateRuleGraph($g: JSON!) {
          validateRuleGraph(graph: $g) {
            valid
            issues {
              code
              nodeIds
            }
          }
        }
      `),
      { g: graph },
    );
    expect(v.validateRuleGraph.valid).toBe(false);
    expect(v.validateRuleGraph.issues.map((i) => i.code)).toEqual(['TOO_LARGE']);
    // Too big to even keep as a draft: a typed error naming the field.
    const r = await staff.raw(
      graphql(`
        mutation RulesBadInputCreateRule($i: CreateRuleInput!) {
          createRule(input: $i) {
            id
          }
        }
      `),
      {
        i: { name: 'huge', mode: 'AUTOMATED', graph },
      },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.graph' });
    // 600 nodes fit in a draft; publishing says TOO_LARGE.
    const e = await publishErrors({ version: 1, nodes: nodes.slice(0, 600), edges: [] });
    expect(e.code).toBe('INVALID_GRAPH');
    expect(e.issues.map((i) => i.code)).toContain('TOO_LARGE');
    await liveRuleStillWorks('large');
  });

  it('a template that does not exist: INVALID_GRAPH naming the action node', async () => {
    const e = await publishErrors(bigOrder('tpl_does-not-exist'));
    expect(e.code).toBe('INVALID_GRAPH');
    expect(e.issues).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_TEMPLATE', nodeIds: ['issue'] }),
    );
  });

  it('validateRuleGraph and checkRule report issues without publishing', async () => {
    const g = bigOrder(templateId);
    g.edges = g.edges.filter((e) => e.id !== 'e2'); // issue is unreachable now
    const v = await staff.q(
      graphql(`
        query ValidateRuleGraph($g: JSON!) {
          validateRuleGraph(graph: $g) {
            valid
            issues {
              code
              nodeIds
              edgeIds
            }
          }
        }
      `),
      { g },
    );
    expect(v.validateRuleGraph.valid).toBe(false);
    expect(v.validateRuleGraph.issues.map((i) => i.code)).toContain('UNREACHABLE_NODE');
    const ok = await createRule(staff, bigOrder(templateId));
    const c = await staff.q(
      graphql(`
        query CheckRule($id: ID!) {
          checkRule(id: $id) {
            valid
            worstCaseSubsidyPerEvent
            checks {
              code
            }
          }
        }
      `),
      {
        id: ok,
      },
    );
    expect(c.checkRule.valid).toBe(true);
    expect(c.checkRule.worstCaseSubsidyPerEvent).toBe(500);
    await updateDraft(staff, ok, g);
    const r = await staff.raw(
      graphql(`
        mutation RulesBadInputPublishRule($id: ID!) {
          publishRule(id: $id) {
            rule {
              id
            }
          }
        }
      `),
      { id: ok },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('INVALID_GRAPH');
  });
});

describe(`malformed events (${DIALECT})`, () => {
  it('unknown types and wrong property types are reported per event; the valid ones are kept', async () => {
    const r = await track(app, [
      { id: 'bad-1', type: 'order.refunded', userId: 'u1', properties: { amount: 1 } },
      { id: 'good-1', type: 'order.paid', userId: 'u1', properties: { amount: 15_000 } },
      { id: 'bad-2', type: 'order.paid', userId: 'u2', properties: { amount: '15000' } },
      { id: 'bad-3', type: 'order.paid', userId: 'u3', properties: { currency: 'EUR' } },
      { id: 'bad-4', type: 'page.viewed', userId: 'u4 with spaces', properties: { path: '/' } },
      { id: 'good-2', type: 'page.viewed', userId: 'u4', properties: { path: '/', extra: [1, 2] } },
      { id: 'good-1', type: 'order.paid', userId: 'u1', properties: { amount: 15_000 } },
      { id: 'bad-5', type: 'order.paid', userId: 'u5', properties: { amount: 1.5 } },
    ]);
    expect(r).toMatchObject({ accepted: 2, duplicates: 0, rejected: 6, issued: 1 });
    expect(r.errors.map((e) => [e.index, e.eventId, e.code, e.field])).toEqual([
      [0, 'bad-1', 'UNKNOWN_EVENT_TYPE', 'events.0.type'],
      [2, 'bad-2', 'INVALID_PROPERTY', 'events.2.properties.amount'],
      [3, 'bad-3', 'MISSING_PROPERTY', 'events.3.properties.amount'],
      [4, 'bad-4', 'INVALID_USER_ID', 'events.4.userId'],
      [6, 'good-1', 'DUPLICATE_IN_BATCH', 'events.6.id'],
      [7, 'bad-5', 'INVALID_PROPERTY', 'events.7.properties.amount'],
    ]);
    const stored = await queryRows<{ id: string }>(
      srv.db.url,
      `SELECT id FROM tracked_event WHERE id LIKE 'bad-%' OR id LIKE 'good-%' ORDER BY id`,
    );
    expect(stored.map((s) => s.id)).toEqual(['good-1', 'good-2']);
  });

  it('a batch of 1 001 events is refused whole with BAD_USER_INPUT naming events', async () => {
    const before = await queryRows<{ n: number }>(srv.db.url, `SELECT COUNT(*) AS n FROM tracked_event`);
    const events = Array.from({ length: 1001 }, (_, i) => ({
      id: `flood-${i}`,
      type: 'page.viewed',
      userId: `f${i}`,
      properties: { path: '/' },
    }));
    const r = await app.raw(TRACK, { e: events });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('events');
    expect(r.errors?.[0]?.message).toContain('1000');
    const after = await queryRows<{ n: number }>(srv.db.url, `SELECT COUNT(*) AS n FROM tracked_event`);
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
    const ok = await track(app, events.slice(0, 1000));
    expect(ok.accepted).toBe(1000);
  });

  it('track needs the events:write scope', async () => {
    const claimer = app.withToken(await apiKey(staff, ['coupons:claim']));
    const r = await claimer.raw(TRACK, {
      e: [{ id: 'x1', type: 'page.viewed', userId: 'u', properties: { path: '/' } }],
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
