import { Migration } from '@mikro-orm/migrations';

export class Migration20261206201158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`share_claim\` (\`id\` text not null, \`share_id\` text not null, \`sharer_user_id\` text not null, \`friend_user_id\` text not null, \`coupon_id\` text not null, \`template_id\` text not null, \`device_id\` text null, \`cookie_id\` text null, \`new_user\` integer not null default false, \`claimed_at\` bigint not null, \`first_paid_at\` bigint null, \`first_order_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`share_claim_friend_user_id_index\` on \`share_claim\` (\`friend_user_id\`);`);
    this.addSql(`create index \`share_claim_claimed_at_index\` on \`share_claim\` (\`claimed_at\`);`);
    this.addSql(`create index \`share_claim_template_id_index\` on \`share_claim\` (\`template_id\`);`);
    this.addSql(`create unique index \`share_claim_share_id_friend_user_id_unique\` on \`share_claim\` (\`share_id\`, \`friend_user_id\`);`);

    this.addSql(`create table \`share_pack\` (\`id\` text not null, \`code\` text not null, \`template_id\` text not null, \`coupon_id\` text not null, \`sharer_user_id\` text not null, \`sharer_device_id\` text null, \`sharer_cookie_id\` text null, \`friend_template_id\` text not null, \`size\` integer not null, \`claimed_count\` integer not null default 0, \`new_users_only\` integer not null default false, \`reward_template_id\` text null, \`reward_when\` text not null, \`reward_after_claims\` integer null, \`reward_state\` text not null, \`reward_coupon_id\` text null, \`rewarded_at\` bigint null, \`expires_at\` bigint not null, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`share_pack_code_unique\` on \`share_pack\` (\`code\`);`);
    this.addSql(`create unique index \`share_pack_coupon_id_unique\` on \`share_pack\` (\`coupon_id\`);`);
    this.addSql(`create index \`share_pack_sharer_user_id_index\` on \`share_pack\` (\`sharer_user_id\`);`);
    this.addSql(`create index \`share_pack_template_id_index\` on \`share_pack\` (\`template_id\`);`);

    this.addSql(`alter table \`coupon_template\` add column \`min_term_days\` integer null;`);
    this.addSql(`alter table \`coupon_template\` add column \`sharing\` json null;`);
  }

}
