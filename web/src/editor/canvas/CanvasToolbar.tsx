// Edit commands above the canvas, each with its shortcut in the tooltip: undo, redo, copy, paste,
// delete, auto-layout, fit view.
import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useEditor, useEditorActions } from '../model/store';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = mac ? '⌘' : 'Ctrl+';

function Command({
  label,
  shortcut,
  disabled,
  onClick,
  children,
}: {
  label: string;
  shortcut?: string;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Tooltip label={shortcut ? `${label} (${shortcut})` : label} openDelay={300}>
      <ActionIcon variant="subtle" color="gray" aria-label={label} disabled={disabled} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

const icon = (d: string) => (
  <svg
    width="18"
    height="18"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d={d} />
  </svg>
);

const icons = {
  undo: icon('M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3'),
  redo: icon('m15 14 5-5-5-5M20 9H9a5 5 0 0 0 0 10h3'),
  copy: icon('M8 8h11v11H8zM5 16H4V5h11v1'),
  paste: icon('M9 4h6v3H9zM7 5H5v15h14V5h-2M9 12h6M9 16h4'),
  remove: icon('M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3'),
  layout: icon('M3 5h6v5H3zM15 3h6v5h-6zM15 16h6v5h-6zM9 7.5h3v10h3M12 5.5h3'),
  fit: icon('M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5'),
};

export function CanvasToolbar({ readOnly }: { readOnly: boolean }) {
  const actions = useEditorActions();
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const canPaste = useEditor((s) => s.canPaste);
  const selected = useEditor((s) => s.selection.nodes.length + s.selection.edges.length);
  const selectedNodes = useEditor((s) => s.selection.nodes.length);
  const empty = useEditor((s) => s.graph.nodes.length === 0);
  const { fitView } = useReactFlow();
  return (
    <Paper shadow="xs" p={2} withBorder role="toolbar" aria-label="Canvas commands">
      <Group gap={2} wrap="nowrap">
        <Command label="Undo" shortcut={`${mod}Z`} disabled={readOnly || !canUndo} onClick={actions.undo}>
          {icons.undo}
        </Command>
        <Command
          label="Redo"
          shortcut={mac ? '⇧⌘Z' : 'Ctrl+Y'}
          disabled={readOnly || !canRedo}
          onClick={actions.redo}
        >
          {icons.redo}
        </Command>
        <Command
          label="Copy selected blocks"
          shortcut={`${mod}C`}
          disabled={selectedNodes === 0}
          onClick={actions.copy}
        >
          {icons.copy}
        </Command>
        <Command
          label="Paste blocks"
          shortcut={`${mod}V`}
          disabled={readOnly || !canPaste}
          onClick={actions.paste}
        >
          {icons.paste}
        </Command>
        <Command
          label="Delete selection"
          shortcut="Delete"
          disabled={readOnly || selected === 0}
          onClick={actions.removeSelection}
        >
          {icons.remove}
        </Command>
        <Command label="Auto-layout" disabled={readOnly || empty} onClick={actions.autoLayout}>
          {icons.layout}
        </Command>
        <Command
          label="Fit view"
          disabled={empty}
          onClick={() => void fitView({ padding: 0.2, duration: 300 })}
        >
          {icons.fit}
        </Command>
      </Group>
    </Paper>
  );
}
