// A small, stable, non-cryptographic string hash for deterministic split assignment.
// FNV-1a (32 bit) over UTF-16 code units, finished with murmur3's fmix32 avalanche so that similar
// ids ("user-1", "user-2") spread over the whole 32-bit range. Changing it reshuffles every user's
// arm in every running experiment: the golden split fixture pins it.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state after `text`, continuing from `state` (so a common prefix can be hashed once). */
export function fnv1a(text: string, state: number = FNV_OFFSET): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

export function fmix32(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV state after the rule id and a separator: the per-rule prefix of every split hash. */
export const splitSeed = (ruleId: string): number => fnv1a('\u0000', fnv1a(ruleId));

/** The split hash of (rule, user): a uint32, deterministic and uniform. */
export const splitHash = (ruleId: string, userId: string): number => fmix32(fnv1a(userId, splitSeed(ruleId)));

/**
 * Upper bounds (exclusive, in uint32 hash space) of each arm, from arm percentages summing to 100.
 * A user lands in the first arm whose bound exceeds the user's hash.
 */
export function armBounds(percents: readonly number[]): number[] {
  let cumulative = 0;
  return percents.map((p, i) => {
    cumulative += p;
    return i === percents.length - 1 ? 2 ** 32 : Math.round((cumulative / 100) * 2 ** 32);
  });
}
