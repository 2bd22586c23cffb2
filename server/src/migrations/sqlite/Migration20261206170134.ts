import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170134 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`bulk_job_exposure\` (\`job_id\` text not null, \`user_id\` text not null, \`arm\` text not null, \`control\` integer not null default false, \`exposed_at\` bigint not null, primary key (\`job_id\`, \`user_id\`));`);

    this.addSql(`alter table \`bulk_job\` add column \`holdout_bp\` integer null;`);
    this.addSql(`alter table \`bulk_job\` add column \`held_out\` integer not null default 0;`);
    this.addSql(`alter table \`bulk_job\` add column \`failed\` integer not null default 0;`);
  }

}
