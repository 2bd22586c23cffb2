import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/pagination';
import { DateTimeScalar } from '../graphql/scalars';
import { TemplateType } from '../templates/template.types';
import type { Placement } from '../templates/template.entity';
import type { CouponSource } from './coupon.entity';
import { ClaimRefusalEnum, CouponSourceEnum, PlacementKindEnum } from './coupon.enums';
import type { ClaimRefusal } from './refusals';

@ObjectType('RefusedClaim', {
  simpleResolvers: true,
  description:
    'A claim (claimCoupon, claimByCode or a share claim) that issued nothing: who asked, for which template, why, when and from where. Kept CLAIM_REFUSAL_RETENTION_DAYS; RATE_LIMITED and unknown codes are not stored.',
})
export class RefusedClaimType {
  @Field(() => ID, { description: 'The record’s id (newest is highest).' }) id!: string;
  @Field(() => ID, { description: 'The user who claimed.' }) userId!: string;
  @Field(() => ID, { description: 'The template claimed.' }) templateId!: string;
  @Field(() => TemplateType, { description: 'The template claimed.' }) template!: TemplateType;
  @Field(() => ClaimRefusalEnum, { description: 'Why the claim was refused.' }) reason!: ClaimRefusal;
  @Field(() => String, { description: 'The reason in words, as ClaimRefused.message gave it.' })
  message!: string;
  @Field(() => CouponSourceEnum, { description: 'CLAIM (a claim or share claim) or CODE (claimByCode).' })
  source!: CouponSource;
  @Field(() => String, { nullable: true, description: 'The device the claim came from.' })
  deviceId?: string | null;
  @Field(() => String, { nullable: true, description: 'The web cookie the claim came from.' })
  cookieId?: string | null;
  @Field(() => PlacementKindEnum, { nullable: true, description: 'Where in the app it was claimed.' })
  placement?: Placement | null;
  @Field(() => DateTimeScalar, { description: 'When the claim was refused.' }) createdAt!: number;
}

export const RefusedClaimConnection = Connection(
  RefusedClaimType,
  'RefusedClaimConnection',
  'refused claims',
);
