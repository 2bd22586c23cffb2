// Campaigns and coupon templates in a real Chromium against a real server: a campaign created with a
// budget (its budget bar), one template of each kind created through the form with its wallet
// preview, bad input refused beside its field with nothing saved (checked over the API), a server
// refusal shown on its field, life cycle and a minted code batch downloaded as CSV, and an analyst who
// sees no write buttons.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import { CLAIM, createTemplate } from '../support/server';
import { login, screenshot, useConsole } from './support/harness';

const t = useConsole();

const visible = (locator: Locator) => locator.waitFor({ state: 'visible' });
/** The input a label names exactly (Mantine's labels end with " *" when required). */
const input = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The message Mantine shows beside a field (its aria-describedby error). */
async function errorBeside(page: Page, label: string): Promise<string> {
  const field = input(page, label);
  await page.waitForFunction(
    (el) => el?.getAttribute('aria-invalid') === 'true',
    await field.elementHandle(),
  );
  const ids = ((await field.getAttribute('aria-describedby')) ?? '')
    .split(' ')
    .filter((id) => id.endsWith('-error'));
  return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()))).join(' ');
}

async function templateCount(): Promise<number> {
  const r = await t.api.q(
    graphql(`
      query BrowserTemplateCount {
        templates(first: 1) {
          totalCount
        }
      }
    `),
  );
  return r.templates.totalCount;
}

async function createCampaign(name: string, budget: number | null): Promise<string> {
  const r = await t.api.q(
    graphql(`
      mutation BrowserCreateCampaign($i: CreateCampaignInput!) {
        createCampaign(input: $i) {
          id
        }
      }
    `),
    { i: { name, budget } },
  );
  return r.createCampaign.id;
}

