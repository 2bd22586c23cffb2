// Login throttling (issue 15, item 4): failed logins per account and per client address build up
// growing waits, answered with a typed RATE_LIMITED and its retry-after; unknown e-mail addresses and
// wrong passwords are answered alike.
import { describe, expect, it, vi } from 'vitest';
import type { GqlClient } from '../support/gql';
import { ADMIN_EMAIL, ADMIN_PASSWORD, DIALECT } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer({
  env: { LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_ADDRESS: '12', LOGIN_LOCK_MAX_SECONDS: '60' },
});

const LOGIN = `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const login = (c: GqlClient, e: string, p: string) => c.raw(LOGIN, { e, p });
const outcome = async (c: GqlClient, e: string, p: string) => {
  const r = await login(c, e, p);
  const err = r.errors?.[0];
  return err
    ? {
        code: err.extensions?.code,
        message: err.message,
        retry: err.extensions?.retryAfterSeconds,
        status: r.status,
      }
    : { code: 'OK' };
};

describe(`login throttling (${DIALECT})`, () => {
  it('locks an account after its free failures, with a growing retry-after, even for the right password', async () => {
    const wrong = [];
    for (let i = 0; i < 4; i++) wrong.push(await outcome(srv.anon, ADMIN_EMAIL, `wrong-${i}`));
    expect(wrong.map((w) => w.code)).toEqual(Array(4).fill('UNAUTHENTICATED'));
    const locked = await outcome(srv.anon, ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(locked).toMatchObject({ code: 'RATE_LIMITED', retry: expect.any(Number), status: 429 });
    expect(locked.retry).toBeGreaterThanOrEqual(1);
    expect(locked.retry).toBeLessThanOrEqual(2);
    // once the wait is over the right password works, and clears the account's count
    await vi.waitFor(
      async () => expect((await outcome(srv.anon, ADMIN_EMAIL, ADMIN_PASSWORD)).code).toBe('OK'),
      {
        timeout: 10_000,
        interval: 250,
      },
    );
    for (let i = 0; i < 3; i++)
      expect((await outcome(srv.anon, ADMIN_EMAIL, `again-${i}`)).code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown e-mail exactly like a wrong password, and throttles it the same way', async () => {
    const unknown = await outcome(srv.anon, 'nobody@test.local', 'whatever-1');
    const wrongPw = await outcome(srv.anon, 'admin2@test.local', 'whatever-1');
    expect(unknown).toEqual(wrongPw);
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: 'wrong email or password' });
    for (let i = 0; i < 3; i++) await outcome(srv.anon, 'nobody@test.local', `w-${i}`);
    const r = await outcome(srv.anon, 'nobody@test.local', 'w-last');
    expect(r).toMatchObject({ code: 'RATE_LIMITED', retry: expect.any(Number) });
  });

  it('locks a client address that fails across many accounts, whatever the account', async () => {
    // 12 free failures per address in this suite; the earlier tests used some
    const codes: unknown[] = [];
    for (let i = 0; i < 16; i++)
      codes.push((await outcome(srv.anon, `spray-${i}@test.local`, 'pw-123456')).code);
    expect(codes).toContain('RATE_LIMITED');
    const fresh = await outcome(srv.anon, 'never-tried@test.local', 'pw-123456');
    expect(fresh).toMatchObject({ code: 'RATE_LIMITED', retry: expect.any(Number) });
    expect((await outcome(srv.anon, ADMIN_EMAIL, ADMIN_PASSWORD)).code).toBe('RATE_LIMITED');
  });
});
