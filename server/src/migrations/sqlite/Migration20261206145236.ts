import { Migration } from '@mikro-orm/migrations';

export class Migration20261206145236 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`webhook_instance\` (\`id\` text not null, \`host\` text not null, \`pid\` integer not null, \`started_at\` bigint not null, \`heartbeat_at\` bigint not null, primary key (\`id\`));`);
  }

}
