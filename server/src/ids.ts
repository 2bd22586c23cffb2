// Identifiers: a type prefix and a compact, time-ordered body, e.g. `cpn_01kbx3m9d2q7h4w8c6n0v5tz`
// (docs/architecture.md, "Ids"). The body is 22 characters of lowercase Crockford base32
// (`0-9a-z` without i, l, o, u): 10 for the 48-bit millisecond timestamp, then 12 (60 bits) of CSPRNG
// randomness. Ids made by one process are strictly increasing (same millisecond: the first 30 random
// bits count up, the last 30 are drawn afresh, as uuid's v7 does with its sequence), so they sort in
// creation order in byte order and under any collation (digits and lowercase letters only). Ids made
// before (a UUIDv7 after the prefix, `tpl_0193…`) stay valid: `isId` accepts both forms, nothing reads
// the time or the randomness out of an id, and every new id sorts above every old one.
import { randomFillSync } from 'node:crypto';

// CSPRNG bytes drawn in blocks (one randomFillSync per 256 codes instead of one per code), as uuid does.
const pool = Buffer.allocUnsafe(4096);
let poolAt = pool.length;
function randomPooled(length: number): number {
  if (poolAt + length > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const at = poolAt;
  poolAt += length;
  return at;
}

export const ID_PREFIX = {
  campaign: 'cmp',
  template: 'tpl',
  coupon: 'cpn',
  staff: 'stf',
  apiKey: 'key',
  job: 'job',
  batch: 'qb',
  redemption: 'rdm',
  share: 'shr',
  shareClaim: 'shc',
  rule: 'rul',
  audience: 'aud',
  webhookEndpoint: 'whe',
} as const;

export type IdKind = keyof typeof ID_PREFIX;

/** Lowercase Crockford base32, in ascending byte order. */
export const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** Characters of an id's body: 10 of time (48 bits), 12 of randomness (60 bits). */
export const ID_BODY_LENGTH = 22;
const TIME_CHARS = 10;
const HALF = 0x40000000; // 2^30: each half of the randomness

/**
 * The body of an id, new form or old (regex source, no anchors): the new form's first character is
 * 0-7 (48 bits of time in 50); the old form is a UUIDv7.
 */
export const ID_BODY_SOURCE =
  '(?:[0-7][0-9a-hjkmnp-tv-z]{21}|[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})';
const ID_RE = new RegExp(`^[a-z]{2,3}_${ID_BODY_SOURCE}$`);

/** `value` is an id of `kind`, in the new or the old form. */
export const isId = (kind: IdKind, value: string): boolean =>
  value.startsWith(`${ID_PREFIX[kind]}_`) && ID_RE.test(value);

/** `n` (0 ≤ n < 32^width) in `width` base32 characters. */
function base32(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = ID_ALPHABET[n % 32]! + out;
    n = Math.floor(n / 32);
  }
  return out;
}

/**
 * A source of id bodies, each above the last (ulid's `monotonicFactory`): `(now)` makes a body at
 * `now` (epoch ms). A time at or before the last one keeps the last time and counts up (so a clock
 * stepping back does not reorder ids); a counter that runs past 30 bits moves on to the next
 * millisecond, as uuid's v7 does. The process has one (`newId`); tests make their own, and may set
 * where the counter starts in each millisecond (`counterStart`, below 2^30; random otherwise).
 */
export function monotonicIdBodies(counterStart?: () => number): (now?: number) => string {
  let lastMs = -1;
  let counter = 0; // the first 30 bits of the randomness
  return (now = Date.now()) => {
    if (!Number.isSafeInteger(now) || now < 0 || now >= 2 ** 48)
      throw new RangeError('id body: time out of range');
    const at = randomPooled(8);
    const start = () => counterStart?.() ?? pool.readUInt32BE(at) % HALF;
    if (now > lastMs) {
      lastMs = now;
      counter = start();
    } else if (++counter >= HALF) {
      if (lastMs + 1 >= 2 ** 48) throw new RangeError('id body: time out of range');
      lastMs++;
      counter = start();
    }
    return base32(lastMs, TIME_CHARS) + base32(counter, 6) + base32(pool.readUInt32BE(at + 4) % HALF, 6);
  };
}

const idBody = monotonicIdBodies();

export const newId = (kind: IdKind): string => `${ID_PREFIX[kind]}_${idBody()}`;

/** External ids (users, devices, orders, SKUs) come from apps: 1-128 printable, no spaces. */
export const EXTERNAL_ID_RE = /^[A-Za-z0-9_.:@\-/#+=]{1,128}$/;

// Crockford base32 without I, L, O, U: readable codes that survive being read aloud.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomCode(length = 12, alphabet = CODE_ALPHABET): string {
  if (length > pool.length) throw new RangeError('randomCode: length too large');
  const at = randomPooled(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[pool[at + i]! % alphabet.length];
  return out;
}

/** A coupon's own code: `XXXX-XXXX-XXXX` (60 bits). */
export function couponCode(): string {
  const c = randomCode(12);
  return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
