// Experiments (DOMAIN.md, Experiments): a rule's split arms compared over a window after exposure.
// Arms come from an `ArmSource` (today a rule's exposures; a manual issue with a holdout plugs in its
// own source). Per arm: users, conversion, revenue per user, net contribution per user (margin − the
// experiment's subsidy; 0 subsidy in control); lifts with 95 % intervals (Welch; delta method for
// relative lift), CUPED on the pre-exposure window, SRM first, optional always-valid intervals,
// incremental profit, and a guarded recommendation.
import {
  type Interval,
  alwaysValid,
  cuped,
  relativeLift,
  sampleRatioMismatch,
  type SrmResult,
  welch,
} from './stats/inference';
import { type Moments, momentsFromSums, type Sums } from './stats/moments';
import type { ArmSumsRow } from './metrics.sql';

export type Recommendation = 'SOLIDIFY' | 'KEEP_TESTING' | 'STOP';
export type OutcomeMetric = 'CONVERSION' | 'REVENUE_PER_USER' | 'NET_CONTRIBUTION_PER_USER';

export interface ArmConfig {
  id: string;
  percent: number;
  control: boolean;
}

export interface ArmResult {
  arm: string;
  control: boolean;
  /** Exposed users (all), and those whose window has elapsed (measured). */
  exposed: number;
  users: number;
  conversion: number;
  revenuePerUser: number;
  netContributionPerUser: number;
  subsidy: number;
  metrics: { metric: OutcomeMetric; mean: number; variance: number }[];
}

export interface LiftResult {
  metric: OutcomeMetric;
  arm: string;
  absolute: Interval & { p: number };
  relative: Interval | null;
  cuped: (Interval & { varianceReduction: number; theta: number }) | null;
  sequential: Interval | null;
}

export interface ExperimentAnalysis {
  srm: SrmResult & { expectedShares: number[]; observed: number[] };
  arms: ArmResult[];
  lifts: LiftResult[];
  incrementalProfit: (Interval & { treatedUsers: number; arm: string }) | null;
  recommendation: Recommendation;
  evidence: string[];
}

export interface AnalysisOptions {
  /** Users per arm whose window must have elapsed before anything is recommended. */
  minUsersPerArm: number;
  sequential: boolean;
  level: number;
  /** How evidence writes an amount in minor units (default: the bare number). */
  money?: (minor: number) => string;
}

