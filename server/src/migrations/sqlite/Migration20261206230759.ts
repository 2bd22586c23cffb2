import { Migration } from '@mikro-orm/migrations';

export class Migration20261206230759 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`claim_refusal\` (\`id\` integer not null primary key autoincrement, \`user_id\` text not null, \`template_id\` text not null, \`reason\` text not null, \`source\` text not null, \`device_id\` text null, \`cookie_id\` text null, \`placement\` text null, \`created_at\` bigint not null);`);
    this.addSql(`create index \`claim_refusal_user_id_id_index\` on \`claim_refusal\` (\`user_id\`, \`id\`);`);
    this.addSql(`create index \`claim_refusal_created_at_index\` on \`claim_refusal\` (\`created_at\`);`);
  }

}
