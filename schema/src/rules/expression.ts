// Condition expressions: the same condition blocks as rule graphs, combined as a tree instead of a
// graph. Dynamic audiences are such expressions over user facts (compileAudienceExpr).
//   { all: [expr, …] }   every operand holds (true for an empty list)
//   { any: [expr, …] }   at least one holds (false for an empty list)
//   { not: expr }
//   { block: 'condition.userAttribute', args: { attribute: 'tier', op: 'eq', value: 'VIP' } }
import { z } from 'zod';
import type { CompileContext, ConditionScope, Test } from './block';
import { RuleGraphError, compileContext } from './compile';
import { type RuleGraphIssue, formatPath } from './document';
import type { Facts, UserFacts } from './facts';
import { interpretRuleGraph } from './interpret';
import { type JsonObject, jsonObjectSchema } from './json';
import { type Requirements, collectNeeds } from './needs';
import { getBlock } from './registry';
import { parseNodeArgs } from './validate';

export type ConditionExpr =
  | { all: ConditionExpr[] }
  | { any: ConditionExpr[] }
  | { not: ConditionExpr }
  | { block: string; args: JsonObject };

export const conditionExprSchema: z.ZodType<ConditionExpr> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionExprSchema) }).strict(),
    z.object({ any: z.array(conditionExprSchema) }).strict(),
    z.object({ not: conditionExprSchema }).strict(),
    z.object({ block: z.string().min(1), args: jsonObjectSchema.default({}) }).strict(),
  ]),
);

/** At most this many blocks in one expression. */
export const MAX_EXPR_BLOCKS = 200;

export interface CompiledCondition<F> {
  test: Test<F>;
  requirements: Requirements;
}

export type ExprContext = Partial<CompileContext>;

type Path = (string | number)[];

/** Checks block codes, args and scope (`user`: only blocks that read user facts, as audiences need). */
export function validateConditionExpr(
  expr: ConditionExpr,
  scope: ConditionScope = 'event',
): { valid: boolean; issues: RuleGraphIssue[] } {
  const issues: RuleGraphIssue[] = [];
  let count = 0;
  const visit = (e: ConditionExpr, path: Path): void => {
    if (count > MAX_EXPR_BLOCKS) return;
    if ('all' in e) e.all.forEach((child, i) => visit(child, [...path, 'all', i]));
    else if ('any' in e) e.any.forEach((child, i) => visit(child, [...path, 'any', i]));
    else if ('not' in e) visit(e.not, [...path, 'not']);
    else if (++count > MAX_EXPR_BLOCKS) {
      issues.push({ code: 'TOO_LARGE', message: `more than ${MAX_EXPR_BLOCKS} blocks` });
    } else {
      const def = getBlock(e.block);
      const where = formatPath(path);
      if (!def) issues.push({ code: 'UNKNOWN_BLOCK', message: `${where}: unknown block "${e.block}"`, path });
      else if (def.category !== 'condition' || (scope === 'user' && def.scope !== 'user')) {
        issues.push({
          code: 'BLOCK_NOT_ALLOWED',
          message: `${where}: ${def.code} cannot be used here (${scope === 'user' ? 'user conditions only' : 'conditions only'})`,
          path,
        });
      } else
        parseNodeArgs(def, e.args, (issue) =>
          issues.push({
            ...issue,
            message: `${where}: ${issue.message}`,
            path: [...path, 'args', ...issue.path!],
          }),
        );
    }
  };
  visit(expr, []);
  return { valid: issues.length === 0, issues };
}

function compileExpr(
  expr: ConditionExpr,
  context: ExprContext,
  scope: ConditionScope,
): CompiledCondition<Facts> {
  const { issues } = validateConditionExpr(expr, scope);
  if (issues.length > 0) throw new RuleGraphError(issues);
  const ctx = compileContext({ ruleId: '', ...context });
  const { needs, requirements } = collectNeeds();
  const build = (e: ConditionExpr): Test<Facts> => {
    if ('all' in e) {
      const tests = e.all.map(build);
      if (tests.length === 1) return tests[0]!;
      return (facts) => {
        for (const test of tests) if (!test(facts)) return false;
        return true;
      };
    }
    if ('any' in e) {
      const tests = e.any.map(build);
      if (tests.length === 1) return tests[0]!;
      return (facts) => {
        for (const test of tests) if (test(facts)) return true;
        return false;
      };
    }
    if ('not' in e) {
      const test = build(e.not);
      return (facts) => !test(facts);
    }
    const def = getBlock(e.block)!;
    if (def.category !== 'condition') throw new Error(`not a condition: ${e.block}`);
    return def.compile(def.args.parse(e.args), { ...ctx, needs }).test;
  };
  const test = build(expr);
  return { test, requirements: requirements() };
}

/** Compiles an expression over any condition blocks into a `(facts) => boolean`. */
export function compileConditionExpr(
  expr: ConditionExpr,
  context: ExprContext = {},
): CompiledCondition<Facts> {
  return compileExpr(expr, context, 'event');
}

/** Compiles a dynamic audience: user-scoped condition blocks only, over user facts. */
export function compileAudienceExpr(
  expr: ConditionExpr,
  context: ExprContext = {},
): CompiledCondition<UserFacts> {
  // Every block passed the `user` scope check, so the test reads user facts only.
  return compileExpr(expr, context, 'user') as CompiledCondition<UserFacts>;
}

/**
 * The oracle for expressions: each block runs through the graph interpreter as a one-condition rule,
 * and the tree is combined plainly.
 */
export function interpretConditionExpr(
  expr: ConditionExpr,
  facts: Facts,
  context: ExprContext = {},
): boolean {
  if ('all' in expr) return expr.all.every((e) => interpretConditionExpr(e, facts, context));
  if ('any' in expr) return expr.any.some((e) => interpretConditionExpr(e, facts, context));
  if ('not' in expr) return !interpretConditionExpr(expr.not, facts, context);
  const graph = {
    version: 1 as const,
    nodes: [
      { id: 't', type: 'trigger.event', args: { eventType: facts.event.type }, position: { x: 0, y: 0 } },
      { id: 'c', type: expr.block, args: expr.args, position: { x: 0, y: 0 } },
      { id: 'a', type: 'action.emitEvent', args: { eventType: 'holds' }, position: { x: 0, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 't', target: 'c' },
      { id: 'e2', source: 'c', target: 'a', sourceHandle: 'yes' },
    ],
  };
  return interpretRuleGraph(graph, facts, { ruleId: '', ...context }).actions.length > 0;
}
