import { Migration } from '@mikro-orm/migrations';

export class Migration20261206171614 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`coupon_template\` add column \`apply_to\` text null;`);
    this.addSql(`alter table \`coupon_template\` add column \`max_units\` integer null;`);
    this.addSql(`alter table \`coupon_template\` add column \`min_quantity\` integer null;`);
    this.addSql(`alter table \`coupon_template\` add column \`buy_quantity\` integer null;`);
    this.addSql(`alter table \`coupon_template\` add column \`get_quantity\` integer null;`);
    this.addSql(`alter table \`coupon_template\` add column \`max_applications\` integer null;`);
  }

}
