import { Migration } from '@mikro-orm/migrations';

export class Migration20261206185330 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "outbox_event_user_id_id_index" on "outbox_event" ("user_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "outbox_event_user_id_id_index";`);
  }

}
