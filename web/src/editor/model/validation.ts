// Live validation with schema's validator, memoised per graph object: the store recomputes issues on
// every change, undo/redo return earlier snapshots (cache hits), and a move that only changes
// positions keeps the issues of the graph it came from (validation never looks at positions).
import { type RuleGraph, type RuleGraphIssue, type UiHint, validateRuleGraph } from '@couponflow/schema';

const cache = new WeakMap<RuleGraph, RuleGraphIssue[]>();

export function issuesOf(graph: RuleGraph): RuleGraphIssue[] {
  let issues = cache.get(graph);
  if (!issues) {
    issues = validateRuleGraph(graph).issues;
    cache.set(graph, issues);
  }
  return issues;
}

/** Records that `moved` has the issues of `from` (it differs only in node positions). */
export function inheritIssues(moved: RuleGraph, from: RuleGraph): RuleGraphIssue[] {
  const issues = issuesOf(from);
  cache.set(moved, issues);
  return issues;
}

/** Issues by node id and by edge id (an issue naming several nodes is listed under each). */
export interface IssueIndex {
  byNode: Map<string, RuleGraphIssue[]>;
  byEdge: Map<string, RuleGraphIssue[]>;
}

const indexCache = new WeakMap<RuleGraphIssue[], IssueIndex>();

export function indexIssues(issues: RuleGraphIssue[]): IssueIndex {
  let index = indexCache.get(issues);
  if (index) return index;
  index = { byNode: new Map(), byEdge: new Map() };
  const add = (map: Map<string, RuleGraphIssue[]>, id: string, issue: RuleGraphIssue) => {
    const list = map.get(id);
    if (list) {
      if (!list.includes(issue)) list.push(issue);
    } else map.set(id, [issue]);
  };
  for (const issue of issues) {
    for (const id of issue.nodeIds ?? []) add(index.byNode, id, issue);
    for (const id of issue.edgeIds ?? []) add(index.byEdge, id, issue);
  }
  indexCache.set(issues, index);
  return index;
}

/** The message without its `block args.path: ` prefix, for showing under a form field. */
export function shortMessage(issue: RuleGraphIssue): string {
  const m = /^[\w.]+ args(?:\.[^:]*)?: (.*)$/s.exec(issue.message);
  return m ? m[1]! : issue.message;
}

/**
 * An issue in words for the block it names: an arg problem by the arg's label ("Event type: not set"),
 * an unreachable block by what to do. Other issues keep the validator's message.
 */
export function describeIssue(issue: RuleGraphIssue, ui?: Readonly<Record<string, UiHint>>): string {
  const arg = issue.path?.[0];
  if ((issue.code === 'ARG_REQUIRED' || issue.code === 'ARG_INVALID') && arg !== undefined) {
    const label = ui?.[String(arg)]?.label ?? String(arg);
    if (issue.code === 'ARG_REQUIRED' && issue.path!.length === 1) return `${label}: not set`;
    return `${label}: ${shortMessage(issue)}`;
  }
  if (issue.code === 'UNREACHABLE_NODE') return 'Not reached from the trigger: connect its input';
  return issue.message;
}
