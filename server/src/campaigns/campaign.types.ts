import { Node } from '../graphql/node';
import { IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CampaignStatusEnum } from './campaign.enums';
import { Connection } from '../graphql/pagination';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';
import { graphqlEnum } from '../graphql/enums';
import { UserError } from '../graphql/user-error';
import type { Campaign, CampaignStatus } from './campaign.entity';
import { Name } from '../graphql/names';

@ObjectType('Campaign', {
  implements: Node,
  description: 'A marketing campaign: a budget, a schedule and the coupon templates it funds.',
  simpleResolvers: true,
})
export class CampaignType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CampaignStatusEnum) status!: CampaignStatus;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Subsidy budget, minor units; null = unlimited.',
  })
  budget?: number | null;
  @Field(() => MoneyScalar, { description: 'Sum of redeemed discounts.' }) spent!: number;
  @Field(() => MoneyScalar, { description: 'Discounts held by locked orders.' }) reserved!: number;
  @Field(() => MoneyScalar, { description: 'Maximum value of coupons still AVAILABLE or LOCKED.' })
  outstandingMax!: number;
  @Field(() => Int) issuedCount!: number;
  @Field(() => Int) redeemedCount!: number;
  @Field(() => Int) expiredCount!: number;
  @Field(() => DateTimeScalar, { nullable: true }) startsAt?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) endsAt?: number | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When issuance first stopped for lack of budget.',
  })
  exhaustedAt?: number | null;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar) updatedAt!: number;
}

@ObjectType({ description: 'Where a campaign’s budget stands.', simpleResolvers: true })
export class BudgetStatus {
  @Field(() => MoneyScalar, { nullable: true }) budget!: number | null;
  @Field(() => MoneyScalar) spent!: number;
  @Field(() => MoneyScalar) reserved!: number;
  @Field(() => MoneyScalar, {
    description: 'outstandingMax × redemptionRate (worst case 1 until there is history).',
  })
  liability!: number;
  @Field(() => Int, { description: 'Observed redemption rate in bp (10 000 until there is history).' })
  redemptionRateBp!: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'budget − spent − reserved − liability.' })
  headroom!: number | null;
}

export const CampaignConnection = Connection(CampaignType, 'CampaignConnection', 'campaigns');

@InputType({ description: 'A new campaign: name, budget and schedule.' })
export class CreateCampaignInput {
  @Field(() => String) @Name() name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @Min(0) budget?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() startsAt?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() endsAt?: number | null;
}

@InputType({ description: 'Changes to a campaign.' })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Name() name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'May not go below what is spent and reserved.',
  })
  @IsOptional()
  @Min(0)
  budget?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() endsAt?: number | null;
}

@InputType({ description: 'Which campaigns to list.' })
export class CampaignFilter {
  @Field(() => [CampaignStatusEnum], { nullable: true }) @IsOptional() status?: CampaignStatus[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) search?: string | null;
}

export const CampaignActionEnum = graphqlEnum(
  ['PAUSE', 'RESUME', 'END'] as const,
  'CampaignAction',
  'A campaign life-cycle step: PAUSE (ACTIVE → PAUSED), RESUME (PAUSED → ACTIVE), END (ACTIVE or PAUSED → ENDED).',
);

@ObjectType({
  description:
    'The outcome of a campaign life-cycle step: the campaign as it now is, and why not when refused.',
})
export class CampaignTransitionResult {
  @Field(() => CampaignType, { description: 'The campaign (unchanged when the step was refused).' })
  campaign!: Campaign;
  @Field(() => [UserError], {
    description:
      'Empty when the step was taken; INVALID_TRANSITION on `action` when the state does not allow it.',
  })
  errors!: UserError[];
}
