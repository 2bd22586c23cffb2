import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../app/LoginPage';
import { authHeaders, wsConnectionParams, wsUrl } from './client';
import {
  canWrite,
  endSession,
  getSession,
  getSessionEnd,
  parseSession,
  setSession,
  tokenExpiry,
} from './session';

const jwt = (payload: Record<string, unknown>) =>
  `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify(payload)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

const staff = { id: 'stf_1', email: 'a@b.c', role: 'growth' as const };

describe('session', () => {
  it('reads a JWT expiry, and nothing from a token that is not one', () => {
    expect(tokenExpiry(jwt({ sub: 'x', exp: 1_900_000_000 }))).toBe(1_900_000_000);
    expect(tokenExpiry(jwt({ sub: 'x' }))).toBeNull();
    expect(tokenExpiry('not-a-jwt')).toBeNull();
    expect(tokenExpiry('a.!!!.c')).toBeNull();
  });

  it('parses a stored session field by field', () => {
    expect(parseSession(JSON.stringify({ token: 't', staff }))).toEqual({ token: 't', staff });
    expect(parseSession(null)).toBeNull();
    expect(parseSession('{')).toBeNull();
    expect(parseSession(JSON.stringify({ token: 't' }))).toBeNull();
    expect(parseSession(JSON.stringify({ token: 't', staff: { ...staff, role: 'owner' } }))).toBeNull();
    expect(parseSession(JSON.stringify({ token: 1, staff }))).toBeNull();
  });

  it('keeps the session in storage and remembers why it ended', () => {
    setSession({ token: 't1', staff });
    expect(JSON.parse(localStorage.getItem('couponflow.session') ?? 'null')).toEqual({ token: 't1', staff });
    expect(getSessionEnd()).toBeNull();
    endSession('expired');
    expect(getSession()).toBeNull();
    expect(localStorage.getItem('couponflow.session')).toBeNull();
    expect(getSessionEnd()).toBe('expired');
    endSession('signed-out'); // no session: nothing changes
    expect(getSessionEnd()).toBe('expired');
    setSession({ token: 't2', staff });
    setSession(null);
    expect(getSessionEnd()).toBe('signed-out');
  });

  it('lets admins and growth staff write, not analysts', () => {
    expect(canWrite({ token: 't', staff })).toBe(true);
    expect(canWrite({ token: 't', staff: { ...staff, role: 'admin' } })).toBe(true);
    expect(canWrite({ token: 't', staff: { ...staff, role: 'analyst' } })).toBe(false);
    expect(canWrite(null)).toBe(false);
  });
});

describe('client credentials', () => {
  it('sends the token as a bearer over HTTP and in the graphql-ws connection parameters', () => {
    expect(authHeaders('abc')).toEqual({ authorization: 'Bearer abc' });
    expect(authHeaders(null)).toEqual({});
    expect(wsConnectionParams('abc')).toEqual({ authorization: 'Bearer abc' });
    expect(wsUrl({ protocol: 'https:', host: 'console.example' })).toBe('wss://console.example/graphql');
    expect(wsUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
  });
});

describe('after login', () => {
  it('goes back to a same-origin path only', () => {
    expect(redirectTarget({ from: '/rules/rul_1?tab=history' })).toBe('/rules/rul_1?tab=history');
    expect(redirectTarget(null)).toBe('/rules');
    expect(redirectTarget({ from: 'https://evil.example/' })).toBe('/rules');
    expect(redirectTarget({ from: '//evil.example/' })).toBe('/rules');
    expect(redirectTarget({ from: '/login' })).toBe('/rules');
  });
});
