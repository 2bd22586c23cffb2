// The rule graph document: a versioned JSON document, never editor state. One zod schema parses it from
// mutations, database rows and imports, upgrading older versions; unknown keys (React Flow's `selected`,
// `measured`, `dragging`, `targetHandle` …) are dropped. Block types and args are checked by the
// validator, not here, so that a draft with unfinished args can still be stored and shown.
import { z } from 'zod';
import { jsonObjectSchema } from './json';

export const RULE_GRAPH_VERSION = 1;
/** Size caps: a larger graph is refused before anything else is looked at. */
export const MAX_NODES = 500;
export const MAX_EDGES = 2000;

const idSchema = z.string().min(1).max(128);

export const ruleNodeSchema = z.object({
  id: idSchema,
  /** A block code from the registry, e.g. `condition.eventProperty`. */
  type: z.string().min(1),
  /** Typed JSON, checked by the block's arg schema during validation. */
  args: jsonObjectSchema.default({}),
  position: z.object({ x: z.number(), y: z.number() }).default({ x: 0, y: 0 }),
});

export const ruleEdgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  /** `yes` / `no` (conditions, logic), `out` (trigger; may be omitted), an arm id (split). */
  sourceHandle: z.string().min(1).nullish(),
});

export const ruleGraphSchema = z.object({
  version: z.literal(RULE_GRAPH_VERSION),
  nodes: z.array(ruleNodeSchema).max(MAX_NODES),
  edges: z.array(ruleEdgeSchema).max(MAX_EDGES),
});

export type RuleNode = z.output<typeof ruleNodeSchema>;
export type RuleEdge = z.output<typeof ruleEdgeSchema>;
export type RuleGraph = z.output<typeof ruleGraphSchema>;
/** A graph as written (position and args may be omitted). */
export type RuleGraphInput = z.input<typeof ruleGraphSchema>;

export const issueCodes = [
  'INVALID_DOCUMENT',
  'UNSUPPORTED_VERSION',
  'TOO_LARGE',
  'DUPLICATE_ID',
  'UNKNOWN_BLOCK',
  'ARG_REQUIRED',
  'ARG_INVALID',
  'SPLIT_PERCENT_SUM',
  'MISSING_TRIGGER',
  'MULTIPLE_TRIGGERS',
  'MULTIPLE_SPLITS',
  'DANGLING_EDGE',
  'BAD_PORT',
  'LOGIC_ARITY',
  'CYCLE',
  'UNREACHABLE_NODE',
  'NO_ACTION',
  'BLOCK_NOT_ALLOWED',
] as const;
export type IssueCode = (typeof issueCodes)[number];

/** A problem with a graph (or condition expression), naming the nodes and edges to paint red. */
export interface RuleGraphIssue {
  code: IssueCode;
  message: string;
  nodeIds?: string[];
  edgeIds?: string[];
  /** For arg and document issues: the path inside the node's args (or the document). */
  path?: (string | number)[];
}

export type ParseResult = { ok: true; graph: RuleGraph } | { ok: false; issues: RuleGraphIssue[] };

/**
 * Upgrades from version N to N + 1, applied in turn until the current version. Version 1 is the first;
 * a change to the document adds an entry here (and a fixture of the old shape).
 */
const upgrades: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function tooLarge(input: Record<string, unknown>): RuleGraphIssue | undefined {
  const { nodes, edges } = input;
  const n = Array.isArray(nodes) ? nodes.length : 0;
  const e = Array.isArray(edges) ? edges.length : 0;
  return n > MAX_NODES || e > MAX_EDGES
    ? {
        code: 'TOO_LARGE',
        message: `${n} nodes and ${e} edges; at most ${MAX_NODES} nodes and ${MAX_EDGES} edges`,
      }
    : undefined;
}

/** Parses a graph document from untrusted JSON, upgrading older versions. */
export function parseRuleGraph(input: unknown): ParseResult {
  if (!isRecord(input))
    return { ok: false, issues: [{ code: 'INVALID_DOCUMENT', message: 'a graph is a JSON object' }] };
  const large = tooLarge(input);
  if (large) return { ok: false, issues: [large] };
  let doc = input;
  while (typeof doc.version === 'number' && doc.version < RULE_GRAPH_VERSION && upgrades[doc.version]) {
    doc = upgrades[doc.version]!(doc);
  }
  if (doc.version !== RULE_GRAPH_VERSION) {
    return {
      ok: false,
      issues: [
        {
          code: 'UNSUPPORTED_VERSION',
          message: `version ${JSON.stringify(doc.version)} is not supported (current: ${RULE_GRAPH_VERSION})`,
          path: ['version'],
        },
      ],
    };
  }
  const parsed = ruleGraphSchema.safeParse(doc);
  if (parsed.success) return { ok: true, graph: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const [list, index] = issue.path;
      const item =
        (list === 'nodes' || list === 'edges') && typeof index === 'number'
          ? (doc[list] as unknown[])[index]
          : undefined;
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
      return {
        code: 'INVALID_DOCUMENT',
        message: `${formatPath(issue.path)}: ${issue.message}`,
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        ...(id !== undefined && (list === 'nodes' ? { nodeIds: [id] } : { edgeIds: [id] })),
      };
    }),
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
