import { describe, expect, it } from 'vitest';
import { couponCode, isId, newId, randomCode } from './ids';

describe('coupon codes', () => {
  it('are three dash-separated groups of four Crockford base32 symbols (no I, L, O, U)', () => {
    for (let i = 0; i < 2_000; i++)
      expect(couponCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
  });

  it('do not repeat and use every symbol about equally, across refills of the random pool', () => {
    const n = 50_000; // 600 000 symbols: the 4 KiB pool refills many times
    const codes = new Set<string>();
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const c = couponCode();
      codes.add(c);
      for (const ch of c.replaceAll('-', '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(codes.size).toBe(n);
    expect(counts.size).toBe(32);
    const expected = (n * 12) / 32;
    for (const k of counts.values()) expect(Math.abs(k - expected) / expected).toBeLessThan(0.05);
  });

  it('randomCode takes any length and alphabet', () => {
    expect(randomCode(20, 'AB')).toMatch(/^[AB]{20}$/);
    expect(new Set(Array.from({ length: 100 }, () => randomCode(8))).size).toBe(100);
  });
});

describe('ids', () => {
  it('carry their kind and a UUIDv7', () => {
    const id = newId('coupon');
    expect(isId('coupon', id)).toBe(true);
    expect(isId('template', id)).toBe(false);
  });
});
