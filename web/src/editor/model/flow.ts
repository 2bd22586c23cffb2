// The one mapping between the rule graph document and React Flow (STYLE item 4): RuleGraph → flow
// nodes and edges with typed data, and React Flow changes → named store actions. `selected`,
// `measured` and `dragging` live in React Flow's props and the store's view state, never in the
// document; positions are the only editor state the document keeps.
import type {
  BlockCategory,
  JsonObject,
  Ports,
  RuleEdge,
  RuleGraph,
  RuleGraphIssue,
  RuleNode,
} from '@couponflow/schema';
import { RULE_GRAPH_VERSION } from '@couponflow/schema';
import type { Edge, EdgeChange, Node, NodeChange } from '@xyflow/react';
import type { CatalogueEntry } from './catalogue';
import type { EdgeOverlay, EditorSelection, NodeOverlay, Overlay } from './contract';
import type { Size } from './layout';
import type { EditorStore, XY } from './store';
import { summarizeArgs } from './summary';
import { describeIssue, indexIssues } from './validation';

/** An output handle of a node. `stray`: not a port of the block, but an edge leaves by it (a problem). */
export interface HandleInfo {
  id: string;
  label: string;
  stray?: boolean;
}

export type BlockNodeData = {
  /** The node's id in the document (the flow id differs only for a duplicated id). */
  nodeId: string;
  /** The block code, e.g. `condition.eventProperty`. */
  code: string;
  args: JsonObject;
  /** The block's label from the catalogue (the code for an unknown block). */
  label: string;
  category: BlockCategory | 'unknown';
  /** The args in one line ("amount ≥ 10000"). */
  summary: string;
  input: Ports['inputs'];
  /** An edge enters a node that takes no input: its handle is drawn to show the problem. */
  inputStray: boolean;
  outputs: HandleInfo[];
  /** Validation issues naming this node. */
  issues: RuleGraphIssue[];
  /** The first issue in words for this block ('' when it has none). */
  message: string;
  overlay: NodeOverlay | undefined;
  focused: boolean;
  readOnly: boolean;
};
export type BlockFlowNode = Node<BlockNodeData, 'block'>;

export type RuleEdgeData = {
  /** The edge's id in the document. */
  edgeId: string;
  issues: RuleGraphIssue[];
  overlay: EdgeOverlay | undefined;
};
export type RuleFlowEdge = Edge<RuleEdgeData, 'rule'>;

export interface FlowView {
  catalogue: ReadonlyMap<string, CatalogueEntry>;
  issues: RuleGraphIssue[];
  selection: EditorSelection;
  overlay: Overlay | null;
  measured: Readonly<Record<string, Size>>;
  focusNodeId: string | null;
  readOnly: boolean;
  /** Names of referenced templates and audiences by id, for the node summaries. */
  names?: ReadonlyMap<string, string>;
}

export interface FlowElements {
  nodes: BlockFlowNode[];
  edges: RuleFlowEdge[];
}

const handleLabels: Record<string, string> = { yes: 'Yes', no: 'No', out: '' };

/** Output handles of a node: the block's ports (split: one per arm, labelled by the arm's label). */
export function portHandles(entry: CatalogueEntry | undefined, args: JsonObject): HandleInfo[] {
  if (!entry) return [];
  const { outputs } = entry.ports;
  if (outputs !== 'arms') return outputs.map((id) => ({ id, label: handleLabels[id] ?? id }));
  const arms = args.arms;
  if (!Array.isArray(arms)) return [];
  const seen = new Set<string>();
  const handles: HandleInfo[] = [];
  for (const arm of arms) {
    if (typeof arm !== 'object' || arm === null || Array.isArray(arm)) continue;
    const { id, label } = arm;
    if (typeof id !== 'string' || id === '' || seen.has(id)) continue;
    seen.add(id);
    handles.push({ id, label: typeof label === 'string' && label !== '' ? label : id });
  }
  return handles;
}

const issuesKey = (issues: readonly RuleGraphIssue[]): string =>
  issues.map((i) => `${i.code}\u0000${i.message}`).join('\u0001');

const noIssues: RuleGraphIssue[] = [];

interface NodeMemo {
  node: RuleNode;
  entry: CatalogueEntry | undefined;
  issuesKey: string;
  overlay: NodeOverlay | undefined;
  selected: boolean;
  measured: Size | undefined;
  focused: boolean;
  readOnly: boolean;
  strayKey: string;
  inputStray: boolean;
  names: ReadonlyMap<string, string> | undefined;
  flow: BlockFlowNode;
}

interface EdgeMemo {
  edge: RuleEdge;
  issuesKey: string;
  overlay: EdgeOverlay | undefined;
  selected: boolean;
  readOnly: boolean;
  flow: RuleFlowEdge;
}

