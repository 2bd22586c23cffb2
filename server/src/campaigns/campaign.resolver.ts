import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../graphql/pagination';
import type { Campaign } from './campaign.entity';
import {
  BudgetStatus,
  CampaignConnection,
  CampaignFilter,
  CampaignType,
  CreateCampaignInput,
  UpdateCampaignInput,
} from './campaign.types';

@Resolver(() => CampaignType)
export class CampaignResolver {
  @Authorized('staff:read')
  @Query(() => CampaignType, { description: 'One campaign by id.' })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.campaigns.get(id);
  }

  @Authorized('staff:read')
  @Query(() => CampaignConnection, { description: 'Campaigns, newest first, as a cursor connection.' })
  campaigns(
    @Arg('filter', () => CampaignFilter, { nullable: true }) filter: CampaignFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.campaigns.list(filter, page.first, page.after);
  }

  @Authorized('staff:write')
  @Mutation(() => CampaignType, { description: 'Creates a campaign (DRAFT).' })
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: Context) {
    return ctx.services.campaigns.create(input);
  }

  @Authorized('staff:write')
  @Mutation(() => CampaignType, { description: 'Changes a campaign.' })
  updateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.campaigns.update(id, input);
  }

  @Authorized('staff:write')
  @Mutation(() => CampaignType, { description: 'Claims of its templates are refused with PAUSED.' })
  pauseCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.campaigns.transition(id, 'pause');
  }

  @Authorized('staff:write')
  @Mutation(() => CampaignType, { description: 'Resumes a paused campaign.' })
  resumeCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.campaigns.transition(id, 'resume');
  }

  @Authorized('staff:write')
  @Mutation(() => CampaignType, { description: 'Ends a campaign: its templates stop issuing.' })
  endCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.campaigns.transition(id, 'end');
  }

  @FieldResolver(() => BudgetStatus)
  budgetStatus(@Root() c: Campaign, @Ctx() ctx: Context): BudgetStatus {
    return ctx.services.campaigns.budget(c);
  }
}
