// The editor store (STYLE items 14 and 16): one zustand store per open rule, created by the editor page
// and provided by context. The rule graph document is the source of truth; React Flow state is derived
// from it (flow.ts). Every change goes through a named action; each graph change is one undo step
// (a drag is one step, recorded when it stops; typing into one field coalesces); issues are recomputed
// by schema's validator on every change, memoised per graph object.
import type { JsonObject, RuleEdge, RuleGraph, RuleNode } from '@couponflow/schema';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type GraphClip, copySubgraph, pasteSubgraph } from './clipboard';
import type { EditorActions, EditorSelection, EditorState } from './contract';
import { idPoolOf, idStem } from './ids';
import { type Size, layoutPositions } from './layout';
import { inheritIssues, issuesOf } from './validation';

export interface XY {
  x: number;
  y: number;
}

/** The contract's actions plus the ones the canvas needs (all named, all on the document). */
export interface EditorStoreActions extends EditorActions {
  /** Adds a node (with `args`, default `{}`), selects it and returns its fresh id. */
  addNode(type: string, position: XY, args?: JsonObject): string;
  /** Marks `graph` (default: the current one) as the saved draft; `dirty` compares against it. */
  markSaved(graph?: RuleGraph): void;
  /**
   * Moves nodes. While `dragging`, positions follow the pointer without history; the move that ends
   * the drag (or a move without `dragging`, e.g. arrow keys) records one undo step.
   */
  moveNodes(positions: Readonly<Record<string, XY>>, options?: { dragging?: boolean }): void;
  /** Removes nodes (with their edges) and edges, as one undo step. */
  removeElements(elements: Partial<EditorSelection>): void;
  /** Rendered node sizes (view state for React Flow and auto-layout; never stored in the document). */
  setMeasured(sizes: Readonly<Record<string, Size>>): void;
}

export interface EditorStoreState extends EditorState {
  measured: Readonly<Record<string, Size>>;
  /** Increases with every focusNode call, so the canvas pans again to the same node. */
  focusRequest: number;
  /** Increases after auto-layout, so the canvas fits the new layout into view. */
  layoutRequest: number;
  /** A copied fragment is ready to paste. */
  canPaste: boolean;
  actions: EditorStoreActions;
}

export type EditorStore = StoreApi<EditorStoreState>;

export const HISTORY_LIMIT = 200;
/** Edits of one node's args closer together than this are one undo step (typing a value). */
export const COALESCE_MS = 1000;
/** How far each paste is shifted from the copied nodes. */
export const PASTE_OFFSET = 40;

/** The copied fragment, shared by every open editor (so blocks can be copied from one rule to another). */
let clipboard: GraphClip | null = null;

const emptySelection: EditorSelection = { nodes: [], edges: [] };

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The selection without ids that are no longer in the graph (the same object when nothing changed). */
function pruneSelection(selection: EditorSelection, graph: RuleGraph): EditorSelection {
  if (selection.nodes.length === 0 && selection.edges.length === 0) return selection;
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  const nodes = selection.nodes.filter((id) => nodeIds.has(id));
  const edges = selection.edges.filter((id) => edgeIds.has(id));
  return nodes.length === selection.nodes.length && edges.length === selection.edges.length
    ? selection
    : { nodes, edges };
}

