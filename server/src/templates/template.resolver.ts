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
import { PageArgs } from '../graphql/pagination';
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
  @Mutation(() => TemplateType, { description: 'DRAFT or PAUSED → ACTIVE.' })
  activateTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.templates.transition(id, 'activate');
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, { description: 'Pauses a template: it stops issuing.' })
  pauseTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.templates.transition(id, 'pause');
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, { description: 'Resumes a paused template.' })
  resumeTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.templates.transition(id, 'resume');
  }

  @Authorized('staff:write')
  @Mutation(() => TemplateType, {
    description: 'No more claims; issued coupons stay valid until they expire.',
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
