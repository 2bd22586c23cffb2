import { Migration } from '@mikro-orm/migrations';

// Hand-written (MikroORM cannot declare partitioned tables; the entities and the snapshot are unchanged,
// so `migration:check` does not see it): tracked_event and outbox_event become range-partitioned by
// their time column (docs/retention.md, "Time partitions on PostgreSQL"). Existing rows go to the
// DEFAULT partition, which retention purges in chunks as before; the scheduler creates a partition
// per day ahead and drops whole days once retention allows. PostgreSQL wants the partition key in
// every unique constraint: the primary keys become (id, time); the outbox id stays a sequence (unique
// and ordered as before); a tracked event's id stays unique through tracked_event_key (deduplication
// of an app's retries by id alone).
export class Migration20261206233000 extends Migration {

  override async up(): Promise<void> {
    // outbox_event: same columns, primary key (id, created_at), the sequence carried over
    this.addSql(`alter table "outbox_event" rename to "outbox_event_unpartitioned";`);
    this.addSql(`alter table "outbox_event_unpartitioned" drop constraint "outbox_event_pkey";`);
    this.addSql(`drop index "outbox_event_coupon_id_id_index"; drop index "outbox_event_created_at_index"; drop index "outbox_event_user_id_id_index";`);
    this.addSql(`create table "outbox_event" ("id" bigint not null default nextval('outbox_event_id_seq'), "type" varchar(32) not null, "coupon_id" varchar(48) null, "template_id" varchar(48) null, "campaign_id" varchar(48) null, "user_id" varchar(128) null, "merchant_id" varchar(128) null, "payload" text not null, "created_at" bigint not null, constraint "outbox_event_pkey" primary key ("id", "created_at")) partition by range ("created_at");`);
    this.addSql(`create index "outbox_event_coupon_id_id_index" on "outbox_event" ("coupon_id", "id");`);
    this.addSql(`create index "outbox_event_user_id_id_index" on "outbox_event" ("user_id", "id");`);
    this.addSql(`create index "outbox_event_created_at_index" on "outbox_event" ("created_at");`);
    this.addSql(`create table "outbox_event_default" partition of "outbox_event" default;`);
    this.addSql(`insert into "outbox_event" select * from "outbox_event_unpartitioned";`);
    this.addSql(`alter sequence "outbox_event_id_seq" owned by "outbox_event"."id";`);
    this.addSql(`drop table "outbox_event_unpartitioned";`);

    // tracked_event: primary key (id, occurred_at); deduplication by id in tracked_event_key
    this.addSql(`alter table "tracked_event" rename to "tracked_event_unpartitioned";`);
    this.addSql(`alter table "tracked_event_unpartitioned" drop constraint "tracked_event_pkey";`);
    this.addSql(`drop index "tracked_event_occurred_at_index"; drop index "tracked_event_user_id_type_occurred_at_index";`);
    this.addSql(`create table "tracked_event" ("id" varchar(128) not null, "type" varchar(64) not null, "user_id" varchar(128) not null, "occurred_at" bigint not null, "properties" jsonb not null, "received_at" bigint not null, constraint "tracked_event_pkey" primary key ("id", "occurred_at")) partition by range ("occurred_at");`);
    this.addSql(`create index "tracked_event_user_id_type_occurred_at_index" on "tracked_event" ("user_id", "type", "occurred_at");`);
    this.addSql(`create index "tracked_event_occurred_at_index" on "tracked_event" ("occurred_at");`);
    this.addSql(`create table "tracked_event_default" partition of "tracked_event" default;`);
    this.addSql(`insert into "tracked_event" select * from "tracked_event_unpartitioned";`);
    this.addSql(`create table "tracked_event_key" ("id" varchar(128) not null, "occurred_at" bigint not null, "received_at" bigint not null, constraint "tracked_event_key_pkey" primary key ("id"));`);
    this.addSql(`insert into "tracked_event_key" select "id", "occurred_at", "received_at" from "tracked_event_unpartitioned";`);
    this.addSql(`create index "tracked_event_key_received_at_index" on "tracked_event_key" ("received_at");`);
    this.addSql(`drop table "tracked_event_unpartitioned";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "outbox_event_plain" ("id" bigint not null default nextval('outbox_event_id_seq'), "type" varchar(32) not null, "coupon_id" varchar(48) null, "template_id" varchar(48) null, "campaign_id" varchar(48) null, "user_id" varchar(128) null, "merchant_id" varchar(128) null, "payload" text not null, "created_at" bigint not null);`);
    this.addSql(`insert into "outbox_event_plain" select * from "outbox_event";`);
    this.addSql(`alter sequence "outbox_event_id_seq" owned by "outbox_event_plain"."id";`);
    this.addSql(`drop table "outbox_event";`);
    this.addSql(`alter table "outbox_event_plain" rename to "outbox_event";`);
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_pkey" primary key ("id");`);
    this.addSql(`create index "outbox_event_coupon_id_id_index" on "outbox_event" ("coupon_id", "id");`);
    this.addSql(`create index "outbox_event_user_id_id_index" on "outbox_event" ("user_id", "id");`);
    this.addSql(`create index "outbox_event_created_at_index" on "outbox_event" ("created_at");`);

    this.addSql(`create table "tracked_event_plain" ("id" varchar(128) not null, "type" varchar(64) not null, "user_id" varchar(128) not null, "occurred_at" bigint not null, "properties" jsonb not null, "received_at" bigint not null);`);
    this.addSql(`insert into "tracked_event_plain" select distinct on ("id") * from "tracked_event" order by "id", "occurred_at";`);
    this.addSql(`drop table "tracked_event";`);
    this.addSql(`drop table "tracked_event_key";`);
    this.addSql(`alter table "tracked_event_plain" rename to "tracked_event";`);
    this.addSql(`alter table "tracked_event" add constraint "tracked_event_pkey" primary key ("id");`);
    this.addSql(`create index "tracked_event_user_id_type_occurred_at_index" on "tracked_event" ("user_id", "type", "occurred_at");`);
    this.addSql(`create index "tracked_event_occurred_at_index" on "tracked_event" ("occurred_at");`);
  }

}
