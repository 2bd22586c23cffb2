// The demo's simulated clock. The history is played through the public API day by day, so the
// product must believe it is that day: coupons are issued, claimed, redeemed and expired on it, rules
// fire on it (events older than the 24 h trigger horizon would fire none), and the rollups put every
// figure on its own day. Only this process (the demo's own server, on its own database) is shifted:
// `Date.now()` and `new Date()` read the real time plus an offset, which `travelTo` sets and
// `backToNow` clears before the console is opened to anyone.
const RealDate = Date;
const realNow = RealDate.now.bind(RealDate);
let offsetMs = 0;

let installed = false;

/** Replaces the global clock (once, before the server starts). */
export function installClock(): void {
  if (installed) return;
  installed = true;
  RealDate.now = () => realNow() + offsetMs;
  const Shifted = new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget) {
      return Reflect.construct(target, args.length === 0 ? [realNow() + offsetMs] : args, newTarget) as Date;
    },
    apply() {
      return new RealDate(realNow() + offsetMs).toString();
    },
  });
  globalThis.Date = Shifted;
}

/** From now on the clock reads `atMs` (and runs on from there). Never later than the real time. */
export function travelTo(atMs: number): void {
  offsetMs = Math.min(0, atMs - realNow());
}

export function backToNow(): void {
  offsetMs = 0;
}

export function realTimeMs(): number {
  return realNow();
}
