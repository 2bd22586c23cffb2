import { Migration } from '@mikro-orm/migrations';

// metric_daily gets a slot in its primary key (metrics.sql.ts SLOTS): always 0 on SQLite (one writer),
// but the key is the same on both dialects so that the upserts' conflict target fits both. SQLite
// cannot change a primary key in place: the table is recreated and its rows copied into slot 0.
export class Migration20261207030104 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`metric_daily__new\` (\`scope_kind\` text not null, \`scope_id\` text not null, \`day\` integer not null, \`slot\` integer not null default 0, \`issued_claim\` bigint not null default 0, \`issued_code\` bigint not null default 0, \`issued_rule\` bigint not null default 0, \`issued_bulk\` bigint not null default 0, \`issued_api\` bigint not null default 0, \`redeemed\` bigint not null default 0, \`expired\` bigint not null default 0, \`subsidy\` bigint not null default 0, \`paid_orders\` bigint not null default 0, \`coupon_orders\` bigint not null default 0, \`revenue\` bigint not null default 0, \`margin\` bigint not null default 0, \`margin_orders\` bigint not null default 0, \`refunds\` bigint not null default 0, \`new_customers\` bigint not null default 0, \`new_customers_coupon\` bigint not null default 0, primary key (\`scope_kind\`, \`scope_id\`, \`day\`, \`slot\`));`);
    this.addSql(`insert into \`metric_daily__new\` (\`scope_kind\`, \`scope_id\`, \`day\`, \`issued_claim\`, \`issued_code\`, \`issued_rule\`, \`issued_bulk\`, \`issued_api\`, \`redeemed\`, \`expired\`, \`subsidy\`, \`paid_orders\`, \`coupon_orders\`, \`revenue\`, \`margin\`, \`margin_orders\`, \`refunds\`, \`new_customers\`, \`new_customers_coupon\`, \`slot\`) select \`scope_kind\`, \`scope_id\`, \`day\`, \`issued_claim\`, \`issued_code\`, \`issued_rule\`, \`issued_bulk\`, \`issued_api\`, \`redeemed\`, \`expired\`, \`subsidy\`, \`paid_orders\`, \`coupon_orders\`, \`revenue\`, \`margin\`, \`margin_orders\`, \`refunds\`, \`new_customers\`, \`new_customers_coupon\`, 0 from \`metric_daily\`;`);
    this.addSql(`drop table \`metric_daily\`;`);
    this.addSql(`alter table \`metric_daily__new\` rename to \`metric_daily\`;`);
  }

}
