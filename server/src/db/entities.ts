import { ApiKeySchema, SettingSchema, StaffUserSchema } from '../auth/auth.entity';
import { CampaignSchema } from '../campaigns/campaign.entity';
import { CheckoutOrderSchema, RedemptionSchema } from '../checkout/order.entity';
import { CouponCodeSchema, CouponSchema, IdempotencyRecordSchema } from '../coupons/coupon.entity';
import { BulkJobSchema, BulkJobTargetSchema } from '../jobs/bulk-job.entity';
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
];
