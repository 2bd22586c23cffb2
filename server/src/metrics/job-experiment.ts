// The experiment of a manual issue with a holdout (issue 11, item 3): the job's treated users against
// its held-out users, measured by the same computation as a rule's split (`analyse` over `armSums`),
// with the job's exposures as the arm source (`jobArmSource`).
import type { Database } from '../db/sql';
import { badInput } from '../graphql/errors';
import { isId } from '../ids';
import { analyse, type ArmConfig, type ExperimentAnalysis } from './experiment';
import { type ExperimentOptions, experimentOptions, refuseWindowBeyondData } from './experiment-options';
import * as q from './metrics.sql';

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

/**
 * Measures a bulk job with a holdout over a window after each user's exposure; `money` writes amounts
 * in the evidence (major units of the currency).
 */
export async function jobExperiment(
  db: Database,
  jobId: string,
  o: ExperimentOptions,
  now: number,
  money: (minor: number) => string,
): Promise<JobExperimentView> {
  if (!isId('job', jobId)) throw badInput('jobId', 'malformed job id');
  const { window, marginRateBp, minUsers } = experimentOptions(o);
  const src = q.jobArmSource(jobId);
  const { holdoutBp, rows, span } = await db.read(async (sql) => {
    const job = await q.jobHoldout(sql, jobId);
    if (!job) throw badInput('jobId', `unknown job ${JSON.stringify(jobId)}`);
    if (job.holdout_bp == null)
      throw badInput('jobId', 'the job has no holdout: there is no control group to compare with');
    const span = await q.exposureSpan(sql, src);
    refuseWindowBeyondData(span, window, now);
    const rows = await q.armSums(sql, src, { maturedBy: now - window, window, marginRateBp });
    return { holdoutBp: Number(job.holdout_bp), rows, span };
  });
  const exposed = new Map(span.map((s) => [s.arm, Number(s.n)]));
  const analysis = analyse(jobArms(holdoutBp), rows, exposed, {
    money,
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
