import { describe, expect, it } from 'vitest';
import { compileFilter, keyRestriction } from './filters';

const ev = (
  type: string,
  templateId: string | null,
  campaignId: string | null,
  merchantId: string | null,
) => ({ type, templateId, campaignId, merchantId });

describe('event filters', () => {
  const events = [
    ev('coupon.claimed', 't1', 'c1', 'm1'),
    ev('coupon.redeemed', 't1', 'c1', 'm1'),
    ev('coupon.claimed', 't2', null, 'm2'),
    ev('budget.exhausted', null, 'c1', null),
  ];
  const pick = (f: Parameters<typeof compileFilter>[0], r: readonly string[] | null = null) =>
    events.filter(compileFilter(f, r)).map((e) => events.indexOf(e));

  it.each([
    [null, [0, 1, 2, 3]],
    [{}, [0, 1, 2, 3]],
    [{ types: [] }, [0, 1, 2, 3]],
    [{ types: ['coupon.claimed'] }, [0, 2]],
    [{ templateIds: ['t1'] }, [0, 1]],
    [{ campaignIds: ['c1'] }, [0, 1, 3]],
    [{ merchantIds: ['m2'] }, [2]],
    [{ types: ['coupon.claimed'], campaignIds: ['c1'] }, [0]],
  ])('%j admits %j', (filter, expected) => expect(pick(filter)).toEqual(expected));

  it('a partner key sees only its merchants, never platform-wide events, whatever its filter', () => {
    expect(pick(null, ['m1'])).toEqual([0, 1]);
    expect(pick({ merchantIds: ['m2'] }, ['m1'])).toEqual([]);
    expect(pick({ types: ['budget.exhausted'] }, ['m1'])).toEqual([]);
    expect(keyRestriction([])).toBeNull();
    expect(keyRestriction(['m1'])).toEqual(['m1']);
  });
});
