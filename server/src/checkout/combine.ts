// Combinations of coupons: applying a chosen set in stack-group order, and finding the exact best set.
import { KINDS, STACK_GROUP_ORDER } from '../templates/kinds';
import {
  type PreparedCart,
  type PreparedCoupon,
  NOT_MET,
  afterDiscount,
  evaluationOf,
  outcomeOn,
  overBudget,
  prepareCart,
  prepareCoupon,
  prepareMemo,
  rawDiscount,
  splitDiscount,
  validateCart,
  checkCoupon,
  validateNow,
} from './math';
import type {
  AppliedCombination,
  AppliedCoupon,
  Cart,
  CheckoutCoupon,
  CheckoutProblem,
  CombinationResult,
  LineResult,
  Quote,
  QuoteItem,
} from './types';

function validateAll(cart: Cart, coupons: readonly CheckoutCoupon[], now: number): void {
  validateCart(cart);
  if (!Array.isArray(coupons)) throw new TypeError('coupons: expected an array');
  for (let i = 0; i < coupons.length; i++) checkCoupon(coupons[i]!, 'coupons', i);
  validateNow(now);
}

function prepareAll(cart: Cart, coupons: readonly CheckoutCoupon[], now: number): PreparedCoupon[] {
  const memo = prepareMemo();
  return coupons.map((c, i) => prepareCoupon(cart, c, now, i, memo));
}

/**
 * Application order: by stack group; within a group (only coupons allowing several per order share
 * one) soonest-expiring first, then by id, then by position in the caller's list.
 */
function byApplicationOrder(a: PreparedCoupon, b: PreparedCoupon): number {
  return (
    a.rank - b.rank ||
    a.coupon.validUntil - b.coupon.validUntil ||
    (a.coupon.id < b.coupon.id ? -1 : a.coupon.id > b.coupon.id ? 1 : 0) ||
    a.position - b.position
  );
}

const several = (p: PreparedCoupon): boolean => p.coupon.multiplePerOrder === true;

interface Applied {
  steps: { p: PreparedCoupon; discount: number; parts: number[] }[];
  problems: CheckoutProblem[];
}

/** Applies coupons in the given order, each on what the previous ones left; a coupon that fails is skipped. */
function applyInOrder(cart: PreparedCart, ordered: readonly PreparedCoupon[]): Applied {
  let remaining = cart.amounts.slice();
  const steps: Applied['steps'] = [];
  const problems: CheckoutProblem[] = [];
  for (const p of ordered) {
    const o = outcomeOn(p, cart.lines, remaining);
    if (!o.ok) {
      problems.push({
        couponId: p.coupon.id,
        reason: o.reason,
        ...(o.shortBy !== undefined ? { shortBy: o.shortBy } : {}),
      });
      continue;
    }
    const parts = splitDiscount(p, cart.lines, remaining, o.discount);
    steps.push({ p, discount: o.discount, parts });
    remaining = remaining.slice();
    for (let k = 0; k < parts.length; k++) remaining[p.targets[k]!]! -= parts[k]!;
  }
  return { steps, problems };
}

function toResult(cart: PreparedCart, steps: Applied['steps']): AppliedCombination {
  const ship = cart.lines.length;
  const lineDiscount = cart.amounts.map(() => 0);
  let totalDiscount = 0;
  const coupons: AppliedCoupon[] = steps.map(({ p, discount, parts }) => {
    totalDiscount += discount;
    const lines = [];
    let shippingDiscount = 0;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      if (part === 0) continue;
      const index = p.targets[k]!;
      lineDiscount[index]! += part;
      if (index === ship) shippingDiscount += part;
      else lines.push({ index, discount: part });
    }
    const applied: AppliedCoupon = {
      couponId: p.coupon.id,
      stackGroup: p.coupon.stackGroup,
      discount,
      lines,
      shippingDiscount,
    };
    if (KINDS[p.coupon.kind].storedValue) applied.remainingBalance = p.coupon.balance! - discount;
    return applied;
  });
  const lines: LineResult[] = cart.lines.map((_, index) => ({
    index,
    amount: cart.amounts[index]!,
    discount: lineDiscount[index]!,
    payable: cart.amounts[index]! - lineDiscount[index]!,
  }));
  const shippingDiscount = lineDiscount[ship]!;
  return {
    ok: true,
    subtotal: cart.subtotal,
    shippingAmount: cart.shipping,
    totalDiscount,
    goodsDiscount: totalDiscount - shippingDiscount,
    shipping: {
      amount: cart.shipping,
      discount: shippingDiscount,
      payable: cart.shipping - shippingDiscount,
    },
    payable: cart.total - totalDiscount,
    coupons,
    lines,
  };
}

