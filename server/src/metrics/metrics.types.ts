import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';
import {
  FigureSourceEnum,
  ForecastModeEnum,
  FunderKindEnum,
  LtvGroupByEnum,
  MetricsScopeKindEnum,
  OutcomeMetricEnum,
  RecommendationEnum,
} from './metrics.enums';
import type { FunderKind, LtvGroupBy, MetricsScopeKind } from './metrics.service';
import type { OutcomeMetric, Recommendation } from './experiment';
import type { FigureSource } from './forecast';

@ObjectType({ description: 'Value per user in one period since the first order.', simpleResolvers: true })
export class LtvPeriodView {
  @Field(() => Int, { description: '30-day periods since the first order (0 = the first 30 days).' })
  period!: number;
  @Field(() => Float, { description: 'Cumulative revenue per user up to the end of the period.' })
  revenuePerUser!: number;
  @Field(() => Float, { description: 'Cumulative margin − discounts per user.' }) profitPerUser!: number;
  @Field(() => Int) activeUsers!: number;
}

@ObjectType({
  description: 'Expected lifetime value per user from the BG/NBD and Gamma-Gamma models.',
  simpleResolvers: true,
})
export class ExpectedLtv {
  @Field(() => Int) customers!: number;
  @Field(() => Float, { description: 'Expected purchases per customer over the horizon.' })
  purchases!: number;
  @Field(() => Float, { description: 'Expected value per customer over the horizon (minor units).' })
  value!: number;
  @Field(() => Float) se!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
}

@ObjectType({ description: 'One group of an LTV report: history and expectation.', simpleResolvers: true })
export class LtvGroupView {
  @Field(() => String, { description: 'Cohort month (YYYY-MM), arm id or audience id.' }) key!: string;
  @Field(() => Int) customers!: number;
  @Field(() => [LtvPeriodView], {
    description:
      'Cumulative value per user by 30-day period since the first order, up to the last period any of the group’s customers has reached (later periods are left out, not shown flat; none for a group without customers yet).',
  })
  historical!: LtvPeriodView[];
  @Field(() => ExpectedLtv, { nullable: true }) expected!: ExpectedLtv | null;
}

@ObjectType({ description: 'A fitted model parameter of an LTV report.', simpleResolvers: true })
export class LtvParamView {
  @Field(() => String) name!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true }) se!: number | null;
}

@ObjectType({ description: 'Historical and expected lifetime value, per group.', simpleResolvers: true })
export class LtvReportView {
  @Field(() => LtvGroupByEnum) groupBy!: LtvGroupBy;
  @Field(() => Int) customers!: number;
  @Field(() => Int) horizonWeeks!: number;
  @Field(() => [LtvParamView], {
    description: 'BG/NBD r, alpha, a, b and Gamma-Gamma p, q, v with standard errors.',
  })
  params!: LtvParamView[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [LtvGroupView]) groups!: LtvGroupView[];
}

@ObjectType({ simpleResolvers: true, description: 'One factor of a forecast, with where it comes from.' })
export class ForecastFigure {
  @Field(() => String, { description: 'audienceSize, claimRate, redemptionRate or meanDiscount.' })
  name!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => FigureSourceEnum) source!: FigureSource;
  @Field(() => String) basis!: string;
}

@ObjectType({
  description: 'A cost estimate with its low and high bounds, in minor units.',
  simpleResolvers: true,
})
export class CostRange {
  @Field(() => MoneyScalar) value!: number;
  @Field(() => MoneyScalar) low!: number;
  @Field(() => MoneyScalar) high!: number;
}

@ObjectType({ description: 'What issuing a template to an audience would cost.', simpleResolvers: true })
export class IssueForecast {
  @Field(() => ID) templateId!: string;
  @Field(() => ID) audienceId!: string;
  @Field(() => ForecastModeEnum) mode!: 'BULK' | 'CLAIM';
  @Field(() => [ForecastFigure]) figures!: ForecastFigure[];
  @Field(() => CostRange, { description: 'Expected subsidy (minor units) and its range.' }) cost!: CostRange;
}

