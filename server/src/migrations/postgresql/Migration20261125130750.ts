import { Migration } from '@mikro-orm/migrations';

export class Migration20261125130750 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" varchar(48) not null, "name" varchar(200) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "merchant_ids" jsonb not null, "created_by" varchar(48) null, "created_at" bigint not null, "revoked_at" bigint null, constraint "api_key_pkey" primary key ("id"));`);

    this.addSql(`create table "bulk_job" ("id" varchar(48) not null, "template_id" varchar(48) not null, "status" varchar(16) not null, "total" int not null, "cursor" int not null default 0, "issued" int not null default 0, "refusals" jsonb not null, "created_by" varchar(48) null, "lease_owner" varchar(64) null, "lease_until" bigint null, "error" varchar(2000) null, "created_at" bigint not null, "updated_at" bigint not null, "finished_at" bigint null, constraint "bulk_job_pkey" primary key ("id"));`);
    this.addSql(`create index "bulk_job_status_index" on "bulk_job" ("status");`);

    this.addSql(`create table "bulk_job_target" ("job_id" varchar(48) not null, "seq" int not null, "user_id" varchar(128) not null, constraint "bulk_job_target_pkey" primary key ("job_id", "seq"));`);

    this.addSql(`create table "campaign" ("id" varchar(48) not null, "name" varchar(200) not null, "description" varchar(2000) null, "status" varchar(16) not null, "budget" bigint null, "spent" bigint not null default 0, "reserved" bigint not null default 0, "outstanding_max" bigint not null default 0, "issued_count" int not null default 0, "redeemed_count" int not null default 0, "expired_count" int not null default 0, "exhausted_at" bigint null, "starts_at" bigint null, "ends_at" bigint null, "created_at" bigint not null, "updated_at" bigint not null, constraint "campaign_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_status_index" on "campaign" ("status");`);

    this.addSql(`create table "checkout_order" ("id" varchar(128) not null, "user_id" varchar(128) not null, "status" varchar(16) not null, "cart_hash" varchar(64) not null, "quote" text not null, "total_discount" int not null, "lock_expires_at" bigint not null, "created_at" bigint not null, "updated_at" bigint not null, constraint "checkout_order_pkey" primary key ("id"));`);
    this.addSql(`create index "checkout_order_status_lock_expires_at_index" on "checkout_order" ("status", "lock_expires_at");`);
    this.addSql(`create index "checkout_order_user_id_index" on "checkout_order" ("user_id");`);

    this.addSql(`create table "coupon" ("id" varchar(48) not null, "template_id" varchar(48) not null, "campaign_id" varchar(48) null, "user_id" varchar(128) not null, "code" varchar(64) not null, "status" varchar(16) not null, "source" varchar(8) not null, "rule_id" varchar(48) null, "rule_version" int null, "placement" varchar(16) null, "device_id" varchar(128) null, "cookie_id" varchar(128) null, "issued_at" bigint not null, "valid_from" bigint not null, "valid_until" bigint not null, "seen_at" bigint null, "balance" int null, "max_value" int not null default 0, "locked_order_id" varchar(128) null, "lock_expires_at" bigint null, "locked_discount" int null, "redeemed_order_id" varchar(128) null, "redeemed_at" bigint null, "updated_at" bigint not null, constraint "coupon_pkey" primary key ("id"));`);
    this.addSql(`alter table "coupon" add constraint "coupon_code_unique" unique ("code");`);
    this.addSql(`create index "coupon_template_id_user_id_index" on "coupon" ("template_id", "user_id");`);
    this.addSql(`create index "coupon_template_id_device_id_index" on "coupon" ("template_id", "device_id");`);
    this.addSql(`create index "coupon_template_id_cookie_id_index" on "coupon" ("template_id", "cookie_id");`);
    this.addSql(`create index "coupon_user_id_status_index" on "coupon" ("user_id", "status");`);
    this.addSql(`create index "coupon_status_valid_until_index" on "coupon" ("status", "valid_until");`);
    this.addSql(`create index "coupon_locked_order_id_index" on "coupon" ("locked_order_id");`);

    this.addSql(`create table "coupon_code" ("code" varchar(64) not null, "template_id" varchar(48) not null, "status" varchar(8) not null, "coupon_id" varchar(48) null, "user_id" varchar(128) null, "claimed_at" bigint null, "created_at" bigint not null, constraint "coupon_code_pkey" primary key ("code"));`);
    this.addSql(`create index "coupon_code_template_id_status_index" on "coupon_code" ("template_id", "status");`);

    this.addSql(`create table "coupon_template" ("id" varchar(48) not null, "campaign_id" varchar(48) null, "name" varchar(200) not null, "description" varchar(2000) null, "kind" varchar(24) not null, "amount" int null, "threshold" int not null default 0, "discount_bp" int null, "cap" int null, "step" int null, "sku" varchar(128) null, "units" int null, "unit_value" int null, "balance" int null, "rate_bp" int null, "days" int null, "principal_cap" int null, "stack_group" varchar(16) not null, "exclusive" boolean not null default false, "valid_from" bigint null, "valid_until" bigint null, "valid_for_seconds" int null, "valid_after_seconds" int not null default 0, "claim_starts_at" bigint null, "claim_ends_at" bigint null, "quota_total" int null, "quota_available" int null, "restore_on_expiry" boolean not null default false, "issued_count" int not null default 0, "redeemed_count" int not null default 0, "expired_count" int not null default 0, "limit_per_account" int null, "limit_frequency" varchar(16) null, "limit_per_device" int null, "scope" jsonb not null, "funding" jsonb not null, "placements" jsonb not null, "refundable" boolean not null default true, "max_value" int not null default 0, "status" varchar(16) not null, "created_at" bigint not null, "updated_at" bigint not null, constraint "coupon_template_pkey" primary key ("id"));`);
    this.addSql(`create index "coupon_template_status_index" on "coupon_template" ("status");`);
    this.addSql(`create index "coupon_template_campaign_id_index" on "coupon_template" ("campaign_id");`);

    this.addSql(`create table "idempotency_key" ("key" varchar(400) not null, "request_hash" varchar(64) not null, "response" text not null, "created_at" bigint not null, constraint "idempotency_key_pkey" primary key ("key"));`);
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);

    this.addSql(`create table "outbox_event" ("id" bigserial primary key, "type" varchar(32) not null, "coupon_id" varchar(48) null, "template_id" varchar(48) null, "campaign_id" varchar(48) null, "user_id" varchar(128) null, "merchant_id" varchar(128) null, "payload" text not null, "created_at" bigint not null);`);
    this.addSql(`create index "outbox_event_coupon_id_id_index" on "outbox_event" ("coupon_id", "id");`);
    this.addSql(`create index "outbox_event_created_at_index" on "outbox_event" ("created_at");`);

    this.addSql(`create table "quota_batch" ("id" varchar(48) not null, "template_id" varchar(48) not null, "release_at" bigint not null, "units" int not null, "released_at" bigint null, constraint "quota_batch_pkey" primary key ("id"));`);
    this.addSql(`create index "quota_batch_released_at_release_at_index" on "quota_batch" ("released_at", "release_at");`);
    this.addSql(`create index "quota_batch_template_id_index" on "quota_batch" ("template_id");`);

    this.addSql(`create table "redemption" ("id" varchar(48) not null, "coupon_id" varchar(48) not null, "order_id" varchar(128) not null, "template_id" varchar(48) not null, "campaign_id" varchar(48) null, "user_id" varchar(128) not null, "discount" int not null, "redeemed_at" bigint not null, "refunded_at" bigint null, constraint "redemption_pkey" primary key ("id"));`);
    this.addSql(`create index "redemption_order_id_index" on "redemption" ("order_id");`);
    this.addSql(`create index "redemption_template_id_redeemed_at_index" on "redemption" ("template_id", "redeemed_at");`);
    this.addSql(`create index "redemption_coupon_id_index" on "redemption" ("coupon_id");`);

    this.addSql(`create table "setting" ("key" varchar(64) not null, "value" text not null, constraint "setting_pkey" primary key ("key"));`);

    this.addSql(`create table "staff_user" ("id" varchar(48) not null, "email" varchar(254) not null, "password_hash" varchar(200) not null, "role" varchar(16) not null, "disabled" boolean not null default false, "created_at" bigint not null, constraint "staff_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_email_unique" unique ("email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "bulk_job" cascade;`);

    this.addSql(`drop table if exists "bulk_job_target" cascade;`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "checkout_order" cascade;`);

    this.addSql(`drop table if exists "coupon" cascade;`);

    this.addSql(`drop table if exists "coupon_code" cascade;`);

    this.addSql(`drop table if exists "coupon_template" cascade;`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "quota_batch" cascade;`);

    this.addSql(`drop table if exists "redemption" cascade;`);

    this.addSql(`drop table if exists "setting" cascade;`);

    this.addSql(`drop table if exists "staff_user" cascade;`);
  }

}
