// Sampled decision traces (docs/retention.md): a rule firing more than RULE_TRACE_FULL_PER_HOUR
// times in the hour (counted per instance) keeps the trace of RULE_TRACE_SAMPLE_RATE of its further
// firings; the others are recorded with an empty trace. The firing itself is always recorded
// (frequency limits, experiments and the firings list count it). The choice is a hash of the rule and
// the event id, so the same event is sampled the same way on every instance and on a retry.

const HOUR = 3600;

/** FNV-1a over the string, as a fraction in [0, 1). */
export function sampleFraction(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x1_0000_0000;
}

export class TraceSampler {
  private hour = -1;
  private readonly counts = new Map<string, number>();

  constructor(
    /** Share of traces kept past the threshold (0–1; 1 keeps every trace). */
    readonly rate: number,
    /** Firings per rule and hour traced in full. */
    readonly fullPerHour: number,
  ) {}

  /** Whether this firing keeps its trace; `now` in epoch seconds. */
  keep(ruleId: string, eventId: string, now: number): boolean {
    if (this.rate >= 1) return true;
    const hour = Math.floor(now / HOUR);
    if (hour !== this.hour) {
      this.hour = hour;
      this.counts.clear();
    }
    const n = (this.counts.get(ruleId) ?? 0) + 1;
    this.counts.set(ruleId, n);
    if (n <= this.fullPerHour) return true;
    return sampleFraction(`${ruleId}\u0000${eventId}`) < this.rate;
  }
}
