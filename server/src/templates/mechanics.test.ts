// Field rules of the issue-17 mechanics on a new template: each refusal names its input field.
import { describe, expect, it } from 'vitest';
import { type MechanicsInput, checkMechanics } from './mechanics';

const fieldOf = (input: MechanicsInput): string | null => {
  try {
    checkMechanics(input);
    return null;
  } catch (err) {
    return (err as { extensions?: { field?: string } }).extensions?.field ?? 'no field';
  }
};

describe('template mechanics: shipping, get sets, gift cards that combine', () => {
  it.each<[string, MechanicsInput, string | null]>([
    ['free shipping (discountBp 10 000)', { kind: 'SHIPPING_OFF', discountBp: 10_000 }, null],
    [
      'an amount off shipping in the SHIPPING group',
      { kind: 'SHIPPING_OFF', amount: 300, stackGroup: 'SHIPPING' },
      null,
    ],
    [
      'shipping with both amount and discountBp',
      { kind: 'SHIPPING_OFF', amount: 300, discountBp: 10_000 },
      'input.amount',
    ],
    ['shipping with neither', { kind: 'SHIPPING_OFF' }, 'input.amount'],
    [
      'shipping in the PLATFORM group',
      { kind: 'SHIPPING_OFF', amount: 300, stackGroup: 'PLATFORM' },
      'input.stackGroup',
    ],
    [
      'an amount off the goods in the SHIPPING group',
      { kind: 'AMOUNT_OFF', stackGroup: 'SHIPPING' },
      'input.stackGroup',
    ],
    ['gift cards that combine', { kind: 'CASH', multiplePerOrder: true }, null],
    ['combining on a percentage', { kind: 'PERCENT_OFF', multiplePerOrder: true }, 'input.multiplePerOrder'],
    [
      'buy 1 get 2 from a get set',
      { kind: 'BUY_X_GET_Y', buyQuantity: 1, getQuantity: 2, getScope: { includeCategories: ['socks'] } },
      null,
    ],
    [
      'buy 1 get 2 within one set',
      { kind: 'BUY_X_GET_Y', buyQuantity: 1, getQuantity: 2 },
      'input.getQuantity',
    ],
    [
      'a get set naming no items',
      { kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1, getScope: { excludeSkus: ['x'] } },
      'input.getScope',
    ],
    [
      'a get set and a get sku',
      { kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1, sku: 'S', getScope: { includeSkus: ['x'] } },
      'input.getScope',
    ],
    [
      'a get set on an amount off',
      { kind: 'AMOUNT_OFF', getScope: { includeSkus: ['x'] } },
      'input.getScope',
    ],
  ])('%s → %s', (_name, input, field) => {
    expect(fieldOf(input)).toBe(field);
  });
});
