// Shopper-facing words for a coupon's mechanic ("Buy 2, get 1 free — cheapest first"), shared by the
// console's template preview and the wallet so both say the same thing. Pure: no I/O, integer money.

/** The template fields a description reads (a CouponTemplate or a wallet coupon's template). */
export interface DescribeInput {
  kind: string;
  amount?: number | null;
  threshold?: number | null;
  discountBp?: number | null;
  cap?: number | null;
  step?: number | null;
  sku?: string | null;
  units?: number | null;
  unitValue?: number | null;
  balance?: number | null;
  rateBp?: number | null;
  days?: number | null;
  principalCap?: number | null;
  /** INTEREST_RATE: the shortest investment term it applies to. */
  minTermDays?: number | null;
  /** Share packs: a holder may share a pack of this many friends. */
  sharing?: { packSize: number } | null;
  applyTo?: string | null;
  maxUnits?: number | null;
  minQuantity?: number | null;
  buyQuantity?: number | null;
  getQuantity?: number | null;
  maxApplications?: number | null;
  /** The scope's item lists (buy-X-get-Y with a get set names what is bought). */
  scope?: ScopeLists | null;
  /** BUY_X_GET_Y: the get set. */
  getScope?: ScopeLists | null;
  /** CASH: combines with other gift cards in one order. */
  multiplePerOrder?: boolean | null;
}

/** The item lists of a scope a description names. */
export interface ScopeLists {
  includeSkus?: readonly string[] | null;
  includeBrands?: readonly string[] | null;
  includeCategories?: readonly string[] | null;
}

/** Minor units as "1,234.50" (integer arithmetic; pass your own formatter for a currency or locale). */
export function formatMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Basis points as a percentage: 900 → "9%", 1250 → "12.5%", 333 → "3.33%". */
export function formatBp(bp: number): string {
  const whole = Math.floor(bp / 100);
  const cents = bp % 100;
  if (cents === 0) return `${whole}%`;
  return `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}%`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function orderPart(t: DescribeInput, money: (m: number) => string): string {
  const n = t.amount ?? 0;
  switch (t.applyTo) {
    case 'EACH_UNIT':
      return `${money(n)} off each item${t.maxUnits != null ? ` (up to ${plural(t.maxUnits, 'item')})` : ''}`;
    case 'EACH_LINE':
      return `${money(n)} off each product${t.maxUnits != null ? ` (up to ${plural(t.maxUnits, 'product')})` : ''}`;
    case 'CHEAPEST_ITEM':
      return `${money(n)} off your cheapest item`;
    default:
      return `${money(n)} off`;
  }
}

/** "socks" as one item reads "sock" (a plain English plural only); names joined with "or". */
function itemsOf(s: ScopeLists | null | undefined, n: number): string | null {
  const names = [...(s?.includeCategories ?? []), ...(s?.includeBrands ?? []), ...(s?.includeSkus ?? [])];
  if (names.length === 0) return null;
  const one = (w: string) => (n === 1 && /[^s]s$/.test(w) ? w.slice(0, -1) : w);
  return names.map(one).join(' or ');
}

function buyXGetY(t: DescribeInput): string {
  const bp = t.discountBp ?? 10_000;
  const buy = t.buyQuantity ?? 0;
  const get = t.getQuantity ?? 0;
  const deal = bp >= 10_000 ? 'free' : `at ${formatBp(bp)} off`;
  const repeat = t.maxApplications != null ? `, up to ${plural(t.maxApplications, 'time')} per order` : '';
  const getItems = itemsOf(t.getScope, get);
  if (getItems !== null) {
    // a get set: "Buy 2 shoes, get 1 sock free"
    const buyItems = itemsOf(t.scope, buy);
    return `Buy ${buy}${buyItems ? ` ${buyItems}` : ''}, get ${get} ${getItems} ${deal} — cheapest first${repeat}`;
  }
  const what = t.sku ? `${get} × ${t.sku}` : String(get);
  return `Buy ${buy}, get ${what} ${deal} — cheapest first${repeat}`;
}

function shipping(t: DescribeInput, money: (m: number) => string, cap: string): string {
  if (t.discountBp != null)
    return t.discountBp >= 10_000 ? `Free shipping${cap}` : `${formatBp(t.discountBp)} off shipping${cap}`;
  return `${money(t.amount ?? 0)} off shipping`;
}

function kindPart(t: DescribeInput, money: (m: number) => string): string {
  const cap = t.cap != null ? ` (up to ${money(t.cap)})` : '';
  switch (t.kind) {
    case 'AMOUNT_OFF':
      return orderPart(t, money);
    case 'PERCENT_OFF':
      return t.applyTo === 'CHEAPEST_ITEM'
        ? `${formatBp(t.discountBp ?? 0)} off your cheapest item${cap}`
        : `${formatBp(t.discountBp ?? 0)} off${cap}`;
    case 'STEP_AMOUNT_OFF':
      return `${money(t.amount ?? 0)} off every ${money(t.step ?? 0)} spent${cap}`;
    case 'MERCHANDISE':
      return `${t.units ?? 0} × ${t.sku ?? 'gift'} free${t.unitValue != null ? ` (worth up to ${money(t.unitValue)} each)` : ''}`;
    case 'CASH':
      return `Gift card: ${money(t.balance ?? 0)} to spend${t.multiplePerOrder ? ' (combines with other gift cards)' : ''}`;
    case 'INTEREST_RATE':
      return `+${formatBp(t.rateBp ?? 0)} annual interest for up to ${plural(t.days ?? 0, 'day')} on up to ${money(t.principalCap ?? 0)}`;
    case 'BUY_X_GET_Y':
      return buyXGetY(t);
    case 'SHIPPING_OFF':
      return shipping(t, money, cap);
    default:
      return t.kind;
  }
}

/**
 * One sentence a shopper understands, e.g. "10% off (up to 20.00) on orders of 100.00 or more",
 * "Buy 2, get 1 free — cheapest first", "3.00 off each item (up to 2 items)".
 */
export function describeCoupon(t: DescribeInput, money: (minor: number) => string = formatMinor): string {
  const parts = [kindPart(t, money)];
  if (t.kind === 'INTEREST_RATE') {
    if (t.threshold) parts.push(`when you invest ${money(t.threshold)} or more`);
    if (t.minTermDays) parts.push(`for a term of ${plural(t.minTermDays, 'day')} or more`);
  } else if (t.threshold) parts.push(`on orders of ${money(t.threshold)} or more`);
  if (t.minQuantity) parts.push(`when you buy ${plural(t.minQuantity, 'item')} or more`);
  const text = parts.join(' ');
  return t.sharing ? `${text}. Share with ${plural(t.sharing.packSize, 'friend')}` : text;
}

/** A share pack's progress in words: "Share with 3 friends: 2 of 3 joined" ("… all 3 joined" when full). */
export function describeShare(p: { size: number; claimed: number }): string {
  const head = `Share with ${plural(p.size, 'friend')}`;
  if (p.claimed <= 0) return `${head}: nobody joined yet`;
  if (p.claimed >= p.size) return `${head}: all ${p.size} joined`;
  return `${head}: ${p.claimed} of ${p.size} joined`;
}
