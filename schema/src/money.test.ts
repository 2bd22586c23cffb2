import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONEY_SCALAR,
  MoneyInputError,
  assertNonNegativeInteger,
  interestBonus,
  mulDivFloor,
  mulDivFloorRem,
  parseMoney,
  serializeMoney,
  splitLargestRemainder,
} from './money';

describe('mulDivFloor', () => {
  it.each([
    [10_000, 900, 10_000, 900],
    [9_999, 900, 10_000, 899], // 899.91 floors
    [1, 1, 3, 0],
    [7, 3, 2, 10],
    [0, 123, 7, 0],
    [Number.MAX_SAFE_INTEGER, 1, 1, Number.MAX_SAFE_INTEGER],
    // a × b beyond 2^53: exact through BigInt. (2^53 − 1) × 10 000 / 10 001 = 9 006 298 624 878 503.…
    [Number.MAX_SAFE_INTEGER, 10_000, 10_001, 9_006_298_624_878_503],
    // a product near 2^53 where float division would round up: (2^53 − 1) / 3 = 3 002 399 751 580 330.33…
    [Number.MAX_SAFE_INTEGER, 1, 3, 3_002_399_751_580_330],
  ])('floor(%i × %i / %i) = %i', (a, b, c, expected) => {
    expect(mulDivFloor(a, b, c)).toBe(expected);
  });

  it('agrees with BigInt arithmetic on random safe integers', () => {
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (a, b, c) => {
          const exact = (BigInt(a) * BigInt(b)) / BigInt(c);
          if (exact > BigInt(Number.MAX_SAFE_INTEGER)) {
            expect(() => mulDivFloor(a, b, c)).toThrow(MoneyInputError);
          } else {
            const { quotient, remainder } = mulDivFloorRem(a, b, c);
            expect(quotient).toBe(Number(exact));
            expect(remainder).toBe(Number((BigInt(a) * BigInt(b)) % BigInt(c)));
          }
        },
      ),
    );
  });

  it.each([
    [1.5, 2, 3, 'a'],
    [-1, 2, 3, 'a'],
    [1, Number.NaN, 3, 'b'],
    [1, 2, 0, 'c'],
    [1, 2, 2 ** 53, 'c'],
  ])('rejects mulDivFloor(%s, %s, %s) naming %s', (a, b, c, field) => {
    expect(() => mulDivFloor(a, b, c)).toThrow(expect.objectContaining({ name: 'MoneyInputError', field }));
  });
});

describe('splitLargestRemainder', () => {
  it.each([
    // 100 over three equal lines: 33.33 each, the one leftover cent to the lowest index
    [100, [1, 1, 1], [34, 33, 33]],
    // 1 000 off a 3 000 / 2 000 / 1 000 cart
    [1_000, [3_000, 2_000, 1_000], [500, 333, 167]],
    // remainders .6, .6, .8 (×10): 2 leftover units go to index 2 then index 0 (tie to the lower index)
    [10, [3, 3, 4], [3, 3, 4]],
    [7, [3, 3, 4], [2, 2, 3]],
    [5, [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0]],
    [0, [5, 0, 7], [0, 0, 0]],
    [0, [], []],
    [4, [0, 2, 0, 2], [0, 2, 0, 2]],
    [3, [0, 2, 0, 2], [0, 2, 0, 1]],
  ])('splits %i over %j as %j', (total, weights, expected) => {
    const parts = splitLargestRemainder(total, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('refuses to split a positive total over nothing', () => {
    expect(() => splitLargestRemainder(5, [])).toThrow(MoneyInputError);
    expect(() => splitLargestRemainder(5, [0, 0])).toThrow(MoneyInputError);
  });

  it('rejects fractional or negative input', () => {
    expect(() => splitLargestRemainder(1.5, [1])).toThrow(/total/);
    expect(() => splitLargestRemainder(1, [1, -1])).toThrow(/weights\[1\]/);
  });

  it('property: parts are whole, sum exactly, stay within their weights, and are proportional', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, fraction) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          fc.pre(sum > 0);
          const total = Math.floor(sum * fraction);
          const parts = splitLargestRemainder(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((part, i) => {
            expect(Number.isInteger(part)).toBe(true);
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBeLessThanOrEqual(weights[i]!);
            // within one unit of the exact share
            const exact = (BigInt(total) * BigInt(weights[i]!)) / BigInt(sum);
            expect(BigInt(part) - exact === 0n || BigInt(part) - exact === 1n).toBe(true);
          });
        },
      ),
    );
  });

  it('property: totals above the weights still sum exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (weights, total) => {
          expect(splitLargestRemainder(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
        },
      ),
    );
  });
});

