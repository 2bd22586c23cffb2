import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH, inputGuardError, inputProblem } from './input-guard';

describe('input gate', () => {
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
