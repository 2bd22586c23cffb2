import { Migration } from '@mikro-orm/migrations';

export class Migration20261205235834 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "coupon_locked_order_id_index";`);
    this.addSql(`drop index "coupon_template_id_cookie_id_index";`);
    this.addSql(`drop index "coupon_template_id_device_id_index";`);

    this.addSql(`create index "coupon_device_index" on "coupon" ("template_id", "device_id") where "device_id" is not null;`);
    this.addSql(`create index "coupon_cookie_index" on "coupon" ("template_id", "cookie_id") where "cookie_id" is not null;`);
    this.addSql(`create index "coupon_locked_order_index" on "coupon" ("locked_order_id") where "locked_order_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "coupon_device_index";`);
    this.addSql(`drop index "coupon_cookie_index";`);
    this.addSql(`drop index "coupon_locked_order_index";`);

    this.addSql(`create index "coupon_locked_order_id_index" on "coupon" ("locked_order_id");`);
    this.addSql(`create index "coupon_template_id_cookie_id_index" on "coupon" ("template_id", "cookie_id");`);
    this.addSql(`create index "coupon_template_id_device_id_index" on "coupon" ("template_id", "device_id");`);
  }

}
