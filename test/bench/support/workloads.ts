// The API workloads: claims on one hot template, a 20-line quote against a 50-coupon wallet, and the
// raw better-sqlite3 claim transaction the claim figures are compared with.
import { graphql } from '../../support/gql-types';
import Database from 'better-sqlite3';
import type { GqlClient } from '../../support/gql';
import {
  CLAIM,
  DAY,
  apiKey,
  adminToken,
  createTemplate,
  iso,
  type RunningServer,
} from '../../support/server';
import { type LoadOptions, type LoadResult, runLoad } from './load';
import { storedCoupons } from './servers';

export interface Clients {
  staff: GqlClient;
  /** An API key with coupons:claim and checkout (the app backend). */
  appKey: string;
  close(): Promise<void>;
}

export async function clientsFor(server: RunningServer): Promise<Clients> {
  const anon = server.client(undefined, 4);
  const staff = anon.withToken(await adminToken(anon));
  const appKey = await apiKey(staff, ['coupons:claim', 'checkout']);
  return { staff, appKey, close: () => anon.close() };
}

// ---------------------------------------------------------------------------------------------
// Claims

export interface ClaimBench {
  load: LoadResult;
  /** Claims issued inside the measured window, per second. */
  claimsPerSecond: number;
  /** Over the whole run (warm-up and tail included). */
  issued: number;
  refused: Record<string, number>;
  errors: number;
  distinctCoupons: number;
  quotaTotal: number;
  issuedCount: number;
  quotaAvailable: number | null;
  storedCoupons: number;
  /** issuedCount == issued responses == distinct coupon ids == stored rows, and within the quota. */
  consistent: boolean;
}

const QUOTA = 100_000;

export async function claimBench(
  server: RunningServer,
  databaseUrl: string,
  clients: Clients,
  o: {
    concurrency: number;
    warmupMs: number;
    durationMs: number;
    tag: string;
    /** CreateTemplateInput fields over the hot template's (e.g. a budgeted campaign). */
    template?: Record<string, unknown>;
    window?: LoadOptions['window'];
  },
): Promise<ClaimBench> {
  const t = await createTemplate(clients.staff, {
    name: `bench hot ${o.tag}`,
    quotaTotal: QUOTA,
    limitPerAccount: 1,
    validUntil: iso(30 * DAY),
    ...o.template,
  });
  const headers = { authorization: `Bearer ${clients.appKey}` };
  const couponIds = new Set<string>();
  const refused: Record<string, number> = {};
  let issued = 0;
  let errors = 0;
  const load = await runLoad({
    url: server.url,
    concurrency: o.concurrency,
    warmupMs: o.warmupMs,
    durationMs: o.durationMs,
    window: o.window,
    request: (i) => ({
      headers,
      body: JSON.stringify({
        query: CLAIM,
        variables: {
          i: {
            templateId: t.id,
            userId: `u-${o.tag}-${i}`,
            deviceId: `d-${o.tag}-${i}`,
            idempotencyKey: `k-${o.tag}-${i}`,
          },
        },
      }),
    }),
    check: (_status, text) => {
      const r = JSON.parse(text) as {
        data?: {
          claimCoupon: { __typename: string; replayed: boolean; coupon?: { id: string }; reason?: string };
        };
        errors?: unknown[];
      };
      const c = r.data?.claimCoupon;
      if (!c || r.errors?.length) {
        errors++;
        return false;
      }
      if (c.__typename === 'ClaimSuccess' && !c.replayed && c.coupon) {
        issued++;
        couponIds.add(c.coupon.id);
        return true;
      }
      refused[c.reason ?? c.__typename] = (refused[c.reason ?? c.__typename] ?? 0) + 1;
      return false;
    },
  });
  const tpl = await clients.staff.q(
    graphql(`
      query Template($id: ID!) {
        template(id: $id) {
          issuedCount
          quotaAvailable
          quotaTotal
        }
      }
    `),
    { id: t.id },
  );
  const stored = await storedCoupons(databaseUrl, t.id);
  const { issuedCount, quotaAvailable, quotaTotal } = tpl.template;
  if (quotaTotal == null) throw new Error('the claim workload needs a template with a quota');
  const consistent =
    issuedCount === issued &&
    couponIds.size === issued &&
    stored === issued &&
    issuedCount <= quotaTotal &&
    quotaAvailable === quotaTotal - issuedCount &&
    load.transportErrors === 0;
  return {
    load,
    claimsPerSecond: (load.requests - load.failures) / load.seconds,
    issued,
    refused,
    errors: errors + load.transportErrors,
    distinctCoupons: couponIds.size,
    quotaTotal,
    issuedCount,
    quotaAvailable,
    storedCoupons: stored,
    consistent,
  };
}

