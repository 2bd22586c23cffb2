import { Migration } from '@mikro-orm/migrations';

export class Migration20261125135329 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audience" ("id" varchar(48) not null, "name" varchar(200) not null, "description" varchar(2000) null, "kind" varchar(16) not null, "expression" jsonb null, "size" int not null default 0, "created_at" bigint not null, "updated_at" bigint not null, constraint "audience_pkey" primary key ("id"));`);

    this.addSql(`create table "audience_member" ("audience_id" varchar(48) not null, "user_id" varchar(128) not null, "added_at" bigint not null, constraint "audience_member_pkey" primary key ("audience_id", "user_id"));`);

    this.addSql(`create table "behaviour_bucket" ("user_id" varchar(128) not null, "event_type" varchar(64) not null, "day" int not null, "count" int not null default 0, constraint "behaviour_bucket_pkey" primary key ("user_id", "event_type", "day"));`);

    this.addSql(`create table "behaviour_sum" ("user_id" varchar(128) not null, "event_type" varchar(64) not null, "day" int not null, "property" varchar(64) not null, "total" double precision not null default 0, constraint "behaviour_sum_pkey" primary key ("user_id", "event_type", "day", "property"));`);

    this.addSql(`create table "event_type" ("name" varchar(64) not null, "description" varchar(2000) null, "properties" jsonb not null, "builtin" boolean not null default false, "created_at" bigint not null, "updated_at" bigint not null, constraint "event_type_pkey" primary key ("name"));`);

    this.addSql(`create table "rule" ("id" varchar(48) not null, "name" varchar(200) not null, "description" varchar(2000) null, "status" varchar(16) not null, "mode" varchar(16) not null, "draft" jsonb not null, "active_version" int null, "latest_version" int not null default 0, "created_at" bigint not null, "updated_at" bigint not null, constraint "rule_pkey" primary key ("id"));`);
    this.addSql(`create index "rule_status_index" on "rule" ("status");`);

    this.addSql(`create table "rule_exposure" ("rule_id" varchar(48) not null, "user_id" varchar(128) not null, "version" int not null, "arm" varchar(64) not null, "control" boolean not null default false, "event_id" varchar(128) not null, "exposed_at" bigint not null, constraint "rule_exposure_pkey" primary key ("rule_id", "user_id"));`);
    this.addSql(`create index "rule_exposure_rule_id_arm_index" on "rule_exposure" ("rule_id", "arm");`);

    this.addSql(`create table "rule_firing" ("rule_id" varchar(48) not null, "event_id" varchar(128) not null, "version" int not null, "user_id" varchar(128) not null, "arm" varchar(64) null, "control" boolean not null default false, "acted" boolean not null default false, "actions" jsonb not null, "results" jsonb not null, "trace" jsonb not null, "fired_at" bigint not null, "created_at" bigint not null, constraint "rule_firing_pkey" primary key ("rule_id", "event_id"));`);
    this.addSql(`create index "rule_firing_rule_id_user_id_fired_at_index" on "rule_firing" ("rule_id", "user_id", "fired_at");`);

    this.addSql(`create table "rule_node_count" ("rule_id" varchar(48) not null, "version" int not null, "node_id" varchar(64) not null, "ran" int not null default 0, "passed" int not null default 0, constraint "rule_node_count_pkey" primary key ("rule_id", "version", "node_id"));`);

    this.addSql(`create table "rule_revision" ("id" int not null, "revision" int not null default 0, "updated_at" bigint not null, constraint "rule_revision_pkey" primary key ("id"));`);

    this.addSql(`create table "rule_version" ("rule_id" varchar(48) not null, "version" int not null, "graph" jsonb not null, "trigger" varchar(64) not null, "mode" varchar(16) not null, "published_by" varchar(128) null, "published_at" bigint not null, constraint "rule_version_pkey" primary key ("rule_id", "version"));`);

    this.addSql(`create table "tracked_event" ("id" varchar(128) not null, "type" varchar(64) not null, "user_id" varchar(128) not null, "occurred_at" bigint not null, "properties" jsonb not null, "received_at" bigint not null, constraint "tracked_event_pkey" primary key ("id"));`);
    this.addSql(`create index "tracked_event_user_id_type_occurred_at_index" on "tracked_event" ("user_id", "type", "occurred_at");`);
    this.addSql(`create index "tracked_event_occurred_at_index" on "tracked_event" ("occurred_at");`);

    this.addSql(`create table "user_first_event" ("user_id" varchar(128) not null, "event_type" varchar(64) not null, "event_id" varchar(128) not null, "occurred_at" bigint not null, constraint "user_first_event_pkey" primary key ("user_id", "event_type"));`);

    this.addSql(`create table "user_profile" ("user_id" varchar(128) not null, "attributes" jsonb not null, "first_seen_at" bigint not null, "updated_at" bigint not null, constraint "user_profile_pkey" primary key ("user_id"));`);

    this.addSql(`alter table "coupon_template" add column "audience_ids" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audience" cascade;`);

    this.addSql(`drop table if exists "audience_member" cascade;`);

    this.addSql(`drop table if exists "behaviour_bucket" cascade;`);

    this.addSql(`drop table if exists "behaviour_sum" cascade;`);

    this.addSql(`drop table if exists "event_type" cascade;`);

    this.addSql(`drop table if exists "rule" cascade;`);

    this.addSql(`drop table if exists "rule_exposure" cascade;`);

    this.addSql(`drop table if exists "rule_firing" cascade;`);

    this.addSql(`drop table if exists "rule_node_count" cascade;`);

    this.addSql(`drop table if exists "rule_revision" cascade;`);

    this.addSql(`drop table if exists "rule_version" cascade;`);

    this.addSql(`drop table if exists "tracked_event" cascade;`);

    this.addSql(`drop table if exists "user_first_event" cascade;`);

    this.addSql(`drop table if exists "user_profile" cascade;`);

    this.addSql(`alter table "coupon_template" drop column "audience_ids";`);
  }

}
