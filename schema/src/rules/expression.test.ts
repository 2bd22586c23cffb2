import { describe, expect, it } from 'vitest';
import {
  type ConditionExpr,
  RuleGraphError,
  compileAudienceExpr,
  compileConditionExpr,
  conditionExprSchema,
  createMemoryFacts,
  createMemoryUserFacts,
  validateConditionExpr,
} from './index';

const paid30 = { eventType: 'order.paid', fn: 'count', window: { days: 30 } } as const;

/** "Active VIPs in Germany": tier VIP or GOLD, 2+ paid orders in 30 days, country DE. */
const activeVips: ConditionExpr = {
  all: [
    { block: 'condition.userAttribute', args: { attribute: 'tier', op: 'in', value: ['VIP', 'GOLD'] } },
    { block: 'condition.aggregate', args: { ...paid30, op: 'gte', value: 2 } },
    { block: 'condition.userAttribute', args: { attribute: 'country', op: 'eq', value: 'DE' } },
  ],
};

const user = (attributes: Record<string, string>, paidOrders: number, audiences: string[] = []) =>
  createMemoryUserFacts({
    userId: 'u1',
    now: '2025-06-02T10:00:00Z',
    attributes,
    aggregates: [{ ...paid30, value: paidOrders }],
    audiences,
  });

describe('dynamic audiences (condition expressions over user facts)', () => {
  const audience = compileAudienceExpr(activeVips, { timeZone: 'Europe/Berlin' });

  it('checks membership of one user', () => {
    expect(audience.test(user({ tier: 'GOLD', country: 'DE' }, 2))).toBe(true);
    expect(audience.test(user({ tier: 'GOLD', country: 'DE' }, 1))).toBe(false);
    expect(audience.test(user({ tier: 'BASIC', country: 'DE' }, 5))).toBe(false);
    expect(audience.test(user({ tier: 'VIP', country: 'AT' }, 5))).toBe(false);
  });

  it('declares what it reads', () => {
    expect(audience.requirements).toEqual({
      aggregates: [{ ...paid30, key: JSON.stringify(paid30) }],
      audiences: [],
      firstTime: [],
      frequency: [],
      userAttributes: ['tier', 'country'],
      eventProperties: [],
    });
  });

  it('combines any, not, nested audiences and empty lists', () => {
    const expr: ConditionExpr = {
      any: [{ not: { block: 'condition.audience', args: { audienceId: 'aud-churned' } } }, { all: [] }],
    };
    expect(compileAudienceExpr(expr).test(user({}, 0, ['aud-churned']))).toBe(true);
    const onlyNot: ConditionExpr = {
      any: [{ not: { block: 'condition.audience', args: { audienceId: 'aud-churned' } } }, { any: [] }],
    };
    expect(compileAudienceExpr(onlyNot).test(user({}, 0, ['aud-churned']))).toBe(false);
    expect(compileAudienceExpr(onlyNot).test(user({}, 0))).toBe(true);
  });

  it('refuses event conditions, non-conditions and unknown blocks, naming the path', () => {
    const expr: ConditionExpr = {
      all: [
        { block: 'condition.eventProperty', args: { property: 'amount', op: 'gt', value: 1 } },
        { not: { block: 'action.issueCoupon', args: { templateId: 't' } } },
        { block: 'condition.weather', args: {} },
        { block: 'condition.userAttribute', args: { attribute: 'tier', op: 'in' } },
      ],
    };
    expect(validateConditionExpr(expr, 'user').issues).toMatchObject([
      { code: 'BLOCK_NOT_ALLOWED', path: ['all', 0] },
      { code: 'BLOCK_NOT_ALLOWED', path: ['all', 1, 'not'] },
      { code: 'UNKNOWN_BLOCK', path: ['all', 2] },
      { code: 'ARG_REQUIRED', path: ['all', 3, 'args', 'value'] },
    ]);
    expect(() => compileAudienceExpr(expr)).toThrow(RuleGraphError);
    // In a rule context, event conditions are fine.
    expect(
      validateConditionExpr({
        block: 'condition.eventProperty',
        args: { property: 'amount', op: 'gt', value: 1 },
      }),
    ).toEqual({
      valid: true,
      issues: [],
    });
  });

  it('parses expressions strictly', () => {
    expect(conditionExprSchema.safeParse(activeVips).success).toBe(true);
    expect(conditionExprSchema.safeParse({ all: [], any: [] }).success).toBe(false);
    expect(conditionExprSchema.safeParse({ block: 'condition.audience' }).data).toEqual({
      block: 'condition.audience',
      args: {},
    });
  });

  it('caps the size of an expression', () => {
    const leaf: ConditionExpr = { block: 'condition.audience', args: { audienceId: 'a' } };
    expect(
      validateConditionExpr({ any: Array.from({ length: 201 }, () => leaf) }).issues.map((i) => i.code),
    ).toEqual(['TOO_LARGE']);
  });
});

describe('condition expressions over event facts', () => {
  it('evaluate event and rule conditions too', () => {
    const expr: ConditionExpr = {
      all: [
        { block: 'condition.eventProperty', args: { property: 'amount', op: 'gte', value: 100 } },
        { block: 'condition.frequencyCap', args: { max: 1, period: 'day' } },
      ],
    };
    const { test } = compileConditionExpr(expr, { ruleId: 'r' });
    const facts = (amount: number, firedToday: number) =>
      createMemoryFacts({
        userId: 'u',
        now: 0,
        event: { type: 'x', properties: { amount } },
        fired: { day: firedToday },
      });
    expect(test(facts(100, 0))).toBe(true);
    expect(test(facts(99, 0))).toBe(false);
    expect(test(facts(100, 1))).toBe(false);
  });
});