@ObjectType({
  simpleResolvers: true,
  description: 'What a draft rule would cost for one template it issues.',
})
export class RuleForecastTemplate {
  @Field(() => ID) templateId!: string;
  @Field(() => Int, { description: 'Coupons the replay would have issued of this template.' })
  coupons!: number;
  @Field(() => Int, { description: 'Users they would have gone to.' }) users!: number;
  @Field(() => [ForecastFigure], {
    description:
      'coupons × claimRate (1: a rule puts the coupon in the wallet) × redemptionRate × meanDiscount.',
  })
  figures!: ForecastFigure[];
  @Field(() => CostRange, { description: 'Expected subsidy (minor units) and its range.' }) cost!: CostRange;
  @Field(() => MoneyScalar, {
    description:
      "The liability by the budget rule's formula (campaigns/budget.ts): max value × the template's redemption rate, 1 until it has history.",
  })
  liability!: number;
  @Field(() => MoneyScalar, { description: 'Every coupon redeemed at its maximum value.' })
  worstCaseCost!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A draft rule replayed over past events, and what it would cost.',
})
export class RuleForecast {
  @Field(() => DateTimeScalar) from!: number;
  @Field(() => DateTimeScalar) to!: number;
  @Field(() => Int, { description: 'Stored events of the trigger type replayed.' }) events!: number;
  @Field(() => Int) firings!: number;
  @Field(() => Int) users!: number;
  @Field(() => Boolean, {
    description: 'The replay stopped at its event limit: the figures are lower bounds.',
  })
  truncated!: boolean;
  @Field(() => [RuleForecastTemplate]) templates!: RuleForecastTemplate[];
  @Field(() => CostRange, { description: "Sum of the templates' expected subsidies and ranges." })
  cost!: CostRange;
  @Field(() => MoneyScalar, { description: "Sum of the templates' budget liabilities." })
  liability!: number;
  @Field(() => MoneyScalar) worstCaseCost!: number;
}

@InputType({
  description:
    'What `metrics` measures: the deployment (ALL), a template, campaign, rule, merchant or funder.',
})
export class MetricsScope {
  @Field(() => MetricsScopeKindEnum) kind!: MetricsScopeKind;
  @Field(() => ID, {
    nullable: true,
    description:
      'The template, campaign, rule or merchant id; a funder is PLATFORM, MERCHANT or BRAND; none for ALL.',
  })
  id?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Figures of one local day (or the totals of a range).' })
export class MetricsFigures {
  @Field(() => String, {
    description: 'Local date (YYYY-MM-DD) in the deployment time zone; empty for totals.',
  })
  date!: string;
  @Field(() => GraphQLSafeInt) issued!: number;
  @Field(() => GraphQLSafeInt) issuedClaim!: number;
  @Field(() => GraphQLSafeInt) issuedCode!: number;
  @Field(() => GraphQLSafeInt) issuedRule!: number;
  @Field(() => GraphQLSafeInt) issuedBulk!: number;
  @Field(() => GraphQLSafeInt) issuedApi!: number;
  @Field(() => GraphQLSafeInt, { description: 'Issued because the user asked (CLAIM and CODE).' })
  claimed!: number;
  @Field(() => GraphQLSafeInt) redeemed!: number;
  @Field(() => GraphQLSafeInt) expired!: number;
  @Field(() => MoneyScalar, { description: 'Redeemed discounts net of refunds (minor units).' })
  subsidy!: number;
  @Field(() => GraphQLSafeInt, {
    description:
      'Paid orders: all of them for ALL and MERCHANT; those that used a coupon of the scope otherwise.',
  })
  paidOrders!: number;
  @Field(() => GraphQLSafeInt) couponOrders!: number;
  @Field(() => MoneyScalar, { description: 'Paid amounts net of refunds (minor units).' })
  revenue!: number;
  @Field(() => MoneyScalar, { description: 'Margin of the orders whose margin is known.' })
  margin!: number;
  @Field(() => GraphQLSafeInt) marginOrders!: number;
  @Field(() => MoneyScalar, { description: 'Margin − subsidy.' }) grossProfit!: number;
  @Field(() => GraphQLSafeInt) refunds!: number;
  @Field(() => GraphQLSafeInt, { description: 'Users whose first paid order fell on the day.' })
  newCustomers!: number;
  @Field(() => GraphQLSafeInt) newCustomersViaCoupon!: number;
}

@ObjectType({ description: 'What one funder pays of the discounts, in minor units.', simpleResolvers: true })
export class FunderSubsidy {
  @Field(() => FunderKindEnum) funder!: FunderKind;
  @Field(() => ID, { nullable: true }) funderId!: string | null;
  @Field(() => MoneyScalar) amount!: number;
}

@ObjectType({ description: 'The scope metrics were computed for.', simpleResolvers: true })
export class MetricsScopeView {
  @Field(() => MetricsScopeKindEnum) kind!: MetricsScopeKind;
  @Field(() => ID, { nullable: true }) id!: string | null;
}

@ObjectType({
  description: 'Rollups of a scope over a period: totals and one entry per local day.',
  simpleResolvers: true,
})
export class CouponMetrics {
  @Field(() => MetricsScopeView) scope!: MetricsScopeView;
  @Field(() => DateTimeScalar) from!: number;
  @Field(() => DateTimeScalar) to!: number;
  @Field(() => String) timeZone!: string;
  @Field(() => MetricsFigures) totals!: MetricsFigures;
  @Field(() => Float, { nullable: true, description: 'Redeemed / issued.' }) redemptionRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Coupon orders / all paid orders (deployment or merchant).',
  })
  couponOrderShare!: number | null;
  @Field(() => GraphQLSafeInt) allPaidOrders!: number;
  @Field(() => [FunderSubsidy]) subsidyByFunder!: FunderSubsidy[];
  @Field(() => [MetricsFigures], { description: 'One entry per local day of the range.' })
  daily!: MetricsFigures[];
}

