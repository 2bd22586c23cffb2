import { Migration } from '@mikro-orm/migrations';

export class Migration20261206113322 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rule_trigger_group\` (\`id\` integer not null primary key autoincrement, \`event_type\` text not null, \`key\` text not null, \`created_at\` bigint not null);`);
    this.addSql(`create unique index \`rule_trigger_group_key_unique\` on \`rule_trigger_group\` (\`key\`);`);

    this.addSql(`create table \`rule_trigger_member\` (\`rule_id\` text not null, \`version\` integer not null, \`group_id\` integer not null, primary key (\`rule_id\`, \`version\`, \`group_id\`));`);
  }

}
