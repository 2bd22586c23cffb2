import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../graphql/pagination';
import { refusalsAsData } from '../graphql/user-error';
import type { Campaign } from './campaign.entity';
import {
  BudgetStatus,
  CampaignConnection,
  CampaignFilter,
  CampaignActionEnum,
  CampaignTransitionResult,
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
  @Mutation(() => CampaignTransitionResult, {
    description:
      'Takes one life-cycle step (PAUSE, RESUME, END); a step the state does not allow is answered in `errors`.',
  })
  async transitionCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('action', () => CampaignActionEnum) action: 'PAUSE' | 'RESUME' | 'END',
    @Ctx() ctx: Context,
  ): Promise<CampaignTransitionResult> {
    const step = action === 'PAUSE' ? 'pause' : action === 'RESUME' ? 'resume' : 'end';
    const result = await refusalsAsData(
      async () => ({ campaign: await ctx.services.campaigns.transition(id, step) }),
      async () => ({ campaign: await ctx.services.campaigns.get(id) }),
    );
    return {
      ...result,
      errors: result.errors.map((e) => ({ ...e, field: 'action', message: e.message.replace(/^id: /, '') })),
    };
  }

  @Authorized('staff:write')
  @Mutation(() => CampaignType, {
    description: 'Claims of its templates are refused with PAUSED.',
    deprecationReason: 'Use transitionCampaign(id, action: PAUSE): a refusal comes back in `errors`.',
  })
  pauseCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.campaigns.transition(id, 'pause');
  }

  @Authorized('staff:write')
  @Mutation(() => CampaignType, {
    description: 'Resumes a paused campaign.',
    deprecationReason: 'Use transitionCampaign(id, action: RESUME): a refusal comes back in `errors`.',
  })
  resumeCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.campaigns.transition(id, 'resume');
  }

  @Authorized('staff:write')
  @Mutation(() => CampaignType, {
    description: 'Ends a campaign: its templates stop issuing.',
    deprecationReason: 'Use transitionCampaign(id, action: END): a refusal comes back in `errors`.',
  })
  endCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.campaigns.transition(id, 'end');
  }

  @FieldResolver(() => BudgetStatus)
  budgetStatus(@Root() c: Campaign, @Ctx() ctx: Context): BudgetStatus {
    return ctx.services.campaigns.budget(c);
  }
}
