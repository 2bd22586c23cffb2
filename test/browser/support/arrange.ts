// Data the browser tests arrange over GraphQL (as the admin) before they look at a screen.
import Database from 'better-sqlite3';
import pg from 'pg';
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

/** PostgreSQL: a jsonb value read back as an object is written as JSON text (pg would make arrays SQL arrays). */
const pgValue = (v: unknown, pgClient: boolean): unknown =>
  pgClient && typeof v === 'object' && v !== null && !(v instanceof Date) ? JSON.stringify(v) : v;

/** A template id as the server makes them (server/src/ids.ts: 10 base32 characters of `ms`, 12 random), ordered by `ms`. */
function templateId(ms: number): string {
  const b32 = '0123456789abcdefghjkmnpqrstvwxyz';
  let time = '';
  for (let i = 0, n = ms; i < 10; i++, n = Math.floor(n / 32)) time = b32[n % 32]! + time;
  return `tpl_${time}${Array.from({ length: 12 }, () => b32[Math.floor(Math.random() * 32)]).join('')}`;
}

/**
 * `n` copies of a template written straight into the database (the API would take minutes for 10 000):
 * the same row with a new id (newer than the original) and the name `${prefix} 00001` ….
 */
export async function copyTemplates(databaseUrl: string, sourceId: string, n: number, prefix: string) {
  const sqlite = databaseUrl.startsWith('sqlite:');
  const db = sqlite ? new Database(databaseUrl.slice('sqlite:'.length), { fileMustExist: true }) : null;
  const client = sqlite ? null : new pg.Client({ connectionString: databaseUrl });
  await client?.connect();
  try {
    const select = 'SELECT * FROM coupon_template WHERE id = ';
    const source = db
      ? (db.prepare(`${select}?`).get(sourceId) as Record<string, unknown>)
      : ((await client!.query(`${select}$1`, [sourceId])).rows[0] as Record<string, unknown>);
    const columns = Object.keys(source);
    const start = Date.now();
    const rows = Array.from({ length: n }, (_, i) =>
      columns.map((c) =>
        c === 'id'
          ? templateId(start + i)
          : c === 'name'
            ? `${prefix} ${String(i + 1).padStart(5, '0')}`
            : pgValue(source[c], !db),
      ),
    );
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      let p = 0;
      const values = chunk.map(() => `(${columns.map(() => (db ? '?' : `$${++p}`)).join(', ')})`).join(', ');
      const sql = `INSERT INTO coupon_template (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`;
      if (db) db.prepare(sql).run(...chunk.flat());
      else await client!.query(sql, chunk.flat());
    }
  } finally {
    db?.close();
    await client?.end();
  }
}
