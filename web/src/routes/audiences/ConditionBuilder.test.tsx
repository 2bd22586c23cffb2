import { blockCatalogue } from '@couponflow/schema';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { Client, Provider, fetchExchange } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCatalogue } from '../../editor/model/catalogue';
import { ConditionBuilder, audienceBlocks } from './ConditionBuilder';
import {
  type CondGroup,
  countLeaves,
  describe as describeTree,
  fromExpression,
  toExpression,
} from './conditionTree';

const answers: Record<string, unknown> = {
  EditorUserAttributeKeys: { userAttributeKeys: ['country', 'tier'] },
  EditorEventTypes: { eventTypes: [] },
  EditorAudiences: { audiences: [{ id: 'aud-1', name: 'VIP', kind: 'STATIC', size: 12 }] },
};
const client = () =>
  new Client({
    url: 'http://test.local/graphql',
    exchanges: [fetchExchange],
    fetch: async (url, init) => {
      const name =
        typeof init?.body === 'string'
          ? (JSON.parse(init.body) as { operationName: string }).operationName
          : new URL(String(url)).searchParams.get('operationName');
      return new Response(JSON.stringify({ data: answers[name ?? ''] ?? null }), {
        headers: { 'content-type': 'application/json' },
      });
    },
  });
const wrap = (children: ReactNode) => (
  <MantineProvider>
    <Provider value={client()}>{children}</Provider>
  </MantineProvider>
);

// The catalogue the server sends is schema's registry as JSON: the test reads the same registry.
const blocks = audienceBlocks(makeCatalogue(blockCatalogue()).entries);

const VIP = { block: 'condition.userAttribute', args: { attribute: 'tier', op: 'eq', value: 'VIP' } };
const NESTED = {
  all: [
    VIP,
    {
      not: {
        any: [
          { block: 'condition.userAttribute', args: { attribute: 'country', op: 'eq', value: 'DE' } },
          { block: 'condition.audience', args: { audienceId: 'aud-1' } },
        ],
      },
    },
  ],
};

function Harness({ initial, readOnly, seen }: { initial: unknown; readOnly?: boolean; seen: unknown[] }) {
  const [tree, setTree] = useState<CondGroup>(() => fromExpression(initial));
  return (
    <ConditionBuilder
      value={tree}
      blocks={blocks}
      readOnly={readOnly ?? false}
      onChange={(next) => {
        seen.push(toExpression(next));
        setTree(next);
      }}
    />
  );
}

afterEach(cleanup);

/** The input a label names (a select's listbox is labelled by it too). */
const input = (label: string) => screen.getAllByLabelText(label).find((el) => el.tagName === 'INPUT')!;

/** Opens a select and clicks one of its options (happy-dom renders the dropdown hidden). */
async function choose(label: string, option: string) {
  fireEvent.click(input(label));
  const listbox = () => screen.getAllByLabelText(label).find((el) => el.getAttribute('role') === 'listbox')!;
  const opt = await waitFor(() => within(listbox()).getByRole('option', { name: option, hidden: true }));
  fireEvent.click(opt);
}

describe('condition tree', () => {
  it('reads and writes nested AND / OR / NOT expressions unchanged', () => {
    expect(toExpression(fromExpression(NESTED))).toEqual(NESTED);
    expect(toExpression(fromExpression({ any: [VIP] }))).toEqual({ any: [VIP] });
    // A lone condition becomes a group of one; nothing becomes an empty AND.
    expect(toExpression(fromExpression(VIP))).toEqual({ all: [VIP] });
    expect(toExpression(fromExpression(null))).toEqual({ all: [] });
    const tree = fromExpression(NESTED);
    expect(countLeaves(tree)).toBe(3);
    expect(describeTree(tree, (b) => b.replace('condition.', ''))).toBe(
      '(userAttribute AND NOT (userAttribute OR audience))',
    );
  });
});

describe('ConditionBuilder', () => {
  it('offers only the catalogue’s user-scoped condition blocks', () => {
    const codes = blocks.map((b) => b.code).sort();
    expect(codes).toEqual(
      ['condition.aggregate', 'condition.audience', 'condition.timeWindow', 'condition.userAttribute'].sort(),
    );
  });

  it('renders a nested expression as a nested AND / OR list with NOT switches', () => {
    render(wrap(<Harness initial={NESTED} seen={[]} />));
    const groups = screen.getAllByTestId('condition-group');
    expect(groups).toHaveLength(2);
    expect(screen.getAllByTestId('condition-leaf')).toHaveLength(3);
    const inner = groups[1]!;
    expect(within(inner).getByText('OR')).toBeDefined();
    expect(within(groups[0]!).getAllByText('AND').length).toBeGreaterThan(0);
    const negations = screen.getAllByRole('switch', { name: 'Negate (NOT)' }) as HTMLInputElement[];
    expect(negations.map((n) => n.checked)).toEqual([false, true, false, false]);
  });

  it('adds a condition and a group, switches AND to OR, negates and removes, emitting the expression', async () => {
    const seen: unknown[] = [];
    render(wrap(<Harness initial={{ all: [VIP] }} seen={seen} />));
    // Add a nested group (it starts as OR inside an AND).
    fireEvent.click(screen.getByRole('button', { name: 'Add group' }));
    expect(seen.at(-1)).toEqual({ all: [VIP, { any: [] }] });
    // Add an audience condition to the root.
    await choose('All conditions: add a condition', 'Audience membership');
    const added = seen.at(-1) as { all: unknown[] };
    expect(added.all).toHaveLength(3);
    expect(added.all[2]).toMatchObject({ block: 'condition.audience' });
    // Negate the first condition, then remove the nested group.
    fireEvent.click(screen.getAllByRole('switch', { name: 'Negate (NOT)' })[0]!);
    expect((seen.at(-1) as { all: unknown[] }).all[0]).toEqual({ not: VIP });
    fireEvent.click(screen.getByRole('button', { name: 'Remove group at level 1' }));
    // Root: AND → OR.
    await choose('All conditions: combine with', 'OR: any of these');
    const last = seen.at(-1) as { any: unknown[] };
    expect(last.any).toHaveLength(2);
    expect(last.any[0]).toEqual({ not: VIP });
  });

  it('edits a block’s settings with the rule builder’s fields', () => {
    const seen: unknown[] = [];
    render(wrap(<Harness initial={{ all: [VIP] }} seen={seen} />));
    const leaf = screen.getByTestId('condition-leaf');
    const value = within(leaf)
      .getAllByRole('textbox')
      .find((el) => (el as HTMLInputElement).value === 'VIP') as HTMLInputElement;
    fireEvent.change(value, { target: { value: 'GOLD' } });
    expect(seen.at(-1)).toEqual({ all: [{ ...VIP, args: { ...VIP.args, value: 'GOLD' } }] });
  });

  it('read only: no add, remove or group buttons', () => {
    render(wrap(<Harness initial={NESTED} readOnly seen={[]} />));
    expect(screen.queryByRole('button', { name: 'Add group' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(screen.queryAllByLabelText(/add a condition/)).toEqual([]);
  });
});
