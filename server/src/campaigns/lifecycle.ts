// The one state machine for life cycles (campaigns and templates): each is a table of named actions
// from some states to one state. Pure; the services apply it with a conditional UPDATE, so two
// concurrent transitions cannot both win.
import { AppError } from '../graphql/errors';
import type { CampaignStatus } from './campaign.entity';

export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
}
export type Lifecycle<S extends string, A extends string> = Readonly<Record<A, Transition<S>>>;

export const CAMPAIGN_LIFECYCLE = {
  pause: { from: ['ACTIVE'], to: 'PAUSED' },
  resume: { from: ['PAUSED'], to: 'ACTIVE' },
  end: { from: ['ACTIVE', 'PAUSED'], to: 'ENDED' },
} as const satisfies Lifecycle<CampaignStatus, string>;
export type CampaignAction = keyof typeof CAMPAIGN_LIFECYCLE;

/** The state `action` leads to from `current`, or null when the action is not allowed there. */
export function nextStatus<S extends string, A extends string>(
  machine: Lifecycle<S, A>,
  action: A,
  current: S,
): S | null {
  const t = machine[action];
  return t.from.includes(current) ? t.to : null;
}

/**
 * Applies `action` to one row: `update(to, from)` changes the row only while its status is one of
 * `from` and returns how many rows changed; a refusal names the current status.
 */
export async function applyTransition<S extends string, A extends string>(
  machine: Lifecycle<S, A>,
  what: 'campaign' | 'template',
  action: A,
  current: S,
  update: (to: S, from: readonly S[]) => Promise<number>,
): Promise<void> {
  const t = machine[action];
  if ((await update(t.to, t.from)) === 0)
    throw new AppError('BAD_USER_INPUT', `id: cannot ${action} a ${what} that is ${current}`, {
      field: 'id',
      status: current,
      refusal: 'INVALID_TRANSITION',
    });
}