/**
 * STACK_CONFLICT problems: two coupons of one stack group (unless every coupon of the group allows
 * several per order), or an exclusive coupon with any other.
 */
function stackConflicts(prepared: readonly PreparedCoupon[]): CheckoutProblem[] {
  const perGroup = new Map<string, number>();
  const single = new Set<string>();
  for (const p of prepared) {
    perGroup.set(p.coupon.stackGroup, (perGroup.get(p.coupon.stackGroup) ?? 0) + 1);
    if (!several(p)) single.add(p.coupon.stackGroup);
  }
  const exclusiveClash = prepared.length > 1 && prepared.some((p) => p.coupon.exclusive);
  return prepared
    .filter(
      (p) => exclusiveClash || (perGroup.get(p.coupon.stackGroup)! > 1 && single.has(p.coupon.stackGroup)),
    )
    .map((p) => ({ couponId: p.coupon.id, reason: 'STACK_CONFLICT' as const }));
}

/**
 * Applies a chosen set of coupons (as lockCoupons does) in stack-group order. Fails with every problem
 * found: static reasons (validity, scope, kind), stack conflicts, and, when the stack is valid, the
 * thresholds and budgets tested on what the earlier groups left.
 */
export function applyCombination(
  cart: Cart,
  coupons: readonly CheckoutCoupon[],
  now: number,
): CombinationResult {
  validateAll(cart, coupons, now);
  const pc = prepareCart(cart);
  const prepared = prepareAll(cart, coupons, now);
  const problems: CheckoutProblem[] = [];
  for (const p of prepared)
    if (p.staticReason)
      problems.push({
        couponId: p.coupon.id,
        reason: p.staticReason,
        ...(p.staticShortBy !== undefined ? { shortBy: p.staticShortBy } : {}),
      });
  const conflicts = stackConflicts(prepared);
  problems.push(...conflicts);
  if (conflicts.length === 0) {
    const ordered = prepared.filter((p) => p.staticReason === null).sort(byApplicationOrder);
    const applied = applyInOrder(pc, ordered);
    problems.push(...applied.problems);
    if (problems.length === 0) return toResult(pc, applied.steps);
  }
  return { ok: false, problems };
}

// ---------------------------------------------------------------------------------------------------
// Exact best combination: depth-first over the stack groups in application order, carrying the
// remaining line amounts, with branch and bound. Every discount is monotone in the remaining amounts,
// so the discounts a coupon gives now (capped by its budget) bound what it can give after anything
// else; the sum of the per-group maxima, capped by what is left to pay, bounds every extension.

