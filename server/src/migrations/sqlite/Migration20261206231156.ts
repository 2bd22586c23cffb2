import { Migration } from '@mikro-orm/migrations';

export class Migration20261206231156 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`coupon_user_id_status_template_id_index\`;`);
    this.addSql(`drop index \`coupon_status_valid_until_index\`;`);

    this.addSql(`create index \`coupon_user_index\` on \`coupon\` (\`user_id\`, \`status\`);`);
    this.addSql(`create index "coupon_expiry_index" on "coupon" ("valid_until") where "status" = 'AVAILABLE';`);
    // the device and cookie indexes keep their names and lose the template id (a device's coupons are few)
    this.addSql(`drop index "coupon_device_index";`);
    this.addSql(`drop index "coupon_cookie_index";`);
    this.addSql(`create index "coupon_device_index" on "coupon" ("device_id") where "device_id" is not null;`);
    this.addSql(`create index "coupon_cookie_index" on "coupon" ("cookie_id") where "cookie_id" is not null;`);
  }

}
