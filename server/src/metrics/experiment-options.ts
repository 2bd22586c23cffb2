import { ArgsType, Field, Int } from 'type-graphql';
// The option checks every experiment read shares (a rule's split and a job's holdout): the window,
// the margin rate, the minimum users per arm, and the window not being longer than the data.
import { badInput } from '../graphql/errors';
import type { ExposureSpanRow } from './metrics.sql';

const DAY = 86_400;

export interface ExperimentOptions {
  windowSeconds?: number | null;
  marginRateBp?: number | null;
  sequential?: boolean | null;
  minUsersPerArm?: number | null;
}

export interface CheckedExperimentOptions {
  window: number;
  marginRateBp: number;
  minUsers: number;
}

/** The options with their defaults (30 days, 100 % margin, 100 users), or BAD_USER_INPUT naming one. */
export function experimentOptions(o: ExperimentOptions): CheckedExperimentOptions {
  const window = o.windowSeconds ?? 30 * DAY;
  if (!Number.isSafeInteger(window) || window < 60 || window > 366 * DAY)
    throw badInput('windowSeconds', 'a window is 60 s to 366 days');
  const marginRateBp = o.marginRateBp ?? 10_000;
  if (!Number.isInteger(marginRateBp) || marginRateBp < 0 || marginRateBp > 10_000)
    throw badInput('marginRateBp', 'a margin rate is 0 to 10 000 bp');
  const minUsers = o.minUsersPerArm ?? 100;
  if (!Number.isInteger(minUsers) || minUsers < 2) throw badInput('minUsersPerArm', 'at least 2');
  return { window, marginRateBp, minUsers };
}

/**
 * Refuses (BAD_USER_INPUT on windowSeconds) a window longer than the data: no window has elapsed yet
 * since the first exposure of any arm (`span`: the arms' first exposures).
 */
export function refuseWindowBeyondData(
  span: readonly Pick<ExposureSpanRow, 'first'>[],
  window: number,
  now: number,
): void {
  const first = span.reduce((m, s) => Math.min(m, s.first == null ? Infinity : Number(s.first)), Infinity);
  if (span.length > 0 && first + window > now)
    throw badInput(
      'windowSeconds',
      `the window is longer than the data: the first exposure was ${now - first} s ago`,
    );
}

/** The options `experiment` and `jobExperiment` take, as GraphQL arguments (one definition). */
@ArgsType()
export class ExperimentArgs implements ExperimentOptions {
  @Field(() => Int, { nullable: true, description: 'Default 30 days.' })
  windowSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Margin of orders without a known margin, in bp of revenue (default 10 000).',
  })
  marginRateBp?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Always-valid intervals.' })
  sequential?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Default 100.' })
  minUsersPerArm?: number | null;
}
