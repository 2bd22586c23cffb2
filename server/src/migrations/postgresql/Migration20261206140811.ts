import { Migration } from '@mikro-orm/migrations';

export class Migration20261206140811 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "experiment_snapshot" ("rule_id" varchar(48) not null, "recommendation" varchar(16) not null, "fingerprint" varchar(256) not null, "updated_at" bigint not null, constraint "experiment_snapshot_pkey" primary key ("rule_id"));`);

    this.addSql(`create table "metric_daily" ("scope_kind" varchar(16) not null, "scope_id" varchar(128) not null, "day" int not null, "issued_claim" bigint not null default 0, "issued_code" bigint not null default 0, "issued_rule" bigint not null default 0, "issued_bulk" bigint not null default 0, "issued_api" bigint not null default 0, "redeemed" bigint not null default 0, "expired" bigint not null default 0, "subsidy" bigint not null default 0, "paid_orders" bigint not null default 0, "coupon_orders" bigint not null default 0, "revenue" bigint not null default 0, "margin" bigint not null default 0, "margin_orders" bigint not null default 0, "refunds" bigint not null default 0, "new_customers" bigint not null default 0, "new_customers_coupon" bigint not null default 0, constraint "metric_daily_pkey" primary key ("scope_kind", "scope_id", "day"));`);

    this.addSql(`create table "order_fact" ("order_id" varchar(128) not null, "user_id" varchar(128) not null, "amount" bigint not null default 0, "margin" bigint null, "merchant_id" varchar(128) null, "coupon_ids" jsonb not null, "unknown_coupon_ids" jsonb not null, "discount" bigint not null default 0, "paid_at" bigint not null, "refunded_at" bigint null, "first_order" boolean not null default false, "source" varchar(16) not null, "created_at" bigint not null, "updated_at" bigint not null, constraint "order_fact_pkey" primary key ("order_id"));`);
    this.addSql(`create index "order_fact_user_id_paid_at_index" on "order_fact" ("user_id", "paid_at");`);
    this.addSql(`create index "order_fact_paid_at_index" on "order_fact" ("paid_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "experiment_snapshot" cascade;`);

    this.addSql(`drop table if exists "metric_daily" cascade;`);

    this.addSql(`drop table if exists "order_fact" cascade;`);
  }

}
