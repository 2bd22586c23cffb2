import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Field,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { describeCoupon } from '@couponflow/schema';
import type { Context } from '../graphql/context';
import { graphqlEnum } from '../graphql/enums';
import { PageArgs } from '../graphql/pagination';
import { UserError, refusalsAsData } from '../graphql/user-error';
import type { CouponTemplate } from './template.entity';
import {
  CreateTemplateInput,
  MintCodesInput,
  QuotaBatchType,
  TemplateConnection,
  TemplateFilter,
  TemplateType,
  UpdateTemplateInput,
} from './template.types';

const TEMPLATE_ACTIONS = ['ACTIVATE', 'PAUSE', 'RESUME', 'END'] as const;
const TemplateActionEnum = graphqlEnum(
  TEMPLATE_ACTIONS,
  'TemplateAction',
  'A template life-cycle step: ACTIVATE (DRAFT or PAUSED → ACTIVE), PAUSE (ACTIVE → PAUSED), RESUME (PAUSED → ACTIVE), END (any but ENDED → ENDED).',
);

@ObjectType({
  description:
    'The outcome of a template life-cycle step: the template as it now is, and why not when refused.',
})
class TemplateTransitionResult {
  @Field(() => TemplateType, { description: 'The template (unchanged when the step was refused).' })
  template!: CouponTemplate;
  @Field(() => [UserError], {
    description:
      'Empty when the step was taken; INVALID_TRANSITION on `action` when the state does not allow it.',
  })
  errors!: UserError[];
}

@ObjectType({ description: 'The codes minted.', simpleResolvers: true })
class MintCodesResult {
  @Field(() => Int) count!: number;
  @Field(() => [String], { description: 'Up to 10 of the new codes.' }) sample!: string[];
  @Field(() => [String], { description: 'Every code of this batch (for export; at most 100 000).' })
  codes!: string[];
}

@ObjectType({
  description: 'How many unbound codes of a template were minted, claimed and remain.',
  simpleResolvers: true,
})
class CodeCounts {
  @Field(() => Int) unused!: number;
  @Field(() => Int) claimed!: number;
}

@Resolver(() => TemplateType)
export class TemplateResolver {
  @Authorized('staff:read')
  @Query(() => TemplateType, { description: 'One coupon template by id.' })
  template(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.templates.get(id);
  }

  @Authorized('staff:read')
  @Query(() => TemplateConnection, { description: 'Coupon templates, newest first, as a cursor connection.' })
  templates(
    @Arg('filter', () => TemplateFilter, { nullable: true }) filter: TemplateFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.templates.list(filter, page.first, page.after);
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, { description: 'Creates a coupon template.' })
  createTemplate(@Arg('input', () => CreateTemplateInput) input: CreateTemplateInput, @Ctx() ctx: Context) {
    return ctx.services.templates.create(input);
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, { description: 'Changes a coupon template.' })
  updateTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTemplateInput) input: UpdateTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.templates.update(id, input);
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateTransitionResult, {
    description:
      'Takes one life-cycle step (ACTIVATE, PAUSE, RESUME, END); a step the state does not allow is answered in `errors`.',
  })
  async transitionTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('action', () => TemplateActionEnum) action: (typeof TEMPLATE_ACTIONS)[number],
    @Ctx() ctx: Context,
  ): Promise<TemplateTransitionResult> {
    const step = action.toLowerCase() as 'activate' | 'pause' | 'resume' | 'end';
    const result = await refusalsAsData(
      async () => ({ template: await ctx.services.templates.transition(id, step) }),
      async () => ({ template: await ctx.services.templates.get(id) }),
    );
    return {
      ...result,
      errors: result.errors.map((e) => ({ ...e, field: 'action', message: e.message.replace(/^id: /, '') })),
    };
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, {
    description: 'DRAFT or PAUSED → ACTIVE.',
    deprecationReason: 'Use transitionTemplate(id, action: ACTIVATE): a refusal comes back in `errors`.',
  })
  activateTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.templates.transition(id, 'activate');
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, {
    description: 'Pauses a template: it stops issuing.',
    deprecationReason: 'Use transitionTemplate(id, action: PAUSE): a refusal comes back in `errors`.',
  })
  pauseTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.templates.transition(id, 'pause');
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, {
    description: 'Resumes a paused template.',
    deprecationReason: 'Use transitionTemplate(id, action: RESUME): a refusal comes back in `errors`.',
  })
  resumeTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.templates.transition(id, 'resume');
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, {
    description: 'No more claims; issued coupons stay valid until they expire.',
    deprecationReason: 'Use transitionTemplate(id, action: END): a refusal comes back in `errors`.',
  })
  endTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.templates.transition(id, 'end');
  }

  @Authorized('staff:write')
  @Mutation(() => MintCodesResult, { description: 'Unbound codes users enter with claimByCode.' })
  mintCodes(@Arg('input', () => MintCodesInput) input: MintCodesInput, @Ctx() ctx: Context) {
    return ctx.services.templates.mintCodes(input);
  }

  @FieldResolver(() => [QuotaBatchType])
  quotaBatches(@Root() t: CouponTemplate, @Ctx() ctx: Context) {
    return ctx.services.templates.batches(t.id);
  }

  @FieldResolver(() => String, {
    description:
      'What the coupon gives, in words a shopper understands (wallet, coupon centre): "Free shipping on orders of 50.00 or more", "Buy 2 shoes, get 1 sock free — cheapest first".',
  })
  summary(@Root() t: CouponTemplate): string {
    return describeCoupon(t);
  }

  @FieldResolver(() => CodeCounts)
  codes(@Root() t: CouponTemplate, @Ctx() ctx: Context) {
    return ctx.services.templates.codeCounts(t.id);
  }
}
