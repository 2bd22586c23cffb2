import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Float } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Context } from '../graphql/context';
import { ExperimentArgs } from './experiment-options';
import { DateTimeScalar } from '../graphql/scalars';
import { ForecastModeEnum, LtvGroupByEnum } from './metrics.enums';
import type { LtvGroupBy } from './metrics.service';
import {
  CouponMetrics,
  ExperimentResult,
  IssueForecast,
  LtvReportView,
  MetricsScope,
  RebuildReport,
  RuleForecast,
} from './metrics.types';

@Resolver()
export class MetricsResolver {
  @Authorized('staff:read')
  @Query(() => CouponMetrics, {
    description: 'Rollups of a scope over [from, to), totals and one entry per local day.',
  })
  metrics(
    @Arg('scope', () => MetricsScope) scope: MetricsScope,
    @Arg('from', () => DateTimeScalar) from: number,
    @Arg('to', () => DateTimeScalar) to: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.metrics.metrics(scope, from, to);
  }

  @Authorized('staff:read')
  @Query(() => ExperimentResult, { description: 'A rule’s split measured over a window after exposure.' })
  experiment(
    @Arg('ruleId', () => ID) ruleId: string,
    @Args(() => ExperimentArgs) options: ExperimentArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.metrics.experiment(ruleId, options);
  }

  @Authorized('staff:read')
  @Query(() => LtvReportView, {
    description:
      'Historical LTV by periods since the first order and expected LTV (BG/NBD + Gamma-Gamma), per group.',
  })
  ltv(
    @Arg('groupBy', () => LtvGroupByEnum) groupBy: LtvGroupBy,
    @Arg('ruleId', () => ID, { nullable: true }) ruleId: string | null,
    @Arg('audienceId', () => ID, { nullable: true }) audienceId: string | null,
    @Arg('horizonWeeks', () => Int, { nullable: true, description: 'Default 52.' })
    horizonWeeks: number | null,
    @Arg('periods', () => Int, { nullable: true, description: '30-day periods of history (default 12).' })
    periods: number | null,
    @Arg('marginRateBp', () => Int, { nullable: true }) marginRateBp: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.metrics.ltv({ groupBy, ruleId, audienceId, horizonWeeks, periods, marginRateBp });
  }

  @Authorized('staff:read')
  @Query(() => IssueForecast, {
    description:
      'What issuing a template to an audience would cost: size × claim rate × redemption rate × mean discount.',
  })
  forecastIssue(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('audienceId', () => ID) audienceId: string,
    @Arg('mode', () => ForecastModeEnum, { nullable: true, description: 'Default BULK.' })
    mode: 'BULK' | 'CLAIM' | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.metrics.forecastIssue(templateId, audienceId, mode ?? 'BULK');
  }

  @Authorized('staff:read')
  @Query(() => RuleForecast, {
    description:
      'What a draft rule would cost: the draft replayed over the stored events of [from, to] (no side effects), ' +
      'and per template it issues coupons × redemption rate × mean discount, as forecastIssue, with the budget liability.',
  })
  forecastRule(
    @Arg('graph', () => GraphQLJSON, { validate: false, description: 'The draft rule graph.' })
    graph: unknown,
    @Arg('from', () => DateTimeScalar) from: number,
    @Arg('to', () => DateTimeScalar) to: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.metrics.forecastRule(graph, from, to);
  }

  @Authorized('staff:write')
  @Mutation(() => ID, {
    description: 'Switches a rule to AUTOMATED keeping a holdout (percent); returns the rule id.',
  })
  async solidifyRule(
    @Arg('ruleId', () => ID) ruleId: string,
    @Arg('holdoutPercent', () => Float) holdoutPercent: number,
    @Ctx() ctx: Context,
  ) {
    const rule = await ctx.services.metrics.solidify(
      ruleId,
      holdoutPercent,
      ctx.principal?.kind === 'staff' ? ctx.principal.id : null,
    );
    return rule.id;
  }

  @Authorized('admin')
  @Mutation(() => RebuildReport, {
    description: 'Recomputes every rollup from the outbox and the order facts.',
  })
  rebuildMetrics(@Ctx() ctx: Context) {
    return ctx.services.metrics.rebuild();
  }
}
