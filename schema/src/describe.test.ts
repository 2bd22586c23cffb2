import { describe, expect, it } from 'vitest';
import { describeCoupon, describeShare, formatBp, formatMinor } from './describe';

describe('describeCoupon: words a shopper understands, per mechanic', () => {
  it.each([
    [
      { kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1, discountBp: 10_000 },
      'Buy 2, get 1 free — cheapest first',
    ],
    [
      { kind: 'BUY_X_GET_Y', buyQuantity: 3, getQuantity: 1, discountBp: 5_000, maxApplications: 2 },
      'Buy 3, get 1 at 50% off — cheapest first, up to 2 times per order',
    ],
    [
      { kind: 'BUY_X_GET_Y', buyQuantity: 3, getQuantity: 1, sku: 'SOCKS' },
      'Buy 3, get 1 × SOCKS free — cheapest first',
    ],
    [{ kind: 'AMOUNT_OFF', amount: 500, threshold: 5_000 }, '5.00 off on orders of 50.00 or more'],
    [
      { kind: 'AMOUNT_OFF', amount: 300, applyTo: 'EACH_UNIT', maxUnits: 2 },
      '3.00 off each item (up to 2 items)',
    ],
    [{ kind: 'AMOUNT_OFF', amount: 300, applyTo: 'EACH_LINE' }, '3.00 off each product'],
    [{ kind: 'AMOUNT_OFF', amount: 1_000, applyTo: 'CHEAPEST_ITEM' }, '10.00 off your cheapest item'],
    [{ kind: 'PERCENT_OFF', discountBp: 2_000, applyTo: 'CHEAPEST_ITEM' }, '20% off your cheapest item'],
    [
      { kind: 'PERCENT_OFF', discountBp: 900, cap: 2_000, minQuantity: 3 },
      '9% off (up to 20.00) when you buy 3 items or more',
    ],
    [{ kind: 'STEP_AMOUNT_OFF', amount: 1_500, step: 10_000 }, '15.00 off every 100.00 spent'],
    [
      { kind: 'MERCHANDISE', sku: 'GIFT', units: 2, unitValue: 50_000 },
      '2 × GIFT free (worth up to 500.00 each)',
    ],
    [{ kind: 'CASH', balance: 123_456 }, 'Gift card: 1,234.56 to spend'],
    [
      { kind: 'CASH', balance: 5_000, multiplePerOrder: true },
      'Gift card: 50.00 to spend (combines with other gift cards)',
    ],
    [
      { kind: 'SHIPPING_OFF', discountBp: 10_000, cap: 1_500, threshold: 5_000 },
      'Free shipping (up to 15.00) on orders of 50.00 or more',
    ],
    [
      { kind: 'SHIPPING_OFF', discountBp: 10_000, threshold: 5_000 },
      'Free shipping on orders of 50.00 or more',
    ],
    [{ kind: 'SHIPPING_OFF', amount: 500 }, '5.00 off shipping'],
    [{ kind: 'SHIPPING_OFF', discountBp: 5_000, cap: 1_000 }, '50% off shipping (up to 10.00)'],
    [
      {
        kind: 'BUY_X_GET_Y',
        buyQuantity: 2,
        getQuantity: 1,
        discountBp: 10_000,
        scope: { includeCategories: ['shoes'] },
        getScope: { includeCategories: ['socks'] },
      },
      'Buy 2 shoes, get 1 sock free — cheapest first',
    ],
    [
      {
        kind: 'BUY_X_GET_Y',
        buyQuantity: 1,
        getQuantity: 2,
        discountBp: 5_000,
        getScope: { includeBrands: ['acme'], includeSkus: ['CAP'] },
      },
      'Buy 1, get 2 acme or CAP at 50% off — cheapest first',
    ],
    [
      { kind: 'INTEREST_RATE', rateBp: 500, days: 30, principalCap: 1_000_000 },
      '+5% annual interest for up to 30 days on up to 10,000.00',
    ],
    [
      {
        kind: 'INTEREST_RATE',
        rateBp: 100,
        days: 30,
        principalCap: 1_000_000,
        threshold: 100_000,
        minTermDays: 7,
      },
      '+1% annual interest for up to 30 days on up to 10,000.00 when you invest 1,000.00 or more for a term of 7 days or more',
    ],
    [{ kind: 'AMOUNT_OFF', amount: 500, sharing: { packSize: 3 } }, '5.00 off. Share with 3 friends'],
  ])('%o → %s', (input, text) => {
    expect(describeCoupon(input)).toBe(text);
  });

  it.each([
    [{ size: 3, claimed: 0 }, 'Share with 3 friends: nobody joined yet'],
    [{ size: 3, claimed: 2 }, 'Share with 3 friends: 2 of 3 joined'],
    [{ size: 3, claimed: 3 }, 'Share with 3 friends: all 3 joined'],
    [{ size: 1, claimed: 0 }, 'Share with 1 friend: nobody joined yet'],
  ])('describeShare(%o) → %s', (p, text) => {
    expect(describeShare(p)).toBe(text);
  });

  it('takes a money formatter for a currency or locale', () => {
    expect(describeCoupon({ kind: 'AMOUNT_OFF', amount: 500 }, (m) => `€${m / 100}`)).toBe('€5 off');
  });

  it('formats basis points and minor units with integers', () => {
    expect([formatBp(900), formatBp(1_250), formatBp(333), formatBp(10_000)]).toEqual([
      '9%',
      '12.5%',
      '3.33%',
      '100%',
    ]);
    expect([formatMinor(0), formatMinor(5), formatMinor(100_000_00), formatMinor(-150)]).toEqual([
      '0.00',
      '0.05',
      '100,000.00',
      '-1.50',
    ]);
  });
});
