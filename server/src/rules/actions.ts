// What each action block does when a rule decides it: one handler per action code, in a map the
// compiler checks is exhaustive (`Record<ActionCode, …>`), so a new action block in
// schema/src/rules/registry.ts does not compile here until it has a handler.
// Handlers only collect; `performActions` then carries the batch's actions out in the ingestion
// transaction: coupons through the one issuance path (coupons/issue.ts → decideIssue, per template),
// audience members through audiences/ (a feature writes only its own tables).
import type { ActionCode, RuleAction, TraceEntry } from '@couponflow/schema';
import { changeStaticMembership, type MembershipChange } from '../audiences/membership';
import type { IssueRequest, IssueService } from '../coupons/issue';
import type { Sql } from '../db/sql';
import { customEventEmitted, type DomainEvent } from '../outbox/events';

/** One decision of one rule on one event (performed actions, or only recorded for a control arm). */
export interface Firing {
  ruleId: string;
  version: number;
  eventId: string;
  userId: string;
  arm: string | null;
  control: boolean;
  actions: readonly RuleAction[];
  /** Per action node: what happened (a coupon id, a refusal, `done`, `wouldHave` for control). */
  results: Record<string, unknown>;
  trace: readonly TraceEntry[];
  firedAt: number;
}

/** The actions a batch decided, gathered by the handlers. */
export class ActionBatch {
  /** Issue requests per template, with the firing and node each answers. */
  readonly issues = new Map<string, { req: IssueRequest; firing: Firing; nodeId: string }[]>();
  readonly membership: MembershipChange[] = [];
  readonly outbox: DomainEvent[] = [];
}

type ActionOf<C extends ActionCode> = Extract<RuleAction, { type: C }>;
type Handler<C extends ActionCode> = (action: ActionOf<C>, firing: Firing, batch: ActionBatch) => void;

function changeMembership(
  op: MembershipChange['op'],
  action: { nodeId: string; args: { audienceId: string } },
  firing: Firing,
  batch: ActionBatch,
): void {
  batch.membership.push({ op, audienceId: action.args.audienceId, userId: firing.userId });
  firing.results[action.nodeId] = { done: true };
}

/** Every action block's handler. */
export const ACTION_HANDLERS: { [C in ActionCode]: Handler<C> } = {
  'action.issueCoupon': (action, firing, batch) => {
    const list = batch.issues.get(action.args.templateId) ?? [];
    list.push({
      firing,
      nodeId: action.nodeId,
      req: {
        userId: firing.userId,
        source: 'RULE',
        ruleId: firing.ruleId,
        ruleVersion: firing.version,
        // No idempotency row: this runs only for events newly inserted in this transaction
        // (tracked_event deduplicates by id), so an event replayed never reaches here again.
      },
    });
    batch.issues.set(action.args.templateId, list);
  },
  'action.addToAudience': (action, firing, batch) => changeMembership('add', action, firing, batch),
  'action.removeFromAudience': (action, firing, batch) => changeMembership('remove', action, firing, batch),
  'action.emitEvent': (action, firing, batch) => {
    batch.outbox.push(
      customEventEmitted({
        eventType: action.args.eventType,
        properties: action.args.properties,
        ruleId: firing.ruleId,
        ruleVersion: firing.version,
        eventId: firing.eventId,
        userId: firing.userId,
      }),
    );
    firing.results[action.nodeId] = { emitted: action.args.eventType };
  },
};

/** Hands a decided action to its handler; a control arm's action is only recorded. */
export function collectAction(action: RuleAction, firing: Firing, batch: ActionBatch): void {
  if (action.control) {
    firing.results[action.nodeId] = { wouldHave: action.type, args: action.args };
    return;
  }
  (ACTION_HANDLERS[action.type] as Handler<ActionCode>)(action, firing, batch);
}

/**
 * Carries out the collected actions in the caller's transaction: issuance per template (each
 * outcome recorded in its firing's results), then membership changes. Returns the coupons issued.
 */
export async function performActions(
  sql: Sql,
  batch: ActionBatch,
  issuer: Pick<IssueService, 'issueWithin'>,
  now: number,
): Promise<number> {
  let issued = 0;
  for (const [templateId, list] of batch.issues) {
    const outcomes = await issuer.issueWithin(
      sql,
      templateId,
      list.map((x) => x.req),
    );
    outcomes.forEach((o, i) => {
      const { firing, nodeId } = list[i]!;
      if (o.kind === 'issued') {
        firing.results[nodeId] = { couponId: o.couponId, replayed: o.replayed };
        if (!o.replayed) issued++;
      } else firing.results[nodeId] = { refused: o.kind === 'refused' ? o.reason : o.kind };
    });
  }
  if (batch.membership.length > 0) await changeStaticMembership(sql, batch.membership, now);
  return issued;
}
