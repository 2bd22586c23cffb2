import fc from 'fast-check';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH, inputGuardError, inputProblem } from './input-guard';

/** The gate's first form (an explicit stack, every path built): the first problem it reports is the reference. */
function referenceProblem(value: unknown, path: string): [string, string] | null {
  const stack: [unknown, string, number][] = [[value, path, 0]];
  while (stack.length > 0) {
    const [v, p, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return [p, 'must not contain a NUL character'];
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_INPUT_DEPTH) return [p, `is nested deeper than ${MAX_INPUT_DEPTH} levels`];
      if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${p}[${i}]`, depth + 1]));
      else
        for (const [k, x] of Object.entries(v)) {
          if (k.includes('\u0000')) return [p, 'must not contain a NUL character in a key'];
          stack.push([x, p ? `${p}.${k}` : k, depth + 1]);
        }
    }
  }
  return null;
}

describe('input gate', () => {
  it('reports the same first problem as the reference walk, on any JSON value', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('a\u0000', '\u0000', 'x'));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, fc.constantFrom('', 'cart'), (v, path) => {
        expect(inputProblem(v, path)).toEqual(referenceProblem(v, path));
      }),
      { numRuns: 2000 },
    );
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 70; i++) deep = i % 2 ? [1, deep] : { a: 1, b: deep };
    expect(inputProblem(deep, 'v')).toEqual(referenceProblem(deep, 'v'));
  });

  it('finds a NUL anywhere in a value, with its path', () => {
    expect(inputProblem({ a: { b: ['ok', 'x\u0000'] } }, '')).toEqual([
      'a.b[1]',
      'must not contain a NUL character',
    ]);
    expect(inputProblem({ a: 'fine', n: 1, t: true, z: null }, '')).toBeNull();
  });

  it('bounds nesting without recursion (thousands deep is refused, not a stack overflow)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(inputProblem({ g: deep }, '')?.[1]).toContain(`${MAX_INPUT_DEPTH}`);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) ok = { x: ok };
    expect(inputProblem(ok, '')).toBeNull();
  });

  it('names the argument a variable is passed to, and checks literals', () => {
    const doc = parse('mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }');
    expect(inputGuardError({ i: { name: 'a\u0000' } }, doc)?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    const literal = parse('mutation { createCampaign(input: { name: "a\\u0000" }) { id } }');
    expect(inputGuardError({}, literal)?.extensions).toMatchObject({ field: 'input.name' });
    expect(inputGuardError({ i: { name: 'fine' } }, doc)).toBeNull();
  });
});
