import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_CHARS, csvChunks } from './csvChunks';

describe('csvChunks', () => {
  it('splits 10 000 rows into about 20 chunks, skipping blank lines and keeping file line numbers', () => {
    const lines = ['user_id', ...Array.from({ length: 10_000 }, (_, i) => `u${i}`)];
    lines.splice(5, 0, '', '   ');
    const chunks = csvChunks(lines.join('\r\n'));
    expect(chunks).toHaveLength(20); // 10 001 rows, 501 a chunk (the last one 482)
    expect(chunks.at(-1)!.fileLines).toHaveLength(10_001 - 19 * 501);
    expect(chunks[0]!.fileLines.slice(0, 7)).toEqual([1, 2, 3, 4, 5, 8, 9]);
    expect(chunks.flatMap((c) => c.text.split('\n'))).toEqual(lines.filter((l) => l.trim() !== ''));
  });

  it('keeps every row once, in order, with its line, and never exceeds the character limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9-]{1,12}$/)), { maxLength: 3000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 700 }),
        (rows, parts, minRows) => {
          const chunks = csvChunks(rows.join('\n'), parts, minRows);
          const expected = rows.flatMap((r, i) => (r === '' ? [] : [{ r, line: i + 1 }]));
          const got = chunks.flatMap((c) => c.text.split('\n').map((r, k) => ({ r, line: c.fileLines[k] })));
          expect(got).toEqual(expected);
          for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
        },
      ),
      { numRuns: 200 },
    );
  });
});
