// HyperLogLog (Flajolet et al. 2007) for distinct users per rule node and day. A user hashes to one
// register index and one rank (rho); a sketch is the per-register maximum of the ranks it has seen, so
// two sketches union by a per-register MAX (a range of days, several versions) and a stored register
// only ever grows (an atomic upsert on both dialects, no read-modify-write). With P = 11 (m = 2 048
// registers) the relative standard error is 1.04 / √m ≈ 2.3 %; below 2.5 m the estimate switches to
// linear counting (small-range correction), which is nearly exact for a few hundred users. The hash
// is 64 bits wide, so no large-range correction is needed.
import { createHash } from 'node:crypto';

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

/** The register and rank of one user: the first 64 bits of the user id's SHA-1. */
export function hllPoint(userId: string): HllPoint {
  const digest = createHash('sha1').update(userId).digest();
  return hllPointOf(digest.readUInt32BE(0), digest.readUInt32BE(4));
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
