// A rule version's graph with one decision trace painted on it, read-only: the rule builder's own
// node and edge rendering (editor/canvas), no store, nothing draggable or editable (STYLE item 14:
// node and edge types at module level, typed node data, memoised nodes).
import '@xyflow/react/dist/style.css';
import '../../editor/canvas/canvas.css';
import type { RuleGraph } from '@couponflow/schema';
import { Background, Controls, type EdgeTypes, MarkerType, type NodeTypes, ReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { BlockNode } from '../../editor/canvas/BlockNode';
import { RuleEdge } from '../../editor/canvas/RuleEdge';
import type { Catalogue } from '../../editor/model/catalogue';
import type { Overlay } from '../../editor/model/contract';
import { createFlowMapper } from '../../editor/model/flow';

const nodeTypes = { block: BlockNode } satisfies NodeTypes;
const edgeTypes = { rule: RuleEdge } satisfies EdgeTypes;
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };
const fitViewOptions = { padding: 0.1, maxZoom: 1, minZoom: 0.4 };
const noSelection = { nodes: [], edges: [] };
const noMeasured = {};
const noIssues: never[] = [];

export function TraceCanvas({
  graph,
  overlay,
  catalogue,
  label,
  names,
}: {
  graph: RuleGraph;
  overlay: Overlay;
  catalogue: Catalogue;
  label: string;
  /** Names of referenced templates and audiences by id, for the node summaries. */
  names?: ReadonlyMap<string, string>;
}) {
  const [mapper] = useState(createFlowMapper);
  const { nodes, edges } = useMemo(
    () =>
      mapper(graph, {
        catalogue: catalogue.byCode,
        issues: noIssues,
        selection: noSelection,
        overlay,
        measured: noMeasured,
        focusNodeId: null,
        readOnly: true,
        ...(names && { names }),
      }),
    [mapper, graph, catalogue, overlay, names],
  );
  return (
    <div className="cf-canvas" style={{ height: 360 }} data-testid="trace-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.1}
        maxZoom={2}
        aria-label={label}
      >
        <Background gap={20} />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </div>
  );
}
