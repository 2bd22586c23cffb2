import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170503 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`rule_exposure_rule_id_arm_index\`;`);

    this.addSql(`create index \`rule_exposure_rule_id_arm_control_exposed_at_index\` on \`rule_exposure\` (\`rule_id\`, \`arm\`, \`control\`, \`exposed_at\`);`);
  }

}