@ObjectType({ description: 'What a metrics rebuild recomputed.', simpleResolvers: true })
export class RebuildReport {
  @Field(() => Int) couponEvents!: number;
  @Field(() => Int) orders!: number;
}

@ObjectType({ description: 'A confidence interval of an estimate.', simpleResolvers: true })
export class ConfidenceInterval {
  @Field(() => Float) estimate!: number;
  @Field(() => Float) se!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
}

@ObjectType({ description: 'A Welch t-test interval of a difference in means.', simpleResolvers: true })
export class WelchInterval extends ConfidenceInterval {
  @Field(() => Float, { description: 'Two-sided p-value.' }) p!: number;
}

@ObjectType({
  description: 'A CUPED variance-reduced lift estimate with its interval.',
  simpleResolvers: true,
})
export class CupedInterval extends ConfidenceInterval {
  @Field(() => Float) varianceReduction!: number;
  @Field(() => Float) theta!: number;
}

@ObjectType({ description: 'A sample-ratio mismatch test of an experiment’s arms.', simpleResolvers: true })
export class SrmCheck {
  @Field(() => Boolean, { description: 'p < 0.001: the split is broken; blocks any recommendation.' })
  mismatch!: boolean;
  @Field(() => Float) chiSquare!: number;
  @Field(() => Float) p!: number;
  @Field(() => [Int]) observed!: number[];
  @Field(() => [Float]) expectedShares!: number[];
}

@ObjectType({ description: 'One experiment arm measured on one metric.', simpleResolvers: true })
export class ArmMetric {
  @Field(() => OutcomeMetricEnum) metric!: OutcomeMetric;
  @Field(() => Float) mean!: number;
  @Field(() => Float) variance!: number;
}

@ObjectType({ description: 'One arm of an experiment: its users and outcomes.', simpleResolvers: true })
export class ExperimentArm {
  @Field(() => String) arm!: string;
  @Field(() => Boolean) control!: boolean;
  @Field(() => Int) exposed!: number;
  @Field(() => Int, { description: 'Exposed users whose window has elapsed (measured).' }) users!: number;
  @Field(() => Float) conversion!: number;
  @Field(() => Float) revenuePerUser!: number;
  @Field(() => Float) netContributionPerUser!: number;
  @Field(() => MoneyScalar) subsidy!: number;
  @Field(() => [ArmMetric]) metrics!: ArmMetric[];
}

@ObjectType({
  description: 'The lift of the treatment over the control on one metric.',
  simpleResolvers: true,
})
export class ExperimentLift {
  @Field(() => OutcomeMetricEnum) metric!: OutcomeMetric;
  @Field(() => String, { description: 'The treatment arm compared with the control arm.' }) arm!: string;
  @Field(() => WelchInterval, { description: 'Difference in means, Welch 95 % interval.' })
  absolute!: WelchInterval;
  @Field(() => ConfidenceInterval, { nullable: true, description: 'Relative lift, delta method.' })
  relative!: ConfidenceInterval | null;
  @Field(() => CupedInterval, { nullable: true, description: 'Difference in means after CUPED.' })
  cuped!: CupedInterval | null;
  @Field(() => ConfidenceInterval, { nullable: true, description: 'Always-valid interval (when asked).' })
  sequential!: ConfidenceInterval | null;
}

@ObjectType({
  description: 'Profit the treatment added over the control, with its interval.',
  simpleResolvers: true,
})
export class IncrementalProfit extends ConfidenceInterval {
  @Field(() => Int) treatedUsers!: number;
  @Field(() => String) arm!: string;
}

@ObjectType({ description: 'A rule’s split measured over a window after exposure.', simpleResolvers: true })
export class ExperimentResult {
  @Field(() => ID) ruleId!: string;
  @Field(() => Int, { nullable: true }) version!: number | null;
  @Field(() => String) mode!: string;
  @Field(() => Int) windowSeconds!: number;
  @Field(() => DateTimeScalar) measuredAt!: number;
  @Field(() => Int) exposedUsers!: number;
  @Field(() => Int) measuredUsers!: number;
  @Field(() => SrmCheck, { description: 'Checked before any lift.' }) srm!: SrmCheck;
  @Field(() => [ExperimentArm]) arms!: ExperimentArm[];
  @Field(() => [ExperimentLift]) lifts!: ExperimentLift[];
  @Field(() => IncrementalProfit, {
    nullable: true,
    description: 'Lift in net contribution per user × treated users.',
  })
  incrementalProfit!: IncrementalProfit | null;
  @Field(() => RecommendationEnum) recommendation!: Recommendation;
  @Field(() => [String]) evidence!: string[];
}
