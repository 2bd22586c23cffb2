// The demo workspace, built through the public GraphQL API only (staff mutations, an app's API key
// for `track`, claims and checkout), while the simulated clock (clock.ts) walks through the history
// one day at a time. See README.md, "Demo workspace", for what it contains.
import { splitHash } from '@couponflow/schema';
import { type Api, type Loose, aliased } from './client';
import { backToNow, travelTo } from './clock';
import { DAYS, type History, type PlannedOrder, random } from './history';

const DAY_MS = 86_400_000;
const DAY_S = 86_400;

export const DEMO_STAFF = [
  { email: 'growth@demo.couponflow.local', password: 'growth-demo-pass-2026', role: 'growth' },
  { email: 'analyst@demo.couponflow.local', password: 'analyst-demo-pass-2026', role: 'analyst' },
] as const;

export interface Workspace {
  campaigns: Record<string, string>;
  templates: Record<string, string>;
  audiences: Record<string, string>;
  rules: Record<string, string>;
  jobId: string;
  webhooks: string[];
  appKey: string;
  counts: { events: number; orders: number; redeemed: number; claims: number };
}

export interface Seeding {
  anon: Api;
  admin: { email: string; password: string };
  history: History;
  /** Midnight (UTC, ms) of the history's first day; its last day is yesterday. */
  startMs: number;
  /** Where the webhook receiver listens (http://127.0.0.1:port). */
  receiverUrl: string;
  log: (message: string) => void;
}

const iso = (ms: number) => new Date(ms).toISOString();

