import { Migration } from '@mikro-orm/migrations';

export class Migration20261206143250 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "budget_alert_bp" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "campaign" drop column "budget_alert_bp";`);
  }

}
