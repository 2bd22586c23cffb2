import { Migration } from '@mikro-orm/migrations';

export class Migration20261206232202 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`order_fact_user_id_paid_at_index\`;`);

    this.addSql(`create index \`order_fact_user_covering_index\` on \`order_fact\` (\`user_id\`, \`paid_at\`, \`refunded_at\`, \`amount\`, \`margin\`, \`discount\`);`);

    this.addSql(`create index \`rule_exposure_user_covering_index\` on \`rule_exposure\` (\`rule_id\`, \`user_id\`, \`arm\`, \`exposed_at\`);`);
  }

}
