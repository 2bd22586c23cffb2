// The Problems tab: every validation issue with its code and message. Clicking one that names a node
// selects it and pans the canvas to it (focusNode); one that names only edges selects those edges.
import type { RuleGraphIssue } from '@couponflow/schema';
import { Badge, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { Empty } from '../../app/states';
import { useCatalogue } from '../model/catalogue';
import { useEditor, useEditorActions, useEditorStore } from '../model/store';
import { describeIssue } from '../model/validation';
import './problems.css';

export const issueCodeLabels: Record<string, string> = {
  INVALID_DOCUMENT: 'Invalid document',
  UNSUPPORTED_VERSION: 'Unsupported version',
  TOO_LARGE: 'Too large',
  DUPLICATE_ID: 'Duplicate id',
  UNKNOWN_BLOCK: 'Unknown block',
  ARG_REQUIRED: 'Setting missing',
  ARG_INVALID: 'Setting invalid',
  SPLIT_PERCENT_SUM: 'Split does not add up',
  MISSING_TRIGGER: 'No trigger',
  MULTIPLE_TRIGGERS: 'Several triggers',
  MULTIPLE_SPLITS: 'Several splits',
  DANGLING_EDGE: 'Broken connection',
  BAD_PORT: 'Wrong port',
  LOGIC_ARITY: 'Logic inputs',
  CYCLE: 'Cycle',
  UNREACHABLE_NODE: 'Unreachable',
  NO_ACTION: 'No action',
  BLOCK_NOT_ALLOWED: 'Block not allowed',
};

function target(issue: RuleGraphIssue): string {
  const nodes = issue.nodeIds ?? [];
  const edges = issue.edgeIds ?? [];
  if (nodes.length > 0) return nodes.length === 1 ? `Block ${nodes[0]}` : `Blocks ${nodes.join(', ')}`;
  if (edges.length > 0)
    return edges.length === 1 ? `Connection ${edges[0]}` : `Connections ${edges.join(', ')}`;
  return 'The whole rule';
}

export function ProblemsList() {
  const issues = useEditor((s) => s.issues);
  const actions = useEditorActions();
  const store = useEditorStore();
  const { byCode } = useCatalogue();
  // In words for the block each names (read when the issues change: every structural edit revalidates).
  const texts = useMemo(() => {
    const types = new Map(store.getState().graph.nodes.map((n) => [n.id, n.type]));
    return issues.map((issue) => {
      const nodeId = issue.nodeIds?.length === 1 ? issue.nodeIds[0]! : undefined;
      const type = nodeId === undefined ? undefined : types.get(nodeId);
      return describeIssue(issue, type === undefined ? undefined : byCode.get(type)?.ui);
    });
  }, [issues, store, byCode]);
  if (issues.length === 0)
    return (
      <Empty title="No problems">The rule is valid as drawn. Simulate it on a user before publishing.</Empty>
    );
  return (
    <Stack gap={6} component="ul" className="cf-problems" aria-label="Problems">
      {issues.map((issue, i) => {
        const nodeId = issue.nodeIds?.[0];
        const edgeIds = issue.edgeIds ?? [];
        const focusable = nodeId !== undefined || edgeIds.length > 0;
        const onClick = () => {
          if (nodeId !== undefined) actions.focusNode(nodeId);
          else actions.select({ nodes: [], edges: edgeIds });
        };
        const body = (
          <>
            <Badge size="xs" color="red" variant="light" title={issue.code}>
              {issueCodeLabels[issue.code] ?? issue.code}
            </Badge>
            <Text size="sm" lh={1.35} mt={2}>
              {texts[i]}
            </Text>
            <Text size="xs" c="dimmed">
              {target(issue)} · <code>{issue.code}</code>
            </Text>
          </>
        );
        return (
          <li key={`${issue.code}-${i}`}>
            {focusable ? (
              <UnstyledButton
                className="cf-problem"
                onClick={onClick}
                aria-label={`${texts[i]}. ${target(issue)}. ${nodeId !== undefined ? 'Show the block' : 'Select the connection'}`}
              >
                {body}
              </UnstyledButton>
            ) : (
              <div className="cf-problem">{body}</div>
            )}
          </li>
        );
      })}
    </Stack>
  );
}
