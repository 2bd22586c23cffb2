// Ids of both forms side by side (server/src/ids.ts): the compact form made now and the UUIDv7 form of
// rows written before it. Ordered by id in the database (its own collation on PostgreSQL, byte order
// on SQLite) they come in creation order, old before new; list cursors and node(id:) work for both.
import { beforeAll, describe, expect, it } from 'vitest';
import { ids } from '@couponflow/server';
import type { GqlClient, GqlResponse } from '../support/gql';
import { DAY, DIALECT, claimOne, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';
import { runSql } from '../support/db';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
});

/** Runs statements on the test server's database (`?` placeholders), returning the last one's rows. */
const onDb = <T = Record<string, unknown>>(statements: [string, unknown[]][]) =>
  runSql<T>(srv.db.url, statements);

/** Copies of a row of `table` with new ids (and, for a coupon, new codes): rows "written before". */
async function copyRow(table: string, sourceId: string, newIds: string[], code?: (i: number) => string) {
  const [source] = await onDb<Record<string, unknown>>([[`SELECT * FROM ${table} WHERE id = ?`, [sourceId]]]);
  const columns = Object.keys(source!);
  const json = (v: unknown) =>
    DIALECT === 'postgresql' && typeof v === 'object' && v !== null ? JSON.stringify(v) : v;
  await onDb(
    newIds.map((id, i) => [
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      columns.map((c) => (c === 'id' ? id : c === 'code' && code ? code(i) : json(source![c]))),
    ]),
  );
}

/** One page of a connection, as these tests read it. */
interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { endCursor: string; hasNextPage: boolean };
}

/** An id of the old form (a UUIDv7 after the prefix) made at `ms`. */
function oldId(prefix: string, ms: number): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const t = ms.toString(16).padStart(12, '0');
  return `${prefix}_${t.slice(0, 8)}-${t.slice(8)}-7${hex(3)}-8${hex(3)}-${hex(12)}`;
}

describe('ids of both forms', () => {
  it('order by id in creation order in the database, old before new (its collation and, on PostgreSQL, ICU)', async () => {
    const start = Date.now();
    // old ids made up to a day before, then 100 000 new ones in a tight loop (many per millisecond)
    const made = [
      ...Array.from({ length: 1000 }, (_, i) => oldId('cpn', start - DAY * 1000 + i * 86)),
      ...Array.from({ length: 100_000 }, () => ids.newId('coupon')),
    ];
    const type = DIALECT === 'postgresql' ? 'varchar(48)' : 'text';
    const statements: [string, unknown[]][] = [[`CREATE TABLE id_order_probe (seq integer, id ${type})`, []]];
    for (let i = 0; i < made.length; i += 500) {
      const chunk = made.slice(i, i + 500);
      statements.push([
        `INSERT INTO id_order_probe (seq, id) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`,
        chunk.flatMap((id, k) => [i + k, id]),
      ]);
    }
    await onDb(statements);
    const collations =
      DIALECT === 'postgresql'
        ? [
            '', // the database's default (the columns of the schema declare none)
            ...(
              await onDb<{ collname: string }>([
                [
                  `SELECT collname FROM pg_collation WHERE collname IN ('C', 'POSIX', 'en-US-x-icu', 'und-x-icu', 'en_US.utf8')`,
                  [],
                ],
              ])
            ).map((r) => r.collname),
          ]
        : [''];
    for (const collation of collations) {
      const rows = await onDb<{ seq: number }>([
        [`SELECT seq FROM id_order_probe ORDER BY id${collation ? ` COLLATE "${collation}"` : ''}`, []],
      ]);
      const seqs = rows.map((r) => Number(r.seq));
      expect(seqs.length, collation).toBe(made.length);
      expect(
        seqs.every((s, i) => s === i),
        `ORDER BY id ${collation || 'default collation'}`,
      ).toBe(true);
    }
    if (DIALECT === 'postgresql') {
      // the id columns use the database's default collation, the one checked first above
      const declared = await onDb<{ n: number }>([
        [
          `SELECT COUNT(*) AS n FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND collation_name IS NOT NULL`,
          [],
        ],
      ]);
      expect(Number(declared[0]!.n)).toBe(0);
    }
    await onDb([[`DROP TABLE id_order_probe`, []]]);
  });

  it('page and resolve by node(id:) whichever their form', async () => {
    const newer = await createTemplate(staff, { name: 'ids new form' });
    expect(ids.isId('template', newer.id)).toBe(true);
    expect(newer.id).toMatch(/^tpl_[0-9a-z]{22}$/);
    const old = [oldId('tpl', Date.now() - 2 * DAY * 1000), oldId('tpl', Date.now() - DAY * 1000)];
    await copyRow('coupon_template', newer.id, old);

    // node(id:) for both forms
    for (const id of [...old, newer.id]) {
      const r = await staff.raw(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
      expect(r.errors, id).toBeUndefined();
      expect((r.data as { node: { id: string; __typename: string } }).node).toEqual({
        id,
        __typename: 'CouponTemplate',
      });
    }

    // the template list paged one at a time: every template once, cursors from old and new ids
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const r: GqlResponse<unknown> = await staff.raw(
        `query($after: String) { templates(first: 1, after: $after) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      const c: Page = (r.data as { templates: Page }).templates;
      seen.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of [...old, newer.id]) expect(seen).toContain(id);
    const sorted = [...seen].sort();
    expect([sorted, sorted.slice().reverse()]).toContainEqual(seen); // the list's id order

    // a wallet of old and new coupons (same expiry: ordered by id), paged one at a time
    const template = await createTemplate(staff, { name: 'ids wallet', validUntil: iso(30 * DAY) });
    const fresh = [await claimOne(app, template.id, 'ids-user')];
    const oldCoupons = [oldId('cpn', Date.now() - 3 * DAY * 1000), oldId('cpn', Date.now() - DAY * 1000)];
    await copyRow('coupon', fresh[0]!, oldCoupons, (i) => `OLD-${i}-${Date.now()}`);
    const wallet: string[] = [];
    after = null;
    for (let page = 0; page < 10; page++) {
      const r: GqlResponse<unknown> = await app.raw(
        `query($after: String) { walletConnection(userId: "ids-user", first: 1, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      const c: Page = (r.data as { walletConnection: Page }).walletConnection;
      wallet.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(wallet).toEqual([...oldCoupons, ...fresh]);
    for (const id of [...oldCoupons, ...fresh]) {
      const r = await staff.raw(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
      expect((r.data as { node: { id: string; __typename: string } }).node).toEqual({
        id,
        __typename: 'Coupon',
      });
    }
  });
});
