// The golden graphs of schema/fixtures/graphs/, for the editor's tests (node only: reads files).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type RuleGraphFixture, ruleGraphFixtureSchema } from '@couponflow/schema';

const dir = join(import.meta.dirname, '../../../../schema/fixtures/graphs');

export const goldenGraphs: { file: string; fixture: RuleGraphFixture }[] = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    fixture: ruleGraphFixtureSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))),
  }));
