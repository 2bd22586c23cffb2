import { MoneyInputError } from '@couponflow/schema';
import { describe, expect, it } from 'vitest';
import { CheckoutInputError } from './checkout/types';
import { entitySchemas, inputErrorOf, RESOLVERS } from './composition';

describe('composition', () => {
  it("names the domain's bad-input errors, with the field when the error has one", () => {
    expect(inputErrorOf(new CheckoutInputError('cart.lines[2].quantity', 'must be 1 or more'))).toEqual({
      message: expect.stringContaining('must be 1 or more'),
      field: 'cart.lines[2].quantity',
    });
    expect(inputErrorOf(new MoneyInputError('weights[0]', 'must be an integer'))).toEqual({
      message: expect.stringContaining('must be an integer'),
    });
    expect(inputErrorOf(new TypeError('a bug'))).toBeNull();
  });

  it('lists each table once per dialect, the outbox with the key its dialect allows', () => {
    for (const dialect of ['sqlite', 'postgresql'] as const) {
      const names = entitySchemas(dialect).map((e) => e.meta.tableName);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain('outbox_event');
    }
    const outbox = (dialect: 'sqlite' | 'postgresql') =>
      entitySchemas(dialect).find((e) => e.meta.tableName === 'outbox_event');
    expect(outbox('sqlite')).not.toBe(outbox('postgresql'));
    expect(RESOLVERS.length).toBeGreaterThan(0);
  });
});
