// Pure checkout math (no I/O): single-coupon evaluation, applying a chosen set, the exact best set.
export * from './types';
export { admitsLine, evaluateCoupon, validateCart, validateCoupon } from './math';
export { applyCombination, bestCombination, compareCombinations, quoteCart } from './combine';