export async function buildWorkspace(s: Seeding): Promise<Workspace> {
  const { anon, history, startMs } = s;
  const rnd = random(7);
  const dayStart = (d: number) => startMs + d * DAY_MS;
  const staff = async (): Promise<Api> => {
    const r = await anon.q(
      `mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      {
        e: s.admin.email,
        p: s.admin.password,
      },
    );
    return anon.with(r.login.token);
  };

  // ---- Day 0: the set-up a growth team would do in the console.
  travelTo(dayStart(0) + 7 * 3600 * 1000);
  let api = await staff();
  const created = await api.q(
    `mutation DemoKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`,
    { i: { name: 'Storefront app', scopes: ['EVENTS_WRITE', 'EVENTS_READ', 'COUPONS_CLAIM', 'CHECKOUT'] } },
  );
  const app = anon.with(created.createApiKey.key);
  for (const u of DEMO_STAFF)
    await api.q(`mutation DemoStaff($i: CreateStaffInput!) { createStaffUser(input: $i) { id } }`, { i: u });

  const campaign = async (name: string, description: string, budget: number | null) =>
    (
      await api.q(`mutation DemoCampaign($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
        i: { name, description, budget, startsAt: iso(dayStart(0)) },
      })
    ).createCampaign.id as string;
  const campaigns = {
    welcome: await campaign('Welcome programme', 'A coupon for every new customer', 4_000_000),
    spring: await campaign('Spring sale', 'Claimable 15 % off for six weeks', 5_000_000),
    winback: await campaign('Win-back', 'Customers who have not ordered for 60 days', 3_000_000),
    carts: await campaign(
      'Cart recovery',
      'Abandoned carts, measured against a 10 % control group',
      3_000_000,
    ),
    vip: await campaign('VIP appreciation', 'Store credit for the best customers', 2_000_000),
    catalogue: await campaign('Catalogue promotions', 'Always-on offers in the coupon centre', null),
  };

  const template = async (input: Record<string, unknown>) =>
    (
      await api.q(`mutation DemoTemplate($i: CreateTemplateInput!) { createTemplate(input: $i) { id } }`, {
        i: { activate: true, ...input },
      })
    ).createTemplate.id as string;
  const days = (n: number) => n * DAY_S;
  const springFrom = DAYS - 120;
  const springTo = DAYS - 78;
  // Every coupon kind the server accepts: one entry each, then a share pack (an option of a template).
  const templates = {
    welcome: await template({
      name: 'Welcome $5 off',
      kind: 'AMOUNT_OFF',
      amount: 500,
      threshold: 2_000,
      validForSeconds: days(14),
      campaignId: campaigns.welcome,
      placements: [],
      description: '$5 off a first order of $20 or more',
    }),
    spring: await template({
      name: 'Spring sale 15% off',
      kind: 'PERCENT_OFF',
      discountBp: 1_500,
      cap: 800,
      threshold: 1_500,
      validForSeconds: days(21),
      claimStartsAt: iso(dayStart(springFrom)),
      claimEndsAt: iso(dayStart(springTo)),
      limitPerAccount: 1,
      quotaTotal: 3_000,
      campaignId: campaigns.spring,
    }),
    winback: await template({
      name: 'We miss you $7 off',
      kind: 'AMOUNT_OFF',
      amount: 700,
      threshold: 2_500,
      validForSeconds: days(30),
      campaignId: campaigns.winback,
      placements: [],
    }),
    cart: await template({
      name: 'Cart recovery 10% off',
      kind: 'PERCENT_OFF',
      discountBp: 1_000,
      cap: 1_000,
      validForSeconds: days(5),
      campaignId: campaigns.carts,
      placements: [],
    }),
    vip: await template({
      name: 'VIP $10 store credit',
      kind: 'CASH',
      balance: 1_000,
      validForSeconds: days(60),
      campaignId: campaigns.vip,
      placements: [],
    }),
    step: await template({
      name: '$3 off every $30',
      kind: 'STEP_AMOUNT_OFF',
      amount: 300,
      step: 3_000,
      validForSeconds: days(30),
      campaignId: campaigns.catalogue,
      limitPerAccount: 3,
    }),
    bxgy: await template({
      name: 'Buy 2 CDs, get 1 free',
      kind: 'BUY_X_GET_Y',
      buyQuantity: 2,
      getQuantity: 1,
      discountBp: 10_000,
      maxApplications: 1,
      scope: { includeCategories: ['music'] },
      validForSeconds: days(30),
      campaignId: campaigns.catalogue,
    }),
    merch: await template({
      name: 'Free tote bag',
      kind: 'MERCHANDISE',
      sku: 'tote-bag',
      units: 1,
      unitValue: 900,
      validForSeconds: days(30),
      campaignId: campaigns.catalogue,
      quotaTotal: 500,
    }),
    interest: await template({
      name: 'Savings boost +1.5%',
      kind: 'INTEREST_RATE',
      rateBp: 150,
      days: 90,
      principalCap: 500_000,
      validForSeconds: days(30),
      campaignId: campaigns.catalogue,
      description: 'A partner bank’s bonus rate on savings (not for carts)',
    }),
    shipping: await template({
      name: 'Free shipping over $50',
      kind: 'SHIPPING_OFF',
      discountBp: 10_000,
      cap: 1_500,
      threshold: 5_000,
      validForSeconds: days(30),
      campaignId: campaigns.catalogue,
    }),
  };
  // A share pack: a holder shares $4 off with 3 friends; new users among them get the welcome coupon,
  // and the sharer a $3-off-every-$30 coupon once two have joined.
  const share = await template({
    name: 'Share $4 with 3 friends',
    kind: 'AMOUNT_OFF',
    amount: 400,
    threshold: 2_000,
    validForSeconds: days(30),
    campaignId: campaigns.welcome,
    sharing: {
      friendTemplateId: templates.welcome,
      packSize: 3,
      expiresInSeconds: days(14),
      newUsersOnly: true,
      rewardTemplateId: templates.step,
      rewardWhen: 'CLAIMS',
      rewardAfterClaims: 2,
    },
  });

  const audience = async (name: string, description: string, expression: unknown) =>
    (
      await api.q(`mutation DemoAudience($i: CreateAudienceInput!) { createAudience(input: $i) { id } }`, {
        i: { name, description, kind: expression ? 'DYNAMIC' : 'STATIC', expression },
      })
    ).createAudience.id as string;
  const ordersOver = (op: string, value: number, d: number) => ({
    block: 'condition.aggregate',
    args: { eventType: 'order.paid', fn: 'count', window: { days: d }, op, value },
  });
  const audiences = {
    newUsers: await audience('New users', 'Signed up in the last 30 days', {
      block: 'condition.aggregate',
      args: { eventType: 'user.signed_up', fn: 'count', window: { days: 30 }, op: 'gte', value: 1 },
    }),
    vip: await audience('VIP by spend', 'Spent $150 or more in the last year', {
      block: 'condition.aggregate',
      args: {
        eventType: 'order.paid',
        fn: 'sum',
        property: 'amount',
        window: { days: 365 },
        op: 'gte',
        value: 15_000,
      },
    }),
    lapsed: await audience('Lapsed buyers', 'Ordered in the last year, not in the last 90 days', {
      all: [ordersOver('gte', 1, 365), ordersOver('eq', 0, 90)],
    }),
    newsletter: await audience('Newsletter subscribers', 'Uploaded list (static)', null),
  };
  const subscribers = ['user_id'];
  for (let i = 1; i <= 2357; i += 5) subscribers.push(`cdnow-${String(i).padStart(4, '0')}`);
  await api.q(
    `mutation DemoUpload($a: ID!, $csv: String!) { uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) { added } }`,
    { a: audiences.newsletter, csv: subscribers.join('\n') },
  );

  const node = (id: string, type: string, args: Record<string, unknown>, x: number, y = 0) => ({
    id,
    type,
    args,
    position: { x, y },
  });
  const edge = (source: string, target: string, sourceHandle: string) => ({
    id: `${source}-${sourceHandle}-${target}`,
    source,
    target,
    sourceHandle,
  });
  const rule = async (name: string, description: string, mode: string, graph: unknown, publish = true) => {
    const r = await api.q(`mutation DemoRule($i: CreateRuleInput!) { createRule(input: $i) { id } }`, {
      i: { name, description, mode, graph },
    });
    if (publish)
      await api.q(`mutation DemoPublish($id: ID!) { publishRule(id: $id, note: "demo") { rule { id } } }`, {
        id: r.createRule.id,
      });
    return r.createRule.id as string;
  };
  const rules = {
    welcome: await rule('Welcome coupon on sign-up', '$5 off the first order', 'AUTOMATED', {
      version: 1,
      nodes: [
        node('trigger', 'trigger.event', { eventType: 'user.signed_up' }, 0),
        node('issue', 'action.issueCoupon', { templateId: templates.welcome }, 300),
      ],
      edges: [edge('trigger', 'issue', 'out')],
    }),
    winback: await rule(
      'Win-back after 60 quiet days',
      'A visit after 60 days without an order',
      'AUTOMATED',
      {
        version: 1,
        nodes: [
          node('trigger', 'trigger.event', { eventType: 'page.viewed' }, 0),
          node('customer', 'condition.aggregate', { ...ordersOver('gte', 1, 365).args }, 260),
          node('quiet', 'condition.aggregate', { ...ordersOver('eq', 0, 60).args }, 520),
          node('cap', 'condition.frequencyCap', { max: 2, period: 'ever' }, 780),
          node('issue', 'action.issueCoupon', { templateId: templates.winback }, 1040),
        ],
        edges: [
          edge('trigger', 'customer', 'out'),
          edge('customer', 'quiet', 'yes'),
          edge('quiet', 'cap', 'yes'),
          edge('cap', 'issue', 'yes'),
        ],
      },
    ),
    carts: await rule('Cart recovery experiment', '90 % get 10 % off, 10 % are the control', 'EXPERIMENT', {
      version: 1,
      nodes: [
        node('trigger', 'trigger.event', { eventType: 'cart.abandoned' }, 0),
        node(
          'split',
          'split.percent',
          {
            arms: [
              { id: 'treatment', label: 'Treatment', percent: 90 },
              { id: 'control', label: 'Control', percent: 10, control: true },
            ],
          },
          260,
        ),
        node('issue', 'action.issueCoupon', { templateId: templates.cart }, 520),
      ],
      edges: [
        edge('trigger', 'split', 'out'),
        edge('split', 'issue', 'treatment'),
        edge('split', 'issue', 'control'),
      ],
    }),
    draft: await rule(
      'Birthday treat (draft)',
      'Not published yet',
      'AUTOMATED',
      {
        version: 1,
        nodes: [
          node('trigger', 'trigger.event', { eventType: 'user.signed_up' }, 0),
          node('issue', 'action.issueCoupon', { templateId: templates.step }, 300),
        ],
        edges: [edge('trigger', 'issue', 'out')],
      },
      false,
    ),
  };
  const treated = (userId: string) => splitHash(rules.carts, userId) < Math.round(0.9 * 2 ** 32);

  // ---- The history, one day at a time.
  const TRACK = `mutation DemoTrack($e: [TrackEventInput!]!) { track(events: $e) { accepted rejected errors { message } } }`;
  const counts = { events: 0, orders: 0, redeemed: 0, claims: 0 };
  const spent = { track: 0, claims: 0, checkout: 0 };
  const timed = async <T>(what: keyof typeof spent, work: Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work;
    } finally {
      spent[what] += performance.now() - t0;
    }
  };
  const track = async (events: Record<string, unknown>[]) => {
    for (let i = 0; i < events.length; i += 1000) {
      const part = events.slice(i, i + 1000);
      const r = await app.q(TRACK, { e: part });
      if (r.track.rejected)
        throw new Error(`track refused events: ${JSON.stringify(r.track.errors.slice(0, 3))}`);
      counts.events += part.length;
    }
  };
  const eventsByDay = groupByDay(history.events);
  const ordersByDay = groupByDay(history.orders);
  const extra = (o: PlannedOrder) => (ordersByDay[o.day] ??= []).push(o);
  let claimSeq = 0;
  const claim = async (claims: [templateId: string, userId: string][]) => {
    const results = await aliased(
      app,
      'mutation',
      'claimCoupon',
      'input',
      'ClaimInput!',
      '{ __typename }',
      claims.map(([templateId, userId]) => ({
        templateId,
        userId,
        deviceId: `device-${userId}`,
        idempotencyKey: `demo-claim-${++claimSeq}`,
      })),
    );
    counts.claims += results.filter((r) => r.__typename === 'ClaimSuccess').length;
  };
  const catalogue = [templates.step, templates.bxgy, templates.merch, templates.interest];
  const bxgyBuyers = new Set<string>();
  let jobId = '';
  const vipDay = DAYS - 70;
  let orderSeq = 0;

  /** A day's orders at checkout: quotes, then locks of the best combination, then redemptions,
   *  each as one request; returns their `order.paid` events. */
  const checkout = async (orders: PlannedOrder[], at: (o: PlannedOrder) => number, couponShare: number) => {
    const carts = orders.map((o) => ({
      o,
      orderId: `ord-${o.userId}-${o.day}-${++orderSeq}`,
      cart: { userId: o.userId, lines: cart(o, bxgyBuyers.has(o.userId)) },
      amount: o.amount,
      couponIds: [] as string[],
      discount: 0,
    }));
    const shoppers = carts.filter(() => rnd() < couponShare);
    const quotes = await aliased(
      app,
      'query',
      'quote',
      'cart',
      'CartInput!',
      '{ subtotal best { couponIds } }',
      shoppers.map((c) => c.cart),
    );
    const using = shoppers.filter((c, i) => {
      c.amount = quotes[i].subtotal;
      return quotes[i].best.couponIds.length > 0 && rnd() < 0.85;
    });
    const locks = await aliased(
      app,
      'mutation',
      'lockCoupons',
      'input',
      'LockInput!',
      '{ locked applied { couponIds totalDiscount payable } }',
      using.map((c) => ({
        orderId: c.orderId,
        cart: c.cart,
        couponIds: quotes[shoppers.indexOf(c)].best.couponIds,
      })),
    );
    const locked = using.filter((c, i) => {
      const l = locks[i];
      if (!l.locked) return false;
      c.couponIds = l.applied.couponIds;
      c.discount = l.applied.totalDiscount;
      c.amount = l.applied.payable;
      return true;
    });
    await aliased(
      app,
      'mutation',
      'redeemOrder',
      'orderId',
      'ID!',
      '{ ok }',
      locked.map((c) => c.orderId),
    );
    counts.orders += carts.length;
    counts.redeemed += locked.reduce((n, c) => n + c.couponIds.length, 0);
    return carts.map((c) => ({
      id: `paid-${c.orderId}`,
      type: 'order.paid',
      userId: c.o.userId,
      occurredAt: iso(at(c.o)),
      properties: {
        orderId: c.orderId,
        amount: c.amount,
        margin: Math.round(c.amount * 0.3) - c.discount,
        ...(c.couponIds.length ? { couponIds: c.couponIds, discount: c.discount } : {}),
      },
    }));
  };

  for (let d = 0; d < DAYS; d++) {
    const midnight = dayStart(d);
    travelTo(midnight + 23 * 3600 * 1000);
    const events = (eventsByDay[d] ?? []).sort((a, b) => a.second - b.second);
    await timed(
      'track',
      track(
        events.map((e, i) => ({
          id: `evt-${d}-${i}-${e.type}-${e.userId}`,
          type: e.type,
          userId: e.userId,
          occurredAt: iso(midnight + e.second * 1000),
          properties: e.properties,
          ...(e.userAttributes ? { userAttributes: e.userAttributes } : {}),
        })),
      ),
    );
    // What the day's visitors and abandoned carts lead to.
    const claims: [string, string][] = [];
    for (const e of events) {
      if (e.type === 'cart.abandoned') {
        const back = treated(e.userId) ? 0.3 : 0.12; // the coupon's uplift
        if (rnd() < back && d + 1 < DAYS)
          extra({
            userId: e.userId,
            day: d + 1 + Math.floor(rnd() * Math.min(3, DAYS - d - 1)),
            second: 9 * 3600 + Math.floor(rnd() * 12 * 3600),
            amount: Number(e.properties.value),
            first: false,
          });
      } else if (e.type === 'page.viewed') {
        if (d >= springFrom && d < springTo && rnd() < 0.3) claims.push([templates.spring, e.userId]);
        else if (d > 20 && rnd() < 0.04) {
          const t = catalogue[Math.floor(rnd() * catalogue.length)]!;
          if (t === templates.bxgy) bxgyBuyers.add(e.userId);
          claims.push([t, e.userId]);
        }
      }
    }
    await timed('claims', claim(claims));
    if (d === vipDay) {
      // A manual issue to the VIP audience, keeping a 10 % holdout (measured like a rule's split).
      api = await staff();
      const job = await api.q(
        `mutation DemoIssue($t: ID!, $a: ID!) { issueToAudience(templateId: $t, audienceId: $a, holdoutPercent: 10) { id } }`,
        { t: templates.vip, a: audiences.vip },
      );
      jobId = job.issueToAudience.id;
      s.log(`manual issue to VIP by spend: ${await waitForJob(api, jobId)}`);
      // Store credit brings some VIPs back within three weeks, more than the holdout comes back.
      const page = await api.q(
        `query DemoMembers($a: ID!) { audienceMembers(audienceId: $a, first: 1000) { userIds } }`,
        { a: audiences.vip },
      );
      const heldOut = (u: string) => splitHash(jobId, u) < Math.round(0.1 * 2 ** 32);
      for (const userId of page.audienceMembers.userIds as string[])
        if (rnd() < (heldOut(userId) ? 0.15 : 0.35))
          extra({
            userId,
            day: Math.min(DAYS - 1, d + 1 + Math.floor(rnd() * 20)),
            second: 10 * 3600 + Math.floor(rnd() * 10 * 3600),
            amount: 2_000 + Math.floor(rnd() * 4_000),
            first: false,
          });
    }
    const paid = await timed(
      'checkout',
      checkout(ordersByDay[d] ?? [], (o) => midnight + o.second * 1000, 0.9),
    );
    await timed('track', track(paid));
    if (d % 30 === 29) {
      s.log(`history: day ${d + 1} of ${DAYS} (${counts.events} events, ${counts.orders} orders)`);
    }
  }

  const secs = (ms: number) => (ms / 1000).toFixed(1);
  s.log(
    `history played: track ${secs(spent.track)} s, claims ${secs(spent.claims)} s, checkout ${secs(spent.checkout)} s`,
  );

  // ---- Today, on the real clock: the budget that is nearly used up, webhooks and live traffic.
  backToNow();
  api = await staff();
  const status = await api.q(
    `query DemoBudget($id: ID!) { campaign(id: $id) { budgetStatus { spent reserved liability } } }`,
    { id: campaigns.spring },
  );
  const b = status.campaign.budgetStatus;
  const committed = b.spent + b.reserved + b.liability;
  await api.q(
    `mutation DemoBudgetSet($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { id } }`,
    {
      id: campaigns.spring,
      i: { budget: Math.ceil(committed / 0.94 / 100) * 100 },
    },
  );
  const endpoint = async (url: string, description: string, eventTypes: string[]) =>
    (
      await api.q(
        `mutation DemoHook($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } } }`,
        { i: { url, description, eventTypes } },
      )
    ).createWebhookEndpoint.endpoint.id as string;
  const webhooks = [
    await endpoint(`${s.receiverUrl}/crm`, 'CRM: every coupon event', []),
    await endpoint(`${s.receiverUrl}/loyalty`, 'Loyalty partner (answers 503 now and then)', [
      'COUPON_CLAIMED',
      'COUPON_REDEEMED',
    ]),
  ];
  // A little live traffic, so the partners' delivery log has today's deliveries.
  const now = Date.now();
  const today: PlannedOrder[] = [];
  for (let i = 0; i < 12; i++) {
    const userId = `cdnow-${String(1 + Math.floor(rnd() * 2357)).padStart(4, '0')}`;
    await claim([[templates.step, userId]]);
    today.push({ userId, day: DAYS, second: 0, amount: 3_500 + Math.floor(rnd() * 4_000), first: false });
  }
  await track(await checkout(today, () => now - 60_000, 1));
  await sharePack(app, share);
  return {
    campaigns,
    templates: { ...templates, share },
    audiences,
    rules,
    jobId,
    webhooks,
    appKey: created.createApiKey.key,
    counts,
  };
}

