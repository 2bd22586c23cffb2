// The README's "Who may call what" table, cell by cell, against the running server: every operation of
// a row is called by the caller of a column. A ✓ (or "own", acting for itself) must get past
// authorisation (whatever else it answers: the arguments are bogus, so nothing is written), a – must be
// FORBIDDEN (UNAUTHENTICATED without a credential). "own" for an end user also means: acting for
// another user is FORBIDDEN. The table is read from README.md, so the documentation and the code
// cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient, GqlResponse } from '../support/gql';
import { DIALECT, ROOT } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer();

const CALLERS = [
  'admin',
  'growth',
  'analyst',
  'claim key',
  'checkout key',
  'partner key',
  'ingestion key',
  'end user',
  'anonymous',
] as const;
type Caller = (typeof CALLERS)[number];
type Cell = '✓' | '–' | 'own';

interface Op {
  q: string;
  v?: Record<string, unknown>;
  /** The same call acting for another user: refused for an end user even where the row says "own". */
  other?: Record<string, unknown>;
}

const ID = 'x-unknown';
const CART = { lines: [{ sku: 's', quantity: 1, unitPrice: 100 }] };
const FROM = '2026-01-01T00:00:00Z';
const TO = '2026-01-02T00:00:00Z';

/** The operations of each README row, called with bogus arguments (nothing they name exists). */
const ROWS: Record<string, Op[]> = {
  'who am I': [{ q: '{ me { id } }' }, { q: '{ settings { currency } }' }],
  'own staff session': [
    {
      q: 'mutation { changePassword(currentPassword: "not-the-password", newPassword: "x") }',
    },
    { q: 'mutation { signOut }' },
    { q: 'mutation { signOutEverywhere }' },
  ],
  'staff users and API keys': [
    {
      q: 'mutation { createStaffUser(input: { email: "x@test.local", role: analyst, password: "x" }) { id } }',
    },
    { q: `mutation { updateStaffUser(input: { id: "${ID}" }) { id } }` },
    { q: 'mutation { createApiKey(input: { name: "", scopes: [CHECKOUT] }) { key } }' },
    { q: `mutation { revokeApiKey(id: "${ID}") { id } }` },
    { q: '{ apiKeys { id } }' },
    { q: '{ apiKeysConnection { totalCount } }' },
    { q: '{ staffUsers { id } }' },
  ],
  'read campaigns, templates, coupons, rules, audiences, jobs, event types, profiles': [
    { q: `{ campaign(id: "${ID}") { id } }` },
    { q: '{ campaigns { totalCount } }' },
    { q: `{ template(id: "${ID}") { id } }` },
    { q: '{ templates { totalCount } }' },
    { q: `{ coupon(id: "${ID}") { id } }` },
    { q: '{ node(id: "cpn_00000000-0000-7000-8000-000000000000") { id } }' },
    { q: '{ blockCatalogue { code } }' },
    { q: `{ rule(id: "${ID}") { id } }` },
    { q: '{ rules { id } }' },
    { q: '{ rulesConnection { totalCount } }' },
    { q: `{ ruleVersions(ruleId: "${ID}") { version } }` },
    { q: `{ ruleVersionsConnection(ruleId: "${ID}") { totalCount } }` },
    { q: `{ ruleNodeCounts(ruleId: "${ID}") { nodeId } }` },
    { q: `{ ruleNodeUsers(ruleId: "${ID}", from: "${FROM}", to: "${TO}") { from } }` },
    { q: '{ ruleFirings { ruleId } }' },
    { q: `{ ruleFiringsConnection(ruleId: "${ID}") { totalCount } }` },
    { q: `{ ruleExposures(ruleId: "${ID}") { arm } }` },
    { q: '{ validateRuleGraph(graph: {}) { valid } }' },
    { q: `{ checkRule(id: "${ID}") { valid } }` },
    { q: '{ simulateRule(graph: {}, facts: {}) { actions } }' },
    { q: `{ replayRule(graph: {}, from: "${FROM}", to: "${TO}") { truncated } }` },
    { q: `{ audience(id: "${ID}") { id } }` },
    { q: '{ audiences { id } }' },
    { q: '{ audiencesConnection { totalCount } }' },
    { q: `{ audiencePreview(audienceId: "${ID}") { size } }` },
    { q: `{ audienceMembers(audienceId: "${ID}") { userIds } }` },
    { q: `{ isAudienceMember(audienceId: "${ID}", userId: "u-1") }` },
    { q: '{ userAudiences(userId: "u-1") { id } }' },
    { q: '{ userBehaviour(userId: "u-1") { days } }' },
    { q: '{ trackedEvents(type: "order.paid") { id } }' },
    { q: `{ bulkIssueJob(id: "${ID}") { id } }` },
    { q: '{ bulkIssueJobs { id } }' },
    { q: '{ bulkIssueJobsConnection { totalCount } }' },
    { q: '{ eventTypes { name } }' },
    { q: '{ userAttributeKeys }' },
    { q: '{ userProfile(userId: "u-1") { userId } }' },
  ],
  'pull the coupon event log': [
    { q: '{ couponEventLog { id } }' },
    { q: '{ couponEventLogConnection { totalCount } }' },
  ],
  'change campaigns, templates, codes, coupons, rules, audiences, bulk issues, event types': [
    { q: 'mutation { createCampaign(input: { name: "" }) { id } }' },
    { q: `mutation { updateCampaign(id: "${ID}", input: {}) { id } }` },
    { q: `mutation { pauseCampaign(id: "${ID}") { id } }` },
    { q: `mutation { resumeCampaign(id: "${ID}") { id } }` },
    { q: `mutation { endCampaign(id: "${ID}") { id } }` },
    {
      q: 'mutation { createTemplate(input: { name: "", kind: AMOUNT_OFF, amount: 1, validUntil: "2099-01-01T00:00:00Z" }) { id } }',
    },
    { q: `mutation { updateTemplate(id: "${ID}", input: {}) { id } }` },
    { q: `mutation { activateTemplate(id: "${ID}") { id } }` },
    { q: `mutation { pauseTemplate(id: "${ID}") { id } }` },
    { q: `mutation { resumeTemplate(id: "${ID}") { id } }` },
    { q: `mutation { endTemplate(id: "${ID}") { id } }` },
    { q: `mutation { mintCodes(input: { templateId: "${ID}", count: 1 }) { count } }` },
    { q: `mutation { issueCoupons(input: { templateId: "${ID}", userIds: ["u-1"] }) { userId } }` },
    { q: `mutation { revokeCoupon(id: "${ID}") { id } }` },
    { q: `mutation { startBulkIssue(input: { templateId: "${ID}", userIds: ["u-1"] }) { id } }` },
    { q: `mutation { pauseBulkIssue(id: "${ID}") { id } }` },
    { q: `mutation { resumeBulkIssue(id: "${ID}") { id } }` },
    { q: `mutation { cancelBulkIssue(id: "${ID}") { id } }` },
    { q: 'mutation { createRule(input: { name: "" }) { id } }' },
    { q: `mutation { updateRule(id: "${ID}", input: {}) { id } }` },
    { q: `mutation { publishRule(id: "${ID}") { __typename } }` },
    { q: `mutation { duplicateRule(id: "${ID}") { id } }` },
    { q: `mutation { pauseRule(id: "${ID}") { id } }` },
    { q: `mutation { resumeRule(id: "${ID}") { id } }` },
    { q: `mutation { rollbackRule(id: "${ID}", version: 1) { id } }` },
    { q: 'mutation { createAudience(input: { name: "", kind: STATIC }) { id } }' },
    { q: `mutation { updateAudience(id: "${ID}", input: {}) { id } }` },
    { q: `mutation { deleteAudience(id: "${ID}") }` },
    { q: `mutation { uploadAudienceMembers(audienceId: "${ID}", csv: "u-1") { added } }` },
    { q: `mutation { issueToAudience(audienceId: "${ID}", templateId: "${ID}") { id } }` },
    { q: 'mutation { defineEventType(input: { name: "", properties: [] }) { name } }' },
  ],
  'read webhook endpoints and their delivery log': [
    { q: '{ webhookEndpoints { totalCount } }' },
    { q: `{ webhookEndpoint(id: "${ID}") { id } }` },
    { q: `{ webhookDeliveries(endpointId: "${ID}") { totalCount } }` },
    { q: `{ webhookAttempts(endpointId: "${ID}") { totalCount } }` },
  ],
  'manage webhook endpoints (create, update, delete, rotate the secret, replay)': [
    { q: 'mutation { createWebhookEndpoint(input: { url: "not a url" }) { secret } }' },
    { q: `mutation { updateWebhookEndpoint(id: "${ID}", input: {}) { id } }` },
    { q: `mutation { deleteWebhookEndpoint(id: "${ID}") }` },
    { q: `mutation { rotateWebhookSecret(id: "${ID}") { secret } }` },
    { q: `mutation { replayWebhookDelivery(id: "${ID}") { id } }` },
    {
      q: `mutation { replayWebhookDeliveries(input: { endpointId: "${ID}", from: "${FROM}", to: "${TO}" }) { queued } }`,
    },
  ],
  claim: [
    {
      q: 'mutation ($u: ID!) { claimCoupon(input: { templateId: "x-unknown", userId: $u, deviceId: "d", idempotencyKey: "roles-1" }) { __typename } }',
      v: { u: 'u-own' },
      other: { u: 'u-other' },
    },
    {
      q: 'mutation ($u: ID!) { claimByCode(input: { code: "NOPE", userId: $u, deviceId: "d", idempotencyKey: "roles-2" }) { __typename } }',
      v: { u: 'u-own' },
      other: { u: 'u-other' },
    },
  ],
  'read a wallet': [
    { q: 'query ($u: ID) { wallet(userId: $u) { id } }', v: { u: 'u-own' }, other: { u: 'u-other' } },
    {
      q: 'query ($u: ID) { walletConnection(userId: $u) { totalCount } }',
      v: { u: 'u-own' },
      other: { u: 'u-other' },
    },
    {
      q: 'query ($u: ID) { couponCenter(userId: $u) { claimable } }',
      v: { u: 'u-own' },
      other: { u: 'u-other' },
    },
    {
      q: 'query ($c: CartInput!) { quote(cart: $c) { best { payable } } }',
      v: { c: { ...CART, userId: 'u-own' } },
      other: { c: { ...CART, userId: 'u-other' } },
    },
  ],
  'mark coupons seen': [
    {
      q: 'mutation ($u: ID) { markCouponsSeen(couponIds: ["not-a-coupon"], userId: $u) }',
      v: { u: 'u-own' },
      other: { u: 'u-other' },
    },
  ],
  'mint end-user tokens': [{ q: 'mutation { createUserToken(input: { userId: "u-own", ttlSeconds: 60 }) }' }],
  checkout: [
    {
      q: 'mutation ($c: CartInput!) { lockCoupons(input: { orderId: "roles-order", couponIds: [], cart: $c }) { best { payable } } }',
      v: { c: { ...CART, userId: 'u-own' } },
    },
    { q: 'mutation { redeemOrder(orderId: "roles-unknown") { ok } }' },
    { q: 'mutation { releaseOrder(orderId: "roles-unknown") { orderId } }' },
    { q: 'mutation { refundOrder(orderId: "roles-unknown") { orderId } }' },
  ],
  tracking: [
    { q: 'mutation { track(events: []) { accepted } }' },
    { q: 'mutation { upsertUserAttributes(userId: "u-roles", attributes: {}) { userId } }' },
  ],
};

