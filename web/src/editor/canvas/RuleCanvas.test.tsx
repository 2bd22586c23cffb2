import { type RuleGraph, blockCatalogue, parseRuleGraph } from '@couponflow/schema';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { Client, Provider, fetchExchange } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogueProvider, makeCatalogue } from '../model/catalogue';
import { goldenGraphs } from '../model/fixtures';
import { type EditorStore, EditorStoreProvider, createEditorStore } from '../model/store';
import { CanvasFrameProvider } from './addBlock';
import { RuleCanvas } from './RuleCanvas';

const catalogue = makeCatalogue(blockCatalogue());
/** The server's answer for the names of referenced templates and audiences. */
const client = new Client({
  url: 'http://test.local/graphql',
  exchanges: [fetchExchange],
  fetch: async () =>
    new Response(
      JSON.stringify({
        data: { templates: { nodes: [{ id: 'tpl-x', name: 'VIP 20 off' }] }, audiences: [] },
      }),
      { headers: { 'content-type': 'application/json' } },
    ),
});

function golden(file: string): RuleGraph {
  const parsed = parseRuleGraph(goldenGraphs.find((g) => g.file === file)!.fixture.graph);
  if (!parsed.ok) throw new Error(file);
  return parsed.graph;
}

function renderCanvas(store: EditorStore) {
  return render(
    <MantineProvider>
      <Provider value={client}>
        <CatalogueProvider catalogue={catalogue}>
          <EditorStoreProvider store={store}>
            <ReactFlowProvider>
              <CanvasFrameProvider>
                <div style={{ width: 1000, height: 700 }}>
                  <RuleCanvas />
                </div>
              </CanvasFrameProvider>
            </ReactFlowProvider>
          </EditorStoreProvider>
        </CatalogueProvider>
      </Provider>
    </MantineProvider>,
  );
}

afterEach(cleanup);

describe('rule canvas', () => {
  it('draws every block with its label, summary and first problem, and paints overlays', async () => {
    const graph = golden('invalid-unreachable.json');
    const store = createEditorStore(graph);
    renderCanvas(store);
    await act(async () => {});
    for (const node of graph.nodes) expect(screen.getByTestId(`block-${node.id}`)).toBeDefined();
    const unreachable = store.getState().issues.find((i) => i.code === 'UNREACHABLE_NODE')!.nodeIds![0]!;
    const block = screen.getByTestId(`block-${unreachable}`);
    expect(block.className).toContain('cf-invalid');
    expect(block.textContent).toContain('Not reached from the trigger');

    const id = graph.nodes[0]!.id;
    act(() =>
      store.getState().actions.setOverlay({
        kind: 'counts',
        title: 'Users today',
        nodes: { [id]: { count: 1234, status: 'passed', note: 'saw 3' } },
        edges: {},
      }),
    );
    const painted = screen.getByTestId(`block-${id}`);
    expect(painted.dataset.status).toBe('passed');
    expect(painted.textContent).toContain('1,234 users');
    expect(painted.textContent).toContain('saw 3');
    expect(screen.getByRole('status').textContent).toContain('Users today');
  });

  it('shows a diff graph read-only and returns to the draft', async () => {
    const draft = golden('vip-third-order.json');
    const store = createEditorStore(draft);
    renderCanvas(store);
    await act(async () => {});
    const union: RuleGraph = {
      ...draft,
      nodes: [
        ...draft.nodes,
        { id: 'gone', type: 'action.addToAudience', args: { audienceId: 'a' }, position: { x: 0, y: 300 } },
      ],
    };
    act(() =>
      store.getState().actions.setOverlay({
        kind: 'diff',
        title: 'v1 → draft',
        nodes: { gone: { status: 'removed' } },
        edges: {},
        graph: union,
      }),
    );
    expect(screen.getByTestId('block-gone').dataset.status).toBe('removed');
    // Referenced templates are named, not shown by id.
    expect(screen.getByTestId('block-issue').textContent).toContain('VIP 20 off');
    expect(screen.getByText('read-only')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('disabled')).toBe(true);
    act(() => screen.getByRole('button', { name: 'Back to the draft' }).click());
    expect(screen.queryByTestId('block-gone')).toBeNull();
    expect(store.getState().graph).toBe(draft);
  });
});
