import { describe, expect, it } from 'vitest';
import { can, type Permission, type Principal, principalLabel } from './principal';

const PERMISSIONS: Permission[] = [
  'admin',
  'staff:write',
  'staff:read',
  'wallet',
  'wallet:write',
  'webhooks:manage',
  'events:write',
  'events:read',
  'coupons:claim',
  'checkout',
];

const staff = (role: 'admin' | 'growth' | 'analyst'): Principal => ({
  kind: 'staff',
  id: 'staff_1',
  email: 's@example.com',
  role,
});
const key = (...scopes: ('events:write' | 'events:read' | 'coupons:claim' | 'checkout')[]): Principal => ({
  kind: 'apiKey',
  id: 'key_1',
  scopes,
  merchantIds: [],
});

/** Each caller and exactly the permissions it has (README, "Who may call what"). */
const TABLE: [string, Principal, Permission[]][] = [
  ['anonymous', { kind: 'anonymous' }, []],
  ['admin', staff('admin'), PERMISSIONS],
  ['growth', staff('growth'), ['staff:write', 'staff:read', 'wallet', 'events:read']],
  ['analyst', staff('analyst'), ['staff:read', 'wallet', 'events:read']],
  ['a claim key', key('coupons:claim'), ['coupons:claim', 'wallet', 'wallet:write']],
  ['a checkout key', key('checkout'), ['checkout', 'wallet', 'wallet:write']],
  ['a partner key', key('events:read'), ['events:read', 'webhooks:manage']],
  ['an ingestion key', key('events:write'), ['events:write']],
  ['an end user', { kind: 'user', userId: 'u-42' }, ['coupons:claim', 'wallet', 'wallet:write']],
];

describe('permissions', () => {
  it.each(TABLE)('%s has exactly its permissions', (_name, principal, allowed) => {
    const granted = PERMISSIONS.filter((p) => can(principal, p));
    expect(granted.sort()).toEqual([...allowed].sort());
  });

  it('labels each caller for idempotency scopes and logs', () => {
    expect(principalLabel(staff('growth'))).toBe('staff:staff_1');
    expect(principalLabel(key('checkout'))).toBe('key:key_1');
    expect(principalLabel({ kind: 'user', userId: 'u-42' })).toBe('user:u-42');
    expect(principalLabel({ kind: 'anonymous' })).toBe('anonymous');
  });
});
