import { describe, expect, it } from 'vitest';
import { MAX_NODES, RULE_GRAPH_VERSION, parseRuleGraph } from './index';

const minimal = {
  version: 1,
  nodes: [
    { id: 't', type: 'trigger.event', args: { eventType: 'order.paid' }, position: { x: 0, y: 0 } },
    { id: 'a', type: 'action.issueCoupon', args: { templateId: 'tpl' }, position: { x: 0, y: 120 } },
  ],
  edges: [{ id: 'e', source: 't', target: 'a' }],
};

describe('parseRuleGraph', () => {
  it('parses a document', () => {
    expect(parseRuleGraph(minimal)).toEqual({ ok: true, graph: minimal });
  });

  it('drops editor state (selected, measured, dragging, targetHandle …)', () => {
    const fromEditor = {
      ...minimal,
      viewport: { x: 1, y: 2, zoom: 1 },
      nodes: minimal.nodes.map((n) => ({
        ...n,
        selected: true,
        dragging: false,
        measured: { width: 200, height: 80 },
        data: {},
      })),
      edges: minimal.edges.map((e) => ({ ...e, targetHandle: null, selected: false, animated: true })),
    };
    expect(parseRuleGraph(fromEditor)).toEqual({ ok: true, graph: minimal });
  });

  it('fills args and position when absent, and accepts a null sourceHandle', () => {
    const result = parseRuleGraph({
      version: 1,
      nodes: [{ id: 'x', type: 'logic.all' }],
      edges: [{ id: 'e', source: 'x', target: 'x', sourceHandle: null }],
    });
    expect(result).toEqual({
      ok: true,
      graph: {
        version: 1,
        nodes: [{ id: 'x', type: 'logic.all', args: {}, position: { x: 0, y: 0 } }],
        edges: [{ id: 'e', source: 'x', target: 'x', sourceHandle: null }],
      },
    });
  });

  it('keeps unknown block types and unfinished args (the validator reports them), so drafts can be stored', () => {
    const draft = {
      ...minimal,
      nodes: [
        ...minimal.nodes,
        { id: 'c', type: 'condition.someday', args: { x: [1] }, position: { x: 0, y: 0 } },
      ],
    };
    expect(parseRuleGraph(draft)).toEqual({ ok: true, graph: draft });
  });

  it.each([
    ['a string', 'graph', 'INVALID_DOCUMENT'],
    ['null', null, 'INVALID_DOCUMENT'],
    ['an array', [], 'INVALID_DOCUMENT'],
    ['no version', { nodes: [], edges: [] }, 'UNSUPPORTED_VERSION'],
    ['a future version', { version: RULE_GRAPH_VERSION + 1, nodes: [], edges: [] }, 'UNSUPPORTED_VERSION'],
    ['version 0', { version: 0, nodes: [], edges: [] }, 'UNSUPPORTED_VERSION'],
    ['nodes not an array', { version: 1, nodes: {}, edges: [] }, 'INVALID_DOCUMENT'],
    [
      'args as a JSON string',
      { version: 1, nodes: [{ id: 'n', type: 'trigger.event', args: '{}' }], edges: [] },
      'INVALID_DOCUMENT',
    ],
    [
      'an empty id',
      { version: 1, nodes: [{ id: '', type: 'trigger.event' }], edges: [] },
      'INVALID_DOCUMENT',
    ],
  ])('refuses %s', (_name, input, code) => {
    const result = parseRuleGraph(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toContain(code);
  });

  it('names the offending node and edge with the path', () => {
    const result = parseRuleGraph({
      version: 1,
      nodes: [{ id: 'n1', type: 'trigger.event', position: { x: 'left', y: 0 } }],
      edges: [{ id: 'e1', source: 'n1' }],
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'INVALID_DOCUMENT',
          nodeIds: ['n1'],
          path: ['nodes', 0, 'position', 'x'],
          message: expect.stringMatching(/^nodes\[0\]\.position\.x: /),
        },
        { code: 'INVALID_DOCUMENT', edgeIds: ['e1'], path: ['edges', 0, 'target'] },
      ],
    });
  });

  it('refuses a 10 000-node document before parsing its nodes', () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`,
      type: 'condition.eventProperty',
      args: {},
      position: { x: 0, y: 0 },
    }));
    const result = parseRuleGraph({ version: 1, nodes, edges: [] });
    expect(result).toEqual({
      ok: false,
      issues: [{ code: 'TOO_LARGE', message: expect.stringContaining(`${MAX_NODES}`) }],
    });
  });
});
