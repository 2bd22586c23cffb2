import { Migration } from '@mikro-orm/migrations';

export class Migration20261206140811 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`experiment_snapshot\` (\`rule_id\` text not null, \`recommendation\` text not null, \`fingerprint\` text not null, \`updated_at\` bigint not null, primary key (\`rule_id\`));`);

    this.addSql(`create table \`metric_daily\` (\`scope_kind\` text not null, \`scope_id\` text not null, \`day\` integer not null, \`issued_claim\` bigint not null default 0, \`issued_code\` bigint not null default 0, \`issued_rule\` bigint not null default 0, \`issued_bulk\` bigint not null default 0, \`issued_api\` bigint not null default 0, \`redeemed\` bigint not null default 0, \`expired\` bigint not null default 0, \`subsidy\` bigint not null default 0, \`paid_orders\` bigint not null default 0, \`coupon_orders\` bigint not null default 0, \`revenue\` bigint not null default 0, \`margin\` bigint not null default 0, \`margin_orders\` bigint not null default 0, \`refunds\` bigint not null default 0, \`new_customers\` bigint not null default 0, \`new_customers_coupon\` bigint not null default 0, primary key (\`scope_kind\`, \`scope_id\`, \`day\`));`);

    this.addSql(`create table \`order_fact\` (\`order_id\` text not null, \`user_id\` text not null, \`amount\` bigint not null default 0, \`margin\` bigint null, \`merchant_id\` text null, \`coupon_ids\` json not null, \`unknown_coupon_ids\` json not null, \`discount\` bigint not null default 0, \`paid_at\` bigint not null, \`refunded_at\` bigint null, \`first_order\` integer not null default false, \`source\` text not null, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`order_id\`));`);
    this.addSql(`create index \`order_fact_user_id_paid_at_index\` on \`order_fact\` (\`user_id\`, \`paid_at\`);`);
    this.addSql(`create index \`order_fact_paid_at_index\` on \`order_fact\` (\`paid_at\`);`);
  }

}
