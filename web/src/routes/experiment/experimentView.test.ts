// The experiment page's pure parts: the SRM gate blocks the recommendation and solidifying, whatever
// the lifts say; arm and SRM rows; lifts as interval-chart points (CUPED and always-valid on request).
import { describe, expect, it } from 'vitest';
import {
  type ArmSource,
  type ExperimentResult,
  absolutePoints,
  armName,
  armRows,
  gateOf,
  relativePoints,
  srmRows,
  windowText,
} from './experimentView';

const rule: ArmSource = { kind: 'rule', ruleId: 'rul_1' };
const srm = (mismatch: boolean): ExperimentResult['srm'] => ({
  mismatch,
  p: mismatch ? 1e-12 : 0.8,
  chiSquare: mismatch ? 50 : 0.06,
  observed: mismatch ? [150, 50] : [101, 99],
  expectedShares: [0.5, 0.5],
});
const arms: ExperimentResult['arms'] = [
  {
    arm: 'treatment',
    control: false,
    exposed: 150,
    users: 150,
    conversion: 0.3,
    revenuePerUser: 1_500,
    netContributionPerUser: 450,
    subsidy: 22_500,
  },
  {
    arm: 'control',
    control: true,
    exposed: 50,
    users: 50,
    conversion: 0.2,
    revenuePerUser: 1_000,
    netContributionPerUser: 400,
    subsidy: 0,
  },
];
const interval = (estimate: number, half: number) => ({
  estimate,
  low: estimate - half,
  high: estimate + half,
  se: half / 1.96,
});
const lifts: ExperimentResult['lifts'] = [
  {
    arm: 'treatment',
    metric: 'CONVERSION',
    absolute: { ...interval(0.1, 0.05), p: 0.001 },
    relative: interval(0.5, 0.25),
    cuped: { ...interval(0.09, 0.04), theta: 0.2, varianceReduction: 0.3 },
    sequential: interval(0.1, 0.08),
  },
  {
    arm: 'treatment',
    metric: 'REVENUE_PER_USER',
    absolute: { ...interval(500, 200), p: 0.01 },
    relative: null,
    cuped: null,
    sequential: null,
  },
];

describe('the SRM gate', () => {
  it('blocks the recommendation and solidifying when the split is broken, even if the result says SOLIDIFY', () => {
    expect(gateOf({ srm: srm(true), recommendation: 'SOLIDIFY' }, rule, true)).toEqual({
      srmFailed: true,
      shown: 'BLOCKED',
      canSolidify: false,
      reason: 'The split is broken (sample-ratio mismatch): fix it before deciding.',
    });
  });

  it('shows the recommendation and lets a writer solidify when the split is sound', () => {
    for (const recommendation of ['SOLIDIFY', 'KEEP_TESTING', 'STOP'] as const)
      expect(gateOf({ srm: srm(false), recommendation }, rule, true)).toEqual({
        srmFailed: false,
        shown: recommendation,
        canSolidify: true,
        reason: null,
      });
  });

  it('never lets a reader (analyst) solidify', () => {
    const gate = gateOf({ srm: srm(false), recommendation: 'SOLIDIFY' }, rule, false);
    expect(gate.canSolidify).toBe(false);
    expect(gate.shown).toBe('SOLIDIFY');
  });
});

describe('rows', () => {
  it('lists arms with conversion in percent and money in major units', () => {
    expect(armRows(arms)[0]).toEqual({
      arm: 'treatment',
      exposed: 150,
      users: 150,
      conversion: 30,
      revenuePerUser: 15,
      netContributionPerUser: 4.5,
      subsidy: 225,
    });
  });

  it('marks the control arm unless its id says so', () => {
    expect(armName('control', true)).toBe('control');
    expect(armName('b', true)).toBe('b (control)');
    expect(armName('a', false)).toBe('a');
  });

  it('compares observed exposures with the configured split', () => {
    expect(srmRows({ srm: srm(true), arms })).toEqual([
      { arm: 'treatment', observed: 150, observedShare: 0.75, expected: 100, expectedShare: 0.5 },
      { arm: 'control', observed: 50, observedShare: 0.25, expected: 100, expectedShare: 0.5 },
    ]);
  });
});

describe('lift points', () => {
  it('shows CUPED when asked and available, else Welch, plus the always-valid interval on request', () => {
    expect(absolutePoints(lifts, 'CONVERSION', { cuped: true, sequential: true })).toEqual([
      { label: 'CUPED', estimate: 9, low: 5, high: 13 },
      { label: 'always-valid', estimate: 10, low: 2, high: 18 },
    ]);
    expect(absolutePoints(lifts, 'CONVERSION', { cuped: false, sequential: false })).toEqual([
      { label: 'Welch', estimate: 10, low: 5, high: 15 },
    ]);
    // No CUPED for this metric: Welch, in major units.
    expect(absolutePoints(lifts, 'REVENUE_PER_USER', { cuped: true, sequential: true })).toEqual([
      { label: 'Welch', estimate: 5, low: 3, high: 7 },
    ]);
  });

  it('gives relative lifts in percent for the metrics that have one', () => {
    expect(relativePoints(lifts)).toEqual([{ label: 'Conversion', estimate: 50, low: 25, high: 75 }]);
  });

  it('says the window in hours or days', () => {
    expect(windowText(43_200)).toBe('12 h');
    expect(windowText(86_400)).toBe('1 day');
    expect(windowText(30 * 86_400)).toBe('30 days');
  });
});
