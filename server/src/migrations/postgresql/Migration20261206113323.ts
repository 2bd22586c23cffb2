import { Migration } from '@mikro-orm/migrations';

export class Migration20261206113323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rule_trigger_group" ("id" serial primary key, "event_type" varchar(64) not null, "key" varchar(40) not null, "created_at" bigint not null);`);
    this.addSql(`alter table "rule_trigger_group" add constraint "rule_trigger_group_key_unique" unique ("key");`);

    this.addSql(`create table "rule_trigger_member" ("rule_id" varchar(48) not null, "version" int not null, "group_id" int not null, constraint "rule_trigger_member_pkey" primary key ("rule_id", "version", "group_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rule_trigger_group" cascade;`);

    this.addSql(`drop table if exists "rule_trigger_member" cascade;`);
  }

}
