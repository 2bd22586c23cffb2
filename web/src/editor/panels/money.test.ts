import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatRate, minorToDecimal } from './money';

describe('money', () => {
  it('builds exact decimals from minor units', () => {
    expect(minorToDecimal(123456, 2)).toBe('1234.56');
    expect(minorToDecimal(5, 2)).toBe('0.05');
    expect(minorToDecimal(-5, 2)).toBe('-0.05');
    expect(minorToDecimal(1500, 0)).toBe('1500');
    expect(minorToDecimal(9007199254740991, 2)).toBe('90071992547409.91');
  });

  it('formats with the currency', () => {
    expect(formatMoney(123456)).toBe('$1,234.56');
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('round-trips any safe integer through its decimal', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const d = minorToDecimal(n, 2);
        expect(BigInt(d.replace('.', ''))).toBe(BigInt(n));
      }),
    );
  });

  it('formats rates', () => {
    expect(formatRate(1)).toBe('100 %');
    expect(formatRate(0.1234)).toBe('12.3 %');
  });
});
