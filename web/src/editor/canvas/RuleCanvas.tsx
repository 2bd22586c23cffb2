// The rule canvas: React Flow over the editor store. Nodes and edges are derived from the document
// (flow.ts) and every change goes back as a named action; nothing React Flow holds is saved. While a
// panel shows another graph (a version diff), the canvas shows that graph read-only.
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import {
  Background,
  type Connection,
  Controls,
  type EdgeChange,
  type EdgeTypes,
  MarkerType,
  MiniMap,
  type NodeChange,
  type NodeTypes,
  type OnDelete,
  Panel,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useCatalogue } from '../model/catalogue';
import {
  type BlockFlowNode,
  type RuleFlowEdge,
  createFlowMapper,
  dispatchEdgeChanges,
  dispatchNodeChanges,
} from '../model/flow';
import { DEFAULT_NODE_SIZE } from '../model/layout';
import { useEditor, useEditorActions, useEditorStore } from '../model/store';
import { BLOCK_MIME, useAddBlock, useCanvasFrame } from './addBlock';
import { BlockNode } from './BlockNode';
import { CanvasToolbar } from './CanvasToolbar';
import { RuleEdge } from './RuleEdge';
import { useReferenceNames } from './referenceNames';
import { useEditorShortcuts } from './useEditorShortcuts';

// Module level (STYLE item 14): React Flow must see the same objects on every render.
const nodeTypes = { block: BlockNode } satisfies NodeTypes;
const edgeTypes = { rule: RuleEdge } satisfies EdgeTypes;
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };
// Opening a rule fits it, but never so small that the blocks cannot be read (pan to see the rest).
const fitViewOptions = { padding: 0.15, maxZoom: 1.1, minZoom: 0.6 };
const deleteKeys = ['Delete', 'Backspace'];
const multiSelectKeys = ['Shift', 'Meta', 'Control'];
const noIssues: never[] = [];
/** From this many nodes on, only what is in view is rendered (a drag stays smooth on large rules). */
const LARGE_GRAPH = 120;

const minimapColour = (node: BlockFlowNode): string => {
  if (node.data.issues.length > 0) return 'var(--mantine-color-red-6)';
  switch (node.data.category) {
    case 'trigger':
      return 'var(--mantine-color-violet-5)';
    case 'condition':
      return 'var(--mantine-color-blue-5)';
    case 'logic':
      return 'var(--mantine-color-cyan-6)';
    case 'split':
      return 'var(--mantine-color-orange-5)';
    case 'action':
      return 'var(--mantine-color-teal-6)';
    default:
      return 'var(--mantine-color-gray-5)';
  }
};

