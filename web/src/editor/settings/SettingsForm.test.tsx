import {
  type JsonObject,
  type RuleGraph,
  blockCatalogue,
  parseRuleGraph,
  validateRuleGraph,
} from '@couponflow/schema';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Client, Provider, fetchExchange } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialArgs, makeCatalogue } from '../model/catalogue';
import { goldenGraphs } from '../model/fixtures';
import { SettingsForm } from './SettingsForm';

/** Server answers for the pickers, by operation name. */
const answers: Record<string, unknown> = {
  EditorEventTypes: {
    eventTypes: [
      {
        name: 'order.paid',
        description: 'An order was paid',
        builtin: true,
        properties: [
          { name: 'amount', type: 'INTEGER', required: true },
          { name: 'channel', type: 'STRING', required: false },
        ],
      },
    ],
  },
  EditorTemplateSearch: {
    templates: {
      nodes: [{ id: 'tpl-1', name: 'Welcome 10 off', kind: 'AMOUNT_OFF', status: 'ACTIVE' }],
      totalCount: 1,
    },
  },
  EditorTemplateById: {
    template: { id: 'tpl-1', name: 'Welcome 10 off', kind: 'AMOUNT_OFF', status: 'ACTIVE' },
  },
  EditorAudiences: { audiences: [{ id: 'aud-1', name: 'VIP', kind: 'STATIC', size: 12 }] },
  EditorUserAttributeKeys: { userAttributeKeys: ['country', 'tier'] },
};

