import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200910 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outbox_purge" ("name" varchar(32) not null, "through_id" bigint not null, "through_created_at" bigint not null, "updated_at" bigint not null, constraint "outbox_purge_pkey" primary key ("name"));`);

    this.addSql(`create index "rule_firing_traced_index" on "rule_firing" ("fired_at") where "trace" <> '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_purge" cascade;`);

    this.addSql(`drop index "rule_firing_traced_index";`);
  }

}
