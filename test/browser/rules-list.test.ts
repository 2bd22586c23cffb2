// The rule list (/rules) in a real Chromium: its four states, create → editor, duplicate,
// pause/resume with a confirmation, opening a rule by mouse and keyboard, and what an analyst sees.
import type { Locator, Page, Request, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createRule, paidOrder, publishedRule, ruleState } from './support/arrange';
import { login, screenshot, useConsole } from './support/harness';

const t = useConsole();

const rowOf = (page: Page, name: string): Locator =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

const visible = (locator: Locator) => locator.waitFor({ state: 'visible' });

/** The GraphQL operation a request carries (urql sends queries as GET, mutations as POST). */
function operationOf(request: Request): string {
  const url = new URL(request.url());
  if (url.pathname !== '/graphql') return '';
  const text = url.searchParams.get('query') ?? request.postData() ?? '';
  return /(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? '';
}

async function openList(page: Page): Promise<void> {
  await page.goto('/rules');
  await visible(page.getByRole('heading', { name: 'Rules', level: 1 }));
}

describe('rule list', () => {
  it('shows loading, then the API’s error in place, and recovers on “Try again”', async () => {
    const page = await t.page();
    await login(page);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const failOnce = async (route: Route) => {
      if (operationOf(route.request()) !== 'Rules') return route.continue();
      await held;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'the database is busy, try again' }] }),
      });
      await page.unroute('**/graphql*', failOnce);
    };
    await page.route('**/graphql*', failOnce);
    await page.reload();
    await visible(page.getByText('Loading rules…'));
    release();
    const alert = page.getByRole('alert');
    await visible(alert);
    expect(await alert.innerText()).toContain('the database is busy, try again');
    await screenshot(page, 'rules error');
    await page.getByRole('button', { name: 'Try again' }).click();
    await visible(page.getByText('No rules yet'));
  });

  it('says what to do next when there is no rule', async () => {
    const page = await t.page();
    await login(page);
    await visible(page.getByText('No rules yet'));
    await visible(page.getByRole('button', { name: 'Create your first rule' }));
    await screenshot(page, 'rules empty');
  });

  it('creates a rule in a dialog and opens its editor', async () => {
    const page = await t.page();
    await login(page);
    await page.getByRole('button', { name: 'New rule' }).click();
    const dialog = page.getByRole('dialog', { name: 'New rule' });
    await visible(dialog);
    // The name field has the focus: type straight away.
    await page.keyboard.type('Third order treat');
    await dialog.getByLabel('Description').fill('20 off for a third paid order');
    await dialog.getByRole('radio', { name: /^Experiment/ }).check();
    await screenshot(page, 'rules create dialog');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await page.waitForURL(/\/rules\/rul_[\w-]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    expect(await ruleState(t.api, id)).toMatchObject({
      name: 'Third order treat',
      status: 'DRAFT',
      mode: 'EXPERIMENT',
    });
    await openList(page);
    await visible(rowOf(page, 'Third order treat'));
  });

  it('lists every rule with its status, mode and published version', async () => {
    await publishedRule(t.api, 'VIP big basket');
    await publishedRule(t.api, 'Win-back 15 off', { paused: true, mode: 'EXPERIMENT' });
    await createRule(t.api, { name: 'Spring sale (idea)', description: 'Not ready: waits for the budget' });
    const page = await t.page();
    await login(page);
    const cells = async (name: string) =>
      (await rowOf(page, name).getByRole('cell').allTextContents()).slice(0, 7).map((c) => c.trim());
    await visible(rowOf(page, 'Spring sale (idea)'));
    expect(await cells('VIP big basket')).toEqual([
      'VIP big basket',
      'Active',
      'Automated',
      'v1',
      'order.paid',
      'Never',
      '0',
    ]);
    expect(await cells('Win-back 15 off')).toEqual([
      'Win-back 15 off',
      'Paused',
      'Experiment',
      'v1',
      'order.paid',
      'Never',
      '0',
    ]);
    expect(await cells('Spring sale (idea)')).toEqual([
      'Spring sale (idea)Not ready: waits for the budget',
      'Draft',
      'Automated',
      'Not published',
      'None yet',
      'Never',
      '0',
    ]);

    // Filters narrow the list and say when nothing matches.
    await page.getByRole('radio', { name: 'All' }).focus(); // from the keyboard: All → Active → Paused
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Paused' }).isChecked()).toBe(true);
    await visible(page.getByText(/^1 of \d+ rules/));
    expect(await rowOf(page, 'VIP big basket').count()).toBe(0);
    await page.getByRole('textbox', { name: 'Search rules' }).fill('spring');
    await visible(page.getByText('No rule matches'));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await visible(page.getByText(/^\d+ rules/));
    await visible(rowOf(page, 'VIP big basket'));
  });

  it('shows when a rule last fired and how many actions it took today', async () => {
    expect(await paidOrder(t.api, 'u-big-spender', 25_000)).toBe(1); // VIP big basket issues a coupon
    expect(await paidOrder(t.api, 'u-small-basket', 500)).toBe(0); // below its threshold
    const page = await t.page();
    await login(page);
    const row = rowOf(page, 'VIP big basket');
    await visible(row);
    expect(await row.getByRole('cell').nth(5).textContent()).toBe('just now');
    expect(await row.getByRole('cell').nth(6).textContent()).toBe('1');
    await screenshot(page, 'rules list');
  });

  it('duplicates a rule as a draft with the same graph', async () => {
    const page = await t.page();
    await login(page);
    await rowOf(page, 'VIP big basket').getByRole('button', { name: 'Duplicate VIP big basket' }).click();
    await visible(rowOf(page, 'VIP big basket (copy)'));
    await visible(page.getByText('Rule duplicated'));
    const ids = await page
      .getByRole('row')
      .filter({ hasText: 'VIP big basket' })
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule-id') ?? ''));
    const [copy, original] = await Promise.all(ids.map((id) => ruleState(t.api, id)));
    expect(copy).toMatchObject({ name: 'VIP big basket (copy)', status: 'DRAFT', activeVersion: null });
    expect(copy!.draft).toEqual(original!.draft);
  });

  it('pauses and resumes a published rule after a confirmation', async () => {
    const page = await t.page();
    await login(page);
    const row = rowOf(page, 'VIP big basket');
    const status = () => row.getByRole('cell').nth(1).textContent();

    await row.getByRole('button', { name: 'Pause VIP big basket' }).click();
    let dialog = page.getByRole('dialog', { name: 'Pause “VIP big basket”?' });
    await visible(dialog);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await ruleState(t.api, await row.getAttribute('data-rule-id').then(String))).status).toBe(
      'ACTIVE',
    );

    await row.getByRole('button', { name: 'Pause VIP big basket' }).click();
    await visible(dialog);
    await screenshot(page, 'rules pause confirm');
    await dialog.getByRole('button', { name: 'Pause rule' }).click();
    await visible(row.getByRole('button', { name: 'Resume VIP big basket' }));
    expect(await status()).toBe('Paused');
    const id = String(await row.getAttribute('data-rule-id'));
    expect((await ruleState(t.api, id)).status).toBe('PAUSED');

    await row.getByRole('button', { name: 'Resume VIP big basket' }).click();
    dialog = page.getByRole('dialog', { name: 'Resume “VIP big basket”?' });
    await dialog.getByRole('button', { name: 'Resume rule' }).click();
    await visible(row.getByRole('button', { name: 'Pause VIP big basket' }));
    expect(await status()).toBe('Active');
    expect((await ruleState(t.api, id)).status).toBe('ACTIVE');
  });

  it('opens a rule from its row with the mouse, and from the keyboard', async () => {
    const page = await t.page();
    await login(page);
    const row = rowOf(page, 'Win-back 15 off');
    const id = String(await row.getAttribute('data-rule-id'));
    await row.getByRole('cell').nth(2).click(); // anywhere on the row
    await page.waitForURL(`**/rules/${id}`);

    await openList(page);
    const link = page.getByRole('link', { name: 'Win-back 15 off', exact: true });
    // Tab from the top of the page until the rule's link has the focus, then press Enter.
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/rules/${id}`);
  });

  it('shows an analyst every rule but no button that changes one', async () => {
    const analyst = await t.createStaff('analyst');
    const page = await t.page();
    await login(page, analyst);
    await visible(rowOf(page, 'VIP big basket'));
    for (const name of [/^New rule$/, /^Duplicate/, /^Pause/, /^Resume/])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    await screenshot(page, 'rules analyst');
  });
});
