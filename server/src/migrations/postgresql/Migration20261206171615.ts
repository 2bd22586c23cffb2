import { Migration } from '@mikro-orm/migrations';

export class Migration20261206171615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "coupon_template" add column "apply_to" varchar(16) null, add column "max_units" int null, add column "min_quantity" int null, add column "buy_quantity" int null, add column "get_quantity" int null, add column "max_applications" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "coupon_template" drop column "apply_to", drop column "max_units", drop column "min_quantity", drop column "buy_quantity", drop column "get_quantity", drop column "max_applications";`);
  }

}
