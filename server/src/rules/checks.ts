// Pre-publish checks: what the graph's shape cannot tell (schema/ validates that) but the store can:
// the event type, templates, campaigns and audiences a graph names, and the worst-case subsidy of one
// event. ERROR checks block publishing; WARNING and INFO are shown in the editor.
import { checkRuleGraph, type RuleGraph, type RuleGraphIssue } from '@couponflow/schema';
import type { Database, Sql } from '../db/sql';
import type { RuleMode } from './rule.entity';
import * as q from './rule.sql';

export interface PrePublishCheck {
  severity: 'ERROR' | 'WARNING' | 'INFO';
  code: string;
  message: string;
  nodeIds: string[];
}

export interface CheckReport {
  valid: boolean;
  issues: RuleGraphIssue[];
  checks: PrePublishCheck[];
  /** Sum of the maximum values of every coupon one event could issue. */
  worstCaseSubsidyPerEvent: number;
}

type GraphNode = RuleGraph['nodes'][number];

/** Shape validation plus the server's checks (templates, audiences, event types, subsidy). */
export async function checkGraph(
  db: Database,
  graphInput: unknown,
  mode: RuleMode = 'AUTOMATED',
): Promise<CheckReport> {
  const checked = checkRuleGraph(graphInput);
  if (!checked.valid || !checked.graph)
    return { valid: false, issues: checked.issues, checks: [], worstCaseSubsidyPerEvent: 0 };
  const graph = checked.graph;
  const checks: PrePublishCheck[] = [];
  let worst = 0;
  await db.read(async (sql) => {
    for (const node of graph.nodes) {
      const args = node.args as Record<string, unknown>;
      if (node.type === 'trigger.event' && !(await q.eventTypeExists(sql, args.eventType)))
        checks.push(error('UNKNOWN_EVENT_TYPE', `event type ${String(args.eventType)} is not defined`, node));
      if (node.type === 'action.issueCoupon') worst += await checkTemplate(sql, node, checks);
      if (
        node.type === 'condition.audience' ||
        node.type === 'action.addToAudience' ||
        node.type === 'action.removeFromAudience'
      )
        await checkAudience(sql, node, checks);
    }
  });
  if (mode === 'EXPERIMENT' && !graph.nodes.some((n) => n.type === 'split.percent'))
    checks.push({
      severity: 'WARNING',
      code: 'NO_CONTROL_GROUP',
      message: 'an EXPERIMENT rule has no split with a control arm',
      nodeIds: [],
    });
  checks.push({
    severity: 'INFO',
    code: 'WORST_CASE_SUBSIDY',
    message: `one event can issue coupons worth at most ${worst}`,
    nodeIds: [],
  });
  return {
    valid: !checks.some((c) => c.severity === 'ERROR'),
    issues: checked.issues,
    checks,
    worstCaseSubsidyPerEvent: worst,
  };
}

const error = (code: string, message: string, node: GraphNode): PrePublishCheck => ({
  severity: 'ERROR',
  code,
  message,
  nodeIds: [node.id],
});
const warning = (code: string, message: string, node: GraphNode): PrePublishCheck => ({
  ...error(code, message, node),
  severity: 'WARNING',
});

/** An issue-coupon node's template and campaign; returns the template's maximum value. */
async function checkTemplate(sql: Sql, node: GraphNode, checks: PrePublishCheck[]): Promise<number> {
  const templateId = String((node.args as Record<string, unknown>).templateId);
  const tpl = await q.templateForCheck(sql, templateId);
  if (!tpl) {
    checks.push(error('UNKNOWN_TEMPLATE', `template ${templateId} does not exist`, node));
    return 0;
  }
  if (tpl.status === 'PAUSED' || tpl.status === 'ENDED' || tpl.status === 'DRAFT')
    checks.push(warning('TEMPLATE_NOT_ACTIVE', `template ${templateId} is ${tpl.status}`, node));
  if (tpl.quota_available != null && Number(tpl.quota_available) <= 0)
    checks.push(warning('TEMPLATE_EXHAUSTED', `template ${templateId} has no quota left`, node));
  if (tpl.campaign_id) {
    const c = await q.campaignForCheck(sql, tpl.campaign_id);
    if (c?.exhausted_at != null)
      checks.push(warning('BUDGET_EXHAUSTED', `campaign ${tpl.campaign_id} has run out of budget`, node));
    if (c && c.status !== 'ACTIVE')
      checks.push(warning('CAMPAIGN_NOT_ACTIVE', `campaign ${tpl.campaign_id} is ${c.status}`, node));
  }
  return Number(tpl.max_value);
}

/** An audience condition or membership action: the audience exists, and actions need a static one. */
async function checkAudience(sql: Sql, node: GraphNode, checks: PrePublishCheck[]): Promise<void> {
  const audienceId = String((node.args as Record<string, unknown>).audienceId);
  const a = await q.audienceKind(sql, audienceId);
  if (!a) checks.push(error('UNKNOWN_AUDIENCE', `audience ${audienceId} does not exist`, node));
  else if (node.type !== 'condition.audience' && a.kind !== 'STATIC')
    checks.push(
      error(
        'NOT_A_STATIC_AUDIENCE',
        `audience ${audienceId} is dynamic; only static audiences take members`,
        node,
      ),
    );
}
