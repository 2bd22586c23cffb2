// Table-driven tests from the golden graphs in schema/fixtures/graphs/*.json: each valid graph is
// compiled and interpreted against its cases; each invalid graph yields exactly its expected issues.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Facts,
  type Requirements,
  type RuleGraph,
  type RuleGraphFixture,
  type RuleGraphIssue,
  blockCodes,
  comparisonOps,
  compileRuleGraph,
  createMemoryFacts,
  interpretRuleGraph,
  issueCodes,
  numericOps,
  parseRuleGraph,
  ruleGraphFixtureSchema,
  validateRuleGraph,
} from './index';

const dir = new URL('../../fixtures/graphs/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    fixture: ruleGraphFixtureSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))),
  }));
const valid = fixtures.filter(({ fixture }) => fixture.expectedIssues === undefined);
const invalid = fixtures.filter(({ fixture }) => fixture.expectedIssues !== undefined);

function parsed(fixture: RuleGraphFixture): RuleGraph {
  const result = parseRuleGraph(fixture.graph);
  if (!result.ok) throw new Error(`fixture graph does not parse: ${JSON.stringify(result.issues)}`);
  return result.graph;
}

/** Facts that throw when asked for anything the requirements do not declare. */
function strict(facts: Facts, requirements: Requirements): Facts {
  const only = <T extends object>(what: string, target: T, paths: string[]): T => {
    const allowed = new Set(paths.map((p) => p.split('.')[0]));
    return new Proxy(target, {
      get(t, key) {
        if (typeof key === 'string' && !allowed.has(key)) throw new Error(`undeclared ${what} ${key}`);
        return Reflect.get(t, key);
      },
    });
  };
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`undeclared ${what}`);
  };
  return {
    ...facts,
    event: {
      ...facts.event,
      properties: only('event property', facts.event.properties, requirements.eventProperties),
    },
    user: { attributes: only('user attribute', facts.user.attributes, requirements.userAttributes) },
    aggregate: (spec) => (
      check(
        requirements.aggregates.some((a) => a.key === spec.key),
        spec.key,
      ),
      facts.aggregate(spec)
    ),
    inAudience: (id) => (check(requirements.audiences.includes(id), id), facts.inAudience(id)),
    isFirst: (type) => (check(requirements.firstTime.includes(type), type), facts.isFirst(type)),
    firedCount: (ruleId, period) => (
      check(requirements.frequency.includes(period), period),
      facts.firedCount(ruleId, period)
    ),
  };
}

const normalise = (issues: Pick<RuleGraphIssue, 'code' | 'nodeIds' | 'edgeIds'>[]) =>
  issues
    .map(({ code, nodeIds = [], edgeIds = [] }) => ({
      code,
      nodeIds: [...nodeIds].sort(),
      edgeIds: [...edgeIds].sort(),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe.each(valid)('golden graph $file', ({ fixture }) => {
  const graph = parsed(fixture);

  it('is valid', () => {
    expect(validateRuleGraph(graph)).toEqual({ valid: true, issues: [] });
  });

  if (fixture.expectedRequirements) {
    it('declares its requirements', () => {
      expect(compileRuleGraph(graph, fixture.context).requirements).toEqual(fixture.expectedRequirements);
    });
  }

  it.each(fixture.cases)('$name', ({ facts: snapshot, expected }) => {
    const facts = createMemoryFacts(snapshot);
    const rule = compileRuleGraph(graph, fixture.context);
    const traced = rule.evaluate(facts, { trace: true });
    expect(traced.actions).toEqual(expected.actions);
    expect(traced.splitArm).toEqual(expected.splitArm);
    if (expected.trace) expect(traced.trace).toEqual(expected.trace);
    // Without a trace, the same decision.
    expect(rule.evaluate(facts)).toEqual({
      actions: traced.actions,
      ...(traced.splitArm && { splitArm: traced.splitArm }),
    });
    // The oracle agrees, trace included.
    expect(interpretRuleGraph(graph, facts, fixture.context, { trace: true })).toEqual(traced);
    // The compiled rule reads nothing beyond its declared requirements.
    expect(rule.evaluate(strict(facts, rule.requirements), { trace: true })).toEqual(traced);
  });
});

describe.each(invalid)('invalid golden graph $file', ({ fixture }) => {
  it('reports exactly the expected issues', () => {
    const result = parseRuleGraph(fixture.graph);
    const issues = result.ok ? validateRuleGraph(result.graph).issues : result.issues;
    expect(normalise(issues)).toEqual(normalise(fixture.expectedIssues!));
    for (const issue of issues) expect(issue.message).toMatch(/\S/);
    if (result.ok) expect(() => compileRuleGraph(result.graph, fixture.context)).toThrow(/invalid rule/);
  });
});

describe('the golden graphs cover the catalogue', () => {
  const validNodes = valid.flatMap(({ fixture }) => parsed(fixture).nodes);

  it('use every block', () => {
    const used = new Set(validNodes.map((n) => n.type));
    expect(blockCodes.filter((code) => !used.has(code))).toEqual([]);
  });

  it('use every operator on event properties and user attributes, and every numeric operator on aggregates', () => {
    for (const [type, ops] of [
      ['condition.eventProperty', comparisonOps],
      ['condition.userAttribute', comparisonOps],
      ['condition.aggregate', numericOps],
    ] as const) {
      const used = new Set(validNodes.filter((n) => n.type === type).map((n) => n.args.op));
      expect(
        ops.filter((op) => !used.has(op)),
        type,
      ).toEqual([]);
    }
  });

  it('show every validation issue code', () => {
    const shown = new Set(invalid.flatMap(({ fixture }) => fixture.expectedIssues!.map((i) => i.code)));
    // TOO_LARGE is generated in validate.test.ts (10 000 nodes); BLOCK_NOT_ALLOWED concerns expressions.
    const elsewhere = new Set(['TOO_LARGE', 'BLOCK_NOT_ALLOWED']);
    expect(issueCodes.filter((code) => !shown.has(code) && !elsewhere.has(code))).toEqual([]);
  });
});