/** The graph with new positions (only moved nodes get new objects; the same graph when none moved). */
function withPositions(graph: RuleGraph, positions: ReadonlyMap<string, XY> | Readonly<Record<string, XY>>) {
  const get = (id: string): XY | undefined =>
    positions instanceof Map ? positions.get(id) : (positions as Readonly<Record<string, XY>>)[id];
  let changed = false;
  const nodes = graph.nodes.map((node) => {
    const p = get(node.id);
    if (!p || (p.x === node.position.x && p.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...graph, nodes } : graph;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Form values as typed JSON: undefined (a cleared optional field) drops the key. */
export function toJsonObject(args: Record<string, unknown>): JsonObject {
  const json: unknown = JSON.parse(JSON.stringify(args));
  return isRecord(json) ? (json as JsonObject) : {};
}

export function createEditorStore(initial: RuleGraph, options: { now?: () => number } = {}): EditorStore {
  const now = options.now ?? (() => Date.now());
  let past: RuleGraph[] = [];
  let future: RuleGraph[] = [];
  let saved = initial;
  let dragStart: RuleGraph | null = null;
  let coalesce: { key: string; at: number } | null = null;
  let pasteCount = 0;

  return createStore<EditorStoreState>()((set, get) => {
    /** Makes `next` the document as one undo step (or part of the last one, when coalescing). */
    const commit = (
      next: RuleGraph,
      opts: { coalesceKey?: string; selection?: EditorSelection; positionsOnly?: boolean } = {},
    ) => {
      const state = get();
      if (next === state.graph) return;
      const t = now();
      const merge =
        opts.coalesceKey !== undefined &&
        coalesce?.key === opts.coalesceKey &&
        t - coalesce.at < COALESCE_MS &&
        future.length === 0 &&
        past.length > 0;
      if (!merge) {
        past.push(state.graph);
        if (past.length > HISTORY_LIMIT) past = past.slice(-HISTORY_LIMIT);
      }
      future = [];
      coalesce = opts.coalesceKey === undefined ? null : { key: opts.coalesceKey, at: t };
      dragStart = null;
      set({
        graph: next,
        issues: opts.positionsOnly ? inheritIssues(next, state.graph) : issuesOf(next),
        dirty: next !== saved,
        canUndo: true,
        canRedo: false,
        selection: opts.selection ?? pruneSelection(state.selection, next),
      });
    };

    /** Shows a snapshot from the history. */
    const restore = (graph: RuleGraph) => {
      coalesce = null;
      dragStart = null;
      set({
        graph,
        issues: issuesOf(graph),
        dirty: graph !== saved,
        canUndo: past.length > 0,
        canRedo: future.length > 0,
        selection: pruneSelection(get().selection, graph),
      });
    };

    const removeElements = ({ nodes = [], edges = [] }: Partial<EditorSelection>) => {
      if (nodes.length === 0 && edges.length === 0) return;
      const { graph } = get();
      const nodeIds = new Set(nodes);
      const edgeIds = new Set(edges);
      const keptNodes = graph.nodes.filter((n) => !nodeIds.has(n.id));
      const keptEdges = graph.edges.filter(
        (e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target),
      );
      if (keptNodes.length === graph.nodes.length && keptEdges.length === graph.edges.length) return;
      commit({ ...graph, nodes: keptNodes, edges: keptEdges }, { selection: emptySelection });
    };

    const actions: EditorStoreActions = {
      load(graph, { resetHistory = false } = {}) {
        if (!resetHistory) return commit(graph);
        past = [];
        future = [];
        saved = graph;
        coalesce = null;
        dragStart = null;
        set({
          graph,
          issues: issuesOf(graph),
          dirty: false,
          canUndo: false,
          canRedo: false,
          selection: pruneSelection(get().selection, graph),
        });
      },

      markSaved(graph = get().graph) {
        saved = graph;
        set({ dirty: get().graph !== saved });
      },

      addNode(type, position, args = {}) {
        const { graph } = get();
        const id = idPoolOf(graph).fresh(idStem(type));
        const node: RuleNode = {
          id,
          type,
          args,
          position: { x: Math.round(position.x), y: Math.round(position.y) },
        };
        commit({ ...graph, nodes: [...graph.nodes, node] }, { selection: { nodes: [id], edges: [] } });
        return id;
      },

      updateArgs(nodeId, args) {
        const { graph } = get();
        const json = toJsonObject(args);
        let changed = false;
        const nodes = graph.nodes.map((node) => {
          if (node.id !== nodeId || JSON.stringify(node.args) === JSON.stringify(json)) return node;
          changed = true;
          return { ...node, args: json };
        });
        if (changed) commit({ ...graph, nodes }, { coalesceKey: `args:${nodeId}` });
      },

      connect({ source, target, sourceHandle }) {
        const { graph } = get();
        if (source === target) return;
        const handle = sourceHandle ?? undefined;
        const exists = graph.edges.some(
          (e) => e.source === source && e.target === target && (e.sourceHandle ?? undefined) === handle,
        );
        if (exists) return;
        const edge: RuleEdge = {
          id: idPoolOf(graph).fresh('e'),
          source,
          target,
          ...(handle !== undefined && { sourceHandle: handle }),
        };
        commit({ ...graph, edges: [...graph.edges, edge] }, { selection: { nodes: [], edges: [edge.id] } });
      },

      moveNodes(positions, { dragging = false } = {}) {
        const state = get();
        const next = withPositions(state.graph, positions);
        if (dragging) {
          if (next === state.graph) return;
          dragStart ??= state.graph;
          set({ graph: next, issues: inheritIssues(next, state.graph), dirty: next !== saved });
          return;
        }
        const before = dragStart ?? state.graph;
        dragStart = null;
        if (next === before) return;
        past.push(before);
        if (past.length > HISTORY_LIMIT) past = past.slice(-HISTORY_LIMIT);
        future = [];
        coalesce = null;
        set({
          graph: next,
          issues: inheritIssues(next, state.graph),
          dirty: next !== saved,
          canUndo: true,
          canRedo: false,
        });
      },

      removeElements,

      removeSelection() {
        removeElements(get().selection);
      },

      select(selection) {
        const current = get().selection;
        if (sameIds(current.nodes, selection.nodes) && sameIds(current.edges, selection.edges)) return;
        set({ selection: { nodes: [...selection.nodes], edges: [...selection.edges] } });
      },

      undo() {
        const previous = past.pop();
        if (!previous) return;
        future.push(get().graph);
        restore(previous);
      },

      redo() {
        const next = future.pop();
        if (!next) return;
        past.push(get().graph);
        restore(next);
      },

      copy() {
        const { graph, selection } = get();
        const clip = copySubgraph(graph, selection.nodes);
        if (!clip) return;
        clipboard = clip;
        pasteCount = 0;
        set({ canPaste: true });
      },

      paste() {
        if (!clipboard) return;
        pasteCount++;
        const offset = { x: PASTE_OFFSET * pasteCount, y: PASTE_OFFSET * pasteCount };
        const pasted = pasteSubgraph(get().graph, clipboard, offset);
        commit(pasted.graph, { selection: { nodes: pasted.nodeIds, edges: pasted.edgeIds } });
      },

      autoLayout() {
        const { graph, measured, layoutRequest } = get();
        if (graph.nodes.length === 0) return;
        commit(withPositions(graph, layoutPositions(graph, measured)), { positionsOnly: true });
        set({ layoutRequest: layoutRequest + 1 });
      },

      setOverlay(overlay) {
        set({ overlay });
      },

      focusNode(nodeId) {
        const { graph, focusRequest } = get();
        const exists = nodeId !== null && graph.nodes.some((n) => n.id === nodeId);
        set({
          focusNodeId: nodeId,
          focusRequest: focusRequest + 1,
          ...(exists && { selection: { nodes: [nodeId], edges: [] } }),
        });
      },

      setMeasured(sizes) {
        const { measured } = get();
        let next: Record<string, Size> | undefined;
        for (const [id, size] of Object.entries(sizes)) {
          const old = measured[id];
          if (old && old.width === size.width && old.height === size.height) continue;
          next ??= { ...measured };
          next[id] = { width: size.width, height: size.height };
        }
        if (next) set({ measured: next });
      },
    };

    return {
      graph: initial,
      issues: issuesOf(initial),
      selection: emptySelection,
      dirty: false,
      canUndo: false,
      canRedo: false,
      overlay: null,
      focusNodeId: null,
      measured: {},
      focusRequest: 0,
      layoutRequest: 0,
      canPaste: clipboard !== null,
      actions,
    };
  });
}

/** Forgets the shared clipboard (tests). */
export function clearClipboard(): void {
  clipboard = null;
}

const EditorStoreContext = createContext<EditorStore | null>(null);

export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return createElement(EditorStoreContext.Provider, { value: store }, children);
}

/** The store itself, for reading state in event handlers without subscribing. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('editor hooks must be used inside an EditorStoreProvider');
  return store;
}

/** Subscribes to a slice of the editor state (use zustand's useShallow for derived objects). */
export function useEditor<T>(selector: (state: EditorStoreState) => T): T {
  return useStore(useEditorStore(), selector);
}

/** The named actions (a stable object). */
export function useEditorActions(): EditorStoreActions {
  return useEditor((s) => s.actions);
}