export function RuleCanvas() {
  const store = useEditorStore();
  const actions = useEditorActions();
  const { byCode } = useCatalogue();
  const frame = useCanvasFrame();
  const addBlock = useAddBlock();
  const { setCenter, getZoom, fitView } = useReactFlow<BlockFlowNode, RuleFlowEdge>();
  useEditorShortcuts();

  const overlay = useEditor((s) => s.overlay);
  const readOnly = overlay?.graph !== undefined;
  const graph = useEditor((s) => s.overlay?.graph ?? s.graph);
  const issues = useEditor((s) => (s.overlay?.graph ? noIssues : s.issues));
  const selection = useEditor((s) => s.selection);
  const measured = useEditor((s) => s.measured);
  const focusNodeId = useEditor((s) => s.focusNodeId);
  const focusRequest = useEditor((s) => s.focusRequest);
  const layoutRequest = useEditor((s) => s.layoutRequest);

  const names = useReferenceNames();
  const [mapper] = useState(createFlowMapper);
  // Fit the rule into view when it opens; an empty canvas keeps its viewport, so blocks land where dropped.
  const [fitOnInit] = useState(() => store.getState().graph.nodes.length > 0);
  const { nodes, edges } = useMemo(
    () =>
      mapper(graph, {
        catalogue: byCode,
        issues,
        selection,
        overlay,
        measured,
        focusNodeId,
        readOnly,
        ...(names && { names }),
      }),
    [mapper, graph, byCode, issues, selection, overlay, measured, focusNodeId, readOnly, names],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<BlockFlowNode>[]) => dispatchNodeChanges(changes, store),
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<RuleFlowEdge>[]) => dispatchEdgeChanges(changes, store),
    [store],
  );
  const onConnect = useCallback(
    (c: Connection) => actions.connect({ source: c.source, target: c.target, sourceHandle: c.sourceHandle }),
    [actions],
  );
  const isValidConnection = useCallback(
    (c: Connection | RuleFlowEdge) =>
      c.source !== c.target &&
      !store
        .getState()
        .graph.edges.some(
          (e) =>
            e.source === c.source &&
            e.target === c.target &&
            (e.sourceHandle ?? null) === (c.sourceHandle ?? null),
        ),
    [store],
  );
  const onDelete: OnDelete<BlockFlowNode, RuleFlowEdge> = useCallback(
    ({ nodes: removed, edges: removedEdges }) =>
      actions.removeElements({
        nodes: removed.map((n) => n.data.nodeId),
        edges: removedEdges.map((e) => e.data?.edgeId ?? e.id),
      }),
    [actions],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(BLOCK_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const code = event.dataTransfer.getData(BLOCK_MIME);
      if (!code) return;
      event.preventDefault();
      addBlock(code, { x: event.clientX, y: event.clientY });
    },
    [addBlock],
  );

  // Pan to the node the problems list (or a panel) asked for; the highlight fades after a moment.
  useEffect(() => {
    if (focusRequest === 0 || focusNodeId === null) return;
    const node = store.getState().graph.nodes.find((n) => n.id === focusNodeId);
    if (!node) return;
    const size = store.getState().measured[node.id] ?? DEFAULT_NODE_SIZE;
    void setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, {
      zoom: Math.max(getZoom(), 0.9),
      duration: 350,
    });
    const timer = setTimeout(() => {
      if (store.getState().focusNodeId === focusNodeId) actions.focusNode(null);
    }, 1500);
    return () => clearTimeout(timer);
  }, [focusRequest, focusNodeId, store, actions, setCenter, getZoom]);

  // After auto-layout, fit the new layout into view once React Flow has the new positions.
  useEffect(() => {
    if (layoutRequest === 0) return;
    const frameId = requestAnimationFrame(() => void fitView({ ...fitViewOptions, duration: 300 }));
    return () => cancelAnimationFrame(frameId);
  }, [layoutRequest, fitView]);

  return (
    <div className="cf-canvas" ref={frame} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onDelete={onDelete}
        isValidConnection={isValidConnection}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={readOnly ? null : deleteKeys}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiSelectKeys}
        fitView={fitOnInit}
        onlyRenderVisibleElements={nodes.length > LARGE_GRAPH}
        fitViewOptions={fitViewOptions}
        minZoom={0.1}
        maxZoom={2}
        aria-label="Rule canvas"
      >
        <Background gap={20} />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap
          style={{ width: 150, height: 100 }}
          pannable
          zoomable
          position="bottom-right"
          nodeColor={minimapColour}
          ariaLabel="Minimap of the rule"
        />
        <Panel position="top-left">
          <Stack gap={6} align="flex-start">
            <CanvasToolbar readOnly={readOnly} />
            {overlay && (
              <Paper shadow="sm" px="sm" py={4} withBorder role="status" maw={560}>
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm" fw={600} lineClamp={2} title={overlay.title}>
                    {overlay.title}
                  </Text>
                  {readOnly && (
                    <Text size="xs" c="dimmed">
                      read-only
                    </Text>
                  )}
                  <Button size="compact-xs" variant="light" onClick={() => actions.setOverlay(null)}>
                    {readOnly ? 'Back to the draft' : 'Clear'}
                  </Button>
                </Group>
              </Paper>
            )}
          </Stack>
        </Panel>
      </ReactFlow>
      {graph.nodes.length === 0 && (
        <div className="cf-drop-hint">
          Drag a trigger from the palette onto the canvas (or click it) to start the rule.
        </div>
      )}
    </div>
  );
}
