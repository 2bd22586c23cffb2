// Integer money helpers. Money is an integer count of minor units (cents); rates are integer basis
// points. Nothing here uses floating-point arithmetic on money: products that would leave the range of
// exactly representable integers are computed with BigInt.

/** Thrown when a money helper receives a value that is not an integer in its allowed range. */
export class MoneyInputError extends RangeError {
  override readonly name = 'MoneyInputError';
  constructor(
    /** Which argument was wrong, e.g. "weights[2]". */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** Asserts that `value` is a safe integer (|value| ≤ 2^53 − 1). */
export function assertSafeInteger(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new MoneyInputError(field, `expected a safe integer, got ${String(value)}`);
  }
}

/** Asserts that `value` is a safe integer ≥ 0 (an amount of money, a count, a rate in bp). */
export function assertNonNegativeInteger(value: unknown, field: string): asserts value is number {
  assertSafeInteger(value, field);
  if (value < 0) throw new MoneyInputError(field, `expected an integer >= 0, got ${value}`);
}

/** Asserts that `value` is a safe integer ≥ 1. */
export function assertPositiveInteger(value: unknown, field: string): asserts value is number {
  assertSafeInteger(value, field);
  if (value < 1) throw new MoneyInputError(field, `expected an integer >= 1, got ${value}`);
}

function toSafe(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MoneyInputError(what, `result ${value} exceeds Number.MAX_SAFE_INTEGER`);
  }
  return Number(value);
}

/**
 * Exact floor(a × b / c) and the remainder (a × b) mod c, for safe integers a, b ≥ 0 and c ≥ 1.
 * Uses plain numbers while a × b is exactly representable, BigInt otherwise.
 */
export function mulDivFloorRem(a: number, b: number, c: number): { quotient: number; remainder: number } {
  assertNonNegativeInteger(a, 'a');
  assertNonNegativeInteger(b, 'b');
  assertPositiveInteger(c, 'c');
  return mulDivRemUnchecked(a, b, c);
}

function mulDivRemUnchecked(a: number, b: number, c: number): { quotient: number; remainder: number } {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) {
    // `%` on integers is exact; (product − remainder) is an exact multiple of c, so the division is exact.
    const remainder = product % c;
    return { quotient: (product - remainder) / c, remainder };
  }
  const big = BigInt(a) * BigInt(b);
  const bc = BigInt(c);
  return { quotient: toSafe(big / bc, 'mulDivFloor'), remainder: Number(big % bc) };
}

/** Exact floor(a × b / c) for safe integers a, b ≥ 0 and c ≥ 1. */
export function mulDivFloor(a: number, b: number, c: number): number {
  return mulDivFloorRem(a, b, c).quotient;
}

/**
 * Splits `total` into whole units proportional to `weights` by the largest-remainder method.
 * The parts sum exactly to `total`; leftover units go to the largest remainders, ties to the lower
 * index. When total ≤ sum(weights), every part is ≤ its weight (and a zero weight gets 0).
 * Throws when total > 0 and every weight is 0 (there is nothing to split over).
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] {
  assertNonNegativeInteger(total, 'total');
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    assertNonNegativeInteger(weights[i], `weights[${i}]`);
    sum += weights[i]!;
  }
  assertSafeInteger(sum, 'sum(weights)');
  const parts = new Array<number>(weights.length).fill(0);
  if (total === 0) return parts;
  if (sum === 0) throw new MoneyInputError('weights', `cannot split ${total} over zero weights`);
  const remainders = new Array<number>(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    const { quotient, remainder } = mulDivRemUnchecked(total, weights[i]!, sum);
    parts[i] = quotient;
    remainders[i] = remainder;
    assigned += quotient;
  }
  let leftover = total - assigned; // < weights.length, and ≤ the number of non-zero remainders
  if (leftover === 0) return parts;
  const order = weights.map((_, i) => i);
  order.sort((x, y) => remainders[y]! - remainders[x]! || x - y);
  for (let k = 0; leftover > 0; k++, leftover--) parts[order[k]!]! += 1;
  return parts;
}

export interface InterestBonusInput {
  /** Amount invested, in minor units. */
  principal: number;
  /** Largest principal the bonus rate applies to; null = no cap. */
  principalCap: number | null;
  /** Extra annual interest in basis points. */
  rateBp: number;
  /** Term of the investment in days. */
  termDays: number;
  /** Most days the bonus rate applies for; null = no limit. */
  maxDays: number | null;
}

/**
 * Interest-rate coupon bonus:
 * floor(min(principal, cap) × rateBp × min(termDays, maxDays) / (10 000 × 365)).
 */
export function interestBonus(input: InterestBonusInput): number {
  const { principal, principalCap, rateBp, termDays, maxDays } = input;
  assertNonNegativeInteger(principal, 'principal');
  if (principalCap !== null) assertNonNegativeInteger(principalCap, 'principalCap');
  assertNonNegativeInteger(rateBp, 'rateBp');
  assertNonNegativeInteger(termDays, 'termDays');
  if (maxDays !== null) assertNonNegativeInteger(maxDays, 'maxDays');
  const base = principalCap === null ? principal : Math.min(principal, principalCap);
  const days = maxDays === null ? termDays : Math.min(termDays, maxDays);
  const denominator = 10_000 * 365;
  const rateDays = rateBp * days;
  if (rateDays <= Number.MAX_SAFE_INTEGER) return mulDivRemUnchecked(base, rateDays, denominator).quotient;
  return toSafe((BigInt(base) * BigInt(rateBp) * BigInt(days)) / BigInt(denominator), 'interestBonus');
}

/** The GraphQL `Money` scalar: its name, description and the spec URL it points to. */
export const MONEY_SCALAR = {
  name: 'Money',
  description:
    'An amount of money: an integer count of minor units of the deployment currency (settings { currency ' +
    'minorUnitsPerMajor }; 1250 is $12.50 in USD), a safe integer (|n| ≤ 2^53 − 1). On the wire a JSON ' +
    'integer; floats and strings are refused. TypeScript codegen: `Money: number`.',
  specifiedByURL: 'https://www.ecma-international.org/ecma-262/#sec-number.issafeinteger',
} as const;

/**
 * Coerces a client's `Money` value: a safe integer (a JSON number without a fraction). Floats, strings,
 * booleans and integers beyond 2^53 − 1 are refused with a MoneyInputError naming `field`.
 */
export function parseMoney(value: unknown, field = 'Money'): number {
  if (typeof value !== 'number') {
    throw new MoneyInputError(
      field,
      `Money must be an integer of minor units, got ${typeof value === 'string' ? `the string ${JSON.stringify(value)}` : String(value)}`,
    );
  }
  if (!Number.isInteger(value)) {
    throw new MoneyInputError(field, `Money must be an integer of minor units, got the fraction ${value}`);
  }
  if (!Number.isSafeInteger(value)) {
    throw new MoneyInputError(field, `Money must be at most 2^53 − 1 in size, got ${value}`);
  }
  return value;
}

/**
 * Serialises a server-side amount as `Money`. Only safe integers leave the server: anything else is a
 * bug in a money path, so it throws rather than rounding silently.
 */
export function serializeMoney(value: unknown): number {
  const n = typeof value === 'bigint' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new MoneyInputError('Money', `not an integer of minor units: ${String(value)}`);
  }
  return n;
}
