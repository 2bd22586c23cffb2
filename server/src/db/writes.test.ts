import { describe, expect, it } from 'vitest';
import type { Row, Sql, Statement } from './sql';
import { MAX_PARAMS, chunkSizes, chunkedRows, multiRow, paddedList, runGrouped } from './writes';

describe('chunkSizes', () => {
  it('covers every row with full chunks, then powers of two', () => {
    for (const [n, max] of [
      [0, 500],
      [1, 500],
      [437, 500],
      [500, 500],
      [1437, 500],
      [999, 250],
      [7, 1],
    ] as const) {
      const sizes = chunkSizes(n, max);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      for (const s of sizes) expect(s).toBeLessThanOrEqual(max);
    }
    expect(chunkSizes(437, 500)).toEqual([256, 128, 32, 16, 4, 1]);
    expect(chunkSizes(1100, 500)).toEqual([500, 500, 64, 32, 4]);
  });

  it('keeps the number of statement shapes small across batch sizes', () => {
    const shapes = new Set<number>();
    for (let n = 1; n <= 1000; n++) for (const s of chunkSizes(n, 500)) shapes.add(s);
    expect(shapes.size).toBeLessThanOrEqual(10);
  });
});

describe('paddedList', () => {
  it('pads a list to the next power of two with its last value, one text per size', () => {
    expect(paddedList(['a'])).toEqual({ list: '?', params: ['a'] });
    expect(paddedList(['a', 'b', 'c'])).toEqual({ list: '?, ?, ?, ?', params: ['a', 'b', 'c', 'c'] });
    const five = paddedList([1, 2, 3, 4, 5]);
    expect(five.params).toEqual([1, 2, 3, 4, 5, 5, 5, 5]);
    expect(five.list).toBe(paddedList([9, 8, 7, 6, 5, 4]).list);
    const texts = new Set<string>();
    for (let n = 1; n <= 1000; n++) texts.add(paddedList(new Array(n).fill(0)).list);
    expect(texts.size).toBe(11);
  });
});

describe('chunkedRows', () => {
  it('covers the rows in order with statements of a few fixed sizes', () => {
    const chunks = chunkedRows('test.rows', 437, 200, (n) => `INSERT ${n}`);
    expect(chunks.map((c) => [c.from, c.to, c.text])).toEqual([
      [0, 200, 'INSERT 200'],
      [200, 400, 'INSERT 200'],
      [400, 432, 'INSERT 32'],
      [432, 436, 'INSERT 4'],
      [436, 437, 'INSERT 1'],
    ]);
    expect(chunkedRows('test.rows', 0, 200, (n) => `INSERT ${n}`)).toEqual([]);
  });
});

describe('multiRow', () => {
  const spec = {
    name: 'test.bucket',
    types: ['text', 'integer'] as const,
    perStatement: 4,
    sql: (rows: string) => `INSERT INTO t (a, b) ${rows} ON CONFLICT DO NOTHING`,
  };
  const rows = [
    ['a', 1],
    ['b', 2],
    ['c', 3],
    ['d', 4],
    ['e', 5],
    ['f', 6],
  ];

  it('SQLite: VALUES lists in ladder sizes, parameters row by row, texts reused', () => {
    const out: Statement[] = [];
    multiRow(out, 'sqlite', rows, spec);
    expect(out.map((s) => s.params)).toEqual([
      ['a', 1, 'b', 2, 'c', 3, 'd', 4],
      ['e', 5, 'f', 6],
    ]);
    expect(out[0]!.sql).toBe(
      'INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?), (?, ?) ON CONFLICT DO NOTHING',
    );
    expect(out[1]!.sql).toBe('INSERT INTO t (a, b) VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING');
    const again: Statement[] = [];
    multiRow(again, 'sqlite', rows, spec);
    expect(again[0]!.sql).toBe(out[0]!.sql); // the same text, built once
  });

  it('SQLite: a bare list for IN (…)', () => {
    const out: Statement[] = [];
    multiRow(out, 'sqlite', [['u1'], ['u2'], ['u3']], {
      name: 'test.list',
      types: ['text'],
      perStatement: 500,
      list: true,
      sql: (list) => `SELECT * FROM t WHERE a IN (${list})`,
    });
    expect(out.map((s) => [s.sql, s.params])).toEqual([
      ['SELECT * FROM t WHERE a IN (?, ?)', ['u1', 'u2']],
      ['SELECT * FROM t WHERE a IN (?)', ['u3']],
    ]);
  });

  it('PostgreSQL: one statement with one array per column (nulls kept)', () => {
    const out: Statement[] = [];
    multiRow(out, 'postgresql', [...rows, ['g', undefined]], spec);
    expect(out).toHaveLength(1);
    expect(out[0]!.sql).toBe(
      'INSERT INTO t (a, b) SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS integer[])) ON CONFLICT DO NOTHING',
    );
    expect(out[0]!.params).toEqual([
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      [1, 2, 3, 4, 5, 6, null],
    ]);
  });

  it('never exceeds the parameter limit per statement', () => {
    const out: Statement[] = [];
    const wide = Array.from({ length: 20_000 }, (_, i) => [i, i, i]);
    multiRow(out, 'sqlite', wide, {
      ...spec,
      types: ['integer', 'integer', 'integer'],
      perStatement: 50_000,
    });
    for (const s of out) expect(s.params!.length).toBeLessThanOrEqual(MAX_PARAMS);
    expect(out.reduce((a, s) => a + s.params!.length, 0)).toBe(60_000);
  });
});

describe('runGrouped', () => {
  it('sends statements together up to the parameter limit', async () => {
    const calls: number[] = [];
    const sql = {
      dialect: 'postgresql',
      runMany: async (sts: readonly Statement[]) => {
        calls.push(sts.length);
        return sts.map(() => 0);
      },
    } as unknown as Sql & { allMany(q: readonly Statement[]): Promise<Row[][]> };
    const st = (n: number): Statement => ({ sql: 'x', params: new Array(n).fill(0) });
    await runGrouped(sql, [st(10), st(20), st(MAX_PARAMS - 20), st(5)]);
    expect(calls).toEqual([2, 2]);
  });
});
