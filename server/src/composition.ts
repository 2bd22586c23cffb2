// What the server is made of, listed once at the top: every table, every resolver, the domain errors
// that are bad input, and the services a request can reach. The lower folders take these lists as
// arguments (db/orm.ts the tables, graphql/schema.ts the resolvers, graphql/format-error.ts the input
// errors), so db/ and graphql/ import no feature and the arrows point one way:
// app.ts and composition.ts -> feature folders -> db/, graphql/. GraphQL enums live with the feature
// that owns their values and register themselves where they are declared.
import type { EntitySchema } from '@mikro-orm/core';
import { MoneyInputError } from '@couponflow/schema';
import { AudienceMemberSchema, AudienceSchema } from './audiences/audience.entity';
import { AudienceResolver } from './audiences/audience.resolver';
import type { AudienceService } from './audiences/audience.service';
import { ApiKeySchema, RevokedTokenSchema, SettingSchema, StaffUserSchema } from './auth/auth.entity';
import { AuthResolver, StaffUserResolver } from './auth/auth.resolver';
import type { AuthService } from './auth/auth.service';
import { CampaignSchema } from './campaigns/campaign.entity';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { BudgetStatus } from './campaigns/campaign.types';
import type { CampaignService } from './campaigns/campaign.service';
import { CheckoutResolver } from './checkout/checkout.resolver';
import { Quote } from './checkout/checkout.types';
import type { CheckoutService } from './checkout/checkout.service';
import { CheckoutOrderSchema, RedemptionSchema } from './checkout/order.entity';
import { CheckoutInputError } from './checkout/types';
import type { Dialect } from './config';
import { CouponCodeSchema, CouponSchema, IdempotencyRecordSchema } from './coupons/coupon.entity';
import { ClaimRefusalSchema } from './coupons/refusal.entity';
import { RefusedClaimResolver } from './coupons/refusal.resolver';
import { CouponResolver, couponTemplate } from './coupons/coupon.resolver';
import type { CouponService } from './coupons/coupon.service';
import {
  EventCursorSchema,
  WebhookInstanceSchema,
  WebhookAttemptSchema,
  WebhookDeliverySchema,
  WebhookEndpointSchema,
} from './events/events.entity';
import { CouponEventsResolver, WebhookResolver } from './events/events.resolver';
import type { EventsService } from './events/events.service';
import { currencyField } from './graphql/currency';
import type { InputErrorOf } from './graphql/format-error';
import type { DirectFieldResolvers } from './graphql/schema';
import { InvestmentResolver } from './investments/investment.resolver';
import { InvestmentQuote } from './investments/investment.types';
import type { InvestmentService } from './investments/investment.service';
import { BulkJobExposureSchema, BulkJobSchema, BulkJobTargetSchema } from './jobs/bulk-job.entity';
import { BulkJobResolver } from './jobs/bulk-job.resolver';
import type { BulkJobService } from './jobs/bulk-job.service';
import {
  ExperimentSnapshotSchema,
  MetricDailySchema,
  OrderFactSchema,
  RuleExposureDaySchema,
} from './metrics/metrics.entity';
import { JobExperimentResolver } from './metrics/job-experiment.resolver';
import { MetricsResolver } from './metrics/metrics.resolver';
import { CouponMetrics } from './metrics/metrics.types';
import type { MetricsService } from './metrics/metrics.service';
import { OutboxEventSchema, OutboxEventSqliteSchema, OutboxPurgeSchema } from './outbox/outbox.entity';
import { CouponEventFieldsResolver, OutboxResolver } from './outbox/outbox.resolver';
import type { Retention } from './scheduler/retention';
import {
  RuleDayStatSchema,
  RuleExposureSchema,
  RuleFiringSchema,
  RuleNodeCountSchema,
  RuleNodeRegisterSchema,
  RuleNodeSketchSchema,
  RuleRevisionSchema,
  RuleSchema,
  RuleTriggerGroupSchema,
  RuleTriggerMemberSchema,
  RuleVersionSchema,
} from './rules/rule.entity';
import { RuleResolver } from './rules/rule.resolver';
import type { RuleService } from './rules/rule.service';
import { QuotaBucketSchema } from './quota/bucket.entity';
import { ShareClaimSchema, SharePackSchema } from './shares/share.entity';
import { ShareMetricsResolver, ShareResolver } from './shares/share.resolver';
import type { ShareService } from './shares/share.service';
import { CouponTemplateSchema, QuotaBatchSchema } from './templates/template.entity';
import { TemplateResolver } from './templates/template.resolver';
import type { TemplateService } from './templates/template.service';
import {
  BehaviourBucketSchema,
  BehaviourSumSchema,
  EventTypeDefSchema,
  TrackedEventSchema,
  UserAttributeKeySchema,
  UserFirstEventSchema,
  UserProfileSchema,
} from './tracking/tracking.entity';
import { TrackingResolver } from './tracking/tracking.resolver';
import type { TrackingService } from './tracking/tracking.service';
import { NodeResolver } from './nodes/node.resolver';

