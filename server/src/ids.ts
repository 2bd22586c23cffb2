// Identifiers: a type prefix and a time-ordered UUIDv7 (good index locality), e.g. `tpl_0193...`.
import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

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
} as const;

export type IdKind = keyof typeof ID_PREFIX;

export const newId = (kind: IdKind): string => `${ID_PREFIX[kind]}_${v7()}`;

const ID_RE = /^[a-z]{2,3}_[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const isId = (kind: IdKind, value: string): boolean =>
  ID_RE.test(value) && value.startsWith(`${ID_PREFIX[kind]}_`);

/** External ids (users, devices, orders, SKUs) come from apps: 1-128 printable, no spaces. */
export const EXTERNAL_ID_RE = /^[A-Za-z0-9_.:@\-/#+=]{1,128}$/;

// Crockford base32 without I, L, O, U: readable codes that survive being read aloud.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

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