/** A customer shares the pack today and two new users join through it (the sharer is rewarded). */
async function sharePack(app: Api, templateId: string): Promise<void> {
  const sharer = 'cdnow-0007';
  const claimed = await app.q(
    `mutation DemoShareClaim($i: ClaimInput!) { claimCoupon(input: $i) { ... on ClaimSuccess { coupon { id } } } }`,
    { i: { templateId, userId: sharer, deviceId: `device-${sharer}`, idempotencyKey: 'demo-share-pack' } },
  );
  const couponId = claimed.claimCoupon.coupon?.id as string | undefined;
  if (!couponId) throw new Error('demo: the share pack coupon was not issued');
  const created = await app.q(
    `mutation DemoShare($i: CreateShareInput!) { createShare(input: $i) { code } }`,
    { i: { couponId, userId: sharer, deviceId: `device-${sharer}` } },
  );
  for (const friend of ['friend-ana', 'friend-ben'])
    await app.q(`mutation DemoShareFriend($i: ClaimShareInput!) { claimShare(input: $i) { __typename } }`, {
      i: { code: created.createShare.code, userId: friend, deviceId: `device-${friend}` },
    });
}

function groupByDay<T extends { day: number }>(items: T[]): Record<number, T[]> {
  const by: Record<number, T[]> = {};
  for (const item of items) (by[item.day] ??= []).push(item);
  return by;
}

/** CDs at $9–$18 adding up to the order's amount (a few orders get a tote bag line as well). */
function cart(o: PlannedOrder, severalCds: boolean) {
  const n = Math.max(severalCds ? 3 : 1, Math.round(o.amount / 1_400));
  const unitPrice = Math.max(99, Math.round(o.amount / n));
  const sku = `cd-${(hashOf(o.userId) + o.day) % 400}`;
  return [{ sku, unitPrice, quantity: n, category: 'music', brand: 'CDNOW' }];
}

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

async function waitForJob(api: Api, id: string): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const r: Loose = await api.q(
      `query DemoJob($id: ID!) { bulkIssueJob(id: $id) { status issued heldOut skipped total } }`,
      { id },
    );
    const j = r.bulkIssueJob;
    if (j.status !== 'RUNNING')
      return `${j.status}: ${j.issued} issued, ${j.heldOut} held out, ${j.skipped} skipped of ${j.total}`;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`the bulk issue ${id} did not finish`);
}
