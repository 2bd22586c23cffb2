// Issue 15, through real HTTP: passwords (5), staff sessions (6), end-user tokens (7), bad input that
// used to become internal errors (12) and the smaller ones (14): escaped search wildcards, refused
// cursors, blank names. Each refusal is typed, names its field, and writes nothing.
import { createHmac, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ALL_TABLES, countRows } from '../support/db';
import type { GqlClient, GqlResponse } from '../support/gql';
import { ADMIN_EMAIL, CLAIM, DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';

const SESSION_SECRET = 'session-secret-for-the-hardening-test-0123456789';
const USER_TOKEN_SECRET = 'user-token-secret-for-the-hardening-test-0123456';
/** An HS256 JWT signed with `secret` (what a holder of the secret, or of a copy of the database, could sign). */
function hs256(claims: Record<string, unknown>, secret: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
const now = () => Math.floor(Date.now() / 1000);

const srv = useServer({
  env: { SESSION_SECRET, USER_TOKEN_SECRET, USER_TOKEN_MAX_TTL_SECONDS: '7200' },
});
let anon: GqlClient;
let staff: GqlClient;
const STRONG = 'violet-harbour-engine-42';

beforeAll(() => {
  ({ anon, staff } = srv);
});

function expectError(r: GqlResponse<unknown>, code: string, field?: string) {
  expect(r.errors, JSON.stringify(r)).toBeDefined();
  const e = r.errors![0]!;
  expect(e.extensions?.code, JSON.stringify(r.errors)).toBe(code);
  // class-validator names the input field without the argument (`name`), the input gate with it (`input.name`)
  if (field !== undefined)
    expect([field, field.replace(/^input\./, '')], JSON.stringify(r.errors)).toContain(e.extensions?.field);
  expect(JSON.stringify(r)).not.toMatch(/stacktrace|\n\s+at |node_modules|INTERNAL_SERVER_ERROR/);
  return e;
}

const rows = () => countRows(srv.db.url, ALL_TABLES);
const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token staff { id } } }';
const CREATE_STAFF = 'mutation ($i: CreateStaffInput!) { createStaffUser(input: $i) { id role } }';

async function newStaff(email: string, role: 'admin' | 'growth' | 'analyst' = 'growth') {
  const r = await staff.raw(CREATE_STAFF, { i: { email, role, password: STRONG } });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const l = await anon.raw(LOGIN, { e: email, p: STRONG });
  const { token, staff: s } = (l.data as { login: { token: string; staff: { id: string } } }).login;
  return { id: s.id, token, client: anon.withToken(token) };
}

const ME = '{ me { id role } }';

describe(`hardening: passwords (${DIALECT})`, () => {
  it.each([
    ['          ', 'blank'],
    ['1234567890', 'too easy to guess'],
    ['weak-pass@test.local', 'e-mail address'],
    ['passwordpassword', 'too easy to guess'],
  ])('refuses %j as a new staff password (%s)', async (password, why) => {
    const r = await staff.raw(CREATE_STAFF, {
      i: { email: 'weak-pass@test.local', role: 'growth', password },
    });
    const e = expectError(r, 'BAD_USER_INPUT', 'input.password');
    expect(e.message).toContain(why);
  });

  it('refuses a weak new password on change, and the current one must be right', async () => {
    const s = await newStaff('changer@test.local');
    const change =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    expectError(await s.client.raw(change, { c: STRONG, n: '1234567890' }), 'BAD_USER_INPUT', 'newPassword');
    expectError(
      await s.client.raw(change, { c: 'wrong-password-1', n: 'amber-falcon-river-77' }),
      'BAD_USER_INPUT',
      'currentPassword',
    );
    expect((await s.client.raw(change, { c: STRONG, n: 'amber-falcon-river-77' })).data).toEqual({
      changePassword: true,
    });
    // the old session ended; the new password works
    expectError(await s.client.raw(ME), 'UNAUTHENTICATED');
    expect(
      (await anon.raw(LOGIN, { e: 'changer@test.local', p: 'amber-falcon-river-77' })).errors,
    ).toBeUndefined();
  });
});

