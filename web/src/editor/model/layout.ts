// Auto-layout with dagre, left to right: the trigger on the left, actions on the right. Works on the
// document (positions are the only layout state stored), with the rendered sizes of the nodes.
import dagre from '@dagrejs/dagre';
import type { RuleGraph } from '@couponflow/schema';

export interface Size {
  width: number;
  height: number;
}

/** The size assumed for a node that has not been rendered yet. */
export const DEFAULT_NODE_SIZE: Size = { width: 220, height: 96 };

/** New top-left positions by node id (duplicate ids keep their position). */
export function layoutPositions(
  graph: RuleGraph,
  sizes: Readonly<Record<string, Size>>,
): Map<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 36, ranksep: 70, edgesep: 16, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id)) continue;
    ids.add(node.id);
    const size = sizes[node.id] ?? DEFAULT_NODE_SIZE;
    g.setNode(node.id, { width: size.width, height: size.height });
  }
  for (const edge of graph.edges) {
    if (ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target)
      g.setEdge(edge.source, edge.target, {}, edge.id);
  }
  dagre.layout(g);
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const n = g.node(id) as { x?: number; y?: number; width: number; height: number } | undefined;
    if (n?.x === undefined || n.y === undefined) continue;
    positions.set(id, { x: Math.round(n.x - n.width / 2), y: Math.round(n.y - n.height / 2) });
  }
  return positions;
}
