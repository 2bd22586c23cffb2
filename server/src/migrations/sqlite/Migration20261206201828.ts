import { Migration } from '@mikro-orm/migrations';

export class Migration20261206201828 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`coupon_template\` add column \`get_scope\` json null;`);
    this.addSql(`alter table \`coupon_template\` add column \`multiple_per_order\` integer null;`);
  }

}