export function claimNote(c: ClaimBench): string {
  const refusals = Object.entries(c.refused).map(([k, v]) => `${k} ${v}`);
  return (
    `${c.issued.toLocaleString('en-US')} ClaimSuccess responses over the run; template.issuedCount ${c.issuedCount.toLocaleString('en-US')}, ` +
    `${c.distinctCoupons.toLocaleString('en-US')} distinct coupon ids, ${c.storedCoupons.toLocaleString('en-US')} coupon rows; ` +
    `quota ${c.quotaTotal.toLocaleString('en-US')}, quotaAvailable ${c.quotaAvailable?.toLocaleString('en-US') ?? 'null'}` +
    `${refusals.length ? `; refused: ${refusals.join(', ')}` : ''}${c.errors ? `; ${c.errors} errors (${c.load.firstError ?? ''})` : ''} ` +
    `=> ${c.consistent ? 'consistent, nothing past the quota' : 'INCONSISTENT'}`
  );
}

// ---------------------------------------------------------------------------------------------
// Quote: a 20-line cart against a 50-coupon wallet

const BRANDS = ['acme', 'zen', 'nova', 'kite'];
const CATEGORIES = ['shoes', 'food', 'toys', 'books', 'home'];

export function benchCart(userId: string) {
  const lines = Array.from({ length: 20 }, (_, i) => ({
    sku: `SKU${i}`,
    brand: BRANDS[i % BRANDS.length]!,
    category: CATEGORIES[i % CATEGORIES.length]!,
    // a marketplace cart: most lines from the cart's store, some from a second one
    merchantId: i % 4 === 3 ? 'm2' : null,
    unitPrice: 199 + ((i * 7_919) % 12_000),
    quantity: 1 + (i % 3),
  }));
  return { userId, merchantId: 'm1', lines };
}

/** [count, CreateTemplateInput overrides]: 50 coupons of every kind the checkout math knows. */
const WALLET: [number, Record<string, unknown>][] = [
  [4, { kind: 'AMOUNT_OFF', amount: 500, threshold: 0 }],
  [4, { kind: 'AMOUNT_OFF', amount: 1_500, threshold: 20_000 }],
  [3, { kind: 'AMOUNT_OFF', amount: 5_000, threshold: 900_000 }], // threshold not met
  [3, { kind: 'AMOUNT_OFF', amount: 1_000, threshold: 5_000, scope: { includeCategories: ['food'] } }],
  [
    4,
    { kind: 'PERCENT_OFF', amount: null, discountBp: 1_000, cap: 3_000, scope: { includeBrands: ['acme'] } },
  ],
  [4, { kind: 'PERCENT_OFF', amount: null, discountBp: 500, cap: 10_000 }],
  [2, { kind: 'PERCENT_OFF', amount: null, discountBp: 2_000, cap: 20_000, exclusive: true }],
  [4, { kind: 'STEP_AMOUNT_OFF', amount: 800, step: 10_000, cap: 5_000 }],
  [3, { kind: 'STEP_AMOUNT_OFF', amount: 3_000, step: 50_000, cap: 9_000 }],
  [5, { kind: 'AMOUNT_OFF', amount: 2_000, threshold: 30_000, scope: { merchantIds: ['m1'] } }], // STORE
  [3, { kind: 'PERCENT_OFF', amount: null, discountBp: 800, cap: 4_000, scope: { merchantIds: ['m2'] } }], // STORE, other store
  [4, { kind: 'MERCHANDISE', amount: null, sku: 'SKU3', units: 1, unitValue: 2_000 }], // in the cart
  [2, { kind: 'MERCHANDISE', amount: null, sku: 'SKU99', units: 1, unitValue: 2_000 }], // not in the cart
  [5, { kind: 'CASH', amount: null, balance: 5_000 }],
];

