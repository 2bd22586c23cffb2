import { Migration } from '@mikro-orm/migrations';

export class Migration20261206230759 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "claim_refusal" ("id" bigserial primary key, "user_id" varchar(128) not null, "template_id" varchar(48) not null, "reason" varchar(24) not null, "source" varchar(8) not null, "device_id" varchar(128) null, "cookie_id" varchar(128) null, "placement" varchar(16) null, "created_at" bigint not null);`);
    this.addSql(`create index "claim_refusal_user_id_id_index" on "claim_refusal" ("user_id", "id");`);
    this.addSql(`create index "claim_refusal_created_at_index" on "claim_refusal" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "claim_refusal" cascade;`);
  }

}
