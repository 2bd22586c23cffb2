// Pure mappings of the user lookup: a stored rule firing (or a fresh evaluation) → the overlay the
// read-only trace canvas paints, each action node's outcome in words, and the wallet by status.
import type { RuleGraph } from '@couponflow/schema';
import type { NodeOverlay, Overlay } from '../../editor/model/contract';
import { readSimulation, traceOverlay } from '../../editor/panels/overlays';

/** A firing as `ruleFirings` returns it (JSON fields untrusted). */
export interface FiringLike {
  ruleId: string;
  version: number;
  eventId: string;
  arm?: string | null;
  control: boolean;
  actions: unknown;
  results: unknown;
  trace: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What one action node did: issued a coupon, was refused (why), only recorded (control) … */
export type ActionOutcome =
  | { kind: 'issued'; couponId: string; replayed: boolean }
  | { kind: 'refused'; reason: string }
  | { kind: 'control'; wouldHave: string }
  | { kind: 'done'; text: string };

export function actionOutcomes(results: unknown): Record<string, ActionOutcome> {
  const out: Record<string, ActionOutcome> = {};
  if (!isRecord(results)) return out;
  for (const [nodeId, r] of Object.entries(results)) {
    if (!isRecord(r)) continue;
    if (typeof r.couponId === 'string')
      out[nodeId] = { kind: 'issued', couponId: r.couponId, replayed: r.replayed === true };
    else if (typeof r.refused === 'string') out[nodeId] = { kind: 'refused', reason: r.refused };
    else if (typeof r.wouldHave === 'string') out[nodeId] = { kind: 'control', wouldHave: r.wouldHave };
    else if (typeof r.emitted === 'string') out[nodeId] = { kind: 'done', text: `emitted ${r.emitted}` };
    else out[nodeId] = { kind: 'done', text: 'done' };
  }
  return out;
}

export function outcomeText(o: ActionOutcome): string {
  switch (o.kind) {
    case 'issued':
      return o.replayed ? `coupon ${o.couponId} (already issued)` : `issued ${o.couponId}`;
    case 'refused':
      return `refused: ${o.reason}`;
    case 'control':
      return 'control arm: recorded only';
    case 'done':
      return o.text;
  }
}

/**
 * The trace of a firing on the rule's graph: nodes passed / failed / not reached (with what they saw),
 * edges taken or not; an action node whose issue was refused is painted failed with the reason.
 */
export function firingOverlay(graph: RuleGraph, firing: FiringLike, title: string): Overlay {
  const simulation = readSimulation({
    actions: firing.actions,
    splitArm: firing.arm ? { id: firing.arm, control: firing.control } : null,
    trace: firing.trace,
  });
  const overlay = traceOverlay(graph, simulation, title);
  const outcomes = actionOutcomes(firing.results);
  const nodes: Record<string, NodeOverlay> = { ...overlay.nodes };
  for (const [nodeId, o] of Object.entries(outcomes)) {
    if (!nodes[nodeId]) continue;
    nodes[nodeId] = {
      status: o.kind === 'refused' ? 'failed' : 'passed',
      note: outcomeText(o),
    };
  }
  return { ...overlay, nodes };
}

/** The highlight of each node: what a reader checks first (and the browser test looks for). */
export function highlights(overlay: Overlay): Record<string, 'passed' | 'failed' | 'notReached'> {
  const out: Record<string, 'passed' | 'failed' | 'notReached'> = {};
  for (const [id, n] of Object.entries(overlay.nodes))
    out[id] = n.status === 'passed' || n.status === 'failed' ? n.status : 'notReached';
  return out;
}

/** The firing in one line: "issued 1 coupon", "refused: SOLD_OUT", "stopped at amount", "control arm". */
export function firingSummary(graph: RuleGraph | undefined, firing: FiringLike): string {
  const outcomes = Object.values(actionOutcomes(firing.results));
  const refused = outcomes.filter((o) => o.kind === 'refused');
  const issued = outcomes.filter((o) => o.kind === 'issued');
  if (firing.control) return `control arm ${firing.arm ?? ''}: nothing performed`.replace('  ', ' ');
  if (refused.length > 0) return refused.map(outcomeText).join('; ');
  if (issued.length > 0) return `issued ${issued.length} coupon${issued.length === 1 ? '' : 's'}`;
  if (outcomes.length > 0) return outcomes.map(outcomeText).join('; ');
  if (graph) {
    const failed = Object.entries(highlights(firingOverlay(graph, firing, ''))).find(
      ([, s]) => s === 'failed',
    );
    if (failed) return `stopped at ${failed[0]}`;
  }
  return 'no action';
}

/** The wallet grouped by status, in the life-cycle order, with empty groups left out. */
export const STATUS_ORDER = ['AVAILABLE', 'LOCKED', 'REDEEMED', 'EXPIRED', 'REVOKED'] as const;

export function byStatus<T extends { status: string }>(
  coupons: readonly T[],
): { status: string; coupons: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const c of coupons) {
    const list = groups.get(c.status);
    if (list) list.push(c);
    else groups.set(c.status, [c]);
  }
  const known: readonly string[] = STATUS_ORDER;
  const order = [...STATUS_ORDER, ...[...groups.keys()].filter((s) => !known.includes(s)).sort()];
  return order.flatMap((status) => {
    const list = groups.get(status);
    return list ? [{ status, coupons: list }] : [];
  });
}

/** The event a fresh evaluation runs on: the stored event with the user's attributes now. */
export function explainFacts(
  event: { id: string; type: string; userId: string; occurredAt: string; properties: unknown },
  attributes: unknown,
) {
  return {
    userId: event.userId,
    now: event.occurredAt,
    attributes: isRecord(attributes) ? attributes : {},
    aggregates: [],
    audiences: [],
    firstTime: [],
    event: { id: event.id, type: event.type, properties: isRecord(event.properties) ? event.properties : {} },
  };
}

const REFUSAL_WORDS: Record<string, string> = {
  SOLD_OUT: 'Sold out',
  NOT_STARTED: 'Claiming not started',
  ENDED: 'Claiming ended',
  NOT_IN_AUDIENCE: 'Not in the audience',
  ACCOUNT_LIMIT: 'Account limit reached',
  DEVICE_LIMIT: 'Device limit reached',
  DAILY_LIMIT: 'Daily limit reached',
  BUDGET_EXHAUSTED: 'Budget used up',
  PAUSED: 'Template paused',
  RATE_LIMITED: 'Too many claims',
  CODE_INVALID: 'Unknown code',
  CODE_ALREADY_USED: 'Code already used',
};

/** A claim refusal reason (ClaimRefusal) in a few words; an unknown one as it came. */
export const refusalWords = (reason: string): string => REFUSAL_WORDS[reason] ?? reason;
