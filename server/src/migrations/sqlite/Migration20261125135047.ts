import { Migration } from '@mikro-orm/migrations';

export class Migration20261125135047 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`event_cursor\` (\`name\` text not null, \`last_id\` bigint not null, \`channel\` text not null, \`updated_at\` bigint not null, primary key (\`name\`));`);

    this.addSql(`create table \`webhook_attempt\` (\`id\` integer not null primary key autoincrement, \`delivery_id\` bigint not null, \`endpoint_id\` text not null, \`event_id\` bigint not null, \`attempt\` integer not null, \`started_at\` bigint not null, \`duration_ms\` integer not null, \`outcome\` text not null, \`status_code\` integer null, \`response_excerpt\` text null, \`error\` text null, \`instance\` text null);`);
    this.addSql(`create index \`webhook_attempt_delivery_id_index\` on \`webhook_attempt\` (\`delivery_id\`);`);
    this.addSql(`create index \`webhook_attempt_endpoint_id_id_index\` on \`webhook_attempt\` (\`endpoint_id\`, \`id\`);`);
    this.addSql(`create index \`webhook_attempt_started_at_index\` on \`webhook_attempt\` (\`started_at\`);`);

    this.addSql(`create table \`webhook_delivery\` (\`id\` integer not null primary key autoincrement, \`endpoint_id\` text not null, \`event_id\` bigint not null, \`order_key\` text not null, \`status\` text not null, \`attempts\` integer not null default 0, \`next_attempt_at\` bigint not null, \`claim_token\` text null, \`last_status_code\` integer null, \`last_error\` text null, \`replay_of\` bigint null, \`created_at\` bigint not null, \`finished_at\` bigint null);`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_status_next_attempt_at_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`status\`, \`next_attempt_at\`);`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_order_key_id_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`order_key\`, \`id\`);`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_event_id_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`event_id\`);`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_id_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`id\`);`);
    this.addSql(`create index \`webhook_delivery_status_finished_at_index\` on \`webhook_delivery\` (\`status\`, \`finished_at\`);`);

    this.addSql(`create table \`webhook_endpoint\` (\`id\` text not null, \`url\` text not null, \`description\` text null, \`event_types\` json not null, \`template_ids\` json not null, \`campaign_ids\` json not null, \`merchant_ids\` json not null, \`owner_key_id\` text null, \`created_by\` text null, \`secret\` text not null, \`previous_secret\` text null, \`previous_secret_until\` bigint null, \`enabled\` integer not null default true, \`disabled_reason\` text null, \`disabled_at\` bigint null, \`failing_since\` bigint null, \`last_success_at\` bigint null, \`max_concurrency\` integer not null default 20, \`created_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_endpoint_owner_key_id_index\` on \`webhook_endpoint\` (\`owner_key_id\`);`);
  }

}
