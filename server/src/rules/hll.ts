// HyperLogLog (Flajolet et al. 2007) for distinct users per rule node and day. A user hashes to one
// register index and one rank (rho); a sketch is the per-register maximum of the ranks it has seen, so
// two sketches union by a per-register MAX (a range of days, several versions) and a stored register
// only ever grows (an atomic upsert on both dialects, no read-modify-write). With P = 11 (m = 2 048
// registers) the relative standard error is 1.04 / √m ≈ 2.3 %; below 2.5 m the estimate switches to
// linear counting (small-range correction), which is nearly exact for a few hundred users. The hash
// is 64 bits wide (two MurmurHash3 finalised words), so no large-range correction is needed.

export const HLL_P = 11;
export const HLL_M = 1 << HLL_P;
/** Relative standard error of an estimate: 1.04 / √m. */
export const HLL_RELATIVE_ERROR = 1.04 / Math.sqrt(HLL_M);
const ALPHA = 0.7213 / (1 + 1.079 / HLL_M);

export interface HllPoint {
  /** Register index, 0 … m − 1. */
  reg: number;
  /** 1 + leading zeros of the hash bits after the index (1 … 65 − P). */
  rho: number;
}

/** The register and rank of one user (a 64-bit hash of the id: two MurmurHash3 words). */
export function hllPoint(userId: string): HllPoint {
  return hllPointOf(murmur3(userId, 0x9747b28c), murmur3(userId, 0x5bd1e995));
}

/**
 * MurmurHash3 (x86, 32 bits) over the string's UTF-16 code units, two per block: a few tenths of a
 * microsecond per id, where a SHA-1 through node:crypto costs several microseconds.
 */
export function murmur3(s: string, seed: number): number {
  let h = seed >>> 0;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    let k = (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)) >>> 0;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  if (i < n) {
    let k = s.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= n * 2;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The register and rank of a 64-bit hash given as two 32-bit halves (high, low). */
export function hllPointOf(high: number, low: number): HllPoint {
  const reg = high >>> (32 - HLL_P);
  const rest = (high << HLL_P) >>> 0; // the high word's 32 − P remaining bits, then zeros
  const rho = rest !== 0 ? Math.clz32(rest) + 1 : 32 - HLL_P + Math.clz32(low) + 1;
  return { reg, rho };
}

/** The distinct count a sketch estimates (raw HLL; linear counting below 2.5 m). */
export function hllEstimate(registers: Uint8Array): number {
  let sum = 0;
  let zeros = 0;
  for (let j = 0; j < HLL_M; j++) {
    const r = registers[j]!;
    sum += 2 ** -r;
    if (r === 0) zeros++;
  }
  const raw = (ALPHA * HLL_M * HLL_M) / sum;
  if (raw <= 2.5 * HLL_M && zeros > 0) return HLL_M * Math.log(HLL_M / zeros);
  return raw;
}

/** `into` becomes the union of `into` and `other` (per-register maximum). */
export function hllMerge(into: Uint8Array, other: Uint8Array): Uint8Array {
  for (let j = 0; j < HLL_M; j++) if (other[j]! > into[j]!) into[j] = other[j]!;
  return into;
}

export const emptySketch = (): Uint8Array => new Uint8Array(HLL_M);
