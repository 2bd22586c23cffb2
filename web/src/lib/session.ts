// The staff session: the bearer token from `login`, kept in localStorage so a reload stays signed in,
// observable so the shell and the GraphQL client react to sign-in and sign-out at once.
import { useSyncExternalStore } from 'react';

export interface Session {
  token: string;
  staff: { id: string; email: string; role: string };
}

const KEY = 'couponflow.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
  if (next) globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
  else globalThis.localStorage?.removeItem(KEY);
  for (const l of listeners) l();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** Roles that may change things (the server refuses the rest anyway). */
export const canWrite = (session: Session | null): boolean =>
  session?.staff.role === 'admin' || session?.staff.role === 'growth';
