// AuthService against a real (in-memory SQLite) database holding the auth tables only.
import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { initOrm } from '../db/orm';
import { Database } from '../db/sql';
import { createLogger } from '../logger';
import { ApiKeySchema, RevokedTokenSchema, SettingSchema, StaffUserSchema } from './auth.entity';
import { AuthService } from './auth.service';

const ADMIN = { ADMIN_EMAIL: 'Root@Example.com', ADMIN_PASSWORD: 'first-admin-password' };
const log = createLogger('silent');

let db: Database;

beforeEach(async () => {
  const orm = await initOrm('sqlite::memory:', 'sqlite', [
    StaffUserSchema,
    ApiKeySchema,
    SettingSchema,
    RevokedTokenSchema,
  ]);
  await orm.schema.createSchema();
  db = new Database(orm, 'sqlite');
});
afterEach(() => db.close());

async function started(env: Record<string, string> = {}): Promise<AuthService> {
  const auth = new AuthService(db, loadConfig({ DATABASE_URL: 'sqlite::memory:', ...ADMIN, ...env }), log);
  await auth.init();
  return auth;
}

/** The error code a rejected promise carries (GraphQL `extensions.code`). */
async function codeOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return (err as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return 'resolved';
}

describe('staff sessions', () => {
  it('the first start creates the admin; its login yields a token that authenticates as that admin', async () => {
    const auth = await started();
    const { token, staff } = await auth.login('root@example.com', ADMIN.ADMIN_PASSWORD);
    expect(staff).toMatchObject({ email: 'root@example.com', role: 'admin' });
    expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({
      kind: 'staff',
      id: staff.id,
      email: 'root@example.com',
      role: 'admin',
    });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const auth = await started();
    expect(await codeOf(auth.login('root@example.com', 'not-the-password'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(auth.login('nobody@example.com', ADMIN.ADMIN_PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('creates staff with a role, once per email (case-insensitive)', async () => {
    const auth = await started();
    await auth.createStaff('Analyst@Example.com', 'analyst', 'quiet-harbour-lantern');
    const { staff } = await auth.login('analyst@example.com', 'quiet-harbour-lantern');
    expect(staff.role).toBe('analyst');
    expect(await codeOf(auth.createStaff('analyst@EXAMPLE.com', 'growth', 'another-password'))).toBe(
      'CONFLICT',
    );
  });

  it('generated secrets are stored: a restarted server accepts the tokens of the previous one', async () => {
    const first = await started();
    const { token } = await first.login('root@example.com', ADMIN.ADMIN_PASSWORD);
    const userToken = await first.mintUserToken('u-1', 60);
    const second = await started();
    expect((await second.authenticate(`Bearer ${token}`)).kind).toBe('staff');
    expect(await second.authenticate(`Bearer ${userToken}`)).toEqual({ kind: 'user', userId: 'u-1' });
    // and the first admin was created once
    expect(await second.listApiKeys()).toEqual([]);
    expect(await codeOf(second.createStaff('root@example.com', 'admin', 'whatever-password'))).toBe(
      'CONFLICT',
    );
  });

  it('a token signed with another secret is refused', async () => {
    const auth = await started({ SESSION_SECRET: 'a'.repeat(32) });
    const { token } = await auth.login('root@example.com', ADMIN.ADMIN_PASSWORD);
    const other = await started({ SESSION_SECRET: 'b'.repeat(32) });
    expect(await codeOf(other.authenticate(`Bearer ${token}`))).toBe('UNAUTHENTICATED');
  });
});

describe('API keys', () => {
  it('authenticate with their scopes and merchants, shown once as cfk_<id>_<secret>', async () => {
    const auth = await started();
    const { key, apiKey } = await auth.createApiKey('partner', ['events:read', 'events:read'], ['m-1'], null);
    expect(key).toMatch(new RegExp(`^cfk_${apiKey.id}_[A-Za-z0-9_-]{43}$`));
    expect(apiKey.scopes).toEqual(['events:read']);
    expect(await auth.authenticate(`Bearer ${key}`)).toEqual({
      kind: 'apiKey',
      id: apiKey.id,
      scopes: ['events:read'],
      merchantIds: ['m-1'],
    });
  });

  it('refuses a wrong secret, a malformed key and a revoked key', async () => {
    const auth = await started();
    const { key, apiKey } = await auth.createApiKey('backend', ['checkout'], [], null);
    await auth.authenticate(`Bearer ${key}`); // cached now
    const wrong = `${key.slice(0, -3)}${key.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect(await codeOf(auth.authenticate(`Bearer ${wrong}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(auth.authenticate('Bearer cfk_nonsense'))).toBe('UNAUTHENTICATED');
    await auth.revokeApiKey(apiKey.id);
    expect(await codeOf(auth.authenticate(`Bearer ${key}`))).toBe('UNAUTHENTICATED');
    expect((await auth.listApiKeys())[0]!.revokedAt).toBeTypeOf('number');
  });

  it('revoking an unknown key is bad input', async () => {
    const auth = await started();
    expect(await codeOf(auth.revokeApiKey('key_00000000-0000-7000-8000-000000000000'))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('end-user tokens', () => {
  it('a minted token acts for its user until it expires', async () => {
    const auth = await started();
    expect(await auth.authenticate(`Bearer ${await auth.mintUserToken('u-42', 60)}`)).toEqual({
      kind: 'user',
      userId: 'u-42',
    });
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-42')
      .setIssuer('couponflow')
      .setAudience('couponflow:user')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 5)
      .sign(new TextEncoder().encode('u'.repeat(32)));
    const withSecret = await started({ USER_TOKEN_SECRET: 'u'.repeat(32) });
    expect(await codeOf(withSecret.authenticate(`Bearer ${expired}`))).toBe('UNAUTHENTICATED');
  });

  it('an app backend may sign its own with USER_TOKEN_SECRET (HS256, aud couponflow:user)', async () => {
    const secret = 's'.repeat(40);
    const auth = await started({ USER_TOKEN_SECRET: secret });
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-7')
      .setIssuer('couponflow')
      .setAudience('couponflow:user')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(secret));
    expect(await auth.authenticate(`Bearer ${token}`)).toEqual({ kind: 'user', userId: 'u-7' });
    const noSubject = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('couponflow')
      .setAudience('couponflow:user')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(secret));
    expect(await codeOf(auth.authenticate(`Bearer ${noSubject}`))).toBe('UNAUTHENTICATED');
  });
});

describe('the Authorization header', () => {
  it('absent is anonymous; present but not a bearer token, or garbage, is an error, never anonymous', async () => {
    const auth = await started();
    expect(await auth.authenticate(undefined)).toEqual({ kind: 'anonymous' });
    expect(await codeOf(auth.authenticate('Basic dXNlcjpwYXNz'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(auth.authenticate('Bearer not.a.jwt'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(auth.authenticate('Bearer '))).toBe('UNAUTHENTICATED');
  });
});

describe('hardening (issue 15)', () => {
  it('refuses weak passwords with zxcvbn feedback, naming the field', async () => {
    const auth = await started();
    for (const weak of ['          ', '1234567890', 'staff@example.com', 'passwordpassword']) {
      const err = await auth.createStaff('staff@example.com', 'growth', weak).catch((e: unknown) => e);
      expect((err as { extensions?: { code?: string; field?: string } }).extensions, weak).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.password',
      });
    }
  });

  it('a weak ADMIN_PASSWORD stops the first start with a clear message', async () => {
    const auth = new AuthService(
      db,
      loadConfig({
        DATABASE_URL: 'sqlite::memory:',
        ADMIN_EMAIL: 'a@example.com',
        ADMIN_PASSWORD: '1234567890',
      }),
      log,
    );
    await expect(auth.init()).rejects.toThrow(/ADMIN_PASSWORD is too easy to guess/);
  });

  it('a staff token for an unknown staff id, or without a role, is refused even with the right secret', async () => {
    const secret = 'k'.repeat(32);
    const auth = await started({ SESSION_SECRET: secret });
    const forge = (claims: Record<string, unknown>, sub: string) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer('couponflow')
        .setAudience('couponflow:staff')
        .setJti('00000000-0000-4000-8000-000000000000')
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode(secret));
    const { staff } = await auth.login('root@example.com', ADMIN.ADMIN_PASSWORD);
    expect(
      await codeOf(auth.authenticate(`Bearer ${await forge({ role: 'admin', ver: 0 }, 'stf_nobody')}`)),
    ).toBe('UNAUTHENTICATED');
    expect(await codeOf(auth.authenticate(`Bearer ${await forge({ ver: 0 }, staff.id)}`))).toBe(
      'UNAUTHENTICATED',
    );
    expect((await auth.authenticate(`Bearer ${await forge({ role: 'admin', ver: 0 }, staff.id)}`)).kind).toBe(
      'staff',
    );
  });

  it('signOut ends one token, signOutEverywhere all of them; deactivation and a role change end them too', async () => {
    const auth = await started();
    const a = await auth.login('root@example.com', ADMIN.ADMIN_PASSWORD);
    const b = await auth.login('root@example.com', ADMIN.ADMIN_PASSWORD);
    await auth.signOut(await auth.authenticate(`Bearer ${a.token}`));
    expect(await codeOf(auth.authenticate(`Bearer ${a.token}`))).toBe('UNAUTHENTICATED');
    expect((await auth.authenticate(`Bearer ${b.token}`)).kind).toBe('staff');
    await auth.signOutEverywhere(b.staff.id);
    expect(await codeOf(auth.authenticate(`Bearer ${b.token}`))).toBe('UNAUTHENTICATED');
    const other = await auth.createStaff('g@example.com', 'growth', 'quiet-harbour-lantern');
    const g = await auth.login('g@example.com', 'quiet-harbour-lantern');
    await auth.updateStaff(other.id, 'analyst', null);
    expect(await codeOf(auth.authenticate(`Bearer ${g.token}`))).toBe('UNAUTHENTICATED');
    const g2 = await auth.login('g@example.com', 'quiet-harbour-lantern');
    await auth.updateStaff(other.id, null, true);
    expect(await codeOf(auth.authenticate(`Bearer ${g2.token}`))).toBe('UNAUTHENTICATED');
  });

  it('end-user tokens: bound to the minting key, exp required, lifetime capped', async () => {
    const secret = 'u'.repeat(32);
    const auth = await started({ USER_TOKEN_SECRET: secret, USER_TOKEN_MAX_TTL_SECONDS: '3600' });
    const { apiKey } = await auth.createApiKey('backend', ['coupons:claim'], [], null);
    const token = await auth.mintUserToken('u-1', 600, apiKey.id);
    expect((await auth.authenticate(`Bearer ${token}`)).kind).toBe('user');
    await auth.revokeApiKey(apiKey.id);
    expect(await codeOf(auth.authenticate(`Bearer ${token}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(auth.mintUserToken('u-1', 7200))).toBe('BAD_USER_INPUT');
    const sign = (exp?: number) => {
      const jwt = new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('u-2')
        .setIssuer('couponflow');
      jwt.setAudience('couponflow:user');
      if (exp) jwt.setExpirationTime(exp);
      return jwt.sign(new TextEncoder().encode(secret));
    };
    expect(await codeOf(auth.authenticate(`Bearer ${await sign()}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(auth.authenticate(`Bearer ${await sign(4102444800)}`))).toBe('UNAUTHENTICATED'); // 2100
    expect((await auth.authenticate(`Bearer ${await sign(Math.floor(Date.now() / 1000) + 600)}`)).kind).toBe(
      'user',
    );
  });
});