describe('campaigns', () => {
  it('creates a campaign with a budget and shows its budget bar', async () => {
    const page = await t.page();
    await login(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
    await visible(page.getByRole('heading', { name: 'Campaigns', level: 1 }));
    await visible(page.getByText('No campaigns yet'));
    await screenshot(page, 'campaigns empty');

    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog');
    await input(page, 'Name').fill('Spring sale');
    await input(page, 'Budget').fill('-10');
    await dialog.getByRole('button', { name: 'Create campaign' }).click();
    expect(await errorBeside(page, 'Budget')).toBe('Must not be negative');
    await input(page, 'Budget').fill('2500');
    await screenshot(page, 'campaign create');
    await dialog.getByRole('button', { name: 'Create campaign' }).click();
    await page.waitForURL(/\/campaigns\/[^/]+$/);
    await visible(page.getByRole('heading', { name: 'Spring sale', level: 1 }));
    const bar = page.getByTestId('budget-bar');
    await visible(bar);
    expect(await bar.innerText()).toContain('$2,500.00 left of $2,500.00');
    expect(await page.getByTestId('redemption-rate').innerText()).toContain('100 % redemption (worst case');

    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const r = await t.api.q(
      graphql(`
        query BrowserCampaign($id: ID!) {
          campaign(id: $id) {
            name
            budget
            status
          }
        }
      `),
      { id },
    );
    expect(r.campaign).toEqual({ name: 'Spring sale', budget: 250_000, status: 'ACTIVE' });
    // A template in it, so the detail shows its list.
    await createTemplate(t.api, { name: 'Spring 10 off', campaignId: id, amount: 1000 });
    await page.reload();
    await visible(page.getByRole('link', { name: 'Spring 10 off' }));
    await screenshot(page, 'campaign detail');

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Pause' }).click();
    await visible(page.getByRole('button', { name: 'Resume' }));

    await page.goto('/campaigns');
    await visible(page.getByRole('link', { name: 'Spring sale' }));
    await screenshot(page, 'campaigns list');
  });
});

interface KindCase {
  kind: string;
  name: string;
  fill: [string, string][];
  headline: string;
}

const KIND_CASES: KindCase[] = [
  {
    kind: 'Amount off',
    name: 'Five off fifty',
    fill: [
      ['Amount off', '5'],
      ['Minimum spend', '50'],
    ],
    headline: '$5.00 off',
  },
  {
    kind: 'Percent off',
    name: 'Ten percent',
    fill: [
      ['Percent off', '10'],
      ['Most off per order', '20'],
    ],
    headline: '10 % off, up to $20.00',
  },
  {
    kind: 'Step amount off',
    name: 'Steps',
    fill: [
      ['Amount off', '5'],
      ['For every', '50'],
      ['Most off per order', '30'],
    ],
    headline: '$5.00 off every $50.00 spent, up to $30.00',
  },
  {
    kind: 'Free merchandise',
    name: 'Free mug',
    fill: [
      ['Free SKU', 'MUG-1'],
      ['Units free', '2'],
      ['Worth at most per free unit', '4.5'],
    ],
    headline: '2 × MUG-1 free',
  },
  { kind: 'Cash', name: 'Cash ten', fill: [['Stored value', '10']], headline: '$10.00 to spend' },
  {
    kind: 'Interest rate',
    name: 'Interest boost',
    fill: [
      ['Extra annual interest', '1.5'],
      ['For at most (days)', '30'],
      ['Principal up to', '1000'],
    ],
    headline: '+1.5 % a year for 30 days on up to $1,000.00',
  },
  {
    kind: 'Buy X get Y',
    name: 'Buy two get one',
    fill: [
      ['Buy (items)', '2'],
      ['Get (items)', '1'],
      ['Most off per order', '15'],
    ],
    headline: 'Buy 2, get 1 free — cheapest first',
  },
  {
    kind: 'Buy X get Y',
    name: 'Shoes and socks',
    fill: [
      ['Buy (items)', '2'],
      ['Get (items)', '1'],
      ['Get from categories', 'socks'],
      ['Most off per order', '15'],
    ],
    headline: 'Buy 2, get 1 sock free — cheapest first',
  },
  {
    kind: 'Shipping',
    name: 'Free shipping',
    fill: [
      ['Shipping discount cap', '15'],
      ['Goods spend from', '50'],
    ],
    headline: 'Free shipping (up to $15.00)',
  },
];

describe('coupon templates', () => {
  it('creates one template of each kind through the form and sees its preview', async () => {
    const page = await t.page();
    await login(page);
    for (const c of KIND_CASES) {
      await page.goto('/templates/new');
      await visible(page.getByRole('heading', { name: 'New coupon template' }));
      await input(page, 'Name').fill(c.name);
      await pick(page, 'Kind', c.kind);
      for (const [label, value] of c.fill) await input(page, label).fill(value);
      await input(page, 'Total coupons').fill('100');
      const preview = page.getByTestId('wallet-preview');
      await page.waitForFunction(
        ([h]) => document.querySelector('[data-testid="preview-headline"]')?.textContent === h,
        [c.headline],
      );
      expect(await preview.getByTestId('preview-validity').innerText()).toBe('Valid 7 days after claiming');
      await screenshot(page, `template form ${c.kind}`);
      await page.getByRole('button', { name: 'Create draft' }).click();
      await page.waitForURL(/\/templates\/(?!new)[^/]+$/);
      await visible(page.getByRole('heading', { name: c.name, level: 1 }));
      expect(await page.getByTestId('preview-headline').innerText()).toBe(c.headline);
    }
    await screenshot(page, 'template detail');
    const r = await t.api.q(
      graphql(`
        query BrowserTemplateKinds {
          templates(first: 50) {
            nodes {
              name
              kind
              status
              quotaTotal
            }
          }
        }
      `),
    );
    const made = r.templates.nodes.filter((n) => KIND_CASES.some((c) => c.name === n.name));
    expect(made.map((n) => n.kind).sort()).toEqual([
      'AMOUNT_OFF',
      'BUY_X_GET_Y',
      'BUY_X_GET_Y',
      'CASH',
      'INTEREST_RATE',
      'MERCHANDISE',
      'PERCENT_OFF',
      'SHIPPING_OFF',
      'STEP_AMOUNT_OFF',
    ]);
    expect(made.every((n) => n.status === 'DRAFT' && n.quotaTotal === 100)).toBe(true);
    await page.goto('/templates');
    await visible(page.getByRole('link', { name: 'Interest boost' }));
    await screenshot(page, 'templates list');
  });

  it('refuses bad input beside its field and saves nothing; a server refusal lands on its field', async () => {
    const page = await t.page();
    await login(page);
    const before = await templateCount();
    await page.goto('/templates/new');
    await input(page, 'Name').fill('Bad one');
    await input(page, 'Amount off').fill('-5');
    await page.getByRole('button', { name: 'Create draft' }).click();
    expect(await errorBeside(page, 'Amount off')).toBe('Must not be negative');

    await pick(page, 'Kind', 'Percent off');
    await input(page, 'Percent off').fill('150');
    await page.getByRole('button', { name: 'Create draft' }).click();
    expect(await errorBeside(page, 'Percent off')).toBe('At most 100 %');

    await input(page, 'Percent off').fill('15');
    await page.getByText('Fixed dates (absolute)', { exact: true }).click();
    await input(page, 'Valid from').fill('2030-06-10T10:00');
    await input(page, 'Valid until').fill('2030-06-01T10:00');
    await page.getByRole('button', { name: 'Create draft' }).click();
    expect(await errorBeside(page, 'Valid until')).toBe('Must be after the start');
    await input(page, 'Valid until').scrollIntoViewIfNeeded();
    await screenshot(page, 'template bad input');
    expect(await templateCount()).toBe(before);

    // The server's own rule: a delay that leaves no usable window before the end.
    await page.getByText('From claiming (relative)', { exact: true }).click();
    await input(page, 'Valid for').fill('1');
    await input(page, 'Delay').fill('30');
    const soon = new Date(Date.now() + 2 * 86_400_000);
    const p = (n: number) => String(n).padStart(2, '0');
    await input(page, 'Never valid after').fill(
      `${soon.getFullYear()}-${p(soon.getMonth() + 1)}-${p(soon.getDate())}T${p(soon.getHours())}:${p(soon.getMinutes())}`,
    );
    await page.getByRole('button', { name: 'Create draft' }).click();
    expect(await errorBeside(page, 'Delay')).toBe('the delay leaves no usable window before validUntil');
    await input(page, 'Delay').scrollIntoViewIfNeeded();
    await screenshot(page, 'template server error');
    expect(await templateCount()).toBe(before);
  });

  it('activates, pauses and ends a template (confirmed) and downloads a minted code batch as CSV', async () => {
    const tpl = await createTemplate(t.api, { name: 'Codes coupon', activate: false });
    const page = await t.page();
    await login(page);
    await page.goto(`/templates/${encodeURIComponent(tpl.id)}`);
    await visible(page.getByRole('heading', { name: 'Codes coupon', level: 1 }));
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Activate' }).click();
    await visible(page.getByRole('button', { name: 'Pause' }));

    await input(page, 'How many').fill('25');
    await input(page, 'Prefix').fill('SPRING-');
    await page.getByRole('button', { name: 'Mint codes' }).click();
    await visible(page.getByTestId('minted-batch'));
    await visible(page.getByText('25 unused · 0 claimed'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe('code');
    expect(csv).toHaveLength(26);
    expect(csv.slice(1).every((c) => /^SPRING-[0-9A-Z]{10}$/.test(c))).toBe(true);
    await screenshot(page, 'template codes');

    await page.getByRole('button', { name: 'End' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End template' }).click();
    await visible(page.getByText('Ended', { exact: true }));
    const r = await t.api.q(
      graphql(`
        query BrowserTemplateCodes($id: ID!) {
          template(id: $id) {
            status
            codes {
              unused
            }
          }
        }
      `),
      { id: tpl.id },
    );
    expect(r.template).toEqual({ status: 'ENDED', codes: { unused: 25 } });
  });
});

describe('editing a template', () => {
  it('locks what is fixed once created, refuses a quota below what is issued beside its field, saves a change', async () => {
    const tpl = await createTemplate(t.api, { name: 'Editable coupon', quotaTotal: 50 });
    const claimed = await t.api.q(CLAIM, {
      i: { templateId: tpl.id, userId: 'u-edit-1', deviceId: 'd-edit-1', idempotencyKey: 'edit-1' },
    });
    expect(claimed.claimCoupon.__typename).toBe('ClaimSuccess');
    const page = await t.page();
    await login(page);
    await page.goto(`/templates/${encodeURIComponent(tpl.id)}`);
    await page.getByRole('link', { name: 'Edit' }).click();
    await visible(page.getByRole('heading', { name: 'Edit coupon template' }));
    expect(await input(page, 'Amount off').isDisabled()).toBe(true);
    expect(await input(page, 'Name').isDisabled()).toBe(false);
    await screenshot(page, 'template edit');

    await input(page, 'Total coupons').fill('0');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await errorBeside(page, 'Total coupons')).toContain('cannot go below 1');
    await input(page, 'Total coupons').scrollIntoViewIfNeeded();
    await screenshot(page, 'template edit refused');

    await input(page, 'Name').fill('Edited coupon');
    await input(page, 'Total coupons').fill('80');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await visible(page.getByRole('heading', { name: 'Edited coupon', level: 1 }));
    const r = await t.api.q(
      graphql(`
        query BrowserEditedTemplate($id: ID!) {
          template(id: $id) {
            name
            quotaTotal
            amount
          }
        }
      `),
      { id: tpl.id },
    );
    expect(r.template).toEqual({ name: 'Edited coupon', quotaTotal: 80, amount: 500 });
  });
});

describe('an analyst', () => {
  it('sees campaigns and templates without any write button', async () => {
    const campaignId = await createCampaign('Read-only campaign', 100_000);
    const tpl = await createTemplate(t.api, { name: 'Read-only coupon', campaignId });
    const page = await t.page();
    await login(page, await t.createStaff('analyst'));
    const writeButtons =
      /^(New campaign|New template|New template in this campaign|Edit|Pause|Resume|End|Activate|Mint codes)$/;

    await page.goto('/campaigns');
    await visible(page.getByRole('link', { name: 'Read-only campaign' }));
    expect(await page.getByRole('button', { name: writeButtons }).count()).toBe(0);
    await page.goto(`/campaigns/${encodeURIComponent(campaignId)}`);
    await visible(page.getByRole('link', { name: 'Read-only coupon' }));
    expect(await page.getByRole('button', { name: writeButtons }).count()).toBe(0);
    await screenshot(page, 'campaign detail analyst');
    await page.goto('/templates');
    await visible(page.getByRole('link', { name: 'Read-only coupon' }));
    expect(await page.getByRole('button', { name: writeButtons }).count()).toBe(0);
    await page.goto(`/templates/${encodeURIComponent(tpl.id)}`);
    await visible(page.getByRole('heading', { name: 'Read-only coupon', level: 1 }));
    expect(await page.getByRole('button', { name: writeButtons }).count()).toBe(0);
    await screenshot(page, 'template detail analyst');
  });
});
