// What every resolver receives: the caller and the services. The features' services are added to
// `Services` in composition.ts, where they are wired, so this folder imports no feature.
import type { Config } from '../config';
import type { Database } from '../db/sql';
import type { Logger } from '../logger';
import type { RateLimits } from '../rate-limit';
import { badInput, forbidden } from './errors';
import type { Principal } from './principal';

export interface Services {
  config: Config;
  db: Database;
  log: Logger;
  /** Rate limits (shared through Redis, or per instance). */
  limits: RateLimits;
}

export interface Context {
  principal: Principal;
  services: Services;
  /** The client's network address (the socket's, or X-Forwarded-For's last hop when TRUST_PROXY is set). */
  address?: string;
}

/** The user an operation acts for: a user token acts only for itself; other callers name the user. */
export function actingUser(ctx: Context, userId: string | null | undefined, field: string): string {
  const p = ctx.principal;
  if (p.kind === 'user') {
    if (userId != null && userId !== p.userId) throw forbidden('a user token can only act for its own user');
    return p.userId;
  }
  if (userId == null) throw badInput(field, 'is required for this caller');
  return userId;
}

/** The user a call is restricted to (user tokens), or null for backends and staff. */
export const restrictedUser = (ctx: Context): string | null =>
  ctx.principal.kind === 'user' ? ctx.principal.userId : null;
