// The demo's customers and orders, derived from the CDNOW summary (cdnow/cdnow-summary.csv, see
// cdnow/README.md): 2 357 customers who first bought in the first 12 weeks of a 39-week period, with
// their number of repeat purchases (x), the week of the last one (t_x), the weeks they were observed
// (T) and the mean value of their repeat purchases (zbar). The summary has no individual orders, so
// each customer's are laid out from it: the first on week 39 − T, the last repeat on t_x weeks later,
// the others uniformly in between, each worth zbar ± 30 %; a seeded generator makes it the same
// workspace every time. The 39 weeks are shifted to end yesterday. On top come a trickle of recent
// sign-ups (the CDNOW cohort stops acquiring after week 12), site visits and abandoned carts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DAYS = 273; // 39 weeks; day DAYS − 1 is yesterday
export const CSV = fileURLToPath(new URL('./cdnow/cdnow-summary.csv', import.meta.url));

/** mulberry32: a small seeded generator, so every demo gets the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface PlannedOrder {
  userId: string;
  day: number;
  /** Seconds after the day's midnight. */
  second: number;
  /** Minor units. */
  amount: number;
  first: boolean;
}

export interface PlannedEvent {
  type: 'user.signed_up' | 'page.viewed' | 'cart.abandoned';
  userId: string;
  day: number;
  second: number;
  properties: Record<string, unknown>;
  userAttributes?: Record<string, unknown>;
}

export interface History {
  customers: number;
  orders: PlannedOrder[];
  events: PlannedEvent[];
}

const PLATFORMS = ['ios', 'android', 'web'];
const CHANNELS = ['organic', 'paid-search', 'referral', 'social'];

export function loadHistory(csvText = readFileSync(CSV, 'utf8')): History {
  const rnd = random(19);
  const orders: PlannedOrder[] = [];
  const events: PlannedEvent[] = [];
  const second = (from = 8 * 3600) => from + Math.floor(rnd() * (22 * 3600 - from));
  const cents = (dollars: number) => Math.max(299, Math.round(dollars * 100));
  const signUp = (userId: string, day: number, at: number) =>
    events.push({
      type: 'user.signed_up',
      userId,
      day,
      second: at,
      properties: { channel: CHANNELS[Math.floor(rnd() * CHANNELS.length)] },
      userAttributes: {
        platform: PLATFORMS[Math.floor(rnd() * PLATFORMS.length)],
        country: rnd() < 0.8 ? 'US' : 'CA',
      },
    });
  const visits = (userId: string, from: number, every: number) => {
    for (let d = from + 1 + Math.floor(rnd() * every); d < DAYS; d += 1 + Math.floor(rnd() * 2 * every))
      events.push({ type: 'page.viewed', userId, day: d, second: second(), properties: { path: '/' } });
  };
  const buy = (userId: string, day: number, dollars: number, first: boolean) => {
    const at = second(first ? 9 * 3600 : 8 * 3600);
    events.push({ type: 'page.viewed', userId, day, second: at - 120, properties: { path: '/shop' } });
    // About one order in four is left in the cart once, a day or two before it is bought.
    if (!first && rnd() < 0.25 && day > 2)
      events.push({
        type: 'cart.abandoned',
        userId,
        day: day - 1 - Math.floor(rnd() * 2),
        second: second(),
        properties: { value: cents(dollars) },
      });
    orders.push({ userId, day, second: at, amount: cents(dollars), first });
  };

  let customers = 0;
  for (const line of csvText.trim().split(/\r?\n/).slice(1)) {
    const [id, xs, txs, Ts, zbars] = line.split(',');
    const x = Number(xs);
    const tx = Number(txs);
    const T = Number(Ts);
    const zbar = Number(zbars);
    const userId = `cdnow-${id!.padStart(4, '0')}`;
    const firstDay = Math.max(0, DAYS - 1 - Math.round(7 * T));
    customers++;
    signUp(userId, firstDay, 8 * 3600 + Math.floor(rnd() * 3600));
    const base = x > 0 ? zbar : 12 + 45 * rnd() ** 2;
    buy(userId, firstDay, base * (0.7 + 0.6 * rnd()), true);
    if (x > 0) {
      const last = Math.min(DAYS - 1, firstDay + Math.max(1, Math.round(7 * tx)));
      const days = [last];
      for (let i = 1; i < x; i++) days.push(firstDay + 1 + Math.floor(rnd() * Math.max(1, last - firstDay)));
      for (const d of days.sort((a, b) => a - b)) buy(userId, d, zbar * (0.7 + 0.6 * rnd()), false);
    }
    visits(userId, firstDay, x > 2 ? 25 : 45);
  }
  // Recent sign-ups: 2–6 a day over the last 45 days; two in three buy on the day, some again later.
  for (let d = DAYS - 45; d < DAYS; d++) {
    const n = 2 + Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) {
      const userId = `web-${String(d).padStart(3, '0')}-${i}`;
      customers++;
      signUp(userId, d, second(8 * 3600));
      if (rnd() < 0.67) {
        const dollars = 10 + 40 * rnd();
        buy(userId, d, dollars, true);
        if (rnd() < 0.3 && d + 3 < DAYS)
          buy(userId, d + 3 + Math.floor(rnd() * (DAYS - d - 3)), dollars, false);
      }
      visits(userId, d, 10);
    }
  }
  // Abandoned carts that nobody came back for (the experiment's rule offers these users a coupon).
  for (let i = 0; i < 1800; i++) {
    const o = orders[Math.floor(rnd() * orders.length)]!;
    const d = o.day + 1 + Math.floor(rnd() * 40);
    if (d < DAYS)
      events.push({
        type: 'cart.abandoned',
        userId: o.userId,
        day: d,
        second: second(),
        properties: { value: Math.round(o.amount * (0.8 + 0.4 * rnd())) },
      });
  }
  return { customers, orders, events };
}
