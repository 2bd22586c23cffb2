import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { Connection } from '../graphql/pagination';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';
import type { RuleMode, RuleStatus } from './rule.entity';
import { Name } from '../graphql/names';
import { IsOptional } from 'class-validator';

export const RuleStatusEnum = { DRAFT: 'DRAFT', ACTIVE: 'ACTIVE', PAUSED: 'PAUSED' } as const;
export const RuleModeEnum = { EXPERIMENT: 'EXPERIMENT', AUTOMATED: 'AUTOMATED' } as const;
export const CheckSeverityEnum = { ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO' } as const;
registerEnumType(RuleStatusEnum, { name: 'RuleStatus', description: 'The lifecycle state of a rule.' });
registerEnumType(RuleModeEnum, {
  name: 'RuleMode',
  description:
    'EXPERIMENT: split with a control group, exposures for both arms. AUTOMATED: solidified (a holdout may stay).',
});
registerEnumType(CheckSeverityEnum, {
  name: 'CheckSeverity',
  description: 'How serious a pre-publish check finding is.',
});

@ObjectType({ description: 'A problem in a rule graph, naming its node or edge.', simpleResolvers: true })
export class GraphIssue {
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => [String]) nodeIds!: string[];
  @Field(() => [String]) edgeIds!: string[];
  @Field(() => GraphQLJSON, { nullable: true, description: 'Path inside the node’s args or the document.' })
  path?: unknown;
}

@ObjectType({ description: 'Whether a rule graph is well-formed, and its issues.', simpleResolvers: true })
export class GraphValidation {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => [GraphIssue]) issues!: GraphIssue[];
}

@ObjectType({ description: 'One finding of a rule’s pre-publish checks.', simpleResolvers: true })
export class PrePublishCheck {
  @Field(() => CheckSeverityEnum) severity!: string;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => [String]) nodeIds!: string[];
}

@ObjectType({ description: 'A rule’s pre-publish checks and worst-case subsidy.', simpleResolvers: true })
export class RuleCheckReport {
  @Field(() => Boolean, { description: 'No shape issue and no ERROR check: publishable.' }) valid!: boolean;
  @Field(() => [GraphIssue]) issues!: GraphIssue[];
  @Field(() => [PrePublishCheck]) checks!: PrePublishCheck[];
  @Field(() => MoneyScalar, {
    description: 'Sum of the maximum values of every coupon one event could issue (minor units).',
  })
  worstCaseSubsidyPerEvent!: number;
}

@ObjectType('Rule', {
  description: 'An issuance rule: a graph evaluated on events that issues coupons.',
  simpleResolvers: true,
  implements: Node,
})
export class RuleType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => RuleStatusEnum) status!: RuleStatus;
  @Field(() => RuleModeEnum) mode!: RuleMode;
  @Field(() => GraphQLJSON, { description: 'The editable draft graph (may be invalid).' }) draft!: unknown;
  @Field(() => GraphValidation, { description: 'The draft’s shape validation.' })
  validation!: GraphValidation;
  @Field(() => Int, { nullable: true, description: 'The version the engine runs.' }) activeVersion?:
    number | null;
  @Field(() => Int) latestVersion!: number;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar) updatedAt!: number;
  @Field(() => String, {
    nullable: true,
    description: 'The event type of the draft’s trigger node (null when it has none).',
  })
  trigger?: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Time of the latest event on which the rule decided an action (control arms included).',
  })
  lastFiredAt?: number | null;
  @Field(() => Int, {
    description:
      'Actions performed today (the deployment’s TIME_ZONE, by processing time): issued coupons, audience changes, emitted events; control arms and refusals excluded.',
  })
  actionsToday!: number;
}

