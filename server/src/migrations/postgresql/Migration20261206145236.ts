import { Migration } from '@mikro-orm/migrations';

export class Migration20261206145236 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_instance" ("id" varchar(8) not null, "host" varchar(255) not null, "pid" int not null, "started_at" bigint not null, "heartbeat_at" bigint not null, constraint "webhook_instance_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_instance" cascade;`);
  }

}
