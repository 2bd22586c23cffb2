import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200909 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`outbox_purge\` (\`name\` text not null, \`through_id\` bigint not null, \`through_created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`name\`));`);

    this.addSql(`create index "rule_firing_traced_index" on "rule_firing" ("fired_at") where "trace" <> '[]';`);
  }

}