/** The flow id of the k-th node or edge with the same document id (k > 0 only for an invalid graph). */
const duplicateId = (id: string, k: number) => (k === 0 ? id : `${id}\u2060#${k}`);

/** The document id behind a flow id. */
export const documentId = (flowId: string): string => flowId.split('\u2060#')[0]!;

/**
 * A mapper from documents to flow elements that reuses the flow node and edge objects whose inputs did
 * not change, so React Flow and the memoised node components re-render only what changed (a drag
 * frame touches the dragged nodes only). Linear in the size of the graph.
 */
export function createFlowMapper(): (graph: RuleGraph, view: FlowView) => FlowElements {
  let nodeMemo = new Map<string, NodeMemo>();
  let edgeMemo = new Map<string, EdgeMemo>();
  let lastNodes: BlockFlowNode[] = [];
  let lastEdges: RuleFlowEdge[] = [];
  /** The previous array when every element is the same object (React Flow then skips its update). */
  const sameOr = <T>(previous: T[], next: T[]): T[] =>
    previous.length === next.length && next.every((item, i) => item === previous[i]) ? previous : next;

  return (graph, view) => {
    const { byNode, byEdge } = indexIssues(view.issues);
    const selectedNodes = new Set(view.selection.nodes);
    const selectedEdges = new Set(view.selection.edges);

    // Handles used by edges: stray outputs and inputs into nodes that take none.
    const usedOutputs = new Map<string, Set<string>>();
    const hasInput = new Set<string>();
    for (const edge of graph.edges) {
      let set = usedOutputs.get(edge.source);
      if (!set) usedOutputs.set(edge.source, (set = new Set()));
      set.add(edge.sourceHandle ?? '');
      hasInput.add(edge.target);
    }

    const nextNodeMemo = new Map<string, NodeMemo>();
    const seenNodes = new Map<string, number>();
    const nodes = graph.nodes.map((node): BlockFlowNode => {
      const k = seenNodes.get(node.id) ?? 0;
      seenNodes.set(node.id, k + 1);
      const flowId = duplicateId(node.id, k);
      const entry = view.catalogue.get(node.type);
      const ports = portHandles(entry, node.args);
      const used = usedOutputs.get(node.id);
      const stray: HandleInfo[] = [];
      if (used) {
        for (const handle of used) {
          if (handle === '' ? ports.length > 0 : ports.some((p) => p.id === handle)) continue;
          stray.push({ id: handle === '' ? 'out' : handle, label: handle, stray: true });
        }
      }
      const strayKey = stray.map((h) => h.id).join('\u0000');
      const inputStray = entry?.ports.inputs === 'none' && hasInput.has(node.id);
      const issues = (k === 0 && byNode.get(node.id)) || noIssues;
      const key = issuesKey(issues);
      const overlay = view.overlay?.nodes[node.id];
      const selected = selectedNodes.has(node.id);
      const measured = view.measured[flowId];
      const focused = view.focusNodeId === node.id;
      const old = nodeMemo.get(flowId);
      if (
        old &&
        old.node === node &&
        old.entry === entry &&
        old.issuesKey === key &&
        old.overlay === overlay &&
        old.selected === selected &&
        old.measured === measured &&
        old.focused === focused &&
        old.readOnly === view.readOnly &&
        old.strayKey === strayKey &&
        old.inputStray === inputStray &&
        old.names === view.names
      ) {
        nextNodeMemo.set(flowId, old);
        return old.flow;
      }
      const flow: BlockFlowNode = {
        id: flowId,
        type: 'block',
        position: node.position,
        data: {
          nodeId: node.id,
          code: node.type,
          args: node.args,
          label: entry?.label ?? node.type,
          category: entry?.category ?? 'unknown',
          summary: entry ? summarizeArgs(entry.ui, node.args, view.names) : '',
          input: entry?.ports.inputs ?? 'flow',
          inputStray,
          outputs: stray.length > 0 ? [...ports, ...stray] : ports,
          issues: old && old.issuesKey === key ? old.flow.data.issues : issues,
          message: issues[0] ? describeIssue(issues[0], entry?.ui) : '',
          overlay,
          focused,
          readOnly: view.readOnly,
        },
        selected,
        ...(measured && { measured }),
        ...(view.readOnly && { draggable: false, connectable: false, deletable: false }),
      };
      nextNodeMemo.set(flowId, {
        node,
        entry,
        issuesKey: key,
        overlay,
        selected,
        measured,
        focused,
        readOnly: view.readOnly,
        strayKey,
        inputStray,
        names: view.names,
        flow,
      });
      return flow;
    });
    nodeMemo = nextNodeMemo;

    const nextEdgeMemo = new Map<string, EdgeMemo>();
    const seenEdges = new Map<string, number>();
    const edges = graph.edges.map((edge): RuleFlowEdge => {
      const k = seenEdges.get(edge.id) ?? 0;
      seenEdges.set(edge.id, k + 1);
      const flowId = duplicateId(edge.id, k);
      const issues = byEdge.get(edge.id) ?? noIssues;
      const key = issuesKey(issues);
      const overlay = view.overlay?.edges[edge.id];
      const selected = selectedEdges.has(edge.id);
      const old = edgeMemo.get(flowId);
      if (
        old &&
        old.edge === edge &&
        old.issuesKey === key &&
        old.overlay === overlay &&
        old.selected === selected &&
        old.readOnly === view.readOnly
      ) {
        nextEdgeMemo.set(flowId, old);
        return old.flow;
      }
      const flow: RuleFlowEdge = {
        id: flowId,
        type: 'rule',
        source: edge.source,
        target: edge.target,
        sourceHandle: edge.sourceHandle ?? null,
        data: { edgeId: edge.id, issues, overlay },
        selected,
        ...(view.readOnly && { deletable: false }),
      };
      nextEdgeMemo.set(flowId, { edge, issuesKey: key, overlay, selected, readOnly: view.readOnly, flow });
      return flow;
    });
    edgeMemo = nextEdgeMemo;
    lastNodes = sameOr(lastNodes, nodes);
    lastEdges = sameOr(lastEdges, edges);
    return { nodes: lastNodes, edges: lastEdges };
  };
}

