import { Migration } from '@mikro-orm/migrations';

export class Migration20261125130750 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_key\` (\`id\` text not null, \`name\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`merchant_ids\` json not null, \`created_by\` text null, \`created_at\` bigint not null, \`revoked_at\` bigint null, primary key (\`id\`));`);

    this.addSql(`create table \`bulk_job\` (\`id\` text not null, \`template_id\` text not null, \`status\` text not null, \`total\` integer not null, \`cursor\` integer not null default 0, \`issued\` integer not null default 0, \`refusals\` json not null, \`created_by\` text null, \`lease_owner\` text null, \`lease_until\` bigint null, \`error\` text null, \`created_at\` bigint not null, \`updated_at\` bigint not null, \`finished_at\` bigint null, primary key (\`id\`));`);
    this.addSql(`create index \`bulk_job_status_index\` on \`bulk_job\` (\`status\`);`);

    this.addSql(`create table \`bulk_job_target\` (\`job_id\` text not null, \`seq\` integer not null, \`user_id\` text not null, primary key (\`job_id\`, \`seq\`));`);

    this.addSql(`create table \`campaign\` (\`id\` text not null, \`name\` text not null, \`description\` text null, \`status\` text not null, \`budget\` bigint null, \`spent\` bigint not null default 0, \`reserved\` bigint not null default 0, \`outstanding_max\` bigint not null default 0, \`issued_count\` integer not null default 0, \`redeemed_count\` integer not null default 0, \`expired_count\` integer not null default 0, \`exhausted_at\` bigint null, \`starts_at\` bigint null, \`ends_at\` bigint null, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_status_index\` on \`campaign\` (\`status\`);`);

    this.addSql(`create table \`checkout_order\` (\`id\` text not null, \`user_id\` text not null, \`status\` text not null, \`cart_hash\` text not null, \`quote\` text not null, \`total_discount\` integer not null, \`lock_expires_at\` bigint not null, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`checkout_order_status_lock_expires_at_index\` on \`checkout_order\` (\`status\`, \`lock_expires_at\`);`);
    this.addSql(`create index \`checkout_order_user_id_index\` on \`checkout_order\` (\`user_id\`);`);

    this.addSql(`create table \`coupon\` (\`id\` text not null, \`template_id\` text not null, \`campaign_id\` text null, \`user_id\` text not null, \`code\` text not null, \`status\` text not null, \`source\` text not null, \`rule_id\` text null, \`rule_version\` integer null, \`placement\` text null, \`device_id\` text null, \`cookie_id\` text null, \`issued_at\` bigint not null, \`valid_from\` bigint not null, \`valid_until\` bigint not null, \`seen_at\` bigint null, \`balance\` integer null, \`max_value\` integer not null default 0, \`locked_order_id\` text null, \`lock_expires_at\` bigint null, \`locked_discount\` integer null, \`redeemed_order_id\` text null, \`redeemed_at\` bigint null, \`updated_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`coupon_code_unique\` on \`coupon\` (\`code\`);`);
    this.addSql(`create index \`coupon_template_id_user_id_index\` on \`coupon\` (\`template_id\`, \`user_id\`);`);
    this.addSql(`create index \`coupon_template_id_device_id_index\` on \`coupon\` (\`template_id\`, \`device_id\`);`);
    this.addSql(`create index \`coupon_template_id_cookie_id_index\` on \`coupon\` (\`template_id\`, \`cookie_id\`);`);
    this.addSql(`create index \`coupon_user_id_status_index\` on \`coupon\` (\`user_id\`, \`status\`);`);
    this.addSql(`create index \`coupon_status_valid_until_index\` on \`coupon\` (\`status\`, \`valid_until\`);`);
    this.addSql(`create index \`coupon_locked_order_id_index\` on \`coupon\` (\`locked_order_id\`);`);

    this.addSql(`create table \`coupon_code\` (\`code\` text not null, \`template_id\` text not null, \`status\` text not null, \`coupon_id\` text null, \`user_id\` text null, \`claimed_at\` bigint null, \`created_at\` bigint not null, primary key (\`code\`));`);
    this.addSql(`create index \`coupon_code_template_id_status_index\` on \`coupon_code\` (\`template_id\`, \`status\`);`);

    this.addSql(`create table \`coupon_template\` (\`id\` text not null, \`campaign_id\` text null, \`name\` text not null, \`description\` text null, \`kind\` text not null, \`amount\` integer null, \`threshold\` integer not null default 0, \`discount_bp\` integer null, \`cap\` integer null, \`step\` integer null, \`sku\` text null, \`units\` integer null, \`unit_value\` integer null, \`balance\` integer null, \`rate_bp\` integer null, \`days\` integer null, \`principal_cap\` integer null, \`stack_group\` text not null, \`exclusive\` integer not null default false, \`valid_from\` bigint null, \`valid_until\` bigint null, \`valid_for_seconds\` integer null, \`valid_after_seconds\` integer not null default 0, \`claim_starts_at\` bigint null, \`claim_ends_at\` bigint null, \`quota_total\` integer null, \`quota_available\` integer null, \`restore_on_expiry\` integer not null default false, \`issued_count\` integer not null default 0, \`redeemed_count\` integer not null default 0, \`expired_count\` integer not null default 0, \`limit_per_account\` integer null, \`limit_frequency\` text null, \`limit_per_device\` integer null, \`scope\` json not null, \`funding\` json not null, \`placements\` json not null, \`refundable\` integer not null default true, \`max_value\` integer not null default 0, \`status\` text not null, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`coupon_template_status_index\` on \`coupon_template\` (\`status\`);`);
    this.addSql(`create index \`coupon_template_campaign_id_index\` on \`coupon_template\` (\`campaign_id\`);`);

    this.addSql(`create table \`idempotency_key\` (\`key\` text not null, \`request_hash\` text not null, \`response\` text not null, \`created_at\` bigint not null, primary key (\`key\`));`);
    this.addSql(`create index \`idempotency_key_created_at_index\` on \`idempotency_key\` (\`created_at\`);`);

    this.addSql(`create table \`outbox_event\` (\`id\` integer not null primary key autoincrement, \`type\` text not null, \`coupon_id\` text null, \`template_id\` text null, \`campaign_id\` text null, \`user_id\` text null, \`merchant_id\` text null, \`payload\` text not null, \`created_at\` bigint not null);`);
    this.addSql(`create index \`outbox_event_coupon_id_id_index\` on \`outbox_event\` (\`coupon_id\`, \`id\`);`);
    this.addSql(`create index \`outbox_event_created_at_index\` on \`outbox_event\` (\`created_at\`);`);

    this.addSql(`create table \`quota_batch\` (\`id\` text not null, \`template_id\` text not null, \`release_at\` bigint not null, \`units\` integer not null, \`released_at\` bigint null, primary key (\`id\`));`);
    this.addSql(`create index \`quota_batch_released_at_release_at_index\` on \`quota_batch\` (\`released_at\`, \`release_at\`);`);
    this.addSql(`create index \`quota_batch_template_id_index\` on \`quota_batch\` (\`template_id\`);`);

    this.addSql(`create table \`redemption\` (\`id\` text not null, \`coupon_id\` text not null, \`order_id\` text not null, \`template_id\` text not null, \`campaign_id\` text null, \`user_id\` text not null, \`discount\` integer not null, \`redeemed_at\` bigint not null, \`refunded_at\` bigint null, primary key (\`id\`));`);
    this.addSql(`create index \`redemption_order_id_index\` on \`redemption\` (\`order_id\`);`);
    this.addSql(`create index \`redemption_template_id_redeemed_at_index\` on \`redemption\` (\`template_id\`, \`redeemed_at\`);`);
    this.addSql(`create index \`redemption_coupon_id_index\` on \`redemption\` (\`coupon_id\`);`);

    this.addSql(`create table \`setting\` (\`key\` text not null, \`value\` text not null, primary key (\`key\`));`);

    this.addSql(`create table \`staff_user\` (\`id\` text not null, \`email\` text not null, \`password_hash\` text not null, \`role\` text not null, \`disabled\` integer not null default false, \`created_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`staff_user_email_unique\` on \`staff_user\` (\`email\`);`);
  }

}
