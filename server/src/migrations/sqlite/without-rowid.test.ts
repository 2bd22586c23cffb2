// Migration20261207030000 rebuilds the behaviour buckets, sums and first events as WITHOUT ROWID
// tables: every row is kept, the primary keys still deduplicate, and the upserts of ingestion work.
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Migration20261207030000 } from './Migration20261207030000';

const BEFORE = [
  'CREATE TABLE `behaviour_bucket` (`user_id` text not null, `event_type` text not null, `day` integer not null, `count` integer not null default 0, primary key (`user_id`, `event_type`, `day`))',
  'CREATE TABLE `behaviour_sum` (`user_id` text not null, `event_type` text not null, `day` integer not null, `property` text not null, `total` double not null default 0, primary key (`user_id`, `event_type`, `day`, `property`))',
  'CREATE TABLE `user_first_event` (`user_id` text not null, `event_type` text not null, `event_id` text not null, `occurred_at` bigint not null, primary key (`user_id`, `event_type`))',
];
const TABLES = ['behaviour_bucket', 'behaviour_sum', 'user_first_event'];

async function migrated(db: Sqlite.Database): Promise<void> {
  const m = new Migration20261207030000(null as never, null as never);
  await m.up();
  db.transaction(() => {
    for (const q of m.getQueries()) db.exec(String(q));
  })();
}

describe('SQLite WITHOUT ROWID migration', () => {
  it('keeps every row and the primary keys, and the ingestion upserts still merge', async () => {
    const db = new Sqlite(':memory:');
    for (const ddl of BEFORE) db.exec(ddl);
    db.transaction(() => {
      for (let u = 0; u < 500; u++)
        for (const t of ['order.paid', 'page.viewed']) {
          db.prepare('INSERT INTO behaviour_bucket VALUES (?, ?, ?, ?)').run(`u${u}`, t, 20_000 + (u % 3), u);
          db.prepare('INSERT INTO behaviour_sum VALUES (?, ?, ?, ?, ?)').run(`u${u}`, t, 20_000, 'amount', u * 1.5);
          db.prepare('INSERT INTO user_first_event VALUES (?, ?, ?, ?)').run(`u${u}`, t, `e${u}`, 1_700_000_000 + u);
        }
    })();
    const rows = () => TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all());
    const before = rows();

    await migrated(db);

    expect(rows()).toEqual(before);
    for (const t of TABLES) {
      const { sql } = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(t) as {
        sql: string;
      };
      expect(sql).toMatch(/without rowid$/i);
    }
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE '%__new'`).all()).toEqual([]);
    // the keys still deduplicate: the upserts of tracking.sql.ts add to the stored rows
    db.prepare(
      `INSERT INTO behaviour_bucket (user_id, event_type, day, count) VALUES ('u7', 'order.paid', 20001, 2)
       ON CONFLICT (user_id, event_type, day) DO UPDATE SET count = behaviour_bucket.count + excluded.count`,
    ).run();
    expect(
      db.prepare(`SELECT count FROM behaviour_bucket WHERE user_id = 'u7' AND event_type = 'order.paid'`).all(),
    ).toEqual([{ count: 9 }]);
    expect(() => db.prepare(`INSERT INTO user_first_event VALUES ('u7', 'order.paid', 'x', 1)`).run()).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
    db.close();
  });
});