/** Amounts in minor units as the currency's major units: 20000 → "200.00 USD" (JPY: no decimals). */
export function moneyText(currency: string): (minor: number) => string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (minor) => `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
}

const METRICS: { metric: OutcomeMetric; y: (r: ArmSumsRow) => Sums }[] = [
  {
    metric: 'CONVERSION',
    y: (r) => ({ n: +r.n, sumY: +r.cy, sumYY: +r.cy, sumX: +r.cx, sumXX: +r.cxx, sumXY: +r.cxy }),
  },
  {
    metric: 'REVENUE_PER_USER',
    y: (r) => ({ n: +r.n, sumY: +r.ry, sumYY: +r.ryy, sumX: +r.rx, sumXX: +r.rxx, sumXY: +r.rxy }),
  },
  {
    metric: 'NET_CONTRIBUTION_PER_USER',
    y: (r) => ({ n: +r.n, sumY: +r.ny, sumYY: +r.nyy, sumX: +r.nx, sumXX: +r.nxx, sumXY: +r.nxy }),
  },
];

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));

type Metric = (typeof METRICS)[number];
type IncrementalProfit = ExperimentAnalysis['incrementalProfit'];

/** The sums of an arm with no measured user. */
const emptyRow = (id: string): ArmSumsRow =>
  ({
    arm: id,
    control: false,
    n: 0,
    cy: 0,
    cx: 0,
    cxx: 0,
    cxy: 0,
    ry: 0,
    ryy: 0,
    rx: 0,
    rxx: 0,
    rxy: 0,
    ny: 0,
    nyy: 0,
    nx: 0,
    nxx: 0,
    nxy: 0,
    sub: 0,
  }) as ArmSumsRow;

/** Per configured arm: its users, means and variances of each outcome metric. */
function armResults(
  config: readonly ArmConfig[],
  byArm: ReadonlyMap<string, ArmSumsRow>,
  exposed: ReadonlyMap<string, number>,
): ArmResult[] {
  return config.map((a) => {
    const r = byArm.get(a.id) ?? emptyRow(a.id);
    const ms = METRICS.map((m) => ({ metric: m.metric, ...momentsFromSums(m.y(r)) }));
    return {
      arm: a.id,
      control: a.control,
      exposed: exposed.get(a.id) ?? 0,
      users: Number(r.n),
      conversion: ms[0]!.mean,
      revenuePerUser: ms[1]!.mean,
      netContributionPerUser: ms[2]!.mean,
      subsidy: Number(r.sub),
      metrics: ms.map((m) => ({ metric: m.metric, mean: m.mean, variance: m.variance })),
    };
  });
}

/** SRM on every exposed user against the configured shares. */
function srmOf(
  config: readonly ArmConfig[],
  exposed: ReadonlyMap<string, number>,
): ExperimentAnalysis['srm'] {
  const observed = config.map((a) => exposed.get(a.id) ?? 0);
  return {
    ...sampleRatioMismatch(
      observed,
      config.map((a) => a.percent),
    ),
    expectedShares: config.map((a) => a.percent / 100),
    observed,
  };
}

/**
 * One metric's lift of a treatment arm over control, and the interval incremental profit is read
 * from (the always-valid one when sequential, else the CUPED one when it reduces variance, else Welch).
 */
function metricLift(
  m: Metric,
  tr: ArmSumsRow,
  c: ArmSumsRow,
  arm: string,
  opts: AnalysisOptions,
): { lift: LiftResult; interval: Interval } {
  const ts = m.y(tr);
  const cs = m.y(c);
  const mt: Moments = momentsFromSums(ts);
  const mc: Moments = momentsFromSums(cs);
  const w = welch(mt, mc, opts.level);
  const cu = ts.n > 1 && cs.n > 1 ? cuped(ts, cs) : null;
  const cw = cu ? welch(cu.treatment, cu.control, opts.level) : null;
  const best = cw && cu!.varianceReduction > 0 ? cw : w;
  // Mixture variance: the variance of the estimate with 1 000 users per arm (fixed ahead, not fitted).
  const tau2 = (mt.variance + mc.variance) / 1_000;
  const sequential =
    opts.sequential && best.se > 0
      ? alwaysValid(best.estimate, best.se, tau2 > 0 ? tau2 : best.se ** 2, opts.level)
      : null;
  const lift: LiftResult = {
    metric: m.metric,
    arm,
    absolute: { estimate: w.estimate, se: w.se, low: w.low, high: w.high, p: w.p },
    relative: relativeLift(mt, mc, opts.level),
    cuped:
      cu && cw
        ? {
            estimate: cw.estimate,
            se: cw.se,
            low: cw.low,
            high: cw.high,
            varianceReduction: cu.varianceReduction,
            theta: cu.theta,
          }
        : null,
    sequential,
  };
  return { lift, interval: sequential ?? best };
}

/**
 * Every treatment arm against control on every metric; incremental profit is the first treatment
 * arm's net contribution per user lift times its treated users.
 */
function compareToControl(
  config: readonly ArmConfig[],
  byArm: ReadonlyMap<string, ArmSumsRow>,
  control: ArmConfig,
  opts: AnalysisOptions,
): { lifts: LiftResult[]; incrementalProfit: IncrementalProfit } {
  const c = byArm.get(control.id) ?? emptyRow(control.id);
  const lifts: LiftResult[] = [];
  let incrementalProfit: IncrementalProfit = null;
  for (const t of config.filter((a) => !a.control)) {
    const tr = byArm.get(t.id) ?? emptyRow(t.id);
    for (const m of METRICS) {
      const { lift, interval: iv } = metricLift(m, tr, c, t.id, opts);
      lifts.push(lift);
      if (m.metric === 'NET_CONTRIBUTION_PER_USER' && !incrementalProfit) {
        const n = Number(tr.n);
        incrementalProfit = {
          estimate: iv.estimate * n,
          se: iv.se * n,
          low: iv.low * n,
          high: iv.high * n,
          treatedUsers: n,
          arm: t.id,
        };
      }
    }
  }
  return { lifts, incrementalProfit };
}

/**
 * The guarded recommendation: nothing without a control, with a sample ratio mismatch, or with
 * too few measured users per arm; then by the sign of incremental profit's interval.
 */
function recommend(
  control: ArmConfig | undefined,
  srm: ExperimentAnalysis['srm'],
  arms: readonly ArmResult[],
  incrementalProfit: IncrementalProfit,
  opts: AnalysisOptions,
): { recommendation: Recommendation; evidence: string[] } {
  let recommendation: Recommendation = 'KEEP_TESTING';
  const evidence: string[] = [];
  const small = arms.filter((a) => a.users < opts.minUsersPerArm);
  if (!control) evidence.push('The split has no control arm: nothing to compare against.');
  else if (srm.mismatch) {
    // blocked: evidence says why
  } else if (small.length > 0)
    evidence.push(
      `Too few users whose window has elapsed: ${small.map((a) => `${a.arm} ${a.users}`).join(', ')} (at least ${opts.minUsersPerArm} per arm).`,
    );
  else if (incrementalProfit) {
    const p = incrementalProfit;
    const m = opts.money ?? fmt;
    const range = `${m(p.estimate)} (${opts.level * 100} % interval ${m(p.low)} to ${m(p.high)}) over ${p.treatedUsers} treated users`;
    if (p.low > 0) {
      recommendation = 'SOLIDIFY';
      evidence.push(`Incremental profit ${range}: the lower bound is above zero.`);
    } else if (p.high < 0) {
      recommendation = 'STOP';
      evidence.push(
        `Incremental profit ${range}: the upper bound is below zero; the coupon costs more than it earns.`,
      );
    } else evidence.push(`Incremental profit ${range}: the interval contains zero.`);
  }
  return { recommendation, evidence };
}

/** The analysis of measured arms against the configured split. Pure. */
export function analyse(
  config: readonly ArmConfig[],
  rows: readonly ArmSumsRow[],
  exposed: ReadonlyMap<string, number>,
  opts: AnalysisOptions,
): ExperimentAnalysis {
  const byArm = new Map(rows.map((r) => [r.arm, r]));
  const arms = armResults(config, byArm, exposed);
  // SRM on every exposed user against the configured shares: shown first, blocks any recommendation.
  const srm = srmOf(config, exposed);
  const evidence: string[] = [];
  if (srm.mismatch)
    evidence.push(
      `Sample ratio mismatch: arms ${srm.observed.join(' / ')} against ${config.map((a) => Math.round(a.percent * 100) / 100).join(' / ')} % (chi-square ${fmt(srm.chiSquare)}, p = ${srm.p.toExponential(2)} < 0.001); no lift can be trusted until the split is fixed.`,
    );
  const control = config.find((a) => a.control);
  const { lifts, incrementalProfit } = control
    ? compareToControl(config, byArm, control, opts)
    : { lifts: [], incrementalProfit: null };
  const verdict = recommend(control, srm, arms, incrementalProfit, opts);
  evidence.push(...verdict.evidence);
  return { srm, arms, lifts, incrementalProfit, recommendation: verdict.recommendation, evidence };
}

/** What counts as a material change of a result (an `experiment.updated` event). */
export const fingerprint = (a: ExperimentAnalysis): string =>
  [
    a.recommendation,
    a.srm.mismatch ? 'srm' : 'ok',
    a.incrementalProfit ? Math.sign(a.incrementalProfit.low) : 'none',
    a.incrementalProfit ? Math.sign(a.incrementalProfit.high) : 'none',
  ].join('|');

/** The split arms of a rule graph (first `split.percent` node), or null when it has none. */
export function splitArms(graph: unknown): ArmConfig[] | null {
  const nodes = (graph as { nodes?: { type?: string; args?: { arms?: unknown } }[] } | null)?.nodes ?? [];
  const split = nodes.find((n) => n.type === 'split.percent');
  const arms = split?.args?.arms;
  if (!Array.isArray(arms)) return null;
  return arms.map((a: { id: string; percent: number; control?: boolean }) => ({
    id: String(a.id),
    percent: Number(a.percent),
    control: a.control === true,
  }));
}

/** Whether every version's split weighs the arms as `config` does. */
export function weighAlike(
  config: readonly ArmConfig[],
  weightsOf: ReadonlyMap<number, readonly ArmConfig[]>,
): boolean {
  return [...weightsOf.values()].every((w) =>
    config.every((a) => w.find((x) => x.id === a.id)?.percent === a.percent),
  );
}

/**
 * The shares to expect when exposures were made under versions whose splits weigh the arms
 * differently (a solidified rule re-weights its split): each version's weights, in proportion to the
 * users it exposed. `config` is returned as it is when every version weighs the arms alike.
 */
export function pooledShares(
  config: readonly ArmConfig[],
  weightsOf: ReadonlyMap<number, readonly ArmConfig[]>,
  exposures: readonly { version: number; n: number }[],
): ArmConfig[] {
  const alike = weighAlike(config, weightsOf);
  const perVersion = new Map<number, number>();
  for (const e of exposures) perVersion.set(e.version, (perVersion.get(e.version) ?? 0) + e.n);
  const total = [...perVersion.values()].reduce((s, n) => s + n, 0);
  if (alike || total === 0) return [...config];
  return config.map((a) => {
    let expected = 0;
    for (const [version, n] of perVersion) {
      const w = weightsOf.get(version) ?? config;
      expected += n * (w.find((x) => x.id === a.id)?.percent ?? 0);
    }
    return { ...a, percent: expected / total };
  });
}

/**
 * The graph with its split re-weighted for a solidified rule: control arms share `holdoutPercent`,
 * treatment arms the rest, in proportion to their current shares.
 */
export function withHoldout(graph: unknown, holdoutPercent: number): unknown {
  const g = structuredClone(graph) as {
    nodes: { type?: string; args?: { arms?: { percent: number; control?: boolean }[] } }[];
  };
  const split = g.nodes.find((n) => n.type === 'split.percent');
  const arms = split?.args?.arms ?? [];
  const controls = arms.filter((a) => a.control === true);
  const treated = arms.filter((a) => a.control !== true);
  const share = (list: typeof arms, total: number) => {
    const sum = list.reduce((s, a) => s + a.percent, 0);
    let left = total;
    list.forEach((a, i) => {
      const p =
        i === list.length - 1
          ? left
          : Math.round((sum > 0 ? a.percent / sum : 1 / list.length) * total * 100) / 100;
      a.percent = p;
      left = Math.round((left - p) * 100) / 100;
    });
  };
  share(controls, holdoutPercent);
  share(treated, 100 - holdoutPercent);
  return g;
}
