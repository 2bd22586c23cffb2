import { Migration } from '@mikro-orm/migrations';

export class Migration20261206201158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "share_claim" ("id" varchar(48) not null, "share_id" varchar(48) not null, "sharer_user_id" varchar(128) not null, "friend_user_id" varchar(128) not null, "coupon_id" varchar(48) not null, "template_id" varchar(48) not null, "device_id" varchar(128) null, "cookie_id" varchar(128) null, "new_user" boolean not null default false, "claimed_at" bigint not null, "first_paid_at" bigint null, "first_order_id" varchar(128) null, constraint "share_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "share_claim_friend_user_id_index" on "share_claim" ("friend_user_id");`);
    this.addSql(`create index "share_claim_claimed_at_index" on "share_claim" ("claimed_at");`);
    this.addSql(`create index "share_claim_template_id_index" on "share_claim" ("template_id");`);
    this.addSql(`alter table "share_claim" add constraint "share_claim_share_id_friend_user_id_unique" unique ("share_id", "friend_user_id");`);

    this.addSql(`create table "share_pack" ("id" varchar(48) not null, "code" varchar(32) not null, "template_id" varchar(48) not null, "coupon_id" varchar(48) not null, "sharer_user_id" varchar(128) not null, "sharer_device_id" varchar(128) null, "sharer_cookie_id" varchar(128) null, "friend_template_id" varchar(48) not null, "size" int not null, "claimed_count" int not null default 0, "new_users_only" boolean not null default false, "reward_template_id" varchar(48) null, "reward_when" varchar(16) not null, "reward_after_claims" int null, "reward_state" varchar(16) not null, "reward_coupon_id" varchar(48) null, "rewarded_at" bigint null, "expires_at" bigint not null, "created_at" bigint not null, "updated_at" bigint not null, constraint "share_pack_pkey" primary key ("id"));`);
    this.addSql(`alter table "share_pack" add constraint "share_pack_code_unique" unique ("code");`);
    this.addSql(`alter table "share_pack" add constraint "share_pack_coupon_id_unique" unique ("coupon_id");`);
    this.addSql(`create index "share_pack_sharer_user_id_index" on "share_pack" ("sharer_user_id");`);
    this.addSql(`create index "share_pack_template_id_index" on "share_pack" ("template_id");`);

    this.addSql(`alter table "coupon_template" add column "min_term_days" int null, add column "sharing" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "share_claim" cascade;`);

    this.addSql(`drop table if exists "share_pack" cascade;`);

    this.addSql(`alter table "coupon_template" drop column "min_term_days", drop column "sharing";`);
  }

}
