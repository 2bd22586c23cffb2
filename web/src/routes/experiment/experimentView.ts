// The experiment page's pure parts (tested in experimentView.test.ts): where the arms come from, the
// SRM gate that blocks any recommendation, arm and SRM rows, and the lifts as interval-chart points.
import type { Column, Row } from '../../charts/csv';
import { major, moneyText, numberText, percentText } from '../../charts/format';
import type { IntervalPoint } from '../../charts/intervals';
import type {
  ExperimentMetric,
  ExperimentRecommendation,
  ExperimentResultFieldsFragment,
} from '../../gql/graphql';

export type ExperimentResult = ExperimentResultFieldsFragment;

/**
 * Where an experiment's arms come from. Today a rule's split; a manual issuing job with a holdout
 * adds `{ kind: 'issueJob', jobId }` (its query, no solidify action) without touching the page.
 */
export type ArmSource = { kind: 'rule'; ruleId: string };

/** Options the `experiment` query takes, as the page's controls hold them. */
export interface ExperimentOptions {
  windowSeconds: number;
  sequential: boolean;
  cuped: boolean;
  marginRatePercent: number;
  minUsersPerArm: number;
}

export const DEFAULT_OPTIONS: ExperimentOptions = {
  windowSeconds: 30 * 86_400,
  sequential: false,
  cuped: true,
  marginRatePercent: 100,
  minUsersPerArm: 100,
};

export interface Gate {
  /** The sample-ratio check failed: lifts are untrustworthy and no recommendation stands. */
  srmFailed: boolean;
  /** What the page shows as the recommendation (BLOCKED when the split is broken). */
  shown: ExperimentRecommendation | 'BLOCKED';
  /** Whether a writer may solidify from this result. */
  canSolidify: boolean;
  /** Why not, when not. */
  reason: string | null;
}

/**
 * The SRM gate: a mismatch blocks the recommendation and the solidify action, whatever the lifts say.
 * Solidifying needs a rule source (a job has no mode to switch) and a writer.
 */
export function gateOf(
  r: Pick<ExperimentResult, 'srm' | 'recommendation'>,
  source: ArmSource,
  writer: boolean,
): Gate {
  const srmFailed = r.srm.mismatch;
  const shown = srmFailed ? 'BLOCKED' : r.recommendation;
  let reason: string | null = null;
  if (!writer) reason = 'Only growth staff and admins can solidify a rule.';
  else if (source.kind !== 'rule') reason = 'Only a rule can be solidified.';
  else if (srmFailed) reason = 'The split is broken (sample-ratio mismatch): fix it before deciding.';
  return { srmFailed, shown, canSolidify: reason === null, reason };
}

export const RECOMMENDATION: Record<Gate['shown'], { label: string; color: string }> = {
  SOLIDIFY: { label: 'Solidify', color: 'green' },
  KEEP_TESTING: { label: 'Keep testing', color: 'yellow' },
  STOP: { label: 'Stop', color: 'red' },
  BLOCKED: { label: 'Blocked by the sample-ratio check', color: 'red' },
};

export const METRIC_LABEL: Record<ExperimentMetric, string> = {
  CONVERSION: 'Conversion',
  REVENUE_PER_USER: 'Revenue per user',
  NET_CONTRIBUTION_PER_USER: 'Net contribution per user',
};

/** Conversion is a share; the per-user metrics are money in minor units. */
export const isMoneyMetric = (m: ExperimentMetric): boolean => m !== 'CONVERSION';

/** A metric's value as text: percentage points for conversion, major units for money. */
export function metricText(m: ExperimentMetric, v: number): string {
  return isMoneyMetric(m) ? moneyText(v / 100) : `${(v * 100).toFixed(2)} pp`;
}

/** Display value of a metric for charts and CSV: percent for conversion, major units for money. */
export const metricValue = (m: ExperimentMetric, v: number): number =>
  isMoneyMetric(m) ? v / 100 : Math.round(v * 1_000_000) / 10_000;

/** An arm as people read it: its id, marked when it is the control group (unless the id says so). */
export const armName = (arm: string, control: boolean): string =>
  control && !/control|holdout/i.test(arm) ? `${arm} (control)` : arm;

export function armRows(arms: ExperimentResult['arms']): Row[] {
  return arms.map((a) => ({
    arm: armName(a.arm, a.control),
    exposed: a.exposed,
    users: a.users,
    conversion: Math.round(a.conversion * 1_000_000) / 10_000,
    revenuePerUser: a.revenuePerUser / 100,
    netContributionPerUser: a.netContributionPerUser / 100,
    subsidy: major(a.subsidy),
  }));
}

