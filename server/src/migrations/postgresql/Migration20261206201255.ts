import { Migration } from '@mikro-orm/migrations';

export class Migration20261206201255 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "quota_bucket" ("template_id" varchar(48) not null, "bucket_no" int not null, "remaining" int not null default 0, "issued" int not null default 0, "updated_at" bigint not null, constraint "quota_bucket_pkey" primary key ("template_id", "bucket_no"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quota_bucket" cascade;`);
  }

}
