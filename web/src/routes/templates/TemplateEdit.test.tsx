// The template form in edit mode: what updateTemplate cannot change is locked, only what changed is
// sent (a cleared field as null), and the server's refusal lands beside its field.
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type TemplateDraft, emptyDraft, toUpdateInput } from './draft';
import { TemplateForm } from './TemplateForm';

afterEach(cleanup);

const saved: TemplateDraft = {
  ...emptyDraft('PERCENT_OFF'),
  name: 'Ten off',
  description: 'Spring',
  denomination: { discountPercent: 10, cap: 20 },
  quotaTotal: 500,
  limitPerAccount: 1,
  claimStartsAt: '2026-12-01T10:00',
};

function renderEdit(
  onSubmit = vi.fn(async (_i: unknown, _d: TemplateDraft) => null as CombinedError | null),
) {
  render(
    <MantineProvider>
      <TemplateForm mode="edit" initial={saved} campaigns={[]} audiences={[]} onSubmit={onSubmit} />
    </MantineProvider>,
  );
  return onSubmit;
}

const input = (label: string) =>
  screen.getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\s*\\*?$`), { selector: 'input' });

/** Disabled itself or by a disabled fieldset around it (as a browser treats it; jsdom does not). */
const disabled = (el: Element, label?: string) => {
  const off = el.matches(':disabled') || el.closest('fieldset[disabled]') != null;
  return label ? `${label}: ${off}` : off;
};

async function save() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await Promise.resolve();
  });
}

describe('template form in edit mode', () => {
  it('locks what the server fixes at creation and leaves the rest editable', () => {
    renderEdit();
    for (const fixed of [
      'Percent off',
      'Most off per order',
      'Valid for',
      'Only these SKUs',
      'Platform pays',
    ])
      expect(disabled(input(fixed), fixed)).toBe(`${fixed}: true`);
    for (const open of ['Name', 'Total coupons', 'Per account', 'Per device or cookie', 'Claimable from'])
      expect(disabled(input(open), open)).toBe(`${open}: false`);
    expect(disabled(screen.getByRole('checkbox', { name: 'Cart' }))).toBe(false);
    expect(disabled(screen.getByRole('switch', { name: 'A full refund returns the coupon' }))).toBe(false);
    expect(disabled(screen.getByRole('switch', { name: /Exclusive/ }))).toBe(true);
    expect(screen.queryByRole('switch', { name: /Activate at once/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Create/ })).toBeNull();
  });

  it('sends only what changed, a cleared field as null', async () => {
    const sent = renderEdit();
    fireEvent.change(input('Name'), { target: { value: 'Ten off, again' } });
    fireEvent.change(input('Total coupons'), { target: { value: '800' } });
    fireEvent.change(input('Claimable from'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cart' }));
    await save();
    expect(sent).toHaveBeenCalledOnce();
    const draft = sent.mock.calls[0]![1];
    expect(toUpdateInput(saved, draft)).toEqual({
      name: 'Ten off, again',
      quotaTotal: 800,
      claimStartsAt: null,
      placements: ['CENTER', 'CART'],
    });
  });

  it('nothing changed: an empty input', () => {
    expect(toUpdateInput(saved, { ...saved, placements: [...saved.placements] })).toEqual({});
  });

  it('refuses a bad quota beside its field and sends nothing', async () => {
    const sent = renderEdit();
    fireEvent.change(input('Total coupons'), { target: { value: '-3' } });
    await save();
    expect(sent).not.toHaveBeenCalled();
    expect(input('Total coupons').getAttribute('aria-invalid')).toBe('true');
  });

  it("puts the server's refusal beside its field", async () => {
    const sent = vi.fn(
      async () =>
        new CombinedError({
          graphQLErrors: [
            {
              message: 'input.quotaTotal: cannot go below 120 (issued or scheduled)',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.quotaTotal' },
            },
          ],
        }),
    );
    renderEdit(sent);
    fireEvent.change(input('Total coupons'), { target: { value: '100' } });
    await save();
    expect(sent).toHaveBeenCalledOnce();
    const el = input('Total coupons');
    expect(el.getAttribute('aria-invalid')).toBe('true');
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
    expect(ids.map((id) => document.getElementById(id)?.textContent).join(' ')).toBe(
      'cannot go below 120 (issued or scheduled)',
    );
  });
});
