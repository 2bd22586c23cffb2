// Identifiers: a type prefix and a time-ordered UUIDv7 (good index locality), e.g. `tpl_0193...`.
import { randomBytes } from 'node:crypto';
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

export function randomCode(length = 12, alphabet = CODE_ALPHABET): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

/** A coupon's own code: `XXXX-XXXX-XXXX` (60 bits). */
export const couponCode = (): string => randomCode(12).replace(/(.{4})(?=.)/g, '$1-');

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
