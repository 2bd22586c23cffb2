import { Migration } from '@mikro-orm/migrations';

export class Migration20261206105637 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rule_day_stat\` (\`rule_id\` text not null, \`day\` integer not null, \`actions\` integer not null default 0, \`last_fired_at\` bigint null, primary key (\`rule_id\`, \`day\`));`);

    this.addSql(`create table \`rule_node_register\` (\`key\` integer not null, \`rho\` integer not null, primary key (\`key\`));`);

    this.addSql(`create table \`rule_node_sketch\` (\`id\` integer not null primary key autoincrement, \`rule_id\` text not null, \`version\` integer not null, \`node_id\` text not null, \`port\` text not null);`);
    this.addSql(`create unique index \`rule_node_sketch_rule_id_version_node_id_port_unique\` on \`rule_node_sketch\` (\`rule_id\`, \`version\`, \`node_id\`, \`port\`);`);

    this.addSql(`create table \`user_attribute_key\` (\`name\` text not null, \`first_seen_at\` bigint not null, primary key (\`name\`));`);

    this.addSql(`alter table \`rule_version\` add column \`note\` text null;`);

    // The attribute names already in user profiles.
    this.addSql(`insert into \`user_attribute_key\` (\`name\`, \`first_seen_at\`) select distinct j.key, cast(strftime('%s', 'now') as integer) from \`user_profile\` p, json_each(p.\`attributes\`) j where length(j.key) between 1 and 128 on conflict do nothing;`);
  }

}
