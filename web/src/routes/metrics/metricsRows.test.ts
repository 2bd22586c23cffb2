// The dashboard's series → chart and table rows, and their CSV.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../charts/csv';
import {
  type Figures,
  couponShareOf,
  dailyRows,
  funderRows,
  funnelRows,
  moneyColumns,
  rangeOf,
  sourceRows,
} from './metricsRows';

const day = (date: string, over: Partial<Figures> = {}): Figures => ({
  date,
  issued: 0,
  issuedClaim: 0,
  issuedCode: 0,
  issuedRule: 0,
  issuedBulk: 0,
  issuedApi: 0,
  claimed: 0,
  redeemed: 0,
  expired: 0,
  subsidy: 0,
  paidOrders: 0,
  couponOrders: 0,
  revenue: 0,
  margin: 0,
  marginOrders: 0,
  grossProfit: 0,
  refunds: 0,
  newCustomers: 0,
  newCustomersViaCoupon: 0,
  ...over,
});

describe('dailyRows', () => {
  const rows = dailyRows([
    day('2026-12-01', {
      issued: 10,
      redeemed: 3,
      subsidy: 1_500,
      revenue: 123_456,
      grossProfit: -250,
      paidOrders: 8,
      couponOrders: 3,
    }),
    day('2026-12-02'),
  ]);

  it('keeps counts, turns money into major units and the coupon-order share into a percentage', () => {
    expect(rows[0]).toMatchObject({
      date: '2026-12-01',
      issued: 10,
      redeemed: 3,
      subsidy: 15,
      revenue: 1_234.56,
      grossProfit: -2.5,
      couponShare: 37.5,
    });
  });

  it('has no share on a day without orders (not 0 %)', () => {
    expect(rows[1]!.couponShare).toBeNull();
    expect(couponShareOf({ couponOrders: 0, paidOrders: 0 })).toBeNull();
  });

  it('writes the same figures to CSV, one line per day', () => {
    expect(toCsv(moneyColumns, rows).split('\r\n')).toEqual([
      'Date,Revenue,Subsidy,Gross profit',
      '2026-12-01,1234.56,15,-2.5',
      '2026-12-02,0,0,0',
    ]);
  });
});

describe('funnelRows', () => {
  it('gives each stage its share of the previous stage and of issued', () => {
    expect(funnelRows({ issued: 200, claimed: 50, redeemed: 40 })).toEqual([
      { stage: 'Issued', count: 200, ofPrevious: null, ofIssued: 1 },
      { stage: 'Claimed', count: 50, ofPrevious: 0.25, ofIssued: 0.25 },
      { stage: 'Redeemed', count: 40, ofPrevious: 0.8, ofIssued: 0.2 },
    ]);
  });

  it('has no shares when nothing was issued', () => {
    expect(funnelRows({ issued: 0, claimed: 0, redeemed: 0 }).map((r) => r.ofIssued)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('funderRows and sourceRows', () => {
  it('lists funders largest first in major units, naming the funder id', () => {
    expect(
      funderRows([
        { funder: 'PLATFORM', funderId: null, amount: 1_000 },
        { funder: 'MERCHANT', funderId: 'm-42', amount: 2_550 },
      ]),
    ).toEqual([
      { funder: 'Merchant m-42', amount: 25.5 },
      { funder: 'Platform', amount: 10 },
    ]);
  });

  it('splits issued by source', () => {
    const rows = sourceRows(
      day('', { issuedClaim: 1, issuedCode: 2, issuedRule: 3, issuedBulk: 4, issuedApi: 5 }),
    );
    expect(rows.map((r) => r.issued)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('rangeOf', () => {
  it('turns an inclusive range of days into [from, to) instants', () => {
    expect(rangeOf('2026-11-01', '2026-11-30')).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(rangeOf('2026-12-31', '2026-12-31').to).toBe('2027-01-01T00:00:00.000Z');
  });
});