/** Issues the 50-coupon wallet to `userId` through issueCoupons (as staff). */
export async function issueWallet(staff: GqlClient, userId: string): Promise<number> {
  let issued = 0;
  for (const [n, over] of WALLET) {
    const t = await createTemplate(staff, {
      name: `bench wallet ${over.kind as string}`,
      validUntil: iso(30 * DAY),
      ...over,
    });
    const r = await staff.q(
      graphql(`
        mutation IssueCoupons($i: IssueCouponInput!) {
          issueCoupons(input: $i) {
            coupon {
              id
            }
            reason
          }
        }
      `),
      { i: { templateId: t.id, userIds: Array.from({ length: n }, () => userId) } },
    );
    issued += r.issueCoupons.filter((x) => x.coupon).length;
  }
  return issued;
}

export const QUOTE = graphql(`
  query WorkloadsQuote($cart: CartInput!) {
    quote(cart: $cart) {
      subtotal
      best {
        couponIds
        totalDiscount
        payable
        coupons {
          couponId
          stackGroup
          discount
          remainingBalance
        }
      }
      items {
        applicable
        reason
        shortBy
        discount
        inBest
        coupon {
          id
          code
          validUntil
          template {
            name
            kind
          }
        }
      }
    }
  }
`);

/** The checkout page's floor: the same quote, only the best combination in the response. */
export const LEAN_QUOTE = `query($cart: CartInput!) { quote(cart: $cart) { subtotal best { couponIds totalDiscount payable } items { applicable } } }`;

export interface QuoteBench {
  load: LoadResult;
  walletSize: number;
  applicable: number;
  best: string;
}

export async function quoteBench(
  server: RunningServer,
  clients: Clients,
  o: {
    query: string;
    concurrency: number;
    warmupMs: number;
    durationMs: number;
    userId: string;
    window?: LoadOptions['window'];
  },
): Promise<QuoteBench> {
  const cart = benchCart(o.userId);
  const body = JSON.stringify({ query: o.query, variables: { cart } });
  const headers = { authorization: `Bearer ${clients.appKey}` };
  type Q = {
    quote: {
      subtotal: number;
      best: { couponIds: string[]; totalDiscount: number };
      items: { applicable: boolean }[];
    };
  };
  let first: Q['quote'] | undefined;
  let expected = '';
  let firstText = '';
  const load = await runLoad({
    url: server.url,
    concurrency: o.concurrency,
    warmupMs: o.warmupMs,
    durationMs: o.durationMs,
    window: o.window,
    request: () => ({ headers, body }),
    check: (_status, text) => {
      // The same cart and wallet give the same bytes: compare those, and parse only a response that
      // differs (parsing 14 KB per response was garbage the load generator collected on the same cores).
      if (firstText && text === firstText) return true;
      const r = JSON.parse(text) as { data?: Q; errors?: unknown[] };
      if (!r.data || r.errors?.length) return false;
      const q = r.data.quote;
      const sig = `${q.best.totalDiscount}:${q.best.couponIds.join(',')}`;
      if (!first) {
        first = q;
        expected = sig;
        firstText = text;
      }
      return sig === expected && q.items.length === first.items.length;
    },
  });
  return {
    load,
    walletSize: first?.items.length ?? 0,
    applicable: first?.items.filter((i) => i.applicable).length ?? 0,
    best: first
      ? `${first.best.couponIds.length} coupons, ${first.best.totalDiscount} off ${first.subtotal}`
      : 'no response',
  };
}

// ---------------------------------------------------------------------------------------------
// The raw peer: the claim transaction of server/src/coupons/issue.ts, one claim per transaction,
// straight on better-sqlite3 (same file, same schema and indexes, same pragmas as the server).

