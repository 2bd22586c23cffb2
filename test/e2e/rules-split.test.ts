// A 90/10 split through the engine over 20 000 users: exposures for both arms, the control arm's
// "would have issued" recorded and nothing issued, arms within chi-square p > 0.001, stable per user.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { createRule, publishRule, track } from './rules-support';

const srv = useServer({ connections: 8 });
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
});

const USERS = 20_000;
// chi-square with 1 degree of freedom: p > 0.001 ⇔ statistic < 10.828
const CHI2_P001 = 10.828;

function splitGraph(templateId: string) {
  return {
    version: 1,
    nodes: [
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'page.viewed' }, position: { x: 0, y: 0 } },
      {
        id: 'split',
        type: 'split.percent',
        args: {
          arms: [
            { id: 'treatment', label: 'Treatment', percent: 90 },
            { id: 'control', label: 'Control', percent: 10, control: true },
          ],
        },
        position: { x: 200, y: 0 },
      },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'trigger', target: 'split', sourceHandle: 'out' },
      { id: 'e2', source: 'split', target: 'issue', sourceHandle: 'treatment' },
      { id: 'e3', source: 'split', target: 'issue', sourceHandle: 'control' },
    ],
  };
}

describe(`split 90/10 through the engine (${DIALECT})`, () => {
  let ruleId: string;
  let templateId: string;
  /** What the first page view of each of the USERS did (the fixture every test reads). */
  const first = { accepted: 0, firings: 0, issued: 0, coupons: 0 };

  beforeAll(async () => {
    templateId = (await createTemplate(staff, { name: 'split coupon' })).id;
    ruleId = await createRule(staff, splitGraph(templateId), 'EXPERIMENT');
    await publishRule(staff, ruleId);
    for (let b = 0; b < USERS / 1000; b++) {
      const events = Array.from({ length: 1000 }, (_, i) => ({
        id: `view-${b * 1000 + i}`,
        type: 'page.viewed',
        userId: `split-user-${b * 1000 + i}`,
        properties: { path: '/home' },
      }));
      const r = await track(app, events);
      first.accepted += r.accepted;
      first.firings += r.firings;
      first.issued += r.issued;
    }
    const coupons = await queryRows<{ n: number }>(
      srv.db.url,
      `SELECT COUNT(*) AS n FROM coupon WHERE template_id = '${templateId}'`,
    );
    first.coupons = Number(coupons[0]!.n);
  });

  it('exposes 20 000 users in ~90/10, issues to treatment only and records control as would-have', async () => {
    expect(first).toMatchObject({ accepted: USERS, firings: USERS });
    const ex = await staff.q(
      graphql(`
        query RulesSplitRuleExposures($r: ID!) {
          ruleExposures(ruleId: $r) {
            arm
            control
            users
          }
        }
      `),
      { r: ruleId },
    );
    const arms = Object.fromEntries(ex.ruleExposures.map((e) => [e.arm, e]));
    const t = arms.treatment!.users;
    const c = arms.control!.users;
    expect(t + c).toBe(USERS);
    expect(arms.control!.control).toBe(true);
    const chi2 = (t - 0.9 * USERS) ** 2 / (0.9 * USERS) + (c - 0.1 * USERS) ** 2 / (0.1 * USERS);
    expect(chi2).toBeLessThan(CHI2_P001);

    // Treatment got coupons, control did not; control firings say what would have been issued.
    expect(first.issued).toBe(t);
    expect(first.coupons).toBe(t);
    const leaked = await queryRows<{ n: number }>(
      srv.db.url,
      `SELECT COUNT(*) AS n FROM coupon c JOIN rule_exposure x ON x.user_id = c.user_id AND x.rule_id = '${ruleId}'
        WHERE c.template_id = '${templateId}' AND x.arm = 'control'`,
    );
    expect(Number(leaked[0]!.n)).toBe(0);
    const control = await queryRows<{ results: string | Record<string, unknown>; control: unknown }>(
      srv.db.url,
      `SELECT results, control FROM rule_firing WHERE rule_id = '${ruleId}' AND arm = 'control' LIMIT 5`,
    );
    expect(control.length).toBe(5);
    for (const row of control) {
      const results = typeof row.results === 'string' ? JSON.parse(row.results) : row.results;
      expect(results).toEqual({ issue: { wouldHave: 'action.issueCoupon', args: { templateId } } });
    }
  });

  it('keeps each user in the same arm on later events', async () => {
    const sample = Array.from({ length: 1000 }, (_, i) => i * 20);
    const r = await track(
      app,
      sample.map((u) => ({
        id: `view-again-${u}`,
        type: 'page.viewed',
        userId: `split-user-${u}`,
        properties: { path: '/again' },
      })),
    );
    expect(r.accepted).toBe(1000);
    const rows = await queryRows<{ event_id: string; user_id: string; arm: string }>(
      srv.db.url,
      `SELECT f.event_id, f.user_id, f.arm FROM rule_firing f WHERE f.rule_id = '${ruleId}' AND f.event_id LIKE 'view-again-%'`,
    );
    expect(rows).toHaveLength(1000);
    const exposed = await queryRows<{ user_id: string; arm: string }>(
      srv.db.url,
      `SELECT user_id, arm FROM rule_exposure WHERE rule_id = '${ruleId}'`,
    );
    const armOf = new Map(exposed.map((x) => [x.user_id, x.arm]));
    for (const row of rows) expect(row.arm).toBe(armOf.get(row.user_id));
    const ex = await staff.q(
      graphql(`
        query RuleExposures($r: ID!) {
          ruleExposures(ruleId: $r) {
            users
          }
        }
      `),
      { r: ruleId },
    );
    expect(ex.ruleExposures.reduce((s, e) => s + e.users, 0)).toBe(USERS);
  });
});
