// Number formats of the measurement pages. Money arrives in minor units; charts and tables show
// major units (the deployment has one currency, so no symbol).

const money2 = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const num = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Minor units → major units (a number, for charts and CSV). */
export const major = (minor: number): number => Math.round(minor) / 100;

/** A major-unit amount as text: "1,234.50". */
export const moneyText = (majorUnits: number | null | undefined): string =>
  majorUnits == null || !Number.isFinite(majorUnits) ? '—' : money2.format(majorUnits);

/** Minor units as text: 123450 → "1,234.50". */
export const minorText = (minor: number | null | undefined): string =>
  minor == null ? '—' : moneyText(minor / 100);

/** A share (0.123) as "12.3%". */
export const percentText = (share: number | null | undefined): string =>
  share == null || !Number.isFinite(share) ? '—' : pct.format(share);

export const numberText = (n: number | null | undefined): string =>
  n == null || !Number.isFinite(n) ? '—' : num.format(n);

/** A share as a percentage number (0.123 → 12.3), for charts. */
export const asPercent = (share: number | null | undefined): number | null =>
  share == null || !Number.isFinite(share) ? null : Math.round(share * 10_000) / 100;
