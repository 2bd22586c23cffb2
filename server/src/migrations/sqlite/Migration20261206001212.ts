import { Migration } from '@mikro-orm/migrations';

export class Migration20261206001212 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`coupon_user_id_status_index\`;`);
    this.addSql(`drop index \`coupon_template_id_user_id_index\`;`);

    this.addSql(`create index \`coupon_user_id_status_template_id_index\` on \`coupon\` (\`user_id\`, \`status\`, \`template_id\`);`);
  }

}
