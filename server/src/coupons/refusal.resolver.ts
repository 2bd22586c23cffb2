// refusedClaims: a user's refused claims for staff (the user lookup's claim history), newest first.
import { MaxLength } from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { decodeCursor, type Page, PageArgs, toPage } from '../graphql/pagination';
import type { CouponTemplate } from '../templates/template.entity';
import { TemplateType } from '../templates/template.types';
import { refusalMessage } from './coupon.service';
import type { RefusalRow } from './refusal.sql';
import { RefusedClaimConnection, RefusedClaimType } from './refusal.types';

@ArgsType()
class RefusedClaimsArgs extends PageArgs {
  @Field(() => ID, { description: 'The user whose refused claims to list.' })
  @MaxLength(128)
  userId!: string;
}

type RefusedClaimView = Omit<RefusalRow, 'id'> & { id: string; message: string };

@Resolver(() => RefusedClaimType)
export class RefusedClaimResolver {
  @Authorized('staff:read')
  @Query(() => RefusedClaimConnection, {
    description:
      "A user's refused claims, newest first (staff): the template, the reason and where the claim came from.",
  })
  async refusedClaims(
    @Args(() => RefusedClaimsArgs) args: RefusedClaimsArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<RefusedClaimView>> {
    const position = decodeCursor(args.after);
    if (position != null && !/^\d{1,15}$/.test(position))
      throw badInput('after', 'is not a cursor from this list');
    const { rows, total } = await ctx.services.coupons.refusedClaims(
      args.userId,
      position == null ? null : Number(position),
      args.first + 1,
    );
    const views = rows.map((r) => ({ ...r, id: String(r.id), message: refusalMessage(r.reason) }));
    return toPage(views, args.first, total, (r) => r.id, args.after);
  }

  @FieldResolver(() => TemplateType)
  async template(@Root() r: RefusedClaimView, @Ctx() ctx: Context): Promise<CouponTemplate> {
    const t = await ctx.services.coupons.template(r.templateId);
    if (!t) throw new Error(`template ${r.templateId} of a refused claim is missing`);
    return t;
  }
}
