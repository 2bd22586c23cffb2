import { Migration } from '@mikro-orm/migrations';

export class Migration20261125161831 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`webhook_delivery_status_finished_at_index\`;`);
    this.addSql(`drop index \`webhook_delivery_endpoint_id_event_id_index\`;`);
    this.addSql(`drop index \`webhook_delivery_endpoint_id_id_index\`;`);

    this.addSql(`create index "webhook_delivery_finished_at_index" on "webhook_delivery" ("finished_at") where "status" in ('SUCCEEDED', 'DEAD');`);
  }

}
