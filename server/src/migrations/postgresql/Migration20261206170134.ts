import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170134 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bulk_job_exposure" ("job_id" varchar(48) not null, "user_id" varchar(128) not null, "arm" varchar(16) not null, "control" boolean not null default false, "exposed_at" bigint not null, constraint "bulk_job_exposure_pkey" primary key ("job_id", "user_id"));`);

    this.addSql(`alter table "bulk_job" add column "holdout_bp" int null, add column "held_out" int not null default 0, add column "failed" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bulk_job_exposure" cascade;`);

    this.addSql(`alter table "bulk_job" drop column "holdout_bp", drop column "held_out", drop column "failed";`);
  }

}
