// The action registry: one handler per action block, control arms recorded, day stats counted.
import { type RuleAction, blockCodes, blocks } from '@couponflow/schema';
import { describe, expect, it } from 'vitest';
import { ACTION_HANDLERS, ActionBatch, type Firing, collectAction } from './actions';
import { dayStats } from './batch';

const firing = (over: Partial<Firing> = {}): Firing => ({
  ruleId: 'rul_1',
  version: 2,
  eventId: 'ev1',
  userId: 'u1',
  arm: null,
  control: false,
  actions: [],
  results: {},
  trace: [],
  firedAt: 1_000,
  ...over,
});

describe('ACTION_HANDLERS', () => {
  it('has exactly one handler per action block of the registry', () => {
    const actionCodes = blockCodes.filter((c) => blocks[c].category === 'action').sort();
    expect(Object.keys(ACTION_HANDLERS).sort()).toEqual(actionCodes);
  });

  it('collects issue requests per template, membership changes and custom events', () => {
    const batch = new ActionBatch();
    const f = firing();
    const actions: RuleAction[] = [
      { nodeId: 'i1', type: 'action.issueCoupon', args: { templateId: 'tpl_a' }, control: false },
      { nodeId: 'i2', type: 'action.issueCoupon', args: { templateId: 'tpl_a' }, control: false },
      { nodeId: 'add', type: 'action.addToAudience', args: { audienceId: 'aud_x' }, control: false },
      { nodeId: 'rm', type: 'action.removeFromAudience', args: { audienceId: 'aud_y' }, control: false },
      {
        nodeId: 'emit',
        type: 'action.emitEvent',
        args: { eventType: 'promo.sent', properties: { a: 1 } },
        control: false,
      },
    ];
    for (const a of actions) collectAction(a, f, batch);
    expect(batch.issues.get('tpl_a')!.map((x) => [x.nodeId, x.req])).toEqual([
      ['i1', { userId: 'u1', source: 'RULE', ruleId: 'rul_1', ruleVersion: 2 }],
      ['i2', { userId: 'u1', source: 'RULE', ruleId: 'rul_1', ruleVersion: 2 }],
    ]);
    expect(batch.membership).toEqual([
      { op: 'add', audienceId: 'aud_x', userId: 'u1' },
      { op: 'remove', audienceId: 'aud_y', userId: 'u1' },
    ]);
    expect(batch.outbox).toHaveLength(1);
    expect(f.results).toEqual({ add: { done: true }, rm: { done: true }, emit: { emitted: 'promo.sent' } });
  });

  it('records a control arm’s action as would-have and performs nothing', () => {
    const batch = new ActionBatch();
    const f = firing({ control: true });
    collectAction(
      { nodeId: 'i1', type: 'action.issueCoupon', args: { templateId: 'tpl_a' }, control: true },
      f,
      batch,
    );
    expect(batch.issues.size).toBe(0);
    expect(f.results).toEqual({ i1: { wouldHave: 'action.issueCoupon', args: { templateId: 'tpl_a' } } });
  });
});

describe('dayStats', () => {
  it('counts performed actions per rule (not refusals, not control) and the latest firing', () => {
    const issue = (nodeId: string, control = false): RuleAction => ({
      nodeId,
      type: 'action.issueCoupon',
      args: { templateId: 't' },
      control,
    });
    const rows = dayStats(
      [
        firing({
          actions: [issue('a'), issue('b')],
          results: { a: { couponId: 'c' }, b: { refused: 'SOLD_OUT' } },
        }),
        firing({ actions: [issue('a', true)], results: { a: { wouldHave: 'x' } }, firedAt: 3_000 }),
        firing({ ruleId: 'rul_0', actions: [], firedAt: 9_000 }),
      ],
      20_000,
    );
    expect(rows).toEqual([['rul_1', 20_000, 1, 3_000]]);
  });
});
