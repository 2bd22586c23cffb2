import { describe, expect, it } from 'vitest';
import { TraceSampler, sampleFraction } from './sampling';

const T = 1_800_000_000;

describe('trace sampling', () => {
  it('keeps every trace at rate 1', () => {
    const s = new TraceSampler(1, 0);
    for (let i = 0; i < 100; i++) expect(s.keep('r', `e${i}`, T)).toBe(true);
  });

  it('traces the first firings of the hour in full, then about the rate, stably by event id', () => {
    const s = new TraceSampler(0.1, 50);
    const kept = Array.from({ length: 10_050 }, (_, i) => s.keep('r', `e${i}`, T));
    expect(kept.slice(0, 50).every(Boolean)).toBe(true);
    const sampled = kept.slice(50).filter(Boolean).length;
    expect(sampled).toBeGreaterThan(800);
    expect(sampled).toBeLessThan(1200);
    // the same events on another instance past its threshold: the same choice
    const other = new TraceSampler(0.1, 0);
    for (let i = 50; i < 10_050; i++) expect(other.keep('r', `e${i}`, T)).toBe(kept[i]);
  });

  it('counts per rule and starts again each hour', () => {
    const s = new TraceSampler(0, 2);
    expect([s.keep('a', 'x1', T), s.keep('a', 'x2', T), s.keep('a', 'x3', T)]).toEqual([true, true, false]);
    expect(s.keep('b', 'x1', T)).toBe(true);
    expect(s.keep('a', 'x4', T + 3600)).toBe(true);
  });

  it('spreads fractions over [0, 1)', () => {
    const f = Array.from({ length: 1000 }, (_, i) => sampleFraction(`k${i}`));
    expect(Math.min(...f)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...f)).toBeLessThan(1);
    expect(f.filter((x) => x < 0.5).length).toBeGreaterThan(400);
  });
});
