// Checkout math: the exact best combination for a 20-line cart (with shipping) against a 50-coupon wallet
// holding every mechanic (shipping coupons, a buy-X-get-Y get set, gift cards that combine).
import { checkout } from '@couponflow/server';
import { type BenchFigure, type BenchSuite, opsPerSecond, percentile } from '../lib';

type Coupon = checkout.CheckoutCoupon;
type Group = checkout.StackGroup;

const NOW = 1_750_000_000;
const DAY = 86_400;

/** Small deterministic PRNG (mulberry32) so every run measures the same cart and wallet. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const BRANDS = ['acme', 'zen', 'nova', 'kite'];
const CATEGORIES = ['shoes', 'food', 'toys', 'books', 'home'];

function makeCart(random: () => number): checkout.Cart {
  const lines: checkout.CartLine[] = [];
  for (let i = 0; i < 20; i++) {
    lines.push({
      sku: `SKU${i}`,
      brand: BRANDS[i % BRANDS.length]!,
      category: CATEGORIES[i % CATEGORIES.length]!,
      // a marketplace cart: most lines from the cart's store, some from a second one
      merchantId: i % 4 === 3 ? 'm2' : null,
      unitPrice: 199 + Math.floor(random() * 12_000),
      quantity: 1 + Math.floor(random() * 3),
    });
  }
  return { merchantId: 'm1', lines, shipping: { amount: 900, method: 'standard' } };
}

function makeWallet(random: () => number): Coupon[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const scope = (over: Partial<checkout.CouponScope> = {}): checkout.CouponScope => ({
    merchantIds: [],
    includeSkus: [],
    excludeSkus: [],
    includeBrands: [],
    excludeBrands: [],
    includeCategories: [],
    excludeCategories: [],
    ...over,
  });
  const wallet: Coupon[] = [];
  const add = (group: Group, kind: checkout.CouponKind, over: Partial<Coupon>) =>
    wallet.push({
      id: `w${String(wallet.length).padStart(2, '0')}`,
      kind,
      stackGroup: group,
      exclusive: false,
      amount: null,
      threshold: 0,
      discountBp: null,
      cap: null,
      step: null,
      sku: null,
      units: null,
      unitValue: null,
      balance: null,
      validFrom: NOW - int(1, 30) * DAY,
      validUntil: NOW + int(1, 30) * DAY,
      scope: scope(),
      budgetRemaining: random() < 0.2 ? int(500, 20_000) : null,
      ...over,
    });
  // PRODUCT (8): free merchandise and product-level discounts on brands, categories, SKUs
  for (let i = 0; i < 4; i++) {
    add('PRODUCT', 'MERCHANDISE', {
      sku: `SKU${int(0, 19)}`,
      units: int(1, 2),
      unitValue: int(2_000, 8_000),
    });
  }
  for (let i = 0; i < 2; i++) {
    add('PRODUCT', 'PERCENT_OFF', {
      discountBp: pick([500, 1_000, 1_500]),
      cap: int(500, 3_000),
      scope: scope({ includeBrands: [pick(BRANDS)] }),
    });
  }
  for (let i = 0; i < 2; i++) {
    add('PRODUCT', 'AMOUNT_OFF', {
      amount: int(300, 2_000),
      threshold: int(0, 20_000),
      scope: scope({ includeCategories: [pick(CATEGORIES)] }),
    });
  }
  // PRODUCT, issue 17 mechanics (4): buy-X-get-Y on a brand, a fixed amount off each unit of a category
  // (with a unit cap), 20 % off the cheapest item with a minimum quantity
  for (let i = 0; i < 2; i++) {
    add('PRODUCT', 'BUY_X_GET_Y', {
      buyQuantity: int(1, 3),
      getQuantity: 1,
      discountBp: pick([5_000, 10_000]),
      cap: int(2_000, 8_000),
      maxApplications: random() < 0.5 ? 2 : null,
      scope: scope({ includeBrands: [pick(BRANDS)] }),
      // the second one: buy from a brand, get from a category (a separate get set)
      getScope: i === 1 ? scope({ includeCategories: [pick(CATEGORIES)] }) : null,
    });
  }
  add('PRODUCT', 'AMOUNT_OFF', {
    amount: int(200, 800),
    applyTo: 'EACH_UNIT',
    maxUnits: int(2, 6),
    scope: scope({ includeCategories: [pick(CATEGORIES)] }),
  });
  add('PRODUCT', 'PERCENT_OFF', {
    discountBp: 2_000,
    cap: 3_000,
    applyTo: 'CHEAPEST_ITEM',
    minQuantity: 5,
  });
  // STORE (14): the cart's store (and a few of another store's coupons, out of scope for most lines)
  for (let i = 0; i < 14; i++) {
    const merchantIds = [i % 5 === 4 ? 'm2' : 'm1'];
    const kind = pick(['AMOUNT_OFF', 'PERCENT_OFF', 'STEP_AMOUNT_OFF'] as const);
    add('STORE', kind, {
      amount: kind === 'PERCENT_OFF' ? null : int(500, 5_000),
      step: kind === 'STEP_AMOUNT_OFF' ? int(10_000, 40_000) : null,
      discountBp: kind === 'PERCENT_OFF' ? pick([500, 800, 1_000, 1_200]) : null,
      cap: kind === 'AMOUNT_OFF' ? null : int(2_000, 10_000),
      threshold: int(0, 150_000),
      scope: scope({ merchantIds, excludeCategories: random() < 0.3 ? [pick(CATEGORIES)] : [] }),
    });
  }
  // PLATFORM (12): platform-wide, three of them exclusive
  for (let i = 0; i < 12; i++) {
    const kind = pick(['AMOUNT_OFF', 'PERCENT_OFF', 'STEP_AMOUNT_OFF'] as const);
    add('PLATFORM', kind, {
      exclusive: i < 3,
      amount: kind === 'PERCENT_OFF' ? null : int(500, 8_000),
      step: kind === 'STEP_AMOUNT_OFF' ? int(20_000, 50_000) : null,
      discountBp: kind === 'PERCENT_OFF' ? pick([300, 500, 1_000]) : null,
      cap: kind === 'AMOUNT_OFF' ? null : int(3_000, 15_000),
      threshold: int(0, 200_000),
    });
  }
  // SHIPPING (2): free shipping from a spend on goods (capped), an amount off the shipping
  add('SHIPPING', 'SHIPPING_OFF', { discountBp: 10_000, cap: 1_500, threshold: int(20_000, 80_000) });
  add('SHIPPING', 'SHIPPING_OFF', { amount: int(200, 600) });
  // PAYMENT (6): cash vouchers, four of them gift cards that combine (soonest-expiring first)
  for (let i = 0; i < 6; i++) add('PAYMENT', 'CASH', { balance: int(500, 30_000), multiplePerOrder: i < 4 });
  // not applicable: expired, not yet valid, an interest-rate coupon
  add('PLATFORM', 'AMOUNT_OFF', { amount: 5_000, validUntil: NOW - DAY });
  add('STORE', 'PERCENT_OFF', { discountBp: 2_000, validFrom: NOW + DAY });
  add('PAYMENT', 'INTEREST_RATE', {});
  add('PRODUCT', 'AMOUNT_OFF', { amount: 1_000, validUntil: NOW - 60 });
  return wallet;
}

/**
 * Exhaustive reference: every stackable set (per group none, one, or any set of the coupons that
 * combine; or one exclusive coupon alone).
 */
