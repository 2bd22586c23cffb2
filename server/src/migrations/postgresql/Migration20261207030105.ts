import { Migration } from '@mikro-orm/migrations';

export class Migration20261207030105 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "metric_daily" drop constraint "metric_daily_pkey";`);

    this.addSql(`alter table "metric_daily" add column "slot" int not null default 0;`);
    this.addSql(`alter table "metric_daily" add constraint "metric_daily_pkey" primary key ("scope_kind", "scope_id", "day", "slot");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "metric_daily" drop constraint "metric_daily_pkey";`);
    this.addSql(`alter table "metric_daily" drop column "slot";`);

    this.addSql(`alter table "metric_daily" add constraint "metric_daily_pkey" primary key ("scope_kind", "scope_id", "day");`);
  }

}
