// Two server instances on one database: a publish, pause or rollback on A reaches B's engine without a
// restart (Redis pub/sub when configured, else B polls the rule_revision row).
import { graphql } from '../support/gql-types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GqlClient } from '../support/gql';
import {
  DIALECT,
  REDIS_URL,
  type RunningServer,
  type TestDatabase,
  adminToken,
  apiKey,
  createTemplate,
  freshDatabase,
  startServer,
} from '../support/server';
import { chain, createRule, publishRule, track, updateDraft } from './rules-support';

// With Redis configured (PostgreSQL runs), a second pair runs without it to cover polling there too.
const MODES: { label: string; env: Record<string, string> }[] = [
  { label: REDIS_URL ? 'Redis pub/sub' : 'polling', env: { RUN_DISPATCHER: 'false' } },
  ...(REDIS_URL ? [{ label: 'polling', env: { RUN_DISPATCHER: 'false', REDIS_URL: '' } }] : []),
];

const minAmount = (templateId: string, min: number) =>
  chain([
    { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' } },
    { id: 'min', type: 'condition.eventProperty', args: { property: 'amount', op: 'gte', value: min } },
    { id: 'issue', type: 'action.issueCoupon', args: { templateId } },
  ]);

let seq = 0;

describe.each(MODES)(`rule changes reach other instances (${DIALECT}, $label)`, ({ env }) => {
  let db: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  let staffA: GqlClient;
  let appB: GqlClient;
  let ruleId: string;

  beforeAll(async () => {
    db = await freshDatabase();
    a = await startServer(db.url, env);
    b = await startServer(db.url, env); // after A: A has migrated the database
    const anonA = a.client(undefined, 4);
    staffA = anonA.withToken(await adminToken(anonA));
    appB = b.client(undefined, 4).withToken(await apiKey(staffA, ['events:write']));
  });

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  /** Sends fresh 5 000-amount orders to B until one issues `expected` coupons (B swaps rules by itself). */
  async function untilB(expected: number): Promise<number> {
    return vi.waitFor(
      async () => {
        const r = await track(appB, [
          { id: `c-${++seq}`, type: 'order.paid', userId: `cu-${seq}`, properties: { amount: 5_000 } },
        ]);
        expect(r.issued).toBe(expected);
        return r.issued;
      },
      { timeout: 30_000, interval: 100 },
    );
  }

  it('publish on A → B fires; pause on A → B stops; resume, v2, rollback → B follows', async () => {
    const tpl = await createTemplate(staffA);
    ruleId = await createRule(staffA, minAmount(tpl.id, 1_000));
    expect(await untilB(0)).toBe(0); // nothing published yet
    await publishRule(staffA, ruleId);
    expect(await untilB(1)).toBe(1);
    await staffA.q(
      graphql(`
        mutation PauseRule($id: ID!) {
          pauseRule(id: $id) {
            status
          }
        }
      `),
      { id: ruleId },
    );
    expect(await untilB(0)).toBe(0);
    await staffA.q(
      graphql(`
        mutation ResumeRule($id: ID!) {
          resumeRule(id: $id) {
            status
          }
        }
      `),
      { id: ruleId },
    );
    expect(await untilB(1)).toBe(1);
    await updateDraft(staffA, ruleId, minAmount(tpl.id, 10_000)); // 5 000 no longer qualifies
    await publishRule(staffA, ruleId);
    expect(await untilB(0)).toBe(0);
    await staffA.q(
      graphql(`
        mutation RollbackRule($id: ID!) {
          rollbackRule(id: $id, version: 1) {
            activeVersion
          }
        }
      `),
      {
        id: ruleId,
      },
    );
    expect(await untilB(1)).toBe(1);
  });
});