function bruteForceBest(cart: checkout.Cart, wallet: Coupon[]): { total: number; sets: number } {
  const groups: Coupon[][][] = checkout.STACK_GROUP_ORDER.map((g) => {
    const inGroup = wallet.filter((c) => c.stackGroup === g && !c.exclusive);
    const several = inGroup.filter((c) => c.multiplePerOrder);
    const options = inGroup.filter((c) => !c.multiplePerOrder).map((c) => [c]);
    for (let mask = 1; mask < 1 << several.length; mask++)
      options.push(several.filter((_, i) => mask & (1 << i)));
    return options;
  });
  let best = 0;
  let sets = 0;
  const visit = (gi: number, chosen: Coupon[]) => {
    if (gi === groups.length) {
      sets++;
      const r = checkout.applyCombination(cart, chosen, NOW);
      if (r.ok && r.totalDiscount > best) best = r.totalDiscount;
      return;
    }
    visit(gi + 1, chosen);
    for (const set of groups[gi]!) visit(gi + 1, [...chosen, ...set]);
  };
  visit(0, []);
  for (const c of wallet.filter((w) => w.exclusive)) {
    sets++;
    const r = checkout.applyCombination(cart, [c], NOW);
    if (r.ok && r.totalDiscount > best) best = r.totalDiscount;
  }
  return { total: best, sets };
}

const suite: BenchSuite = {
  name: 'checkout',
  async run(): Promise<BenchFigure[]> {
    const random = rng(20_250_601);
    const cart = makeCart(random);
    const wallet = makeWallet(random);
    const label = `bestCombination ${cart.lines.length} lines x ${wallet.length} coupons`;

    const quote = checkout.quoteCart(cart, wallet, NOW);
    const applicable = quote.items.filter((i) => i.applicable).length;
    const best = quote.best;
    const reference = bruteForceBest(cart, wallet);
    if (reference.total !== best.totalDiscount) {
      throw new Error(`bestCombination ${best.totalDiscount} != brute force ${reference.total}`);
    }

    // warm up, then time single calls
    for (let i = 0; i < 2_000; i++) checkout.bestCombination(cart, wallet, NOW);
    const samples: number[] = [];
    for (let i = 0; i < 5_000; i++) {
      const t0 = performance.now();
      checkout.bestCombination(cart, wallet, NOW);
      samples.push(performance.now() - t0);
    }
    const p50 = percentile(samples, 50);
    const p99 = percentile(samples, 99);
    const callsPerSecond = opsPerSecond(() => checkout.bestCombination(cart, wallet, NOW), 1_500, 50);
    const quoteSamples: number[] = [];
    for (let i = 0; i < 2_000; i++) {
      const t0 = performance.now();
      checkout.quoteCart(cart, wallet, NOW);
      quoteSamples.push(performance.now() - t0);
    }

    const note =
      `${applicable}/${wallet.length} coupons apply alone; best = ${best.coupons.map((c) => `${c.couponId}:${c.discount}`).join(' + ')} ` +
      `= ${best.totalDiscount} of ${best.subtotal}; equals brute force over ${reference.sets.toLocaleString('en-US')} stackable sets`;
    return [
      { suite: 'checkout', name: `${label} p50`, value: p50, unit: 'ms', note },
      { suite: 'checkout', name: `${label} p99`, value: p99, unit: 'ms', target: '<= 1 ms', ok: p99 <= 1 },
      { suite: 'checkout', name: `${label} throughput`, value: callsPerSecond, unit: 'calls/s' },
      {
        suite: 'checkout',
        name: `quoteCart ${cart.lines.length} lines x ${wallet.length} coupons p99`,
        value: percentile(quoteSamples, 99),
        unit: 'ms',
      },
    ];
  },
};

export default suite;