@ObjectType('RuleVersion', {
  description: 'A published version of a rule’s graph.',
  simpleResolvers: true,
  implements: Node,
})
export class RuleVersionType {
  @Field(() => ID, {
    description: 'Global id and cache key: the rule id, `@` and the version number; `node(id:)` fetches it.',
  })
  id!: string;
  @Field(() => ID, { description: 'The rule this is a version of.' }) ruleId!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLJSON) graph!: unknown;
  @Field(() => String) trigger!: string;
  @Field(() => RuleModeEnum) mode!: RuleMode;
  @Field(() => String, { nullable: true }) publishedBy?: string | null;
  @Field(() => DateTimeScalar) publishedAt!: number;
  @Field(() => String, { nullable: true, description: 'What the publisher wrote about this version.' })
  note?: string | null;
}

@ObjectType('RuleNodeCount', {
  description: 'How many evaluations reached and passed one node of a rule.',
  simpleResolvers: true,
})
export class RuleNodeCountType {
  @Field(() => Int) version!: number;
  @Field(() => String) nodeId!: string;
  @Field(() => Int, { description: 'Evaluations that reached the node.' }) ran!: number;
  @Field(() => Int, {
    description: 'Of those, how many passed (yes branch / trigger matched / split / action).',
  })
  passed!: number;
}

@ObjectType({ description: 'Distinct users who reached one node of a rule.', simpleResolvers: true })
export class RuleNodeUserCount {
  @Field(() => String) nodeId!: string;
  @Field(() => Int, { description: 'Distinct users who reached the node (estimated).' }) users!: number;
}

@ObjectType({ description: 'Distinct users who left a node by one handle.', simpleResolvers: true })
export class RulePortUserCount {
  @Field(() => String) nodeId!: string;
  @Field(() => String, {
    description:
      '`in` (reached the node) or the handle users left it by: `out` (trigger), `yes`/`no`, a split’s arm id. Handles are listed when an edge leaves by them.',
  })
  port!: string;
  @Field(() => Int, { description: 'Distinct users (estimated).' }) users!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Distinct users per node and per edge source (node, handle) over whole UTC days, from HyperLogLog sketches.',
})
export class RuleNodeUsers {
  @Field(() => ID) ruleId!: string;
  @Field(() => Int, { nullable: true, description: 'The version counted; null: all versions united.' })
  version?: number | null;
  @Field(() => DateTimeScalar, { description: 'Start of the first UTC day counted.' }) from!: number;
  @Field(() => DateTimeScalar, { description: 'End (exclusive) of the last UTC day counted.' }) to!: number;
  @Field(() => Number, {
    description: 'Relative standard error of each count (1.04/√m); 3× this bounds nearly every count.',
  })
  relativeError!: number;
  @Field(() => Int, { description: 'HyperLogLog registers per sketch (m).' }) registers!: number;
  @Field(() => [RuleNodeUserCount]) nodes!: RuleNodeUserCount[];
  @Field(() => [RulePortUserCount]) ports!: RulePortUserCount[];
}

@ObjectType('RuleFiring', {
  description: 'A decision trace: one evaluation of a rule on one event.',
  simpleResolvers: true,
})
export class RuleFiringType {
  @Field(() => ID) ruleId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID) eventId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => String, { nullable: true }) arm?: string | null;
  @Field(() => Boolean, {
    description: 'The user is in a control arm: actions were recorded, not performed.',
  })
  control!: boolean;
  @Field(() => Boolean, { description: 'The rule decided at least one action.' }) acted!: boolean;
  @Field(() => GraphQLJSON) actions!: unknown;
  @Field(() => GraphQLJSON, {
    description: 'Per action node: coupon id, refusal, or what it would have done.',
  })
  results!: unknown;
  @Field(() => GraphQLJSON, { description: 'Every node that ran, with the values it compared.' })
  trace!: unknown;
  @Field(() => DateTimeScalar) firedAt!: number;
}

@ObjectType({ description: 'How many users were exposed to one arm of a split.', simpleResolvers: true })
export class ExposureCount {
  @Field(() => String) arm!: string;
  @Field(() => Boolean) control!: boolean;
  @Field(() => Int) users!: number;
}

