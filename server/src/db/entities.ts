import { ApiKeySchema, SettingSchema, StaffUserSchema } from '../auth/auth.entity';
import { CampaignSchema } from '../campaigns/campaign.entity';
import { CheckoutOrderSchema, RedemptionSchema } from '../checkout/order.entity';
import { CouponCodeSchema, CouponSchema, IdempotencyRecordSchema } from '../coupons/coupon.entity';
import { BulkJobSchema, BulkJobTargetSchema } from '../jobs/bulk-job.entity';
import {
  EventCursorSchema,
  WebhookAttemptSchema,
  WebhookDeliverySchema,
  WebhookEndpointSchema,
} from '../events/events.entity';
import { AudienceMemberSchema, AudienceSchema } from '../audiences/audience.entity';
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
} from '../rules/rule.entity';
import {
  BehaviourBucketSchema,
  BehaviourSumSchema,
  EventTypeDefSchema,
  TrackedEventSchema,
  UserAttributeKeySchema,
  UserFirstEventSchema,
  UserProfileSchema,
} from '../tracking/tracking.entity';
import { OutboxEventSchema } from '../outbox/outbox.entity';
import { CouponTemplateSchema, QuotaBatchSchema } from '../templates/template.entity';

/** Every table of the model; the migrations are generated from exactly this list. */
export const ENTITY_SCHEMAS = [
  StaffUserSchema,
  ApiKeySchema,
  SettingSchema,
  CampaignSchema,
  CouponTemplateSchema,
  QuotaBatchSchema,
  CouponSchema,
  CouponCodeSchema,
  IdempotencyRecordSchema,
  CheckoutOrderSchema,
  RedemptionSchema,
  OutboxEventSchema,
  BulkJobSchema,
  BulkJobTargetSchema,
  WebhookEndpointSchema,
  WebhookDeliverySchema,
  WebhookAttemptSchema,
  EventCursorSchema,
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
];
