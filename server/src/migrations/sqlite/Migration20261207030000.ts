import { Migration } from '@mikro-orm/migrations';

/**
 * SQLite only (hand-written; PostgreSQL is unchanged): the small-row tables keyed by a composite or
 * text primary key become WITHOUT ROWID tables, so each row lives in one B-tree (the primary key's)
 * instead of two (the rowid table and its `sqlite_autoindex`). Ingestion upserts these rows at random
 * user-keyed places: one B-tree means half the page reads and, for new rows, half the dirty pages
 * written to the WAL at COMMIT. Each table is rebuilt (create, copy, drop, rename, indexes again)
 * with the same columns, types, defaults and primary key, so MikroORM's schema diff sees no change
 * (it reads columns, keys and indexes, not the rowid option).
 *
 * Left as rowid tables: `tracked_event`, `rule_firing` and `order_fact` (wide rows: JSON payloads,
 * decision traces; their rowid B-tree is appended in order), `outbox_event` and
 * `rule_node_register` (integer keys: already the rowid).
 *
 * Note for later migrations: MikroORM recreates a SQLite table to alter a column, from the entity,
 * which would turn it back into a rowid table; re-apply WITHOUT ROWID in such a migration.
 */
const TABLES: { name: string; create: string; indexes: string[] }[] = [
  {
    name: 'behaviour_bucket',
    create: `(\`user_id\` text not null, \`event_type\` text not null, \`day\` integer not null, \`count\` integer not null default 0, primary key (\`user_id\`, \`event_type\`, \`day\`))`,
    indexes: [],
  },
  {
    name: 'behaviour_sum',
    create: `(\`user_id\` text not null, \`event_type\` text not null, \`day\` integer not null, \`property\` text not null, \`total\` double not null default 0, primary key (\`user_id\`, \`event_type\`, \`day\`, \`property\`))`,
    indexes: [],
  },
  {
    name: 'user_first_event',
    create: `(\`user_id\` text not null, \`event_type\` text not null, \`event_id\` text not null, \`occurred_at\` bigint not null, primary key (\`user_id\`, \`event_type\`))`,
    indexes: [],
  },
  {
    name: 'user_profile',
    create: `(\`user_id\` text not null, \`attributes\` json not null, \`first_seen_at\` bigint not null, \`updated_at\` bigint not null, primary key (\`user_id\`))`,
    indexes: [],
  },
  {
    name: 'rule_exposure',
    create: `(\`rule_id\` text not null, \`user_id\` text not null, \`version\` integer not null, \`arm\` text not null, \`control\` integer not null default false, \`event_id\` text not null, \`exposed_at\` bigint not null, primary key (\`rule_id\`, \`user_id\`))`,
    indexes: [
      `create index \`rule_exposure_rule_id_arm_control_exposed_at_index\` on \`rule_exposure\` (\`rule_id\`, \`arm\`, \`control\`, \`exposed_at\`);`,
      `create index \`rule_exposure_user_covering_index\` on \`rule_exposure\` (\`rule_id\`, \`user_id\`, \`arm\`, \`exposed_at\`);`,
    ],
  },
];

export class Migration20261207030000 extends Migration {
  override async up(): Promise<void> {
    for (const t of TABLES) {
      this.addSql(`create table \`${t.name}__new\` ${t.create} without rowid;`);
      this.addSql(`insert into \`${t.name}__new\` select * from \`${t.name}\`;`);
      this.addSql(`drop table \`${t.name}\`;`);
      this.addSql(`alter table \`${t.name}__new\` rename to \`${t.name}\`;`);
      for (const index of t.indexes) this.addSql(index);
    }
  }
}
