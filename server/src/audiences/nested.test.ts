// Audiences built on audiences: "is in audience X" inside a dynamic audience's expression is answered
// by X's own membership (static rows or X's expression), and cycles are refused when saving.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowSeconds } from '../ids';
import { Audience } from './audience.entity';
import { testServices, type TestServices } from '../testing';

let s: TestServices;
let b: Awaited<ReturnType<TestServices['behaviour']>>;
beforeEach(async () => {
  s = await testServices();
  b = await s.behaviour();
});
afterEach(() => s.close());

const tier = (value: string) => ({
  block: 'condition.userAttribute',
  args: { attribute: 'tier', op: 'eq', value },
});
const inAudience = (audienceId: string, member = true) => ({
  block: 'condition.audience',
  args: { audienceId, member },
});

async function users(tiers: Record<string, string>): Promise<void> {
  const now = nowSeconds();
  await b.tracking.track(
    Object.entries(tiers).map(([userId, t], i) => ({
      id: `e${i}`,
      type: 'order.paid',
      userId,
      occurredAt: now - 10,
      properties: { amount: 1_000, orderId: `o${i}` },
      userAttributes: { tier: t },
    })),
  );
}

/** Writes an expression around the service's save checks (as older rows may hold). */
const store = (id: string, expression: unknown) => s.db.em().nativeUpdate(Audience, { id }, { expression });

describe('audience membership conditions inside an audience', () => {
  it('count the members of a dynamic and of a static audience, and their complement', async () => {
    await users({ u1: 'VIP', u2: 'VIP', u3: 'REGULAR', u4: 'REGULAR' });
    const vip = await b.audiences.create({ name: 'vip', kind: 'DYNAMIC', expression: tier('VIP') });
    const listed = await b.audiences.create({ name: 'listed', kind: 'STATIC' });
    await b.audiences.upload(listed.id, 'u2\nu3\n', true);
    const vipListed = await b.audiences.create({
      name: 'vip and listed',
      kind: 'DYNAMIC',
      expression: { all: [inAudience(vip.id), inAudience(listed.id)] },
    });
    expect(await b.audiences.preview({ audienceId: vipListed.id }, 10)).toEqual({ size: 1, sample: ['u2'] });
    const notVip = { all: [inAudience(vip.id, false)] };
    expect(await b.audiences.preview({ expression: notVip }, 10)).toEqual({ size: 2, sample: ['u3', 'u4'] });
    expect(await b.audiences.isMember(vipListed.id, 'u2')).toBe(true);
    expect(await b.audiences.isMember(vipListed.id, 'u1')).toBe(false);
    // Two levels deep: an audience on the audience above.
    const deep = await b.audiences.create({
      name: 'deep',
      kind: 'DYNAMIC',
      expression: { any: [inAudience(vipListed.id), tier('REGULAR')] },
    });
    expect((await b.audiences.preview({ audienceId: deep.id }, 10)).sample).toEqual(['u2', 'u3', 'u4']);
    expect((await b.audiences.audiencesOf('u2')).map((a) => a.name).sort()).toEqual([
      'deep',
      'listed',
      'vip',
      'vip and listed',
    ]);
  });

  it('refuses an expression that leads back to its own audience, directly or through others', async () => {
    await users({ u1: 'VIP' });
    const a = await b.audiences.create({ name: 'a', kind: 'DYNAMIC', expression: tier('VIP') });
    const bb = await b.audiences.create({ name: 'b', kind: 'DYNAMIC', expression: inAudience(a.id) });
    await expect(b.audiences.update(a.id, { expression: inAudience(a.id) })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.expression' },
    });
    await expect(
      b.audiences.update(a.id, { expression: { any: [tier('X'), inAudience(bb.id)] } }),
    ).rejects.toMatchObject({
      message: expect.stringContaining(`${a.id} → ${bb.id} → ${a.id}`),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.expression' },
    });
    // Nothing changed: b still holds a's member.
    expect(await b.audiences.isMember(bb.id, 'u1')).toBe(true);
  });

  it('evaluates a stored cycle as not holding anyone instead of looping', async () => {
    await users({ u1: 'VIP' });
    const a = await b.audiences.create({ name: 'a', kind: 'DYNAMIC', expression: tier('VIP') });
    const bb = await b.audiences.create({ name: 'b', kind: 'DYNAMIC', expression: inAudience(a.id) });
    // A row written around the save check (older data): a → b → a.
    await store(a.id, { any: [tier('VIP'), inAudience(bb.id)] });
    await new Promise((r) => setTimeout(r, 1100)); // the compiled-definition cache
    expect(await b.audiences.isMember(a.id, 'u1')).toBe(true);
    expect(await b.audiences.isMember(bb.id, 'u1')).toBe(true);
    const onlyCycle = await b.audiences.create({ name: 'c', kind: 'DYNAMIC', expression: tier('none') });
    await store(onlyCycle.id, inAudience(onlyCycle.id));
    expect(await b.audiences.preview({ audienceId: onlyCycle.id }, 10)).toEqual({ size: 0, sample: [] });
  });
});