describe('interestBonus', () => {
  it.each([
    // 100 000.00 at +1.00 % for a full year
    [{ principal: 10_000_000, principalCap: null, rateBp: 100, termDays: 365, maxDays: null }, 100_000],
    // principal above the cap: only the cap earns the bonus; term beyond maxDays: only maxDays count
    [{ principal: 50_000_000, principalCap: 10_000_000, rateBp: 200, termDays: 90, maxDays: 30 }, 16_438],
    // 10 000.00 at 3.5 % for 7 days: 6.712… → 6.71
    [{ principal: 1_000_000, principalCap: 2_000_000, rateBp: 350, termDays: 7, maxDays: 30 }, 671],
    [{ principal: 1_000_000, principalCap: 0, rateBp: 350, termDays: 7, maxDays: 30 }, 0],
    [{ principal: 1_000_000, principalCap: null, rateBp: 350, termDays: 0, maxDays: null }, 0],
  ])('%j → %i', (input, expected) => {
    expect(interestBonus(input)).toBe(expected);
  });

  it('stays exact when the product leaves the safe range', () => {
    // 2^50 × 499 × 365 > 2^53, while the bonus itself (≈ 5 % of 2^50) is safe
    const input = { principal: 2 ** 50 + 7, principalCap: null, rateBp: 499, termDays: 365, maxDays: 400 };
    const exact = ((2n ** 50n + 7n) * 499n * 365n) / 3_650_000n;
    expect(interestBonus(input)).toBe(Number(exact));
    // a bonus that cannot be represented exactly is refused rather than rounded
    expect(() =>
      interestBonus({
        principal: 2 ** 52,
        principalCap: null,
        rateBp: 10_000,
        termDays: 3_650,
        maxDays: null,
      }),
    ).toThrow(MoneyInputError);
  });

  it('matches the formula on random inputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.option(fc.integer({ min: 0, max: 10 ** 12 })),
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 3_650 }),
        fc.option(fc.integer({ min: 0, max: 3_650 })),
        (principal, principalCap, rateBp, termDays, maxDays) => {
          const base = BigInt(principalCap === null ? principal : Math.min(principal, principalCap));
          const days = BigInt(maxDays === null ? termDays : Math.min(termDays, maxDays));
          const expected = Number((base * BigInt(rateBp) * days) / 3_650_000n);
          expect(interestBonus({ principal, principalCap, rateBp, termDays, maxDays })).toBe(expected);
        },
      ),
    );
  });

  it('rejects non-integer input', () => {
    expect(() =>
      interestBonus({ principal: 100.5, principalCap: null, rateBp: 1, termDays: 1, maxDays: null }),
    ).toThrow(/principal/);
    expect(() =>
      interestBonus({ principal: 100, principalCap: null, rateBp: -1, termDays: 1, maxDays: null }),
    ).toThrow(/rateBp/);
  });
});

describe('assertions', () => {
  it('accept non-negative safe integers only', () => {
    expect(() => assertNonNegativeInteger(0, 'x')).not.toThrow();
    for (const bad of [-1, 0.1, Number.NaN, Infinity, 2 ** 53, '1', null]) {
      expect(() => assertNonNegativeInteger(bad, 'x')).toThrow(MoneyInputError);
    }
  });
});

describe('parseMoney / serializeMoney (the Money scalar)', () => {
  it.each([0, 1, -1, 1250, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER])(
    'accepts the integer %i',
    (n) => {
      expect(parseMoney(n, 'x')).toBe(n);
      expect(serializeMoney(n)).toBe(n);
    },
  );

  it.each([
    [12.5, 'fraction 12.5'],
    ['1250', 'the string "1250"'],
    [true, 'true'],
    [null, 'null'],
    [Number.MAX_SAFE_INTEGER + 1, 'at most 2^53'],
    [Number.NaN, 'fraction NaN'],
    [Number.POSITIVE_INFINITY, 'fraction Infinity'],
  ])('refuses %p naming the field', (value, words) => {
    let error: unknown;
    try {
      parseMoney(value, 'cart.lines[0].unitPrice');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MoneyInputError);
    expect((error as MoneyInputError).field).toBe('cart.lines[0].unitPrice');
    expect((error as MoneyInputError).message).toContain(words);
  });

  it('never serialises a non-integer amount (a bug in a money path is loud)', () => {
    expect(() => serializeMoney(0.1 + 0.2)).toThrow(MoneyInputError);
    expect(() => serializeMoney('12')).toThrow(MoneyInputError);
    expect(serializeMoney(12n)).toBe(12);
  });

  it('round-trips every safe integer', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => parseMoney(serializeMoney(n)) === n));
  });

  it('describes itself for the schema', () => {
    expect(MONEY_SCALAR.name).toBe('Money');
    expect(MONEY_SCALAR.description).toContain('minor units');
  });
});
