// The CDNOW summary (fixtures/README.md: 2 357 customers over 39 weeks) as the fits take it: what the
// LTV tests check against the published figures and the metrics benchmark times.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export function cdnowCustomers(): { x: number; tx: number; T: number; m: number }[] {
  const rows = parse(readFileSync(new URL('./fixtures/cdnow.csv', import.meta.url)), {
    columns: true,
  }) as Record<string, string>[];
  return rows.map((r) => ({ x: Number(r.x), tx: Number(r.t_x), T: Number(r.T), m: Number(r.zbar) }));
}
