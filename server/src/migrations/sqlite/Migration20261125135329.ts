import { Migration } from '@mikro-orm/migrations';

export class Migration20261125135329 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audience\` (\`id\` text not null, \`name\` text not null, \`description\` text null, \`kind\` text not null, \`expression\` json null, \`size\` integer not null default 0, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`id\`));`);

    this.addSql(`create table \`audience_member\` (\`audience_id\` text not null, \`user_id\` text not null, \`added_at\` bigint not null, primary key (\`audience_id\`, \`user_id\`));`);

    this.addSql(`create table \`behaviour_bucket\` (\`user_id\` text not null, \`event_type\` text not null, \`day\` integer not null, \`count\` integer not null default 0, primary key (\`user_id\`, \`event_type\`, \`day\`));`);

    this.addSql(`create table \`behaviour_sum\` (\`user_id\` text not null, \`event_type\` text not null, \`day\` integer not null, \`property\` text not null, \`total\` double not null default 0, primary key (\`user_id\`, \`event_type\`, \`day\`, \`property\`));`);

    this.addSql(`create table \`event_type\` (\`name\` text not null, \`description\` text null, \`properties\` json not null, \`builtin\` integer not null default false, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`name\`));`);

    this.addSql(`create table \`rule\` (\`id\` text not null, \`name\` text not null, \`description\` text null, \`status\` text not null, \`mode\` text not null, \`draft\` json not null, \`active_version\` integer null, \`latest_version\` integer not null default 0, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`rule_status_index\` on \`rule\` (\`status\`);`);

    this.addSql(`create table \`rule_exposure\` (\`rule_id\` text not null, \`user_id\` text not null, \`version\` integer not null, \`arm\` text not null, \`control\` integer not null default false, \`event_id\` text not null, \`exposed_at\` bigint not null, primary key (\`rule_id\`, \`user_id\`));`);
    this.addSql(`create index \`rule_exposure_rule_id_arm_index\` on \`rule_exposure\` (\`rule_id\`, \`arm\`);`);

    this.addSql(`create table \`rule_firing\` (\`rule_id\` text not null, \`event_id\` text not null, \`version\` integer not null, \`user_id\` text not null, \`arm\` text null, \`control\` integer not null default false, \`acted\` integer not null default false, \`actions\` json not null, \`results\` json not null, \`trace\` json not null, \`fired_at\` bigint not null, \`created_at\` bigint not null, primary key (\`rule_id\`, \`event_id\`));`);
    this.addSql(`create index \`rule_firing_rule_id_user_id_fired_at_index\` on \`rule_firing\` (\`rule_id\`, \`user_id\`, \`fired_at\`);`);

    this.addSql(`create table \`rule_node_count\` (\`rule_id\` text not null, \`version\` integer not null, \`node_id\` text not null, \`ran\` integer not null default 0, \`passed\` integer not null default 0, primary key (\`rule_id\`, \`version\`, \`node_id\`));`);

    this.addSql(`create table \`rule_revision\` (\`id\` integer not null, \`revision\` integer not null default 0, \`updated_at\` bigint not null, primary key (\`id\`));`);

    this.addSql(`create table \`rule_version\` (\`rule_id\` text not null, \`version\` integer not null, \`graph\` json not null, \`trigger\` text not null, \`mode\` text not null, \`published_by\` text null, \`published_at\` bigint not null, primary key (\`rule_id\`, \`version\`));`);

    this.addSql(`create table \`tracked_event\` (\`id\` text not null, \`type\` text not null, \`user_id\` text not null, \`occurred_at\` bigint not null, \`properties\` json not null, \`received_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`tracked_event_user_id_type_occurred_at_index\` on \`tracked_event\` (\`user_id\`, \`type\`, \`occurred_at\`);`);
    this.addSql(`create index \`tracked_event_occurred_at_index\` on \`tracked_event\` (\`occurred_at\`);`);

    this.addSql(`create table \`user_first_event\` (\`user_id\` text not null, \`event_type\` text not null, \`event_id\` text not null, \`occurred_at\` bigint not null, primary key (\`user_id\`, \`event_type\`));`);

    this.addSql(`create table \`user_profile\` (\`user_id\` text not null, \`attributes\` json not null, \`first_seen_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`user_id\`));`);

    this.addSql(`alter table \`coupon_template\` add column \`audience_ids\` json not null default '[]';`);
  }

}