describe(`hardening: staff sessions (${DIALECT})`, () => {
  const forge = (claims: Record<string, unknown>, sub: string) =>
    hs256(
      {
        ...claims,
        sub,
        iss: 'couponflow',
        aud: 'couponflow:staff',
        jti: randomUUID(),
        iat: now(),
        exp: now() + 600,
      },
      SESSION_SECRET,
    );

  it('refuses a token for a staff id that does not exist, and one without a role', async () => {
    const ghost = forge(
      { role: 'admin', email: 'ghost@test.local', ver: 0 },
      'stf_01935a4e-0000-7000-8000-000000000000',
    );
    expectError(await anon.withToken(ghost).raw(ME), 'UNAUTHENTICATED');
    const me = (await staff.raw(ME)).data as { me: { id: string } };
    const roleless = forge({ email: ADMIN_EMAIL, ver: 0 }, me.me.id);
    expectError(await anon.withToken(roleless).raw(ME), 'UNAUTHENTICATED');
  });

  it('signOut ends this token only; signOutEverywhere ends every one', async () => {
    const a = await newStaff('sessions@test.local');
    const second = (await anon.raw(LOGIN, { e: 'sessions@test.local', p: STRONG })).data as {
      login: { token: string };
    };
    const b = anon.withToken(second.login.token);
    expect((await a.client.raw('mutation { signOut }')).data).toEqual({ signOut: true });
    expectError(await a.client.raw(ME), 'UNAUTHENTICATED');
    expect((await b.raw(ME)).data).toMatchObject({ me: { id: a.id } });
    expect((await b.raw('mutation { signOutEverywhere }')).data).toEqual({ signOutEverywhere: true });
    expectError(await b.raw(ME), 'UNAUTHENTICATED');
  });

  it('deactivation and a role change apply to live tokens within seconds', async () => {
    const g = await newStaff('demoted@test.local', 'growth');
    const update = 'mutation ($i: UpdateStaffInput!) { updateStaffUser(input: $i) { id role } }';
    expect((await g.client.raw(ME)).data).toMatchObject({ me: { role: 'growth' } });
    expect((await staff.raw(update, { i: { id: g.id, role: 'analyst' } })).errors).toBeUndefined();
    await vi.waitFor(async () => expectError(await g.client.raw(ME), 'UNAUTHENTICATED'), { timeout: 10_000 });
    const again = await anon.raw(LOGIN, { e: 'demoted@test.local', p: STRONG });
    const token = (again.data as { login: { token: string } }).login.token;
    expect((await anon.withToken(token).raw(ME)).data).toMatchObject({ me: { role: 'analyst' } });
    expect((await staff.raw(update, { i: { id: g.id, disabled: true } })).errors).toBeUndefined();
    await vi.waitFor(async () => expectError(await anon.withToken(token).raw(ME), 'UNAUTHENTICATED'), {
      timeout: 10_000,
    });
    expectError(await anon.raw(LOGIN, { e: 'demoted@test.local', p: STRONG }), 'UNAUTHENTICATED');
  });
});

