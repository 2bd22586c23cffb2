import { Migration } from '@mikro-orm/migrations';

export class Migration20261206140928 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`revoked_token\` (\`jti\` text not null, \`staff_id\` text not null, \`expires_at\` bigint not null, primary key (\`jti\`));`);
    this.addSql(`create index \`revoked_token_expires_at_index\` on \`revoked_token\` (\`expires_at\`);`);

    this.addSql(`alter table \`staff_user\` add column \`token_version\` integer not null default 0;`);
  }

}
