import { Migration } from '@mikro-orm/migrations';

export class Migration20261206201255 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`quota_bucket\` (\`template_id\` text not null, \`bucket_no\` integer not null, \`remaining\` integer not null default 0, \`issued\` integer not null default 0, \`updated_at\` bigint not null, primary key (\`template_id\`, \`bucket_no\`));`);
  }

}
