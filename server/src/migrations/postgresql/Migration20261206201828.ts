import { Migration } from '@mikro-orm/migrations';

export class Migration20261206201828 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "coupon_template" add column "get_scope" jsonb null, add column "multiple_per_order" boolean null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "coupon_template" drop column "get_scope", drop column "multiple_per_order";`);
  }

}