/** The README table: row label (up to a parenthesis) → caller → cell. */
function readmeTable(): Map<string, Record<Caller, Cell>> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Who may call what'));
  const lines = section.split('\n');
  const header = lines.findIndex((l) => l.startsWith('| operations |'));
  expect(header, 'the role table in README.md').toBeGreaterThan(-1);
  const columns = lines[header]!.split('|')
    .slice(2, -1)
    .map((c) => c.trim());
  expect(columns).toEqual([...CALLERS]);
  const table = new Map<string, Record<Caller, Cell>>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [label, ...cells] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const name = label!.replace(/\s*\(`.*$/, '').trim();
    table.set(name, Object.fromEntries(CALLERS.map((c, i) => [c, cells[i] as Cell])) as Record<Caller, Cell>);
  }
  return table;
}

const TABLE = readmeTable();
const clients = {} as Record<Caller, GqlClient>;
const STRONG = 'violet-harbour-engine-42';

async function staffLogin(email: string): Promise<GqlClient> {
  const r = await srv.anon.raw(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: STRONG },
  );
  return srv.anon.withToken((r.data as { login: { token: string } }).login.token);
}

beforeAll(async () => {
  const create = 'mutation ($i: CreateStaffInput!) { createStaffUser(input: $i) { id } }';
  for (const role of ['admin', 'growth', 'analyst'] as const) {
    const r = await srv.staff.raw(create, {
      i: { email: `roles-${role}@test.local`, role, password: STRONG },
    });
    expect(r.errors).toBeUndefined();
    clients[role] = await staffLogin(`roles-${role}@test.local`);
  }
  clients['claim key'] = await srv.withKey(['coupons:claim']);
  clients['checkout key'] = await srv.withKey(['checkout']);
  clients['partner key'] = await srv.withKey(['events:read']);
  clients['ingestion key'] = await srv.withKey(['events:write']);
  const minted = await clients['claim key'].raw('mutation { createUserToken(input: { userId: "u-own" }) }');
  clients['end user'] = srv.anon.withToken((minted.data as { createUserToken: string }).createUserToken);
  clients.anonymous = srv.anon;
});

const codeOf = (r: GqlResponse<unknown>): string | undefined =>
  r.errors?.find((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED')
    ?.extensions?.code ?? r.errors?.[0]?.extensions?.code;

describe(`who may call what: README table × running server (${DIALECT})`, () => {
  it('every row of the README table has its operations here, and every row here is in the table', () => {
    expect([...TABLE.keys()].sort()).toEqual(Object.keys(ROWS).sort());
  });

  const cells = Object.keys(ROWS).flatMap((row) => CALLERS.map((caller) => [row, caller] as const));
  it.each(cells)('%s × %s', async (row, caller) => {
    const cell = TABLE.get(row)?.[caller];
    expect(cell, `README cell ${row} × ${caller}`).toMatch(/^(✓|–|own)$/);
    const staffRole = caller === 'admin' || caller === 'growth' || caller === 'analyst';
    for (const op of ROWS[row]!) {
      // a fresh session for staff: a session operation (signOut…) may have ended the last one
      const client = staffRole ? await staffLogin(`roles-${caller}@test.local`) : clients[caller];
      const r = await client.raw(op.q, op.v ?? {});
      const code = codeOf(r);
      const what = `${row} × ${caller}: ${op.q} → ${JSON.stringify(r.errors ?? r.data)}`;
      expect(JSON.stringify(r), what).not.toContain('INTERNAL_SERVER_ERROR');
      if (cell === '–') {
        expect(code, what).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      } else {
        expect(['FORBIDDEN', 'UNAUTHENTICATED'], what).not.toContain(code);
        if (cell === 'own' && caller === 'end user' && op.other) {
          const o = await client.raw(op.q, op.other);
          expect(codeOf(o), `${what} (for another user)`).toBe('FORBIDDEN');
        }
      }
    }
  });
});