@ObjectType({
  description: 'The outcome of publishing a rule: the new version, or the checks that block it.',
  simpleResolvers: true,
})
export class PublishResult {
  @Field(() => RuleType) rule!: RuleType;
  @Field(() => RuleCheckReport) report!: RuleCheckReport;
}

@ObjectType({
  description: 'A graph evaluated on one event: the path and the outcome.',
  simpleResolvers: true,
})
export class SimulationResult {
  @Field(() => GraphQLJSON) actions!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) splitArm?: unknown;
  @Field(() => GraphQLJSON) trace!: unknown;
}

@ObjectType({
  description: 'What a replayed rule would have issued of one template, and its cost.',
  simpleResolvers: true,
})
export class ReplayTemplateCost {
  @Field(() => ID) templateId!: string;
  @Field(() => Int, { description: 'Coupons it would have issued.' }) count!: number;
  @Field(() => Int) users!: number;
  @Field(() => MoneyScalar) maxValue!: number;
  @Field(() => MoneyScalar) worstCaseCost!: number;
  @Field(() => MoneyScalar) expectedCost!: number;
  @Field(() => Number, { description: 'Observed redemption rate (1 until the template has 100 issued).' })
  redemptionRate!: number;
}

@ObjectType({
  description: 'A draft rule replayed over stored events: what it would have issued.',
  simpleResolvers: true,
})
export class ReplayResult {
  @Field(() => Int) events!: number;
  @Field(() => Int) evaluations!: number;
  @Field(() => Int, { description: 'Events on which the rule decided an action.' }) firings!: number;
  @Field(() => Int, { description: 'Distinct users it would have acted for.' }) users!: number;
  @Field(() => Int, { description: 'Actions only recorded (control arm).' }) control!: number;
  @Field(() => [ReplayTemplateCost]) issues!: ReplayTemplateCost[];
  @Field(() => MoneyScalar) worstCaseCost!: number;
  @Field(() => MoneyScalar) expectedCost!: number;
  @Field(() => Boolean) truncated!: boolean;
}

@InputType({ description: 'A new issuance rule: its name and draft graph.' })
export class CreateRuleInput {
  @Field(() => String) @Name() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => RuleModeEnum, { defaultValue: 'AUTOMATED' }) mode!: RuleMode;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The draft graph document.' }) graph?: unknown;
}

@InputType({ description: 'Changes to a rule’s name or draft graph.' })
export class UpdateRuleInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Name() name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => RuleModeEnum, { nullable: true }) mode?: RuleMode | null;
  @Field(() => GraphQLJSON, { nullable: true }) graph?: unknown;
}

@ObjectType('BlockCatalogueEntry', {
  description: 'One block rules are built from: its kind, argument JSON schema and UI hints.',
  simpleResolvers: true,
})
export class BlockCatalogueEntryType {
  @Field(() => String) code!: string;
  @Field(() => String) category!: string;
  @Field(() => String) label!: string;
  @Field(() => String) description!: string;
  @Field(() => GraphQLJSON, { description: 'JSON Schema of the args.' }) argsSchema!: unknown;
  @Field(() => GraphQLJSON, { description: 'UI hints per arg (label, widget, help…).' }) ui!: unknown;
  @Field(() => GraphQLJSON, { description: 'Input and output ports.' }) ports!: unknown;
  @Field(() => GraphQLJSON, { description: 'The whole catalogue entry as produced by schema/.' })
  entry!: unknown;
}

export const RuleConnection = Connection(RuleType, 'RuleConnection', 'rules');
export const RuleVersionConnection = Connection(RuleVersionType, 'RuleVersionConnection', 'rule versions');
export const RuleFiringConnection = Connection(RuleFiringType, 'RuleFiringConnection', 'decision traces');