/** The flow elements of a graph (a fresh mapper: nothing reused). */
export function toFlow(graph: RuleGraph, view: FlowView): FlowElements {
  return createFlowMapper()(graph, view);
}

/** The document behind flow elements: what saving a draft stores. */
export function fromFlow({ nodes, edges }: FlowElements): RuleGraph {
  return {
    version: RULE_GRAPH_VERSION,
    nodes: nodes.map((n) => ({
      id: n.data.nodeId,
      type: n.data.code,
      args: n.data.args,
      position: { x: n.position.x, y: n.position.y },
    })),
    edges: edges.map((e) => ({
      id: e.data?.edgeId ?? documentId(e.id),
      source: e.source,
      target: e.target,
      ...(e.sourceHandle != null && { sourceHandle: e.sourceHandle }),
    })),
  };
}

/** The ids of `next` in the order of `current`, newly selected ones last. */
function mergeSelection(current: readonly string[], next: ReadonlySet<string>): string[] {
  const kept = current.filter((id) => next.has(id));
  const keptSet = new Set(kept);
  for (const id of next) if (!keptSet.has(id)) kept.push(id);
  return kept;
}

const round = (p: XY): XY => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** React Flow node changes → store actions (positions, sizes, selection). Removal goes via onDelete. */
export function dispatchNodeChanges(changes: readonly NodeChange<BlockFlowNode>[], store: EditorStore): void {
  const state = store.getState();
  const positions: Record<string, XY> = {};
  let moved = false;
  let dragging = false;
  const sizes: Record<string, Size> = {};
  let measured = false;
  let selection: Set<string> | undefined;
  for (const change of changes) {
    switch (change.type) {
      case 'position':
        moved = true;
        if (change.dragging) dragging = true;
        if (change.position) positions[documentId(change.id)] = round(change.position);
        break;
      case 'dimensions':
        if (change.dimensions) {
          sizes[change.id] = change.dimensions;
          measured = true;
        }
        break;
      case 'select': {
        selection ??= new Set(state.selection.nodes);
        const id = documentId(change.id);
        if (change.selected) selection.add(id);
        else selection.delete(id);
        break;
      }
      default:
        break;
    }
  }
  if (measured) state.actions.setMeasured(sizes);
  if (moved && !(state.overlay?.graph !== undefined)) state.actions.moveNodes(positions, { dragging });
  if (selection) {
    state.actions.select({
      nodes: mergeSelection(state.selection.nodes, selection),
      edges: state.selection.edges,
    });
  }
}

/** React Flow edge changes → store actions (selection). Removal goes via onDelete. */
export function dispatchEdgeChanges(changes: readonly EdgeChange<RuleFlowEdge>[], store: EditorStore): void {
  const state = store.getState();
  let selection: Set<string> | undefined;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    selection ??= new Set(state.selection.edges);
    const id = documentId(change.id);
    if (change.selected) selection.add(id);
    else selection.delete(id);
  }
  if (!selection) return;
  state.actions.select({
    nodes: state.selection.nodes,
    edges: mergeSelection(state.selection.edges, selection),
  });
}
