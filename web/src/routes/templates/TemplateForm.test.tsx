// The template form in the DOM: each kind shows exactly its fields; bad input is refused beside its
// field and nothing is sent; the server's BAD_USER_INPUT errors land on their fields.
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CouponKind, CreateTemplateInput } from '../../gql/graphql';
import { type TemplateDraft, emptyDraft } from './draft';
import { TemplateForm } from './TemplateForm';

afterEach(cleanup);

/** The value labels each kind must show, written out (not read from the table under test). */
const EXPECTED: Record<CouponKind, string[]> = {
  AMOUNT_OFF: ['Amount off', 'Minimum spend'],
  PERCENT_OFF: ['Percent off', 'Most off per order', 'Minimum spend'],
  STEP_AMOUNT_OFF: ['Amount off', 'For every', 'Most off per order', 'Minimum spend'],
  MERCHANDISE: ['Free SKU', 'Units free', 'Value of one unit', 'Minimum spend'],
  CASH: ['Stored value'],
  INTEREST_RATE: ['Extra annual interest', 'For at most (days)', 'Principal up to'],
};
const ALL_LABELS = [...new Set(Object.values(EXPECTED).flat())];

function renderForm(
  initial: TemplateDraft,
  onSubmit = vi.fn(async (_: CreateTemplateInput) => null as CombinedError | null),
) {
  render(
    <MantineProvider>
      <TemplateForm initial={initial} campaigns={[]} audiences={[]} onSubmit={onSubmit} />
    </MantineProvider>,
  );
  return onSubmit;
}

const draft = (over: Partial<TemplateDraft>): TemplateDraft => ({
  ...emptyDraft(),
  name: 'Test coupon',
  ...over,
});

/** The message shown beside a field (its aria-describedby error), or null. */
function errorBeside(label: string): string | null {
  const input = screen.getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\s*\\*?$`), {
    selector: 'input',
  });
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || null;
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /Create/ }));
    await Promise.resolve();
  });
}

describe('template form fields', () => {
  for (const [kind, labels] of Object.entries(EXPECTED) as [CouponKind, string[]][]) {
    it(`${kind} shows exactly its value fields`, () => {
      renderForm(draft({ kind }));
      const value = screen.getByText('Value').closest('fieldset')!;
      const shown = ALL_LABELS.filter((l) =>
        within(value).queryByLabelText(l, { exact: false, selector: 'input' }),
      );
      expect(shown.sort()).toEqual([...labels].sort());
      expect(value.querySelectorAll('[data-kind-field]')).toHaveLength(labels.length);
    });
  }

  it('shows absolute or relative validity fields by the chosen form', () => {
    renderForm(draft({ validity: 'ABSOLUTE' }));
    expect(screen.getByLabelText('Valid until', { exact: false, selector: 'input' })).toBeTruthy();
    expect(screen.queryByLabelText('Valid for', { selector: 'input' })).toBeNull();
    cleanup();
    renderForm(draft({ validity: 'RELATIVE' }));
    expect(screen.getByLabelText('Valid for', { selector: 'input' })).toBeTruthy();
    expect(screen.getByLabelText('Delay', { selector: 'input' })).toBeTruthy();
    expect(screen.getByTestId('preview-validity').textContent).toBe('Valid 7 days after claiming');
  });
});

describe('bad input is refused beside its field and nothing is sent', () => {
  it('a negative amount', async () => {
    const sent = renderForm(draft({ denomination: { amount: -5 } }));
    await submit();
    expect(errorBeside('Amount off')).toBe('Must not be negative');
    expect(sent).not.toHaveBeenCalled();
  });

  it('a percent over 100 %', async () => {
    const sent = renderForm(draft({ kind: 'PERCENT_OFF', denomination: { discountPercent: 150 } }));
    await submit();
    expect(errorBeside('Percent off')).toBe('At most 100 %');
    expect(sent).not.toHaveBeenCalled();
  });

  it('a validity end before its start', async () => {
    const sent = renderForm(
      draft({
        denomination: { amount: 5 },
        validity: 'ABSOLUTE',
        validFrom: '2026-12-10T10:00',
        validUntil: '2026-12-01T10:00',
      }),
    );
    await submit();
    expect(errorBeside('Valid until')).toBe('Must be after the start');
    expect(sent).not.toHaveBeenCalled();
  });

  it('a good draft is sent as the API input', async () => {
    const sent = renderForm(draft({ denomination: { amount: 5, threshold: 25 } }));
    await submit();
    expect(sent).toHaveBeenCalledOnce();
    expect(sent.mock.calls[0]![0]).toMatchObject({ kind: 'AMOUNT_OFF', amount: 500, threshold: 2500 });
  });
});

describe('server errors', () => {
  it('land on their fields; others show above the form', async () => {
    const sent = vi.fn(
      async () =>
        new CombinedError({
          graphQLErrors: [
            {
              message:
                'input.cap: a PERCENT_OFF template in a campaign with a budget needs cap (its maximum value)',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.cap' },
            },
            {
              message: 'input.validAfterSeconds: the delay leaves no usable window before validUntil',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.validAfterSeconds' },
            },
            { message: 'temporarily unavailable; try again', extensions: { code: 'UNAVAILABLE' } },
          ],
        }),
    );
    renderForm(draft({ kind: 'PERCENT_OFF', denomination: { discountPercent: 10 } }), sent);
    await submit();
    expect(sent).toHaveBeenCalledOnce();
    expect(errorBeside('Most off per order')).toBe(
      'a PERCENT_OFF template in a campaign with a budget needs cap (its maximum value)',
    );
    expect(errorBeside('Delay')).toBe('the delay leaves no usable window before validUntil');
    expect(screen.getByRole('alert').textContent).toContain('temporarily unavailable');
  });
});
