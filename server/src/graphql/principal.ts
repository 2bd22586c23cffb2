// Who calls the API and what it may do: the permission model behind every @Authorized (graphql/schema.ts)
// and subscription. How a credential becomes a principal is auth/'s business (auth.service.ts).

export const STAFF_ROLES = ['admin', 'growth', 'analyst'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const API_SCOPES = ['events:write', 'events:read', 'coupons:claim', 'checkout'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** Who is calling. Resolved once per request from the Authorization header. */
export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'staff';
      id: string;
      email: string;
      role: StaffRole;
      /** The session token's id and expiry (signOut ends this one session). */
      tokenId?: string;
      expiresAt?: number;
    }
  | { kind: 'apiKey'; id: string; scopes: readonly ApiScope[]; merchantIds: readonly string[] }
  | { kind: 'user'; userId: string };

/**
 * What an operation needs (the names used in @Authorized):
 * admin (admin role), staff:write (admin, growth), staff:read (any staff role),
 * and the API scopes events:write, events:read, coupons:claim, checkout; `wallet` reads a user's wallet,
 * `wallet:write` changes it (marks coupons seen): the user, its app backend, an admin — not growth or
 * analyst staff. `webhooks:manage` (create, change, delete endpoints, rotate secrets, replay): admin
 * staff and partner keys (`events:read`, their own endpoints only).
 */
export type Permission =
  'admin' | 'staff:write' | 'staff:read' | ApiScope | 'wallet' | 'wallet:write' | 'webhooks:manage';

export function can(principal: Principal, permission: Permission): boolean {
  switch (principal.kind) {
    case 'anonymous':
      return false;
    case 'staff':
      if (principal.role === 'admin') return true;
      if (permission === 'staff:read' || permission === 'wallet' || permission === 'events:read') return true;
      return principal.role === 'growth' && permission === 'staff:write';
    case 'apiKey':
      if (permission === 'webhooks:manage') return principal.scopes.includes('events:read');
      if (permission === 'wallet' || permission === 'wallet:write')
        return principal.scopes.includes('coupons:claim') || principal.scopes.includes('checkout');
      return (principal.scopes as readonly string[]).includes(permission);
    case 'user':
      // End users claim and read their own wallet and quotes; locking and redeeming is the app backend's.
      return permission === 'coupons:claim' || permission === 'wallet' || permission === 'wallet:write';
  }
}

export const principalLabel = (p: Principal): string =>
  p.kind === 'staff'
    ? `staff:${p.id}`
    : p.kind === 'apiKey'
      ? `key:${p.id}`
      : p.kind === 'user'
        ? `user:${p.userId}`
        : 'anonymous';
