// Money in the console: the API speaks integer minor units (cents); people read and type major units
// with the currency's own decimals (2 for USD, 0 for JPY, 3 for KWD). The currency is the server's
// CURRENCY, read from `settings { currency }` when the console starts (app/Shell.tsx); USD until then.

/** The deployment's currency (a live binding: it follows setCurrency). */
export let CURRENCY = 'USD';

/** Takes over the server's currency; the shell calls it before any screen shows money. */
export function setCurrency(code: string): void {
  CURRENCY = code;
}

/** Decimals of a currency's minor unit, as Intl knows them (2 when Intl does not know the code). */
export function currencyDecimals(currency: string = CURRENCY): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "$12.50" for 1250 minor units. */
export function money(minor: number, currency: string = CURRENCY): string {
  let f = formatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('en', { style: 'currency', currency });
    formatters.set(currency, f);
  }
  return f.format(minor / 10 ** currencyDecimals(currency));
}

/** Major units as typed (12.5) → minor units (1250), exact for the currency's decimals. */
export function toMinor(major: number, currency: string = CURRENCY): number {
  return Math.round(major * 10 ** currencyDecimals(currency));
}

/** Minor units (1250) → major units (12.5). */
export function toMajor(minor: number, currency: string = CURRENCY): number {
  return minor / 10 ** currencyDecimals(currency);
}

/** Basis points as a percent text: 950 → "9.5 %". */
export function percent(bp: number): string {
  return `${Number((bp / 100).toFixed(2))} %`;
}
