// The staff session: the bearer token from `login`, kept in localStorage so a reload stays signed in,
// observable so the shell and the GraphQL client react to sign-in and sign-out at once (also across
// tabs). When a session ends without the user asking (expired or refused token), the reason is kept
// so the login screen can say why.
import { useSyncExternalStore } from 'react';

export type StaffRole = 'admin' | 'growth' | 'analyst';

export interface Session {
  token: string;
  staff: { id: string; email: string; role: StaffRole };
}

/** Why the last session ended: the login screen shows it once. */
export type SessionEnd = 'signed-out' | 'expired';

const KEY = 'couponflow.session';
const ROLES: readonly string[] = ['admin', 'growth', 'analyst'];
const listeners = new Set<() => void>();

/** Seconds since the epoch when a JWT expires (null when it has no readable `exp`). */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const exp = typeof json === 'object' && json !== null && 'exp' in json ? json.exp : null;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

/** A stored session, checked field by field (storage is input like any other). */
export function parseSession(raw: string | null | undefined): Session | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null || !('token' in v) || !('staff' in v)) return null;
    const { token, staff } = v;
    if (typeof token !== 'string' || typeof staff !== 'object' || staff === null) return null;
    if (!('id' in staff) || !('email' in staff) || !('role' in staff)) return null;
    const { id, email, role } = staff;
    if (typeof id !== 'string' || typeof email !== 'string' || typeof role !== 'string') return null;
    if (!ROLES.includes(role)) return null;
    return { token, staff: { id, email, role: role as StaffRole } };
  } catch {
    return null;
  }
}

const expired = (s: Session, nowSeconds = Date.now() / 1000): boolean => {
  const exp = tokenExpiry(s.token);
  return exp !== null && exp <= nowSeconds;
};

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function load(): { session: Session | null; ended: SessionEnd | null } {
  const session = parseSession(storage()?.getItem(KEY));
  if (session && expired(session)) {
    storage()?.removeItem(KEY);
    return { session: null, ended: 'expired' };
  }
  return { session, ended: null };
}

let { session: current, ended: lastEnd } = load();

function emit(): void {
  for (const l of listeners) l();
}

export function getSession(): Session | null {
  return current;
}

/** Signs in (a session) or out (null, by the user's own choice). */
export function setSession(next: Session | null): void {
  if (next === null) {
    endSession('signed-out');
    return;
  }
  current = next;
  lastEnd = null;
  storage()?.setItem(KEY, JSON.stringify(next));
  emit();
}

/** Ends the session (no-op when there is none) and remembers why for the login screen. */
export function endSession(reason: SessionEnd): void {
  if (!current) return;
  current = null;
  lastEnd = reason;
  storage()?.removeItem(KEY);
  emit();
}

/** Why the previous session ended, until the next sign-in. */
export function getSessionEnd(): SessionEnd | null {
  return lastEnd;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab signed in or out: follow it.
globalThis.addEventListener?.('storage', (e: StorageEvent) => {
  if (e.key !== KEY && e.key !== null) return;
  const next = parseSession(e.newValue);
  if (next?.token === current?.token) return;
  if (next) {
    current = next;
    lastEnd = null;
  } else {
    current = null;
    lastEnd = 'signed-out';
  }
  emit();
});

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

export function useSessionEnd(): SessionEnd | null {
  return useSyncExternalStore(subscribeSession, getSessionEnd, getSessionEnd);
}

/** Roles that may change things (the server refuses the rest anyway). */
export const canWrite = (session: Session | null): boolean =>
  session?.staff.role === 'admin' || session?.staff.role === 'growth';
