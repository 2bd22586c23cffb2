import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { v4, v7 } from 'uuid';
import {
  couponCode,
  ID_ALPHABET,
  ID_BODY_LENGTH,
  ID_PREFIX,
  type IdKind,
  isId,
  monotonicIdBodies,
  newId,
  randomCode,
} from './ids';

describe('coupon codes', () => {
  it('are three dash-separated groups of four Crockford base32 symbols (no I, L, O, U)', () => {
    for (let i = 0; i < 2_000; i++)
      expect(couponCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
  });

  it('do not repeat and use every symbol about equally, across refills of the random pool', () => {
    const n = 50_000; // 600 000 symbols: the 4 KiB pool refills many times
    const codes = new Set<string>();
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const c = couponCode();
      codes.add(c);
      for (const ch of c.replaceAll('-', '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(codes.size).toBe(n);
    expect(counts.size).toBe(32);
    const expected = (n * 12) / 32;
    for (const k of counts.values()) expect(Math.abs(k - expected) / expected).toBeLessThan(0.05);
  });

  it('randomCode takes any length and alphabet', () => {
    expect(randomCode(20, 'AB')).toMatch(/^[AB]{20}$/);
    expect(new Set(Array.from({ length: 100 }, () => randomCode(8))).size).toBe(100);
  });
});

describe('ids', () => {
  const NEW_FORM = /^[a-z]{2,3}_[0-9a-hjkmnp-tv-z]{22}$/;
  const kinds = Object.keys(ID_PREFIX) as IdKind[];
  /** An id in the old form (before the compact ids): the prefix and a UUIDv7 made at `ms`. */
  const oldId = (kind: IdKind, ms?: number) =>
    `${ID_PREFIX[kind]}_${v7(ms === undefined ? undefined : { msecs: ms })}`;

  it('carry their kind, 22 characters of lowercase Crockford base32 after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), (kind) => {
        const id = newId(kind);
        expect(id).toMatch(NEW_FORM);
        expect(id.length).toBe(ID_PREFIX[kind].length + 1 + ID_BODY_LENGTH);
        expect(isId(kind, id)).toBe(true);
        for (const other of kinds)
          if (ID_PREFIX[other] !== ID_PREFIX[kind]) expect(isId(other, id)).toBe(false);
      }),
    );
  });

  it('have a fixed length and alphabet at any time in 48 bits', () => {
    const idBody = monotonicIdBodies();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        const body = idBody(ms);
        expect(body).toHaveLength(ID_BODY_LENGTH);
        for (const ch of body) expect(ID_ALPHABET).toContain(ch);
        expect(isId('coupon', `cpn_${body}`)).toBe(true);
      }),
    );
    expect(() => monotonicIdBodies()(2 ** 48)).toThrow(RangeError);
    expect(() => monotonicIdBodies()(-1)).toThrow(RangeError);
    expect(() => monotonicIdBodies()(1.5)).toThrow(RangeError);
  });

  it('are strictly increasing and unique in a tight loop (many in each millisecond)', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, () => newId('coupon'));
    let sameMs = 0;
    for (let i = 1; i < n; i++) {
      expect(ids[i]! > ids[i - 1]!).toBe(true);
      if (ids[i]!.slice(4, 14) === ids[i - 1]!.slice(4, 14)) sameMs++;
    }
    expect(sameMs).toBeGreaterThan(n / 2); // the same-millisecond path is the one exercised
    expect(new Set(ids).size).toBe(n);
  });

  it('stay increasing when the clock steps back or stands still', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_050 }), {
          minLength: 2,
          maxLength: 300,
        }),
        (times) => {
          const idBody = monotonicIdBodies();
          let last = idBody(times[0]!);
          for (const t of times.slice(1)) {
            const next = idBody(t);
            expect(next > last).toBe(true);
            last = next;
          }
        },
      ),
    );
  });

  it('move on to the next millisecond when the counter runs out, still increasing', () => {
    const idBody = monotonicIdBodies(() => 2 ** 30 - 3);
    const t = 1_700_000_000_000;
    const bodies = Array.from({ length: 8 }, () => idBody(t));
    for (let i = 1; i < bodies.length; i++) expect(bodies[i]! > bodies[i - 1]!).toBe(true);
    const times = bodies.map((b) => b.slice(0, 10));
    // 3 in t (counter 2^30 - 3 .. 2^30 - 1), 3 in t + 1, then t + 2
    expect(new Set(times).size).toBe(3);
    expect(times.slice(0, 3).every((x) => x === times[0])).toBe(true);
    expect(times[3]).not.toBe(times[2]);
    expect(monotonicIdBodies()(t + 1).slice(0, 10)).toBe(times[3]);
  });

  it('sort by time: a later millisecond sorts above, in byte order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 1, max: 2 ** 47 - 1 }), (a, b) => {
        const bodies = monotonicIdBodies();
        expect(bodies(a) < bodies(a + b)).toBe(true);
        // and from separate sources (processes): the time alone orders them
        expect(monotonicIdBodies()(a) < monotonicIdBodies()(a + b)).toBe(true);
      }),
    );
  });

  it('accept the old form (a UUIDv7 after the prefix) and refuse anything else', () => {
    const old = oldId('template');
    expect(isId('template', old)).toBe(true);
    expect(isId('coupon', old)).toBe(false);
    fc.assert(
      fc.property(fc.constantFrom(...kinds), (kind) => {
        expect(isId(kind, oldId(kind))).toBe(true);
      }),
    );
    const body = newId('coupon').slice(4);
    for (const bad of [
      `cpn_${body.slice(1)}`, // 21 characters
      `cpn_${body}0`, // 23
      `cpn_${body.toUpperCase()}`,
      `cpn_8${body.slice(1)}`, // past 48 bits of time
      `cpn_${body.slice(0, 21)}i`, // not Crockford (i, l, o, u)
      `cpn_${body.slice(0, 21)}l`,
      `cpn_${body.slice(0, 21)}o`,
      `cpn_${body.slice(0, 21)}u`,
      `cpn${body}`,
      `cpn_${body}\n`,
      `cpn_${v4()}`, // a UUID, but not v7
      `cpn_${v7().toUpperCase()}`,
      'cpn_',
      '',
    ])
      expect(isId('coupon', bad), bad).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const id = `cpn_${s}`;
        expect(isId('coupon', id)).toBe(
          /^[0-7][0-9a-hjkmnp-tv-z]{21}$/.test(s) ||
            /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(s),
        );
      }),
    );
  });

  it('made now sort above ids of the old form made before', () => {
    const old = Array.from({ length: 100 }, () => oldId('coupon'));
    const made = Array.from({ length: 100 }, () => newId('coupon'));
    for (const o of old) for (const n of made) expect(n > o).toBe(true);
  });
});
