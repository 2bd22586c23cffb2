// The contract between the editor's parts: the store (document, selection, history, overlay) that
// the canvas, palette, settings form and problems list are built on (editor/model, editor/canvas …),
// and the side panels (simulate, replay, publish, versions, live counts) that read the document and
// paint overlays (editor/panels). The rule graph stays a document (STYLE item 4): React Flow state is
// derived from it, and positions are the only editor state stored in it.
import type { RuleGraph, RuleGraphIssue } from '@couponflow/schema';

/** What a panel paints on one node. */
export interface NodeOverlay {
  /** simulate/trace: passed, failed, or not reached; diff: added, removed, changed, same. */
  status?: 'passed' | 'failed' | 'notReached' | 'added' | 'removed' | 'changed' | 'same';
  /** A short text under the node: the value seen, a user count … */
  note?: string;
  /** A number drawn prominently on the node (distinct users who reached it). */
  count?: number;
}

/** What a panel paints on one edge (keyed by edge id). */
export interface EdgeOverlay {
  status?: 'taken' | 'notTaken' | 'added' | 'removed' | 'same';
  /** Label on the edge (e.g. users who left the source by this handle). */
  label?: string;
  /** Relative width 0..1 for funnel drawing. */
  weight?: number;
}

export interface Overlay {
  kind: 'trace' | 'diff' | 'counts';
  /** Shown above the canvas while the overlay is on (e.g. "Trace of evt-1 for user u-1"). */
  title: string;
  nodes: Record<string, NodeOverlay>;
  edges: Record<string, EdgeOverlay>;
  /**
   * Diff only: a graph to show instead of the draft (the union of both versions, with removed nodes
   * and edges included so they can be painted). The canvas is read-only while it is set.
   */
  graph?: RuleGraph;
}

export interface EditorSelection {
  nodes: string[];
  edges: string[];
}

/** The state of the editor store (zustand), read with `useEditor(selector)`. */
export interface EditorState {
  /** The rule graph document being edited (the source of truth). */
  graph: RuleGraph;
  /** Live validation of `graph` by schema's validator, recomputed on every change. */
  issues: RuleGraphIssue[];
  selection: EditorSelection;
  /** True when `graph` differs from the last saved draft. */
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  overlay: Overlay | null;
  /** Node to scroll to and highlight (set by the problems list or a panel). */
  focusNodeId: string | null;
}

/** The named actions of the store, read with `useEditorActions()`. Every graph change is undoable. */
export interface EditorActions {
  /** Replaces the document (loading a rule, rollback preview …); clears history when `resetHistory`. */
  load(graph: RuleGraph, options?: { resetHistory?: boolean }): void;
  markSaved(): void;
  addNode(type: string, position: { x: number; y: number }): string;
  updateArgs(nodeId: string, args: Record<string, unknown>): void;
  connect(edge: { source: string; target: string; sourceHandle?: string | null }): void;
  removeSelection(): void;
  select(selection: EditorSelection): void;
  undo(): void;
  redo(): void;
  copy(): void;
  paste(): void;
  autoLayout(): void;
  setOverlay(overlay: Overlay | null): void;
  focusNode(nodeId: string | null): void;
}