const n = (v: unknown) => numberText(typeof v === 'number' ? v : null);
const money = (v: unknown) => moneyText(typeof v === 'number' ? v : null);

export const armColumns: Column[] = [
  { key: 'arm', label: 'Arm' },
  { key: 'exposed', label: 'Exposed users', format: n },
  { key: 'users', label: 'Measured users', format: n },
  {
    key: 'conversion',
    label: 'Conversion (%)',
    format: (v) => (typeof v === 'number' ? `${v.toFixed(2)}%` : '—'),
  },
  { key: 'revenuePerUser', label: 'Revenue / user', format: money },
  { key: 'netContributionPerUser', label: 'Net contribution / user', format: money },
  { key: 'subsidy', label: 'Subsidy', format: money },
];

/** Observed against expected exposures per arm (the SRM check's inputs). */
export function srmRows(r: Pick<ExperimentResult, 'srm' | 'arms'>): Row[] {
  const total = r.srm.observed.reduce((s, o) => s + o, 0);
  return r.srm.observed.map((observed, i) => {
    const arm = r.arms[i];
    const share = r.srm.expectedShares[i] ?? 0;
    return {
      arm: arm ? armName(arm.arm, arm.control) : `arm ${i + 1}`,
      observed,
      observedShare: total > 0 ? observed / total : null,
      expected: Math.round(total * share * 10) / 10,
      expectedShare: share,
    };
  });
}

export const srmColumns: Column[] = [
  { key: 'arm', label: 'Arm' },
  { key: 'observed', label: 'Exposed', format: n },
  { key: 'observedShare', label: 'Observed share', format: (v) => percentText(v as number | null) },
  { key: 'expected', label: 'Expected', format: n },
  { key: 'expectedShare', label: 'Configured share', format: (v) => percentText(v as number | null) },
];

type Lift = ExperimentResult['lifts'][number];

/** The interval the page shows as "absolute": CUPED when asked and available, else Welch. */
export function absoluteOf(l: Lift, cuped: boolean) {
  return cuped && l.cuped
    ? { ...l.cuped, kind: 'CUPED' as const }
    : { ...l.absolute, kind: 'Welch' as const };
}

/** Points of one metric's absolute-lift chart: per treatment arm, the shown interval and the always-valid one. */
export function absolutePoints(
  lifts: readonly Lift[],
  metric: ExperimentMetric,
  o: Pick<ExperimentOptions, 'cuped' | 'sequential'>,
): IntervalPoint[] {
  const many = new Set(lifts.map((l) => l.arm)).size > 1;
  return lifts
    .filter((l) => l.metric === metric)
    .flatMap((l) => {
      const prefix = many ? `${l.arm}: ` : '';
      const a = absoluteOf(l, o.cuped);
      const points: IntervalPoint[] = [
        {
          label: `${prefix}${a.kind}`,
          estimate: metricValue(metric, a.estimate),
          low: metricValue(metric, a.low),
          high: metricValue(metric, a.high),
        },
      ];
      if (o.sequential && l.sequential)
        points.push({
          label: `${prefix}always-valid`,
          estimate: metricValue(metric, l.sequential.estimate),
          low: metricValue(metric, l.sequential.low),
          high: metricValue(metric, l.sequential.high),
        });
      return points;
    });
}

/** Relative lift (delta method) of every metric in percent, one point per metric and treatment arm. */
export function relativePoints(lifts: readonly Lift[]): IntervalPoint[] {
  const many = new Set(lifts.map((l) => l.arm)).size > 1;
  const pctOf = (v: number) => Math.round(v * 100_000) / 1000;
  return lifts.flatMap((l) =>
    l.relative
      ? [
          {
            label: `${many ? `${l.arm}: ` : ''}${METRIC_LABEL[l.metric]}`,
            estimate: pctOf(l.relative.estimate),
            low: pctOf(l.relative.low),
            high: pctOf(l.relative.high),
          },
        ]
      : [],
  );
}

export const intervalColumns = (unit: string): Column[] => [
  { key: 'label', label: 'Estimate' },
  { key: 'estimate', label: `Lift (${unit})`, format: n },
  { key: 'low', label: '95 % low', format: n },
  { key: 'high', label: '95 % high', format: n },
];

export const pointRows = (points: readonly IntervalPoint[]): Row[] => points.map((p) => ({ ...p }));

/** "12 h", "30 days" for a window in seconds. */
export function windowText(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} ${seconds === 86_400 ? 'day' : 'days'}`;
  if (seconds % 3_600 === 0) return `${seconds / 3_600} h`;
  return `${seconds} s`;
}
