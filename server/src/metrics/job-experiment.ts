// The experiment of a manual issue with a holdout (issue 11, item 3): the job's treated users against
// its held-out users, measured by the same computation as a rule's split (`analyse` over `armSums`),
// with the job's exposures as the arm source (`jobArmSource`).
import type { Database } from '../db/sql';
import { badInput } from '../graphql/errors';
import { isId } from '../ids';
import { analyse, type ArmConfig, type ExperimentAnalysis } from './experiment';
import type { ExperimentOptions } from './metrics.service';
import * as q from './metrics.sql';

const DAY = 86_400;

export interface JobExperimentView extends ExperimentAnalysis {
  jobId: string;
  holdoutPercent: number;
  windowSeconds: number;
  measuredAt: number;
  exposedUsers: number;
  measuredUsers: number;
}

/** The two arms of a job with a holdout of `holdoutBp`. */
export const jobArms = (holdoutBp: number): ArmConfig[] => [
  { id: 'treatment', percent: 100 - holdoutBp / 100, control: false },
  { id: 'holdout', percent: holdoutBp / 100, control: true },
];

function options(o: ExperimentOptions) {
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

/** Measures a bulk job with a holdout over a window after each user's exposure. */
export async function jobExperiment(
  db: Database,
  jobId: string,
  o: ExperimentOptions,
  now: number,
): Promise<JobExperimentView> {
  if (!isId('job', jobId)) throw badInput('jobId', 'malformed job id');
  const { window, marginRateBp, minUsers } = options(o);
  const src = q.jobArmSource(jobId);
  const { holdoutBp, rows, span } = await db.read(async (sql) => {
    const job = await q.jobHoldout(sql, jobId);
    if (!job) throw badInput('jobId', `unknown job ${JSON.stringify(jobId)}`);
    if (job.holdout_bp == null)
      throw badInput('jobId', 'the job has no holdout: there is no control group to compare with');
    const span = await q.exposureSpan(sql, src);
    const first = span.reduce((m, s) => Math.min(m, s.first == null ? Infinity : Number(s.first)), Infinity);
    if (span.length > 0 && first + window > now)
      throw badInput(
        'windowSeconds',
        `the window is longer than the data: the first exposure was ${now - first} s ago`,
      );
    const rows = await q.armSums(sql, src, { maturedBy: now - window, window, marginRateBp });
    return { holdoutBp: Number(job.holdout_bp), rows, span };
  });
  const exposed = new Map(span.map((s) => [s.arm, Number(s.n)]));
  const analysis = analyse(jobArms(holdoutBp), rows, exposed, {
    minUsersPerArm: minUsers,
    sequential: o.sequential === true,
    level: 0.95,
  });
  return {
    jobId,
    holdoutPercent: holdoutBp / 100,
    windowSeconds: window,
    measuredAt: now,
    exposedUsers: [...exposed.values()].reduce((a, b) => a + b, 0),
    measuredUsers: rows.reduce((a, r) => a + Number(r.n), 0),
    ...analysis,
  };
}
