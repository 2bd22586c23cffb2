import { blockCatalogue, checkRuleGraph, type FactsSnapshot } from '@couponflow/schema';
import { GraphQLJSON } from 'graphql-scalars';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { IsOptional } from 'class-validator';
import { badInput } from '../graphql/errors';
import { isId } from '../ids';
import { BidiPageArgs, pageWindow } from '../graphql/pagination';
import type { Context } from '../graphql/context';
import { DateTimeScalar } from '../graphql/scalars';
import type { RuleStatus } from './rule.entity';
import { parseFiringPosition } from './rule.service';
import {
  BlockCatalogueEntryType,
  CreateRuleInput,
  ExposureCount,
  GraphValidation,
  PublishResult,
  ReplayResult,
  RuleCheckReport,
  RuleConnection,
  RuleFiringConnection,
  RuleFiringType,
  RuleNodeCountType,
  RuleNodeUsers,
  RuleStatusEnum,
  RuleType,
  RuleVersionConnection,
  RuleVersionType,
  SimulationResult,
  UpdateRuleInput,
} from './rule.types';

@ArgsType()
class RulesConnectionArgs extends BidiPageArgs {
  @Field(() => RuleStatusEnum, { nullable: true, description: 'Only rules in this status.' })
  @IsOptional()
  status?: RuleStatus | null;
}

@ArgsType()
class RuleVersionsConnectionArgs extends BidiPageArgs {
  @Field(() => ID, { description: 'The rule whose versions to list.' })
  ruleId!: string;
}

@ArgsType()
class RuleFiringsConnectionArgs extends BidiPageArgs {
  @Field(() => ID, { nullable: true, description: 'The firings of one rule.' })
  @IsOptional()
  ruleId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The firings for one user.' })
  @IsOptional()
  userId?: string | null;
}

/** A rule list position: a rule id. */
const ruleIdPosition = (position: string, field: string) => {
  if (!isId('rule', position)) throw badInput(field, 'is not a cursor from this list');
  return position;
};

const staffId = (ctx: Context) => (ctx.principal.kind === 'staff' ? ctx.principal.id : null);
const issuesOut = <T extends { nodeIds?: string[]; edgeIds?: string[] }>(issues: T[]) =>
  issues.map((i) => ({ ...i, nodeIds: i.nodeIds ?? [], edgeIds: i.edgeIds ?? [] }));

@Resolver()
export class RuleResolver {
  @Authorized('staff:read')
  @Query(() => [BlockCatalogueEntryType], {
    description: 'Every block with its arg JSON schema and UI hints.',
  })
  blockCatalogue() {
    return blockCatalogue().map((e) => ({
      code: e.code,
      category: e.category,
      label: e.label,
      description: e.description,
      argsSchema: e.args,
      ui: e.ui,
      ports: e.ports,
      entry: e,
    }));
  }