function lexCompare<T>(a: readonly T[], b: readonly T[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return a.length - b.length;
}

/**
 * Orders two combinations: negative when `a` is preferred. Larger discount, then fewer coupons, then
 * the set expiring soonest (sorted validUntil, ascending, compared in order), then coupon ids.
 */
export function compareCombinations(
  aDiscount: number,
  a: readonly CheckoutCoupon[],
  bDiscount: number,
  b: readonly CheckoutCoupon[],
): number {
  if (aDiscount !== bDiscount) return bDiscount - aDiscount;
  if (a.length !== b.length) return a.length - b.length;
  const byTime = lexCompare(
    a.map((c) => c.validUntil).sort((x, y) => x - y),
    b.map((c) => c.validUntil).sort((x, y) => x - y),
  );
  if (byTime !== 0) return byTime;
  return lexCompare(a.map((c) => c.id).sort(), b.map((c) => c.id).sort());
}

interface Child {
  p: PreparedCoupon;
  level: number;
  discount: number;
  bound: number;
}

class BestSearch {
  private bestDiscount = 0;
  private best: PreparedCoupon[] = [];
  private readonly chosen: PreparedCoupon[] = [];

  /**
   * `levels`: in application order; per stack group first its single coupons (at most one is chosen),
   * then each coupon allowing several per order as a level of its own (soonest-expiring first).
   * `after[level]`: the level a chosen coupon continues from (a single skips its group's others).
   */
  constructor(
    private readonly cart: PreparedCart,
    private readonly levels: readonly PreparedCoupon[][],
    private readonly after: readonly number[],
    /** Per level: the first level of the next stack group. */
    private readonly groupEnd: readonly number[],
  ) {}

  offer(discount: number, set: readonly PreparedCoupon[]): void {
    if (discount < this.bestDiscount) return;
    if (discount === this.bestDiscount && set.length > this.best.length) return;
    // a larger discount wins outright (compareCombinations' first rule), without its arrays
    if (discount > this.bestDiscount) {
      this.bestDiscount = discount;
      this.best = set.slice();
      return;
    }
    const cmp = compareCombinations(
      discount,
      set.map((p) => p.coupon),
      this.bestDiscount,
      this.best.map((p) => p.coupon),
    );
    if (cmp < 0) {
      this.bestDiscount = discount;
      this.best = set.slice();
    }
  }

  result(): PreparedCoupon[] {
    return this.best;
  }

  run(): void {
    this.search(0, this.cart.amounts, this.cart.total, 0);
  }

  private search(start: number, remaining: readonly number[], left: number, partial: number): void {
    this.offer(partial, this.chosen);
    const levels = this.levels;
    if (start >= levels.length || left === 0) return;
    const lines = this.cart.lines;
    // Evaluate every candidate of the later groups once on this prefix.
    const levelMax = new Array<number>(levels.length + 1).fill(0);
    const children: Child[] = [];
    for (let level = start; level < levels.length; level++) {
      let max = 0;
      for (const p of levels[level]!) {
        const d = rawDiscount(p, lines, remaining);
        if (d === NOT_MET || d === 0) continue;
        const budget = p.coupon.budgetRemaining;
        const cap = budget !== null && budget < d ? budget : d;
        if (cap > max) max = cap;
        if (!overBudget(p.coupon, d)) children.push({ p, level, discount: d, bound: 0 });
      }
      levelMax[level] = max;
    }
    // Suffix bounds: what the levels from here on can add at most. Within a group the single coupons'
    // level and the levels of coupons that combine are alternatives (a single one excludes the
    // others): the group adds max(single, Σ combining), not their sum.
    const end = this.groupEnd;
    for (let level = levels.length - 1; level >= start; level--) {
      const g = end[level]!;
      if (this.after[level] === g && level + 1 < g) {
        // a single coupons' level followed by its group's combining levels
        levelMax[level] = Math.max(levelMax[level]!, levelMax[level + 1]! - levelMax[g]!) + levelMax[g]!;
      } else levelMax[level]! += levelMax[level + 1]!;
    }
    for (const child of children) {
      child.bound = child.discount + Math.min(left - child.discount, levelMax[this.after[child.level]!]!);
    }
    children.sort(
      (x, y) =>
        y.bound - x.bound ||
        y.discount - x.discount ||
        x.p.coupon.validUntil - y.p.coupon.validUntil ||
        x.p.position - y.p.position,
    );
    for (const child of children) {
      const reachable = partial + child.bound;
      // Children are sorted by bound: once one cannot beat the best, none after it can.
      if (
        reachable < this.bestDiscount ||
        (reachable === this.bestDiscount && this.best.length <= this.chosen.length)
      ) {
        break;
      }
      this.chosen.push(child.p);
      const next = this.after[child.level]!;
      if (next >= levels.length || levelMax[next] === 0) {
        this.offer(partial + child.discount, this.chosen);
      } else {
        const after = afterDiscount(child.p, lines, remaining, child.discount);
        this.search(next, after, left - child.discount, partial + child.discount);
      }
      this.chosen.pop();
    }
  }
}

/** Two key parts as Array.prototype.join writes them (null and undefined as ''), compared. */
function samePart(a: string | number | boolean | null | undefined, b: typeof a): boolean {
  return a === b || String(a ?? '') === String(b ?? '');
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether two prepared coupons have equal terms: everything a discount depends on (the scope only
 * through the lines it admits). The same equality as joining these parts into one text per coupon and
 * comparing the texts (null and undefined as '', values as their text), without making the texts.
 */
function sameTerms(p: PreparedCoupon, q: PreparedCoupon): boolean {
  const a = p.coupon;
  const b = q.coupon;
  return (
    samePart(a.kind, b.kind) &&
    samePart(a.amount, b.amount) &&
    samePart(a.threshold, b.threshold) &&
    samePart(a.discountBp, b.discountBp) &&
    samePart(a.cap, b.cap) &&
    samePart(a.step, b.step) &&
    samePart(a.sku, b.sku) &&
    samePart(a.units, b.units) &&
    samePart(a.unitValue, b.unitValue) &&
    samePart(a.balance, b.balance) &&
    samePart(a.applyTo, b.applyTo) &&
    samePart(a.maxUnits, b.maxUnits) &&
    samePart(a.buyQuantity, b.buyQuantity) &&
    samePart(a.getQuantity, b.getQuantity) &&
    samePart(a.maxApplications, b.maxApplications) &&
    samePart(a.multiplePerOrder, b.multiplePerOrder) &&
    samePart(a.budgetRemaining, b.budgetRemaining) &&
    sameList(p.admitted, q.admitted) &&
    sameList(p.targets, q.targets) &&
    (p.plan === null
      ? q.plan === null
      : q.plan !== null &&
        sameList(p.plan.alloc, q.plan.alloc) &&
        sameList(p.plan.unitAmount, q.plan.unitAmount) &&
        p.plan.rateBp === q.plan.rateBp)
  );
}

/**
 * Coupons of one stack group with equal terms (several of one template, say) give equal discounts
 * on any remaining amounts, and a combination holds at most one coupon per group; so only the one
 * the tie-break prefers (expiring soonest, then lowest id) can be in the best set. Keeping just that
 * one shrinks the search from coupons to distinct terms. Coupons are compared field by field with the
 * ones kept so far (a level holds tens of coupons, a few distinct terms): no key text per coupon.
 */
function preferredOfEquals(level: PreparedCoupon[]): PreparedCoupon[] {
  const kept: PreparedCoupon[] = [];
  for (const p of level) {
    let k = 0;
    while (k < kept.length && !sameTerms(kept[k]!, p)) k++;
    const other = kept[k];
    if (!other) kept.push(p);
    else if (
      p.coupon.validUntil < other.coupon.validUntil ||
      (p.coupon.validUntil === other.coupon.validUntil && p.coupon.id < other.coupon.id)
    )
      kept[k] = p;
  }
  return kept.length === level.length ? level : level.filter((p) => kept.includes(p));
}

function bestOf(
  cart: PreparedCart,
  prepared: readonly PreparedCoupon[],
): { result: AppliedCombination; chosen: PreparedCoupon[] } {
  const groups: PreparedCoupon[][] = STACK_GROUP_ORDER.map(() => []);
  const multiples: PreparedCoupon[][] = STACK_GROUP_ORDER.map(() => []);
  const exclusives: { p: PreparedCoupon; discount: number }[] = [];
  for (const p of prepared) {
    if (p.staticReason !== null) continue;
    // Thresholds only get harder and discounts only shrink as earlier groups apply, so a coupon that
    // gives nothing alone on the full cart (or whose budget is 0) never helps a combination.
    const d = rawDiscount(p, cart.lines, cart.amounts);
    if (d === NOT_MET || d === 0 || p.coupon.budgetRemaining === 0) continue;
    if (p.coupon.exclusive) {
      if (!overBudget(p.coupon, d)) exclusives.push({ p, discount: d });
    } else {
      (several(p) ? multiples : groups)[p.rank]!.push(p);
    }
  }
  const levels: PreparedCoupon[][] = [];
  const after: number[] = [];
  const groupEnd: number[] = [];
  for (let g = 0; g < groups.length; g++) {
    const singles = groups[g]!.length > 0 ? 1 : 0;
    const multi = multiples[g]!.sort(byApplicationOrder);
    const end = levels.length + singles + multi.length;
    if (singles) {
      levels.push(preferredOfEquals(groups[g]!));
      after.push(end);
      groupEnd.push(end);
    }
    for (const p of multi) {
      levels.push([p]);
      after.push(levels.length);
      groupEnd.push(end);
    }
  }
  const search = new BestSearch(cart, levels, after, groupEnd);
  for (const { p, discount } of exclusives) search.offer(discount, [p]);
  search.run();
  const chosen = search.result().slice().sort(byApplicationOrder);
  const applied = applyInOrder(cart, chosen);
  if (applied.problems.length > 0)
    throw new Error('bestCombination: internal error, the best set does not apply');
  return { result: toResult(cart, applied.steps), chosen };
}

/**
 * The combination of wallet coupons that maximises the total discount under the stacking rules
 * (exact). Ties: fewer coupons, then the set expiring soonest, then coupon ids.
 */
export function bestCombination(
  cart: Cart,
  coupons: readonly CheckoutCoupon[],
  now: number,
): AppliedCombination {
  validateAll(cart, coupons, now);
  return bestOf(prepareCart(cart), prepareAll(cart, coupons, now)).result;
}

/** Every wallet coupon evaluated alone on the cart, plus the best combination. */
export function quoteCart(cart: Cart, coupons: readonly CheckoutCoupon[], now: number): Quote {
  validateAll(cart, coupons, now);
  const pc = prepareCart(cart);
  const prepared = prepareAll(cart, coupons, now);
  const { result, chosen } = bestOf(pc, prepared);
  const inBest = new Set(chosen);
  return {
    subtotal: pc.subtotal,
    shippingAmount: pc.shipping,
    items: prepared.map((p) => {
      const item = evaluationOf(p, pc) as QuoteItem; // a fresh object: add to it rather than copy it
      item.inBest = inBest.has(p);
      return item;
    }),
    best: result,
  };
}
