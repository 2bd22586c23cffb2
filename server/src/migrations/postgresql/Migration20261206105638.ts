import { Migration } from '@mikro-orm/migrations';

export class Migration20261206105638 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rule_day_stat" ("rule_id" varchar(48) not null, "day" int not null, "actions" int not null default 0, "last_fired_at" bigint null, constraint "rule_day_stat_pkey" primary key ("rule_id", "day"));`);

    this.addSql(`create table "rule_node_register" ("key" bigint not null, "rho" smallint not null, constraint "rule_node_register_pkey" primary key ("key"));`);

    this.addSql(`create table "rule_node_sketch" ("id" serial primary key, "rule_id" varchar(48) not null, "version" int not null, "node_id" varchar(64) not null, "port" varchar(64) not null);`);
    this.addSql(`alter table "rule_node_sketch" add constraint "rule_node_sketch_rule_id_version_node_id_port_unique" unique ("rule_id", "version", "node_id", "port");`);

    this.addSql(`create table "user_attribute_key" ("name" varchar(128) not null, "first_seen_at" bigint not null, constraint "user_attribute_key_pkey" primary key ("name"));`);

    this.addSql(`alter table "rule_version" add column "note" varchar(2000) null;`);

    // The attribute names already in user profiles.
    this.addSql(`insert into "user_attribute_key" ("name", "first_seen_at") select k, extract(epoch from now())::bigint from (select distinct jsonb_object_keys("attributes") as k from "user_profile") s where length(k) between 1 and 128 on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rule_day_stat" cascade;`);

    this.addSql(`drop table if exists "rule_node_register" cascade;`);

    this.addSql(`drop table if exists "rule_node_sketch" cascade;`);

    this.addSql(`drop table if exists "user_attribute_key" cascade;`);

    this.addSql(`alter table "rule_version" drop column "note";`);
  }

}
