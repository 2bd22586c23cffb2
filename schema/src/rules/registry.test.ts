import { describe, expect, it } from 'vitest';
import { blockCatalogue, blockCodes, blocks, getBlock, isBlockCode, outputHandles } from './index';

describe('the block registry', () => {
  it('keys every block by its own code', () => {
    for (const [key, def] of Object.entries(blocks)) expect(def.code).toBe(key);
    expect(blockCodes).toHaveLength(16);
  });

  it('finds blocks by code and nothing else', () => {
    expect(getBlock('condition.audience')?.label).toBe('Audience membership');
    expect(getBlock('condition.weather')).toBeUndefined();
    expect(isBlockCode('toString')).toBe(false);
    expect(getBlock('__proto__')).toBeUndefined();
  });

  it('gives output handles from the ports, and one per arm for a split', () => {
    expect(outputHandles(blocks['trigger.event'], { eventType: 'x' })).toEqual(['out']);
    expect(outputHandles(blocks['logic.not'], {})).toEqual(['yes', 'no']);
    expect(outputHandles(blocks['action.emitEvent'], { eventType: 'x' })).toEqual([]);
    const args = blocks['split.percent'].args.parse({
      arms: [
        { id: 'treatment', percent: 90 },
        { id: 'holdout', percent: 10, control: true },
      ],
    });
    expect(outputHandles(blocks['split.percent'], args)).toEqual(['treatment', 'holdout']);
  });
});

describe('blockCatalogue', () => {
  const catalogue = blockCatalogue();

  it('describes every block as plain JSON', () => {
    expect(catalogue.map((b) => b.code)).toEqual(blockCodes);
    expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue);
  });

  it('has a JSON Schema for the args and a UI hint for each of them', () => {
    for (const entry of catalogue) {
      expect(entry.args).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
      });
      const properties = Object.keys((entry.args.properties as object | undefined) ?? {});
      expect(Object.keys(entry.ui).sort(), entry.code).toEqual(properties.sort());
      for (const hint of Object.values(entry.ui)) expect(hint.label).toMatch(/\S/);
    }
  });

  it('gives conditions a scope, so audiences know which they may use', () => {
    const scopes = Object.fromEntries(
      catalogue.filter((b) => b.category === 'condition').map((b) => [b.code, b.scope]),
    );
    expect(scopes).toEqual({
      'condition.eventProperty': 'event',
      'condition.userAttribute': 'user',
      'condition.audience': 'user',
      'condition.aggregate': 'user',
      'condition.firstTime': 'event',
      'condition.timeWindow': 'user',
      'condition.frequencyCap': 'event',
    });
  });

  it('renders the aggregate block for forms: enums, optional args and defaults', () => {
    const aggregate = catalogue.find((b) => b.code === 'condition.aggregate')!;
    expect(aggregate.args).toMatchObject({
      properties: {
        fn: { enum: ['count', 'sum'] },
        op: { enum: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'between'] },
      },
      required: ['eventType', 'fn', 'window', 'op', 'value'],
    });
    const audience = catalogue.find((b) => b.code === 'condition.audience')!;
    expect(audience.args).toMatchObject({
      properties: { member: { type: 'boolean', default: true } },
      required: ['audienceId'],
    });
    expect(catalogue.find((b) => b.code === 'split.percent')!.ports).toEqual({
      inputs: 'flow',
      outputs: 'arms',
    });
  });
});
