import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { type AuthCheckerFn, buildSchema } from 'type-graphql';
import './enums';
import { AuthResolver } from '../auth/auth.resolver';
import { can, type Permission } from '../auth/principal';
import { CampaignResolver } from '../campaigns/campaign.resolver';
import { CheckoutResolver } from '../checkout/checkout.resolver';
import { CouponResolver } from '../coupons/coupon.resolver';
import { BulkJobResolver } from '../jobs/bulk-job.resolver';
import { OutboxResolver } from '../outbox/outbox.resolver';
import { TemplateResolver } from '../templates/template.resolver';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

const authChecker: AuthCheckerFn<Context, Permission> = ({ context }, permissions) => {
  if (context.principal.kind === 'anonymous') throw unauthenticated();
  if (permissions.length === 0 || permissions.some((p) => can(context.principal, p))) return true;
  throw forbidden(`this operation needs ${permissions.join(' or ')}`);
};

export const RESOLVERS = [AuthResolver, CampaignResolver, TemplateResolver, CouponResolver, CheckoutResolver, BulkJobResolver, OutboxResolver] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

/** The SDL checked in as schema/schema.graphql. */
export const printSdl = (schema: GraphQLSchema): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
