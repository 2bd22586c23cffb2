// Rule graphs: the document, the block catalogue, validate → compile → evaluate, the interpreter used
// as the test oracle, and condition expressions for dynamic audiences. Pure code: no I/O.

// The document
export {
  MAX_EDGES,
  MAX_NODES,
  RULE_GRAPH_VERSION,
  issueCodes,
  parseRuleGraph,
  ruleEdgeSchema,
  ruleGraphSchema,
  ruleNodeSchema,
  type IssueCode,
  type ParseResult,
  type RuleEdge,
  type RuleGraph,
  type RuleGraphInput,
  type RuleGraphIssue,
  type RuleNode,
} from './document';
export type { JsonObject, JsonValue } from './json';

// Blocks
export {
  NO,
  OUT,
  YES,
  type ActionDef,
  type BlockCategory,
  type BlockContext,
  type BlockDef,
  type CompileContext,
  type ConditionDef,
  type ConditionScope,
  type ConditionTest,
  type LogicDef,
  type Ports,
  type Seen,
  type SplitDef,
  type Test,
  type TriggerDef,
  type UiHint,
  type Widget,
} from './block';
export {
  blockCatalogue,
  blockCodes,
  blocks,
  getBlock,
  isBlockCode,
  outputHandles,
  type ActionCode,
  type BlockArgs,
  type BlockArgsInput,
  type BlockCatalogueEntry,
  type BlockCode,
  type ConditionCode,
  type LogicCode,
  type TriggerCode,
} from './registry';
export { comparisonOps, numericOps, type ComparisonOp, type ComparisonValue, type Scalar } from './compare';

// Facts
export {
  aggregateQuerySchema,
  aggregateSpec,
  aggregateWindowStart,
  createMemoryFacts,
  createMemoryUserFacts,
  factsSnapshotSchema,
  userFactsSnapshotSchema,
  type AggregateQuery,
  type AggregateSpec,
  type AggregateWindow,
  type Facts,
  type FactsSnapshot,
  type RuleEvent,
  type UserFacts,
  type UserFactsSnapshot,
} from './facts';
export { frequencyPeriodStart, frequencyPeriods, isValidTimeZone, type FrequencyPeriod } from './time';
export { splitHash } from './hash';
export type { Requirements } from './needs';

// validate → compile → evaluate
export { checkRuleGraph, validateRuleGraph, type ValidationResult } from './validate';
export {
  RuleGraphError,
  compileRuleGraph,
  type CompiledRule,
  type EvaluateOptions,
  type RuleAction,
  type RuleContext,
  type RuleResult,
  type SplitArm,
  type TraceEntry,
} from './compile';
export { interpretRuleGraph } from './interpret';

// Condition expressions (dynamic audiences)
export {
  compileAudienceExpr,
  compileConditionExpr,
  conditionExprSchema,
  interpretConditionExpr,
  validateConditionExpr,
  type CompiledCondition,
  type ConditionExpr,
} from './expression';

// Golden fixtures
export { ruleGraphFixtureSchema, type RuleGraphFixture } from './fixture';