function testClient() {
  return new Client({
    url: 'http://test.local/graphql',
    exchanges: [fetchExchange],
    fetch: async (url, init) => {
      // urql sends queries as GET (operationName in the URL), mutations as POST.
      const name =
        typeof init?.body === 'string'
          ? (JSON.parse(init.body) as { operationName: string }).operationName
          : new URL(String(url)).searchParams.get('operationName');
      return new Response(JSON.stringify({ data: answers[name ?? ''] ?? null }), {
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}

function wrap(children: ReactNode) {
  return (
    <MantineProvider>
      <Provider value={testClient()}>{children}</Provider>
    </MantineProvider>
  );
}

const catalogue = makeCatalogue(blockCatalogue());
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label as rendered: Mantine adds " *" to required fields. */
const labelled = (label: string) => new RegExp(`^${escape(label)}( \\*)?$`);

/** The input a label names (a select's listbox is labelled by it too). */
const inputLabelled = (label: string) =>
  screen.getAllByLabelText(labelled(label)).find((el) => el.tagName === 'INPUT')!;

afterEach(cleanup);

describe('generated settings form', () => {
  it.each(catalogue.entries.map((e) => [e.code, e] as const))(
    '%s: one labelled input per arg',
    (_code, entry) => {
      const onArgsChange = vi.fn();
      const node = { id: 'n1', type: entry.code, args: initialArgs(entry), position: { x: 0, y: 0 } };
      render(
        wrap(
          <SettingsForm
            nodeId={node.id}
            args={node.args}
            entry={entry}
            issues={[]}
            triggerEventType="order.paid"
            onArgsChange={onArgsChange}
          />,
        ),
      );
      const form = screen.getByRole('form', { name: `Settings of ${entry.label}` });
      const args = Object.entries(entry.ui);
      if (args.length === 0) expect(within(form).getByText(/has no settings/)).toBeDefined();
      for (const [, hint] of args) {
        const controls = within(form).getAllByLabelText(labelled(hint.label));
        expect(controls.length, hint.label).toBeGreaterThan(0);
        const control = controls[0]!;
        const isControl =
          ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(control.tagName) ||
          (control.getAttribute('role') === 'group' &&
            control.querySelector('input, textarea, select, button, [role="radiogroup"], [role="radio"]') !==
              null);
        expect(isControl, `${entry.code} ${hint.label}: ${control.outerHTML.slice(0, 120)}`).toBe(true);
      }
      expect(onArgsChange).not.toHaveBeenCalled();
    },
  );

  it('dispatches every change as updateArgs with the whole args object', () => {
    const entry = catalogue.byCode.get('condition.frequencyCap')!;
    const onArgsChange = vi.fn();
    const node = {
      id: 'cap',
      type: entry.code,
      args: { period: 'week' } satisfies JsonObject,
      position: { x: 0, y: 0 },
    };
    render(
      wrap(
        <SettingsForm
          nodeId={node.id}
          args={node.args}
          entry={entry}
          issues={[]}
          triggerEventType={undefined}
          onArgsChange={onArgsChange}
        />,
      ),
    );
    fireEvent.change(inputLabelled('At most'), { target: { value: '3' } });
    expect(onArgsChange).toHaveBeenLastCalledWith('cap', { period: 'week', max: 3 });
  });

  it('edits split arms and shows their total', () => {
    const entry = catalogue.byCode.get('split.percent')!;
    const onArgsChange = vi.fn();
    const node = { id: 's', type: entry.code, args: initialArgs(entry), position: { x: 0, y: 0 } };
    render(
      wrap(
        <SettingsForm
          nodeId={node.id}
          args={node.args}
          entry={entry}
          issues={[]}
          triggerEventType={undefined}
          onArgsChange={onArgsChange}
        />,
      ),
    );
    expect(screen.getByText(/Total 100%/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Add arm' }));
    const arms = (onArgsChange.mock.lastCall![1] as { arms: unknown[] }).arms;
    expect(arms).toHaveLength(3);
    expect(arms[2]).toEqual({ id: 'arm-3', label: '', percent: 0 });
  });

  it('shows the validator’s messages under the fields they concern', async () => {
    const parsed = parseRuleGraph(
      goldenGraphs.find((g) => g.file === 'invalid-arg-types.json')!.fixture.graph,
    );
    if (!parsed.ok) throw new Error('fixture does not parse');
    const graph: RuleGraph = parsed.graph;
    const issues = validateRuleGraph(graph).issues;
    const node = graph.nodes.find((n) => n.id === 'bad-op')!;
    const entry = catalogue.byCode.get(node.type)!;
    const mine = issues.filter((i) => i.nodeIds?.includes('bad-op'));
    render(
      wrap(
        <SettingsForm
          nodeId={node.id}
          args={node.args}
          entry={entry}
          issues={mine}
          triggerEventType="order.paid"
          onArgsChange={vi.fn()}
        />,
      ),
    );
    await act(async () => {});
    const operator = inputLabelled('Operator');
    expect(operator.getAttribute('aria-invalid')).toBe('true');
    const errorId = operator
      .getAttribute('aria-describedby')!
      .split(/\s+/)
      .find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)!.textContent).toMatch(/Invalid option/);
    // The property field (valid) carries no error.
    const property = inputLabelled('Property');
    expect(property.getAttribute('aria-invalid')).not.toBe('true');

    cleanup();
    const missing = graph.nodes.find((n) => n.id === 'no-template')!;
    render(
      wrap(
        <SettingsForm
          nodeId={missing.id}
          args={missing.args}
          entry={catalogue.byCode.get(missing.type)!}
          issues={issues.filter((i) => i.nodeIds?.includes('no-template'))}
          triggerEventType="order.paid"
          onArgsChange={vi.fn()}
        />,
      ),
    );
    const template = inputLabelled('Coupon template');
    expect(template.getAttribute('aria-invalid')).toBe('true');
  });

  it('offers names from the server: event properties of the trigger, user attributes, templates', async () => {
    const pick = async (code: string, label: string) => {
      const entry = catalogue.byCode.get(code)!;
      const node = { id: 'n', type: code, args: {}, position: { x: 0, y: 0 } };
      render(
        wrap(
          <SettingsForm
            nodeId={node.id}
            args={node.args}
            entry={entry}
            issues={[]}
            triggerEventType="order.paid"
            onArgsChange={vi.fn()}
          />,
        ),
      );
      await act(async () => {});
      fireEvent.click(inputLabelled(label));
      const listbox = () =>
        screen.getAllByLabelText(labelled(label)).find((el) => el.getAttribute('role') === 'listbox')!;
      const options = await waitFor(() => {
        const found = within(listbox()).getAllByRole('option', { hidden: true });
        expect(found.length).toBeGreaterThan(0);
        return found;
      });
      const names = options.map((o) => o.textContent);
      cleanup();
      return names;
    };
    expect(await pick('condition.eventProperty', 'Property')).toEqual([
      'amountinteger · always present',
      'channelstring',
    ]);
    expect(await pick('condition.userAttribute', 'Attribute')).toEqual([
      'countryseen in user profiles',
      'tierseen in user profiles',
    ]);
    const templates = await pick('action.issueCoupon', 'Coupon template');
    expect(templates[0]).toMatch(/^Welcome 10 off/);
  });
});
