import { type RuleGraph, parseRuleGraph, validateRuleGraph } from '@couponflow/schema';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { goldenGraphs } from './fixtures';
import { generateLargeGraph } from './largeGraph';
import { COALESCE_MS, PASTE_OFFSET, clearClipboard, createEditorStore } from './store';

function golden(file: string): RuleGraph {
  const parsed = parseRuleGraph(goldenGraphs.find((g) => g.file === file)!.fixture.graph);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.graph;
}

const empty: RuleGraph = { version: 1, nodes: [], edges: [] };

/** A clock the test moves: by default far enough that no two edits coalesce. */
function clock() {
  let t = 0;
  return { now: () => t, tick: (ms = COALESCE_MS * 2) => (t += ms) };
}

beforeEach(() => clearClipboard());

describe('editor store', () => {
  it('starts from the document with its issues, clean and without history', () => {
    const graph = golden('invalid-unreachable.json');
    const s = createEditorStore(graph).getState();
    expect(s.graph).toBe(graph);
    expect(s.issues).toEqual(validateRuleGraph(graph).issues);
    expect(s).toMatchObject({ dirty: false, canUndo: false, canRedo: false, overlay: null });
  });

  it('builds a rule with named actions and validates after every change', () => {
    const store = createEditorStore(empty);
    const { actions } = store.getState();
    const t = actions.addNode('trigger.event', { x: 0, y: 0 }, { eventType: 'order.paid' });
    expect(store.getState().issues.map((i) => i.code)).toEqual(['NO_ACTION']);
    expect(store.getState().selection).toEqual({ nodes: [t], edges: [] });
    const a = actions.addNode('action.issueCoupon', { x: 300, y: 0 });
    expect(a).toBe('issueCoupon-1');
    expect(
      store
        .getState()
        .issues.map((i) => i.code)
        .sort(),
    ).toEqual(['ARG_REQUIRED', 'NO_ACTION', 'UNREACHABLE_NODE']);
    actions.connect({ source: t, target: a, sourceHandle: 'out' });
    actions.connect({ source: t, target: a, sourceHandle: 'out' }); // duplicate: ignored
    expect(store.getState().graph.edges).toHaveLength(1);
    actions.updateArgs(a, { templateId: 'tpl-1', stale: undefined });
    expect(store.getState().graph.nodes[1]!.args).toEqual({ templateId: 'tpl-1' });
    expect(store.getState().issues).toEqual([]);
    expect(store.getState().dirty).toBe(true);
  });

  it('undo and redo restore each document exactly, and markSaved settles dirty', () => {
    const c = clock();
    const store = createEditorStore(empty, { now: c.now });
    const { actions } = store.getState();
    const snapshots: RuleGraph[] = [store.getState().graph];
    const step = (f: () => void) => {
      c.tick();
      f();
      snapshots.push(store.getState().graph);
    };
    let t = '';
    step(() => (t = actions.addNode('trigger.event', { x: 0, y: 0 })));
    step(() => actions.updateArgs(t, { eventType: 'order.paid' }));
    step(() => actions.addNode('action.issueCoupon', { x: 200, y: 0 }, { templateId: 'x' }));
    step(() => actions.connect({ source: t, target: 'issueCoupon-1' }));
    step(() => actions.moveNodes({ [t]: { x: 10, y: 20 } }));
    step(() => actions.removeElements({ nodes: ['issueCoupon-1'] }));
    actions.markSaved();
    expect(store.getState().dirty).toBe(false);
    for (let i = snapshots.length - 2; i >= 0; i--) {
      actions.undo();
      expect(store.getState().graph).toStrictEqual(snapshots[i]);
      expect(store.getState().issues).toEqual(validateRuleGraph(snapshots[i]!).issues);
      expect(store.getState().dirty).toBe(true);
    }
    expect(store.getState().canUndo).toBe(false);
    for (let i = 1; i < snapshots.length; i++) {
      actions.redo();
      expect(store.getState().graph).toStrictEqual(snapshots[i]);
    }
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().canRedo).toBe(false);
  });

  it('records a drag as one undo step when it stops', () => {
    const graph = golden('vip-third-order.json');
    const store = createEditorStore(graph);
    const { actions } = store.getState();
    const id = graph.nodes[0]!.id;
    const issues = store.getState().issues;
    for (let i = 1; i <= 30; i++) actions.moveNodes({ [id]: { x: i, y: i * 2 } }, { dragging: true });
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().issues).toBe(issues); // positions do not revalidate
    actions.moveNodes({ [id]: { x: 30, y: 60 } }, { dragging: false });
    expect(store.getState().canUndo).toBe(true);
    expect(store.getState().graph.nodes[0]!.position).toEqual({ x: 30, y: 60 });
    actions.undo();
    expect(store.getState().graph).toBe(graph);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().dirty).toBe(false);
  });

  it('coalesces typing into one field into one undo step', () => {
    const c = clock();
    const graph = golden('vip-third-order.json');
    const store = createEditorStore(graph, { now: c.now });
    const { actions } = store.getState();
    const node = graph.nodes.find((n) => n.type === 'action.issueCoupon')!;
    for (const text of ['t', 'tp', 'tpl', 'tpl-9']) {
      c.tick(100);
      actions.updateArgs(node.id, { templateId: text });
    }
    c.tick();
    actions.updateArgs(node.id, { templateId: 'tpl-10' });
    actions.undo();
    expect(store.getState().graph.nodes.find((n) => n.id === node.id)!.args).toEqual({ templateId: 'tpl-9' });
    actions.undo();
    expect(store.getState().graph).toBe(graph);
  });

  it('removes the selection with the edges that touch it', () => {
    const graph = golden('vip-third-order.json');
    const store = createEditorStore(graph);
    const { actions } = store.getState();
    const id = graph.nodes[1]!.id;
    actions.select({ nodes: [id], edges: [] });
    actions.removeSelection();
    const after = store.getState().graph;
    expect(after.nodes.map((n) => n.id)).not.toContain(id);
    expect(after.edges.some((e) => e.source === id || e.target === id)).toBe(false);
    expect(store.getState().selection).toEqual({ nodes: [], edges: [] });
    actions.undo();
    expect(store.getState().graph).toBe(graph);
  });

  it('copies the selected nodes with the edges between them and pastes them under fresh ids', () => {
    const graph = golden('vip-third-order.json');
    const store = createEditorStore(graph);
    const { actions } = store.getState();
    const inner = graph.edges[1]!;
    const picked = [inner.source, inner.target];
    actions.select({ nodes: picked, edges: [] });
    actions.copy();
    actions.paste();
    const after = store.getState().graph;
    expect(after.nodes).toHaveLength(graph.nodes.length + 2);
    const pasted = after.nodes.slice(graph.nodes.length);
    const oldIds = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    for (const [i, node] of pasted.entries()) {
      const original = graph.nodes.find((n) => n.id === picked[i])!;
      expect(oldIds.has(node.id)).toBe(false);
      expect(node.type).toBe(original.type);
      expect(node.args).toEqual(original.args);
      expect(node.args).not.toBe(original.args);
      expect(node.position).toEqual({
        x: original.position.x + PASTE_OFFSET,
        y: original.position.y + PASTE_OFFSET,
      });
    }
    const internal = graph.edges.filter((e) => picked.includes(e.source) && picked.includes(e.target));
    const newEdges = after.edges.slice(graph.edges.length);
    expect(newEdges).toHaveLength(internal.length);
    expect(newEdges[0]).toMatchObject({
      source: pasted[0]!.id,
      target: pasted[1]!.id,
      ...(inner.sourceHandle != null && { sourceHandle: inner.sourceHandle }),
    });
    expect(oldIds.has(newEdges[0]!.id)).toBe(false);
    expect(store.getState().selection.nodes).toEqual(pasted.map((n) => n.id));
    // A second paste lands further off, again with fresh ids.
    actions.paste();
    const again = store.getState().graph.nodes.slice(graph.nodes.length + 2);
    expect(again[0]!.position.x).toBe(
      graph.nodes.find((n) => n.id === picked[0])!.position.x + 2 * PASTE_OFFSET,
    );
    expect(new Set(store.getState().graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length + 4);
  });

  it('lays the graph out left to right as one undo step', () => {
    const graph = golden('split-holdout.json');
    const store = createEditorStore(graph);
    store.getState().actions.autoLayout();
    const after = store.getState().graph;
    const x = (id: string) => after.nodes.find((n) => n.id === id)!.position.x;
    for (const edge of graph.edges) expect(x(edge.target)).toBeGreaterThan(x(edge.source));
    expect(store.getState().layoutRequest).toBe(1);
    store.getState().actions.undo();
    expect(store.getState().graph).toBe(graph);
  });

  it('focuses and selects a node', () => {
    const graph = golden('vip-third-order.json');
    const store = createEditorStore(graph);
    const id = graph.nodes[2]!.id;
    store.getState().actions.focusNode(id);
    expect(store.getState()).toMatchObject({ focusNodeId: id, focusRequest: 1, selection: { nodes: [id] } });
  });

  it('undo/redo restores the document exactly over random action sequences (property)', () => {
    const start = golden('logic.json');
    const codes = [
      'trigger.event',
      'condition.eventProperty',
      'logic.all',
      'split.percent',
      'action.issueCoupon',
    ];
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        code: fc.constantFrom(...codes),
        x: fc.integer({ min: -500, max: 500 }),
      }),
      fc.record({ kind: fc.constant('args' as const), pick: fc.nat(), value: fc.string({ maxLength: 6 }) }),
      fc.record({
        kind: fc.constant('connect' as const),
        a: fc.nat(),
        b: fc.nat(),
        handle: fc.constantFrom('yes', 'no', null),
      }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat(), edge: fc.boolean() }),
      fc.record({
        kind: fc.constant('move' as const),
        pick: fc.nat(),
        x: fc.integer(),
        frames: fc.nat({ max: 4 }),
      }),
      fc.record({ kind: fc.constant('paste' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('layout' as const) }),
      fc.record({ kind: fc.constant('undo' as const) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (steps) => {
        clearClipboard();
        const c = clock();
        const store = createEditorStore(start, { now: c.now });
        const { actions } = store.getState();
        const history: RuleGraph[] = [start];
        const json: string[] = [JSON.stringify(start)];
        const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];
        for (const step of steps) {
          c.tick();
          const g = store.getState().graph;
          const before = g;
          switch (step.kind) {
            case 'add':
              actions.addNode(step.code, { x: step.x, y: 0 });
              break;
            case 'args': {
              const n = at(g.nodes, step.pick);
              if (n) actions.updateArgs(n.id, { ...n.args, note: step.value });
              break;
            }
            case 'connect': {
              const a = at(g.nodes, step.a);
              const b = at(g.nodes, step.b);
              if (a && b) actions.connect({ source: a.id, target: b.id, sourceHandle: step.handle });
              break;
            }
            case 'remove': {
              const e = step.edge ? at(g.edges, step.pick) : undefined;
              const n = step.edge ? undefined : at(g.nodes, step.pick);
              actions.removeElements({ nodes: n ? [n.id] : [], edges: e ? [e.id] : [] });
              break;
            }
            case 'move': {
              const n = at(g.nodes, step.pick);
              if (!n) break;
              for (let f = 1; f <= step.frames; f++)
                actions.moveNodes({ [n.id]: { x: n.position.x + f, y: n.position.y } }, { dragging: true });
              actions.moveNodes({ [n.id]: { x: step.x, y: n.position.y } }, { dragging: false });
              break;
            }
            case 'paste': {
              const n = at(g.nodes, step.pick);
              if (!n) break;
              actions.select({ nodes: [n.id], edges: [] });
              actions.copy();
              actions.paste();
              break;
            }
            case 'layout':
              actions.autoLayout();
              break;
            case 'undo':
              if (history.length > 1) {
                actions.undo();
                history.pop();
                json.pop();
                expect(store.getState().graph).toStrictEqual(history[history.length - 1]);
              }
              continue;
          }
          const after = store.getState().graph;
          if (after !== before) {
            history.push(after);
            json.push(JSON.stringify(after));
          }
          // Each snapshot is immutable: earlier documents are unchanged by later actions.
          history.forEach((h, i) => expect(JSON.stringify(h)).toBe(json[i]));
        }
        const end = store.getState().graph;
        for (let i = history.length - 2; i >= 0; i--) {
          actions.undo();
          expect(JSON.stringify(store.getState().graph)).toBe(json[i]);
          expect(store.getState().issues).toEqual(validateRuleGraph(history[i]!).issues);
        }
        expect(store.getState().canUndo).toBe(false);
        expect(store.getState().graph).toBe(start);
        for (let i = 1; i < history.length; i++) actions.redo();
        expect(store.getState().graph).toStrictEqual(end);
      }),
      { numRuns: 80 },
    );
  });
});

describe('generateLargeGraph', () => {
  it.each([2, 3, 7, 12, 50, 200, 500])('builds a valid graph of exactly %i nodes', (n) => {
    const graph = generateLargeGraph(n);
    expect(graph.nodes).toHaveLength(n);
    expect(parseRuleGraph(graph)).toEqual({ ok: true, graph });
    expect(validateRuleGraph(graph).issues).toEqual([]);
  });
});
