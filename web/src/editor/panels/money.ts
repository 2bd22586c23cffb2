// Money is an integer count of minor units with one currency per deployment (DOMAIN.md). It is shown
// with Intl.NumberFormat from an exact decimal string built with integer arithmetic: no float ever
// holds an amount.

/** The deployment's currency (the server's `settings { currency }`, taken over by the shell). */
import { CURRENCY as DEPLOYMENT_CURRENCY } from '../../lib/money';
export { DEPLOYMENT_CURRENCY };

const formats = new Map<string, Intl.NumberFormat>();
function formatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}/${currency}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formats.set(key, f);
  }
  return f;
}

/** The exact decimal of `minor` minor units with `digits` fraction digits: 123456, 2 → "1234.56". */
export function minorToDecimal(minor: number | bigint, digits: number): `${number}` {
  const value = typeof minor === 'bigint' ? minor : BigInt(Math.round(minor));
  const negative = value < 0n;
  const abs = negative ? -value : value;
  if (digits === 0) return `${negative ? '-' : ''}${abs}` as `${number}`;
  const scale = 10n ** BigInt(digits);
  const fraction = (abs % scale).toString().padStart(digits, '0');
  return `${negative ? '-' : ''}${abs / scale}.${fraction}` as `${number}`;
}

/** "$1,234.56" for 123456 cents. Amounts from the API are integers; a stray fraction is rounded. */
export function formatMoney(minor: number, currency = DEPLOYMENT_CURRENCY, locale = 'en-US'): string {
  const f = formatter(currency, locale);
  return f.format(minorToDecimal(minor, f.resolvedOptions().maximumFractionDigits ?? 2));
}

/** A rate 0..1 as a percentage with one decimal: 0.1234 → "12.3 %". */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toLocaleString('en-US')} %`;
}