describe(`hardening: end-user tokens (${DIALECT})`, () => {
  const MINT = 'mutation ($i: UserTokenInput!) { createUserToken(input: $i) }';
  const WALLET = '{ wallet { id } }';
  const sign = (exp?: number) =>
    hs256(
      { sub: 'u-9', iss: 'couponflow', aud: 'couponflow:user', ...(exp === undefined ? {} : { exp }) },
      USER_TOKEN_SECRET,
    );

  it('a token minted by a key stops working when the key is revoked', async () => {
    const key = await srv.key(['coupons:claim']);
    const keyId = /^cfk_(key_[0-9a-z-]+?)_/.exec(key)![1]!;
    const minted = await anon.withToken(key).raw(MINT, { i: { userId: 'u-1', ttlSeconds: 600 } });
    const user = anon.withToken((minted.data as { createUserToken: string }).createUserToken);
    expect((await user.raw(WALLET)).data).toEqual({ wallet: [] });
    expect(
      (await staff.raw('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: keyId })).errors,
    ).toBeUndefined();
    await vi.waitFor(async () => expectError(await user.raw(WALLET), 'UNAUTHENTICATED'), { timeout: 10_000 });
  });

  it('requires exp and caps the lifetime (USER_TOKEN_MAX_TTL_SECONDS)', async () => {
    const app = await srv.withKey(['coupons:claim']);
    expectError(
      await app.raw(MINT, { i: { userId: 'u-1', ttlSeconds: 7201 } }),
      'BAD_USER_INPUT',
      'input.ttlSeconds',
    );
    expectError(await anon.withToken(sign()).raw(WALLET), 'UNAUTHENTICATED');
    expectError(await anon.withToken(sign(4_102_444_800)).raw(WALLET), 'UNAUTHENTICATED'); // 2100
    const ok = sign(Math.floor(Date.now() / 1000) + 600);
    expect((await anon.withToken(ok).raw(WALLET)).data).toEqual({ wallet: [] });
  });
});

describe(`hardening: bad input is refused, typed, and writes nothing (${DIALECT})`, () => {
  it('a NUL character in any string argument: variables and literals, scalars and input fields', async () => {
    const template = await createTemplate(staff);
    const app = await srv.withKey(['coupons:claim']);
    const before = await rows();
    expectError(
      await anon.raw(LOGIN, { e: 'a\u0000b@test.local', p: 'whatever-password' }),
      'BAD_USER_INPUT',
      'email',
    );
    expectError(
      await app.raw(CLAIM, {
        i: { templateId: template.id, userId: 'u\u0000x', deviceId: 'd', idempotencyKey: 'nul-1' },
      }),
      'BAD_USER_INPUT',
      'input.userId',
    );
    expectError(
      await staff.raw('mutation { createCampaign(input: { name: "x\\u0000y" }) { id } }'),
      'BAD_USER_INPUT',
      'input.name',
    );
    expectError(
      await staff.raw('mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', {
        i: { name: 'ok', description: 'bad\u0000' },
      }),
      'BAD_USER_INPUT',
      'input.description',
    );
    expect(await rows()).toEqual(before);
    // and no log line carries SQL text with the value
    const logs = srv.server.logs.join('');
    expect(logs).not.toMatch(/insert into|select .* from/i);
    expect(logs).not.toContain('u\\u0000x');
  });

  it('JSON arguments nested thousands deep', async () => {
    // sent as text: JSON.stringify itself would overflow the test's stack
    const query = JSON.stringify('query ($g: JSON!) { validateRuleGraph(graph: $g) { valid } }');
    const res = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${srv.staffToken}` },
      body: `{"query":${query},"variables":{"g":${'['.repeat(5000)}1${']'.repeat(5000)}}}`,
    });
    const r = (await res.json()) as GqlResponse<unknown>;
    const e = expectError(r, 'BAD_USER_INPUT');
    expect(e.extensions?.field).toMatch(/^graph/);
    const literal = `${'['.repeat(300)}1${']'.repeat(300)}`;
    const r2 = await staff.raw(`{ validateRuleGraph(graph: ${literal}) { valid } }`);
    expect(r2.errors?.[0]?.extensions?.code).toMatch(
      /BAD_USER_INPUT|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED/,
    );
    expect(JSON.stringify(r2)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('a CSV with an unclosed quote changes nothing, even with replace', async () => {
    const created = await staff.raw(
      'mutation { createAudience(input: { name: "csv", kind: STATIC }) { id } }',
    );
    const id = (created.data as { createAudience: { id: string } }).createAudience.id;
    const upload =
      'mutation ($a: ID!, $c: String!, $r: Boolean!) { uploadAudienceMembers(audienceId: $a, csv: $c, replace: $r) { added size } }';
    expect((await staff.raw(upload, { a: id, c: 'u1\nu2\n', r: false })).data).toMatchObject({
      uploadAudienceMembers: { added: 2, size: 2 },
    });
    const before = await rows();
    const e = expectError(
      await staff.raw(upload, { a: id, c: 'u3\n"u4\nu5\n', r: true }),
      'BAD_USER_INPUT',
      'csv',
    );
    expect(e.message).toContain('quote');
    expect(await rows()).toEqual(before);
    const size = await staff.raw('query ($a: ID!) { audience(id: $a) { size } }', { a: id });
    expect(size.data).toEqual({ audience: { size: 2 } });
  });

  it('a persisted-query hash that does not match the query', async () => {
    const res = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${srv.staffToken}` },
      body: JSON.stringify({
        query: '{ me { id } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as GqlResponse<unknown>;
    expectError({ ...body, status: res.status }, 'BAD_USER_INPUT', 'extensions.persistedQuery.sha256Hash');
  });
});

describe(`hardening: search wildcards, cursors, blank names (${DIALECT})`, () => {
  it('% and _ in a search match themselves, in templates and campaigns', async () => {
    await createTemplate(staff, { name: 'Plain template' });
    await createTemplate(staff, { name: '100% off' });
    const search = async (s: string) => {
      const r = await staff.raw(
        'query ($s: String) { templates(filter: { search: $s }) { nodes { name } } }',
        { s },
      );
      return (r.data as { templates: { nodes: { name: string }[] } }).templates.nodes.map((n) => n.name);
    };
    expect(await search('%')).toEqual(['100% off']);
    expect(await search('_')).toEqual([]);
    expect(await search('plain')).toEqual(['Plain template']);
    for (const name of ['Plain campaign', 'Half_price']) {
      expect(
        (
          await staff.raw('mutation ($n: String!) { createCampaign(input: { name: $n }) { id } }', {
            n: name,
          })
        ).errors,
      ).toBeUndefined();
    }
    const campaigns = async (s: string) => {
      const r = await staff.raw(
        'query ($s: String) { campaigns(filter: { search: $s }) { nodes { name } } }',
        { s },
      );
      return (r.data as { campaigns: { nodes: { name: string }[] } }).campaigns.nodes.map((n) => n.name);
    };
    expect(await campaigns('_')).toEqual(['Half_price']);
    expect(await campaigns('%')).toEqual([]);
  });

  it.each(['templates', 'campaigns'])('a malformed cursor on %s is refused', async (list) => {
    for (const after of ['garbage', 'tpl_zzz', 'cmp_', "' OR 1=1 --"]) {
      expectError(
        await staff.raw(`query ($a: String) { ${list}(after: $a) { totalCount } }`, { a: after }),
        'BAD_USER_INPUT',
        'after',
      );
    }
  });

  it('a malformed wallet cursor is refused', async () => {
    const app = await srv.withKey(['coupons:claim']);
    expectError(
      await app.raw('{ wallet(userId: "u-1", after: "123:nope") { id } }'),
      'BAD_USER_INPUT',
      'after',
    );
  });

  it('whitespace-only names are refused; names are stored trimmed', async () => {
    const before = await rows();
    for (const [query, field] of [
      ['mutation { createCampaign(input: { name: "   " }) { id } }', 'input.name'],
      [
        'mutation { createTemplate(input: { name: "\\t \\n", kind: AMOUNT_OFF, amount: 100, validUntil: "2099-01-01T00:00:00Z" }) { id } }',
        'input.name',
      ],
      ['mutation { createApiKey(input: { name: "  ", scopes: [CHECKOUT] }) { key } }', 'input.name'],
      ['mutation { createAudience(input: { name: " ", kind: STATIC }) { id } }', 'input.name'],
      ['mutation { createRule(input: { name: "  " }) { id } }', 'input.name'],
    ] as const) {
      expectError(await staff.raw(query), 'BAD_USER_INPUT', field);
    }
    expect(await rows()).toEqual(before);
    const r = await staff.raw('mutation { createCampaign(input: { name: "  Spring  " }) { name } }');
    expect(r.data).toEqual({ createCampaign: { name: 'Spring' } });
  });
});