  @Authorized('staff:read')
  @Query(() => RuleType, { description: 'One rule by id.' })
  async rule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.rules.listView(await ctx.services.rules.get(id));
  }

  @Authorized('staff:read')
  @Query(() => [RuleType], {
    description: 'Issuance rules, newest first.',
    deprecationReason: 'Use rulesConnection (cursors, totalCount).',
  })
  async rules(
    @Arg('status', () => RuleStatusEnum, { nullable: true }) status: RuleStatus | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: Context,
  ) {
    const list = await ctx.services.rules.list(status, Math.min(Math.max(first, 1), 500));
    return ctx.services.rules.views(list);
  }

  @Authorized('staff:read')
  @Query(() => RuleConnection, {
    description: 'Issuance rules, newest first, as a cursor connection (`last`/`before` page backwards).',
  })
  rulesConnection(@Args(() => RulesConnectionArgs) args: RulesConnectionArgs, @Ctx() ctx: Context) {
    return ctx.services.rules.page(args.status ?? null, pageWindow(args, ruleIdPosition));
  }

  @Authorized('staff:read')
  @Query(() => [RuleVersionType], {
    description: 'The published versions of a rule, newest first.',
    deprecationReason: 'Use ruleVersionsConnection (cursors, totalCount).',
  })
  ruleVersions(@Arg('ruleId', () => ID) ruleId: string, @Ctx() ctx: Context) {
    return ctx.services.rules.versions(ruleId);
  }

  @Authorized('staff:read')
  @Query(() => RuleVersionConnection, {
    description:
      'The published versions of a rule, newest first, as a cursor connection (`last`/`before` page backwards).',
  })
  ruleVersionsConnection(
    @Args(() => RuleVersionsConnectionArgs) args: RuleVersionsConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const w = pageWindow(args, (position, field) => {
      if (!/^[1-9][0-9]{0,8}$/.test(position)) throw badInput(field, 'is not a cursor from this list');
      return Number(position);
    });
    return ctx.services.rules.versionsPage(args.ruleId, w);
  }

  @Authorized('staff:read')
  @Query(() => [RuleNodeCountType], { description: 'How many evaluations reached and passed each node.' })
  ruleNodeCounts(
    @Arg('ruleId', () => ID) ruleId: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rules.nodeCounts(ruleId, version);
  }

  @Authorized('staff:read')
  @Query(() => RuleNodeUsers, {
    description:
      'Distinct users per node (reached it) and per edge source (left it by that handle) over the UTC days from `from` to `to`, from HyperLogLog sketches (error in relativeError); one version, or all united.',
  })
  ruleNodeUsers(
    @Arg('ruleId', () => ID) ruleId: string,
    @Arg('from', () => DateTimeScalar) from: number,
    @Arg('to', () => DateTimeScalar) to: number,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rules.nodeUsers(ruleId, from, to, version ?? null);
  }

  @Authorized('staff:read')
  @Query(() => [RuleFiringType], {
    description: 'Decision traces, newest first: of a rule, of a user, or both.',
    deprecationReason: 'Use ruleFiringsConnection (cursors, totalCount).',
  })
  ruleFirings(
    @Arg('ruleId', () => ID, { nullable: true }) ruleId: string | null,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rules.firings(ruleId, userId, Math.min(Math.max(first, 1), 500));
  }

  @Authorized('staff:read')
  @Query(() => RuleFiringConnection, {
    description:
      'Decision traces of a rule, of a user, or both, newest first (by firing time, then rule and event id), as a cursor connection (`last`/`before` page backwards).',
  })
  ruleFiringsConnection(
    @Args(() => RuleFiringsConnectionArgs) args: RuleFiringsConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rules.firingsPage(
      args.ruleId ?? null,
      args.userId ?? null,
      pageWindow(args, parseFiringPosition),
    );
  }

  @Authorized('staff:read')
  @Query(() => [ExposureCount], { description: 'Users exposed to the rule’s split, per arm.' })
  ruleExposures(@Arg('ruleId', () => ID) ruleId: string, @Ctx() ctx: Context) {
    return ctx.services.rules.exposures(ruleId);
  }

  @Authorized('staff:read')
  @Query(() => GraphValidation, {
    description: 'Shape validation of a graph (issues name node and edge ids).',
  })
  validateRuleGraph(@Arg('graph', () => GraphQLJSON, { validate: false }) graph: unknown) {
    const r = checkRuleGraph(graph);
    return { valid: r.valid, issues: issuesOut(r.issues) };
  }

  @Authorized('staff:read')
  @Query(() => RuleCheckReport, {
    description: 'Pre-publish checks: shape, templates, audiences, worst-case subsidy.',
  })
  async checkRule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const rule = await ctx.services.rules.get(id);
    const r = await ctx.services.rules.check(rule.draft, rule.mode);
    return { ...r, issues: issuesOut(r.issues) };
  }

  @Authorized('staff:read')
  @Query(() => SimulationResult, {
    description:
      'Evaluates a graph on one event. `facts` is a snapshot {userId, now, attributes, aggregates, audiences, event, firstTime, fired}; with storedFacts the user’s stored aggregates, audiences and first events are used instead.',
  })
  simulateRule(
    @Arg('graph', () => GraphQLJSON, { validate: false }) graph: unknown,
    @Arg('facts', () => GraphQLJSON, { validate: false }) facts: FactsSnapshot,
    @Arg('storedFacts', () => Boolean, { defaultValue: false }) storedFacts: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rules.simulate(graph, facts, storedFacts);
  }

  @Authorized('staff:read')
  @Query(() => ReplayResult, {
    description: 'Runs a draft over stored events in [from, to]; no side effects.',
  })
  replayRule(
    @Arg('graph', () => GraphQLJSON, { validate: false }) graph: unknown,
    @Arg('from', () => DateTimeScalar) from: number,
    @Arg('to', () => DateTimeScalar) to: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rules.replay(graph, from, to);
  }

  @Authorized('staff:write')
  @Mutation(() => RuleType, { description: 'Creates an issuance rule with a draft graph.' })
  async createRule(@Arg('input', () => CreateRuleInput) input: CreateRuleInput, @Ctx() ctx: Context) {
    return ctx.services.rules.listView(await ctx.services.rules.create(input));
  }

  @Authorized('staff:write')
  @Mutation(() => RuleType, { description: 'Edits the draft; the live version is untouched until publish.' })
  async updateRule(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRuleInput) input: UpdateRuleInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rules.listView(await ctx.services.rules.updateDraft(id, input));
  }

  @Authorized('staff:write')
  @Mutation(() => PublishResult, {
    description: 'Validates the draft on the server, stores it as a new immutable version and makes it live.',
  })
  async publishRule(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, {
      nullable: true,
      description: 'Stored on the new version (at most 2 000 characters).',
    })
    note: string | null,
    @Ctx() ctx: Context,
  ) {
    const { rule, report } = await ctx.services.rules.publish(id, staffId(ctx), note ?? null);
    return {
      rule: await ctx.services.rules.listView(rule),
      report: { ...report, issues: issuesOut(report.issues) },
    };
  }

  @Authorized('staff:write')
  @Mutation(() => RuleType, { description: 'A new DRAFT rule with a copy of the draft, named "… (copy)".' })
  async duplicateRule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.rules.listView(await ctx.services.rules.duplicate(id));
  }

  @Authorized('staff:write')
  @Mutation(() => RuleType, { description: 'Pauses a rule: it stops issuing.' })
  async pauseRule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.rules.listView(await ctx.services.rules.setStatus(id, 'PAUSED'));
  }

  @Authorized('staff:write')
  @Mutation(() => RuleType, { description: 'Resumes a paused rule.' })
  async resumeRule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.rules.listView(await ctx.services.rules.setStatus(id, 'ACTIVE'));
  }

  @Authorized('staff:write')
  @Mutation(() => RuleType, { description: 'Makes a published version the live one again.' })
  async rollbackRule(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rules.listView(await ctx.services.rules.rollback(id, version));
  }
}
