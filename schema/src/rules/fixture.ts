// The format of the golden graphs in schema/fixtures/graphs/*.json. They drive the compiler's unit
// tests, the server's integration tests and the browser tests, so each one is self-describing:
// a valid graph comes with cases (facts in, expected result out), an invalid one with the exact issues.
import { z } from 'zod';
import { issueCodes } from './document';
import { factsSnapshotSchema } from './facts';
import { jsonObjectSchema } from './json';

const splitArmSchema = z.object({ id: z.string(), control: z.boolean() });

export const ruleGraphFixtureSchema = z
  .object({
    description: z.string().min(1),
    /** Compile context; the time zone matters for time windows. */
    context: z
      .object({
        ruleId: z.string().min(1),
        version: z.number().int().optional(),
        timeZone: z.string().optional(),
      })
      .default({ ruleId: 'rule-fixture' }),
    /** The document, as stored (run it through parseRuleGraph). */
    graph: z.unknown(),
    /** Valid graphs: what a compiled (and interpreted) graph returns for each set of facts. */
    cases: z
      .array(
        z.object({
          name: z.string().min(1),
          facts: factsSnapshotSchema,
          expected: z.object({
            actions: z.array(
              z.object({
                nodeId: z.string(),
                type: z.string(),
                args: jsonObjectSchema,
                control: z.boolean(),
              }),
            ),
            splitArm: splitArmSchema.optional(),
            /** When given, the full trace (evaluate with { trace: true }). */
            trace: z
              .array(
                z.object({
                  nodeId: z.string(),
                  type: z.string(),
                  passed: z.boolean(),
                  seen: jsonObjectSchema,
                }),
              )
              .optional(),
          }),
        }),
      )
      .default([]),
    /** Valid graphs, optionally: the compiled rule's requirements. */
    expectedRequirements: jsonObjectSchema.optional(),
    /** Invalid graphs: exactly these issues (in any order), from parseRuleGraph or validateRuleGraph. */
    expectedIssues: z
      .array(
        z.object({
          code: z.enum(issueCodes),
          nodeIds: z.array(z.string()).default([]),
          edgeIds: z.array(z.string()).default([]),
        }),
      )
      .optional(),
  })
  .refine((f) => f.cases.length > 0 !== (f.expectedIssues !== undefined), {
    message: 'a fixture has either cases (a valid graph) or expectedIssues (an invalid graph)',
  });

export type RuleGraphFixture = z.output<typeof ruleGraphFixtureSchema>;
