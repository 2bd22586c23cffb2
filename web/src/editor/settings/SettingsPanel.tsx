// The Settings tab: the generated form of the selected node; with several selected, what they are;
// with none, what to do next.
import { Button, Stack, Text } from '@mantine/core';
import { useShallow } from 'zustand/react/shallow';
import { Empty } from '../../app/states';
import { useCatalogue } from '../model/catalogue';
import { useEditor, useEditorActions } from '../model/store';
import { indexIssues } from '../model/validation';
import { SettingsForm } from './SettingsForm';

const noIssues: never[] = [];

export function SettingsPanel() {
  const actions = useEditorActions();
  const { byCode } = useCatalogue();
  const selected = useEditor(useShallow((s) => s.selection.nodes));
  const selectedEdges = useEditor((s) => s.selection.edges.length);
  const nodeId = selected.length === 1 ? selected[0]! : undefined;
  // Type and args, not the node: a drag changes the node's position on every frame.
  const type = useEditor((s) =>
    nodeId === undefined ? undefined : s.graph.nodes.find((n) => n.id === nodeId)?.type,
  );
  const args = useEditor((s) =>
    nodeId === undefined ? undefined : s.graph.nodes.find((n) => n.id === nodeId)?.args,
  );
  const issues = useEditor((s) =>
    nodeId === undefined ? noIssues : (indexIssues(s.issues).byNode.get(nodeId) ?? noIssues),
  );
  const triggerEventType = useEditor((s) => {
    const trigger = s.graph.nodes.find((n) => byCode.get(n.type)?.category === 'trigger');
    const eventType = trigger?.args.eventType;
    return typeof eventType === 'string' ? eventType : undefined;
  });
  const readOnly = useEditor((s) => s.overlay?.graph !== undefined);

  if (selected.length > 1 || (selected.length === 0 && selectedEdges > 0)) {
    const what = [
      selected.length > 0 && `${selected.length} blocks`,
      selectedEdges > 0 && `${selectedEdges} connection${selectedEdges === 1 ? '' : 's'}`,
    ]
      .filter(Boolean)
      .join(' and ');
    return (
      <Stack gap="sm">
        <Text size="sm">{what} selected.</Text>
        <Text size="xs" c="dimmed">
          Select a single block to edit its settings. Copy with Ctrl/⌘+C, paste with Ctrl/⌘+V.
        </Text>
        <Button color="red" variant="light" onClick={actions.removeSelection} disabled={readOnly}>
          Delete {what}
        </Button>
      </Stack>
    );
  }
  if (nodeId === undefined || type === undefined || args === undefined) {
    return (
      <Empty title="No block selected">
        Select a block on the canvas to edit its settings, or add one from the palette.
      </Empty>
    );
  }
  const entry = byCode.get(type);
  if (!entry) {
    return (
      <Stack gap="sm">
        <Text fw={600}>Unknown block “{type}”</Text>
        <Text size="sm" c="dimmed">
          This server does not know this block, so it cannot be set up. Delete it and use a block from the
          palette.
        </Text>
        <Button color="red" variant="light" onClick={actions.removeSelection} disabled={readOnly}>
          Delete block
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <SettingsForm
        key={nodeId}
        nodeId={nodeId}
        args={args}
        entry={entry}
        issues={issues}
        triggerEventType={triggerEventType}
        disabled={readOnly}
        onArgsChange={actions.updateArgs}
      />
      <Button color="red" variant="subtle" onClick={actions.removeSelection} disabled={readOnly}>
        Delete block
      </Button>
    </Stack>
  );
}