/** Every table of the model; the migrations are generated from exactly this list. */
const ENTITY_SCHEMAS = [
  StaffUserSchema,
  ApiKeySchema,
  SettingSchema,
  RevokedTokenSchema,
  CampaignSchema,
  CouponTemplateSchema,
  QuotaBatchSchema,
  QuotaBucketSchema,
  CouponSchema,
  CouponCodeSchema,
  IdempotencyRecordSchema,
  ClaimRefusalSchema,
  CheckoutOrderSchema,
  RedemptionSchema,
  OutboxEventSchema,
  OutboxPurgeSchema,
  BulkJobSchema,
  BulkJobTargetSchema,
  BulkJobExposureSchema,
  WebhookEndpointSchema,
  WebhookDeliverySchema,
  WebhookAttemptSchema,
  EventCursorSchema,
  WebhookInstanceSchema,
  EventTypeDefSchema,
  TrackedEventSchema,
  UserProfileSchema,
  BehaviourBucketSchema,
  BehaviourSumSchema,
  UserFirstEventSchema,
  RuleSchema,
  RuleVersionSchema,
  RuleRevisionSchema,
  RuleFiringSchema,
  RuleExposureSchema,
  RuleNodeCountSchema,
  RuleNodeSketchSchema,
  RuleNodeRegisterSchema,
  RuleTriggerGroupSchema,
  RuleTriggerMemberSchema,
  RuleDayStatSchema,
  UserAttributeKeySchema,
  AudienceSchema,
  AudienceMemberSchema,
  OrderFactSchema,
  MetricDailySchema,
  RuleExposureDaySchema,
  ExperimentSnapshotSchema,
  SharePackSchema,
  ShareClaimSchema,
];

/** The tables of one dialect (the outbox's autoincrement key is declared per dialect). */
export const entitySchemas = (dialect: Dialect): EntitySchema[] =>
  (dialect === 'sqlite'
    ? ENTITY_SCHEMAS.map((e) => (e === OutboxEventSchema ? OutboxEventSqliteSchema : e))
    : ENTITY_SCHEMAS) as EntitySchema[];

/** Every resolver of the one GraphQL schema (schema/schema.graphql is emitted from these). */
export const RESOLVERS = [
  AuthResolver,
  StaffUserResolver,
  CampaignResolver,
  TemplateResolver,
  CouponResolver,
  RefusedClaimResolver,
  CheckoutResolver,
  InvestmentResolver,
  ShareResolver,
  ShareMetricsResolver,
  BulkJobResolver,
  OutboxResolver,
  CouponEventFieldsResolver,
  WebhookResolver,
  CouponEventsResolver,
  TrackingResolver,
  RuleResolver,
  AudienceResolver,
  MetricsResolver,
  JobExperimentResolver,
  NodeResolver,
  // `currency` beside money figures a partner reads on their own.
  currencyField(Quote),
  currencyField(BudgetStatus),
  currencyField(CouponMetrics),
  currencyField(InvestmentQuote),
] as const;

/** Resolvers installed on their fields as they are (graphql/schema.ts, buildAppSchema). */
export const DIRECT_FIELD_RESOLVERS: DirectFieldResolvers = {
  'Coupon.template': couponTemplate,
};

/** Domain errors thrown for bad input: they leave the server as BAD_USER_INPUT (graphql/format-error.ts). */
export const inputErrorOf: InputErrorOf = (error) => {
  if (error instanceof CheckoutInputError) return { message: error.message, field: error.path };
  if (error instanceof MoneyInputError) return { message: error.message };
  return null;
};

// The services every resolver reaches through its context: graphql/context.ts declares the ones it
// knows itself (config, db, log), the features' are added here, where they are wired (app.ts).
declare module './graphql/context' {
  interface Services {
    auth: AuthService;
    campaigns: CampaignService;
    templates: TemplateService;
    coupons: CouponService;
    checkout: CheckoutService;
    investments: InvestmentService;
    shares: ShareService;
    jobs: BulkJobService;
    events: EventsService;
    tracking: TrackingService;
    rules: RuleService;
    audiences: AudienceService;
    metrics: MetricsService;
    /** The retention purge and its counters (GET /health); null where the scheduler does not run it. */
    retention: Retention | null;
  }
}
