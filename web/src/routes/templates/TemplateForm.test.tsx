// The template form in the DOM: each kind shows exactly its fields; bad input is refused beside its
// field and nothing is sent; the server's BAD_USER_INPUT errors land on their fields.
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CouponKind, CreateTemplateInput } from '../../gql/graphql';
import { type TemplateDraft, emptyDraft } from './draft';
import { TemplateForm } from './TemplateForm';
import type { CampaignOption } from './TemplateFigures';

afterEach(cleanup);

/** The value labels each kind must show, written out (not read from the table under test). */
const EXPECTED: Record<CouponKind, string[]> = {
  AMOUNT_OFF: ['Applies to', 'Amount off', 'Minimum spend', 'Minimum items'],
  PERCENT_OFF: ['Percent off', 'Applies to', 'Most off per order', 'Minimum spend', 'Minimum items'],
  STEP_AMOUNT_OFF: ['Amount off', 'For every', 'Most off per order', 'Minimum spend', 'Minimum items'],
  MERCHANDISE: ['Free SKU', 'Units free', 'Worth at most per free unit', 'Minimum spend', 'Minimum items'],
  CASH: ['Stored value', 'Combines with other gift cards', 'Minimum items'],
  INTEREST_RATE: [
    'Extra annual interest',
    'For at most (days)',
    'Principal up to',
    'Minimum principal',
    'Shortest term (days)',
  ],
  BUY_X_GET_Y: [
    'Buy (items)',
    'Get (items)',
    'Discount on the items got',
    'Get SKU',
    'Get from categories',
    'Get from SKUs',
    'At most per order (times)',
    'Most off per order',
    'Minimum spend',
    'Minimum items',
  ],
  SHIPPING_OFF: [
    'Off the shipping (%)',
    'Off the shipping (amount)',
    'Shipping discount cap',
    'Goods spend from',
    'Minimum items',
  ],
};
const ALL_LABELS = [...new Set([...Object.values(EXPECTED).flat(), 'At most (items or products)'])];

