import 'reflect-metadata';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { CartInput, CartLineInput, ShippingInput } from './coupon.types';
import { CreateTemplateInput, UpdateTemplateInput } from '../templates/template.types';
import { passesRules } from '../graphql/schema';

const VALIDATION = { forbidUnknownValues: false, validationError: { target: false, value: false } } as const;

const line = (o: Record<string, unknown> = {}) =>
  Object.assign(new CartLineInput(), {
    sku: 'SKU1',
    brand: 'acme',
    category: 'tv',
    unitPrice: 100,
    quantity: 1,
    ...o,
  });
const cart = (o: Record<string, unknown> = {}, lines: unknown[] = [line()]) =>
  Object.assign(new CartInput(), { userId: 'u-1', merchantId: null, lines, ...o });

/** The fast rule walk passes exactly the objects class-validator finds no error in. */
async function agrees(input: object): Promise<boolean> {
  const errors = await validate(input, VALIDATION);
  const fast = passesRules(input);
  expect(fast === true).toBe(errors.length === 0);
  return errors.length === 0;
}

describe('passesRules (the rules class-validator checks, without its error objects)', () => {
  it('agrees with class-validator on valid and invalid carts', async () => {
    expect(await agrees(cart())).toBe(true);
    expect(
      await agrees(
        cart(
          {},
          Array.from({ length: 20 }, (_, i) => line({ sku: `S${i}`, quantity: 1 + (i % 3) })),
        ),
      ),
    ).toBe(true);
    expect(
      await agrees(cart({ orderId: 'o-1', shipping: Object.assign(new ShippingInput(), { amount: 900 }) })),
    ).toBe(true);
    expect(await agrees(cart({ userId: 'bad id!' }))).toBe(false);
    expect(await agrees(cart({}, []))).toBe(false);
    expect(await agrees(cart({}, [line(), line({ sku: 'not ok' })]))).toBe(false);
    expect(await agrees(cart({}, [line({ quantity: 0 })]))).toBe(false);
    expect(await agrees(cart({}, [line({ quantity: 100_001 })]))).toBe(false);
    expect(await agrees(cart({}, [line({ brand: '' })]))).toBe(false);
    expect(await agrees(cart({}, [line({ brand: null, category: null, merchantId: null })]))).toBe(true);
    expect(await agrees(cart({}, [line(), null]))).toBe(false);
    expect(await agrees(cart({}, [line(), 'x']))).toBe(false);
    expect(await agrees(cart({ shipping: Object.assign(new ShippingInput(), { amount: -1 }) }))).toBe(false);
    expect(
      await agrees(cart({ shipping: Object.assign(new ShippingInput(), { amount: 1, method: '' }) })),
    ).toBe(false);
  });

  it('agrees on custom rules (names) and optional fields', async () => {
    const t = (o: Record<string, unknown>) => Object.assign(new CreateTemplateInput(), { name: 'ok', ...o });
    expect(passesRules(t({ name: '   ' }))).toBe(false);
    expect((await validate(t({ name: '   ' }), VALIDATION)).length).toBeGreaterThan(0);
    const u = (o: Record<string, unknown>) => Object.assign(new UpdateTemplateInput(), o);
    expect(await agrees(u({}))).toBe(true);
    expect(await agrees(u({ name: null }))).toBe(true);
    expect(await agrees(u({ name: 'x'.repeat(201) }))).toBe(false);
    expect(await agrees(u({ description: 'x'.repeat(2001) }))).toBe(false);
  });
});
