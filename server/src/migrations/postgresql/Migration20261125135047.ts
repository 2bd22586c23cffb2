import { Migration } from '@mikro-orm/migrations';

export class Migration20261125135047 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "event_cursor" ("name" varchar(32) not null, "last_id" bigint not null, "channel" varchar(64) not null, "updated_at" bigint not null, constraint "event_cursor_pkey" primary key ("name"));`);

    this.addSql(`create table "webhook_attempt" ("id" bigserial primary key, "delivery_id" bigint not null, "endpoint_id" varchar(48) not null, "event_id" bigint not null, "attempt" int not null, "started_at" bigint not null, "duration_ms" int not null, "outcome" varchar(16) not null, "status_code" int null, "response_excerpt" text null, "error" varchar(500) null, "instance" varchar(64) null);`);
    this.addSql(`create index "webhook_attempt_delivery_id_index" on "webhook_attempt" ("delivery_id");`);
    this.addSql(`create index "webhook_attempt_endpoint_id_id_index" on "webhook_attempt" ("endpoint_id", "id");`);
    this.addSql(`create index "webhook_attempt_started_at_index" on "webhook_attempt" ("started_at");`);

    this.addSql(`create table "webhook_delivery" ("id" bigserial primary key, "endpoint_id" varchar(48) not null, "event_id" bigint not null, "order_key" varchar(64) not null, "status" varchar(12) not null, "attempts" int not null default 0, "next_attempt_at" bigint not null, "claim_token" varchar(32) null, "last_status_code" int null, "last_error" varchar(500) null, "replay_of" bigint null, "created_at" bigint not null, "finished_at" bigint null);`);
    this.addSql(`create index "webhook_delivery_endpoint_id_status_next_attempt_at_index" on "webhook_delivery" ("endpoint_id", "status", "next_attempt_at");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_order_key_id_index" on "webhook_delivery" ("endpoint_id", "order_key", "id");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_event_id_index" on "webhook_delivery" ("endpoint_id", "event_id");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_id_index" on "webhook_delivery" ("endpoint_id", "id");`);
    this.addSql(`create index "webhook_delivery_status_finished_at_index" on "webhook_delivery" ("status", "finished_at");`);

    this.addSql(`create table "webhook_endpoint" ("id" varchar(48) not null, "url" varchar(2048) not null, "description" varchar(500) null, "event_types" jsonb not null, "template_ids" jsonb not null, "campaign_ids" jsonb not null, "merchant_ids" jsonb not null, "owner_key_id" varchar(48) null, "created_by" varchar(48) null, "secret" varchar(100) not null, "previous_secret" varchar(100) null, "previous_secret_until" bigint null, "enabled" boolean not null default true, "disabled_reason" varchar(500) null, "disabled_at" bigint null, "failing_since" bigint null, "last_success_at" bigint null, "max_concurrency" int not null default 20, "created_at" bigint not null, "updated_at" bigint not null, constraint "webhook_endpoint_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_owner_key_id_index" on "webhook_endpoint" ("owner_key_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_cursor" cascade;`);

    this.addSql(`drop table if exists "webhook_attempt" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }

}