function renderForm(
  initial: TemplateDraft,
  onSubmit = vi.fn(async (_: CreateTemplateInput) => null as CombinedError | null),
  campaigns: CampaignOption[] = [],
) {
  render(
    <MantineProvider>
      <TemplateForm initial={initial} campaigns={campaigns} audiences={[]} onSubmit={onSubmit} />
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

describe('share packs (issue 13)', () => {
  it('the sharing switch shows the pack fields, the wallet preview says the pack, and it is sent', async () => {
    const sent = renderForm(draft({ denomination: { amount: 5 } }));
    expect(screen.queryByTestId('sharing-fields')).toBeNull();
    act(() => {
      fireEvent.click(screen.getByLabelText('Holders may share a pack with friends'));
    });
    fireEvent.change(screen.getByLabelText(/^Friends get a coupon of/, { selector: 'input' }), {
      target: { value: 'tpl_friend' },
    });
    expect(screen.getByTestId('preview-sharing').textContent).toBe(
      'Share with 3 friends: each gets a coupon',
    );
    await submit();
    expect(sent).toHaveBeenCalledOnce();
    expect(sent.mock.calls[0]![0]).toMatchObject({
      sharing: {
        friendTemplateId: 'tpl_friend',
        packSize: 3,
        expiresInSeconds: 604_800,
        newUsersOnly: false,
      },
    });
  });

  it('refuses a pack without a friend template, beside the field, and sends nothing', async () => {
    const sent = renderForm(draft({ denomination: { amount: 5 } }));
    act(() => {
      fireEvent.click(screen.getByLabelText('Holders may share a pack with friends'));
    });
    await submit();
    expect(sent).not.toHaveBeenCalled();
    expect(errorBeside('Friends get a coupon of')).toBe('Name the template friends get a coupon of');
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

describe('unit mechanics (issue 17)', () => {
  const scoped = { ...emptyDraft().scope, includeSkus: ['SOCK-1'] };
  const budgeted: CampaignOption[] = [{ id: 'c-1', name: 'Spring', budget: 100_000 }];

  async function choose(label: string, option: string) {
    await act(async () => {
      fireEvent.click(screen.getByLabelText(label, { exact: false, selector: 'input' }));
      await Promise.resolve();
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: option, hidden: true }));
      await Promise.resolve();
    });
  }
  const maxUnitsShown = () =>
    screen.queryByLabelText('At most (items or products)', { exact: false, selector: 'input' }) != null;

  it('applyTo shows maxUnits only for each item and each product', async () => {
    renderForm(draft({ denomination: { amount: 3 }, scope: scoped }));
    expect(maxUnitsShown()).toBe(false);
    await choose('Applies to', 'Each item');
    expect(maxUnitsShown()).toBe(true);
    await choose('Applies to', 'The cheapest item');
    expect(maxUnitsShown()).toBe(false);
    await choose('Applies to', 'Each product (line)');
    expect(maxUnitsShown()).toBe(true);
  });

  it('PERCENT_OFF offers the order and the cheapest item only', async () => {
    renderForm(draft({ kind: 'PERCENT_OFF', denomination: { discountPercent: 20 } }));
    await act(async () => {
      fireEvent.click(screen.getByLabelText('Applies to', { exact: false, selector: 'input' }));
      await Promise.resolve();
    });
    const options = screen.getAllByRole('option', { hidden: true }).map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['The order', 'The cheapest item']));
    expect(options).not.toContain('Each item');
    expect(options).not.toContain('Each product (line)');
  });

  it('previews buy 2 get 1 free and sends its fields', async () => {
    const sent = renderForm(
      draft({
        kind: 'BUY_X_GET_Y',
        denomination: { buyQuantity: 2, getQuantity: 1, discountPercent: 100, cap: 15 },
        scope: scoped,
      }),
    );
    expect(screen.getByTestId('preview-headline').textContent).toBe('Buy 2, get 1 free — cheapest first');
    expect(screen.getByTestId('max-value').textContent).toBe('$15.00');
    expect(screen.getByTestId('preview-scope').textContent).toBe('At every store · only products SOCK-1');
    await submit();
    expect(sent).toHaveBeenCalledOnce();
    expect(sent.mock.calls[0]![0]).toMatchObject({
      kind: 'BUY_X_GET_Y',
      buyQuantity: 2,
      getQuantity: 1,
      cap: 1500,
    });
    expect(sent.mock.calls[0]![0]).toMatchObject({ discountBp: 10_000 });
  });

  it('previews an amount off each item with a cap on the items, and its maximum value', async () => {
    const sent = renderForm(
      draft({
        denomination: { applyTo: 'EACH_UNIT', amount: 3, maxUnits: 2, minQuantity: 2 },
        scope: scoped,
      }),
    );
    expect(screen.getByTestId('preview-headline').textContent).toBe('$3.00 off each item (up to 2 items)');
    expect(screen.getByTestId('preview-threshold').textContent).toBe('when you buy 2 items or more');
    expect(screen.getByTestId('max-value').textContent).toBe('$6.00');
    await submit();
    expect(sent.mock.calls[0]![0]).toMatchObject({
      applyTo: 'EACH_UNIT',
      amount: 300,
      maxUnits: 2,
      minQuantity: 2,
    });
  });

  it('refuses getting more than bought without a get SKU, beside the field, and sends nothing', async () => {
    const sent = renderForm(
      draft({ kind: 'BUY_X_GET_Y', denomination: { buyQuantity: 1, getQuantity: 2, discountPercent: 100 } }),
    );
    await submit();
    expect(errorBeside('Get (items)')).toBe('At most the items bought (or name a get SKU or get set)');
    expect(sent).not.toHaveBeenCalled();
  });

  it('refuses an amount off each item without an include scope, and without maxUnits in a budget', async () => {
    const sent = renderForm(
      draft({ campaignId: 'c-1', denomination: { applyTo: 'EACH_LINE', amount: 3 } }),
      undefined,
      budgeted,
    );
    await submit();
    expect(errorBeside('Applies to')).toMatch(/needs SKUs, brands or categories/);
    expect(errorBeside('At most (items or products)')).toMatch(/campaign with a budget needs this/);
    expect(sent).not.toHaveBeenCalled();
  });

  it('refuses a buy-X-get-Y without a cap in a budgeted campaign', async () => {
    const sent = renderForm(
      draft({
        kind: 'BUY_X_GET_Y',
        campaignId: 'c-1',
        denomination: { buyQuantity: 2, getQuantity: 1, discountPercent: 100 },
      }),
      undefined,
      budgeted,
    );
    await submit();
    expect(errorBeside('Most off per order')).toMatch(/campaign with a budget needs this/);
    expect(sent).not.toHaveBeenCalled();
  });
});