export function rawSqliteClaims(
  file: string,
  templateId: string,
  ms: number,
): { perSecond: number; issued: number } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const readTemplate = db.prepare(
    `SELECT id, campaign_id, status, kind, balance, valid_from, valid_until, valid_for_seconds, valid_after_seconds,
            claim_starts_at, claim_ends_at, quota_available, limit_per_account, limit_frequency, limit_per_device,
            max_value, scope, funding, restore_on_expiry
       FROM coupon_template WHERE id = ?`,
  );
  const readKey = db.prepare('SELECT key, request_hash, response FROM idempotency_key WHERE key IN (?)');
  const held = db.prepare(
    `SELECT user_id, COUNT(*) AS n, MAX(issued_at) AS last,
            SUM(CASE WHEN status IN ('AVAILABLE', 'LOCKED') THEN 1 ELSE 0 END) AS active
       FROM coupon WHERE template_id = ? AND user_id IN (?) GROUP BY user_id`,
  );
  const insertCoupon = db.prepare(
    `INSERT INTO coupon (id, template_id, campaign_id, user_id, code, status, source, rule_id, rule_version, placement,
                         device_id, cookie_id, issued_at, valid_from, valid_until, balance, max_value, updated_at)
     VALUES (?, ?, ?, ?, ?, 'AVAILABLE', 'CLAIM', NULL, NULL, NULL, ?, NULL, ?, ?, ?, NULL, ?, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO outbox_event (type, coupon_id, template_id, campaign_id, user_id, merchant_id, payload, created_at)
     VALUES ('coupon.claimed', ?, ?, NULL, ?, NULL, ?, ?)`,
  );
  const insertKey = db.prepare(
    `INSERT INTO idempotency_key (key, request_hash, response, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING key`,
  );
  const updateTemplate = db.prepare(
    `UPDATE coupon_template SET issued_count = issued_count + 1,
            quota_available = CASE WHEN quota_available IS NULL THEN NULL ELSE quota_available - 1 END, updated_at = ?
      WHERE id = ?`,
  );
  type Tpl = {
    quota_available: number | null;
    limit_per_account: number | null;
    valid_until: number;
    max_value: number;
  };
  let n = 0;
  let issued = 0;
  const claim = () => {
    const i = n++;
    const now = Math.floor(Date.now() / 1000);
    const userId = `raw-u-${i}`;
    const key = `raw-k-${i}`;
    const couponId = `cpn_raw_${i}_${Math.random().toString(36).slice(2, 10)}`;
    begin.run();
    try {
      const tpl = readTemplate.get(templateId) as Tpl;
      readKey.all(key);
      const h = held.all(templateId, userId) as { n: number }[];
      if (
        (tpl.quota_available ?? 1) > 0 &&
        (tpl.limit_per_account == null || (h[0]?.n ?? 0) < tpl.limit_per_account)
      ) {
        const code = `RAW-${i}-${Math.random().toString(36).slice(2, 8)}`;
        insertCoupon.run(
          couponId,
          templateId,
          null,
          userId,
          code,
          `raw-d-${i}`,
          now,
          now,
          tpl.valid_until,
          tpl.max_value,
          now,
        );
        insertEvent.run(
          couponId,
          templateId,
          userId,
          JSON.stringify({
            type: 'coupon.claimed',
            occurredAt: now,
            coupon: { id: couponId, code, templateId, userId, status: 'AVAILABLE', source: 'CLAIM' },
          }),
          now,
        );
        insertKey.all(key, 'hash', JSON.stringify({ kind: 'issued', couponId }), now);
        updateTemplate.run(now, templateId);
        issued++;
      }
      commit.run();
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
  };
  try {
    const warmUntil = performance.now() + 300;
    while (performance.now() < warmUntil) claim();
    const before = n;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      for (let k = 0; k < 100; k++) claim();
      now = performance.now();
    }
    return { perSecond: ((n - before) * 1000) / (now - start), issued };
  } finally {
    db.close();
  }
}
