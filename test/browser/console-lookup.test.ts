// The event catalogue, the user lookup and the partners screen in a real Chromium against a real
// server: a claim made over GraphQL shows in the user's wallet and claim history; a user a rule did
// not act for sees the failing node on the trace; a webhook endpoint created in the console against a
// local receiver shows its delivery; an analyst sees no write button on these screens.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import { CLAIM, createTemplate } from '../support/server';
import { paidOrder, publishedRule } from './support/arrange';
import { login, screenshot, useConsole } from './support/harness';

const t = useConsole({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });

let claimSeq = 0;
async function claim(templateId: string, userId: string): Promise<void> {
  const r = await t.api.q(CLAIM, {
    i: { templateId, userId, deviceId: `d-${userId}`, idempotencyKey: `lookup-${++claimSeq}` },
  });
  expect(r.claimCoupon.__typename).toBe('ClaimSuccess');
}

const received: string[] = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    received.push(body);
    res.writeHead(200).end('ok');
  });
});
let receiverUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

describe('user lookup, event types and partners', () => {
  it('finds a coupon claimed over GraphQL and its claim in the user lookup', async () => {
    const template = await createTemplate(t.api, { name: 'Lookup welcome 5.00' });
    await claim(template.id, 'u-lookup-1');
    const page = await t.page();
    await page.goto('/login');
    await login(page);
    await page.goto('/users');
    await page.getByLabel('User id').fill('u-lookup-1');
    await page.getByRole('button', { name: 'Look up' }).click();
    const wallet = page.getByRole('region', { name: 'Wallet' });
    await wallet.getByText('Lookup welcome 5.00').waitFor();
    await expect(wallet.getByText('AVAILABLE · 1').isVisible()).resolves.toBe(true);
    const history = page.getByRole('region', { name: 'Claim history' });
    await history.getByText('coupon.claimed').waitFor();
    await screenshot(page, 'user lookup claim');
  });

  it('shows the failing node of a rule that did not act for a user', async () => {
    const rule = await publishedRule(t.api, 'Big spender');
    expect(await paidOrder(t.api, 'u-lookup-2', 5_000)).toBe(0);
    const page = await t.page();
    await page.goto('/login');
    await login(page);
    await page.goto('/users?id=u-lookup-2');
    await page
      .getByRole('button', { name: `Why not: ${rule.name} on` })
      .first()
      .click();
    const canvas = page.getByTestId('trace-canvas');
    await canvas.getByTestId('block-amount').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="block-amount"]')?.getAttribute('data-status') === 'failed',
    );
    await expect(canvas.getByTestId('block-trigger').getAttribute('data-status')).resolves.toBe('passed');
    await expect(canvas.getByTestId('block-issue').getAttribute('data-status')).resolves.toBe('notReached');
    await expect(canvas.getByTestId('block-amount').innerText()).resolves.toContain('saw 5000');
    await canvas.scrollIntoViewIfNeeded();
    await screenshot(page, 'user lookup trace');

    // A paid order over the threshold: the rule acts, the firing is kept and its trace is shown.
    expect(await paidOrder(t.api, 'u-lookup-2', 20_000)).toBe(1);
    await page.reload();
    const firings = page.getByRole('table', { name: 'Rule firings' });
    await firings.getByText('issued 1 coupon').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="block-issue"]')?.getAttribute('data-status') === 'passed',
    );
    await expect(page.getByTestId('block-amount').getAttribute('data-status')).resolves.toBe('passed');
    await expect(page.getByTestId('block-issue').innerText()).resolves.toMatch(/issued cpn_/);
    await page.getByRole('region', { name: 'Wallet' }).getByText('Big spender coupon').waitFor();
    await page.getByTestId('trace-canvas').scrollIntoViewIfNeeded();
    await screenshot(page, 'user lookup firing');

    await page.goto('/events?type=order.paid');
    await page
      .getByRole('table', { name: 'Last events of order.paid' })
      .getByText('u-lookup-2')
      .first()
      .waitFor();
    await screenshot(page, 'event types');
  });

  it('creates a webhook endpoint against a local receiver and sees a delivery in its log', async () => {
    const page = await t.page();
    await page.goto('/login');
    await login(page);
    await page.goto('/partners');
    const form = page.getByRole('form', { name: 'New webhook endpoint' });
    await form.getByLabel('URL').fill(receiverUrl);
    await form.getByLabel('Description').fill('local receiver');
    await form.getByRole('button', { name: 'Create endpoint' }).click();
    await expect(page.getByTestId('shown-once').innerText()).resolves.toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('webhook-endpoint').getByText(receiverUrl).waitFor();

    const template = await createTemplate(t.api, { name: 'Webhook coupon' });
    await claim(template.id, 'u-lookup-3');
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Delivery log' }).click();
    const row = page.getByTestId('delivery-row').filter({ hasText: 'SUCCEEDED' }).first();
    await expect
      .poll(
        async () => {
          if (await row.isVisible()) return true;
          await page.getByRole('button', { name: 'Refresh' }).click();
          return false;
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    await row.getByRole('button', { name: 'Attempts' }).click();
    await expect(page.getByTestId('attempt-result').first().innerText()).resolves.toMatch(/^200 in \d/);
    await screenshot(page, 'partners webhooks');

    await page.getByRole('tab', { name: 'API keys' }).click();
    const keyForm = page.getByRole('form', { name: 'New API key' });
    await keyForm.getByLabel('Name').fill('Partner app');
    await keyForm.getByLabel('events:read').check();
    await keyForm.getByRole('button', { name: 'Create key' }).click();
    await expect(page.getByTestId('shown-once').innerText()).resolves.toMatch(/^cfk_/);
    await screenshot(page, 'partners api keys');
    await page.getByRole('button', { name: 'Done' }).click();
    await page
      .getByRole('table', { name: 'API keys' })
      .getByRole('button', { name: 'Revoke' })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await page
      .getByRole('table', { name: 'API keys' })
      .getByText(/^revoked/)
      .waitFor();

    await page.getByRole('tab', { name: 'Staff users' }).click();
    await page.getByRole('table', { name: 'Staff users' }).waitFor();
    await screenshot(page, 'partners staff');
  });

  it('defines a custom event type with its properties; a bad name is refused beside its field', async () => {
    const page = await t.page();
    await page.goto('/login');
    await login(page);
    await page.goto('/events');
    await page.getByRole('button', { name: 'New event type' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel(/^Name/).fill('Subscription Renewed');
    await form.getByRole('button', { name: 'Add a property' }).click();
    await form.getByLabel('Property 1 name').fill('plan');
    await form.getByRole('button', { name: 'Add a property' }).click();
    await form.getByLabel('Property 2 name').fill('months');
    await form.getByRole('combobox', { name: 'Property 2 type' }).click();
    await page.getByRole('option', { name: 'integer', exact: true }).click();
    await form.getByRole('button', { name: 'Create event type' }).click();
    await form.getByText('must look like `area.action`', { exact: false }).waitFor();
    await screenshot(page, 'event type refused');

    await form.getByLabel(/^Name/).fill('subscription.renewed');
    await form.getByRole('button', { name: 'Create event type' }).click();
    await form.waitFor({ state: 'detached' });
    const card = page.getByRole('listitem').filter({ hasText: 'subscription.renewed' });
    await card.getByText('months: integer').waitFor();
    await screenshot(page, 'event type defined');
    const r = await t.api.q(
      graphql(`
        query BrowserEventTypes {
          eventTypes {
            name
            builtin
            properties {
              name
              type
              required
            }
          }
        }
      `),
    );
    expect(r.eventTypes.find((e) => e.name === 'subscription.renewed')).toEqual({
      name: 'subscription.renewed',
      builtin: false,
      properties: [
        { name: 'plan', type: 'STRING', required: false },
        { name: 'months', type: 'INTEGER', required: false },
      ],
    });
  });

  it('shows an analyst no write buttons on these screens', async () => {
    const analyst = await t.createStaff('analyst');
    const page = await t.page();
    await page.goto('/login');
    await login(page, analyst);
    await page.goto('/partners');
    await page.getByText('Only an admin manages keys, endpoints and staff.').waitFor();
    await page.getByTestId('webhook-endpoint').first().waitFor();
    const writes = /^(Create|Revoke|Delete|Rotate|Disable|Enable|Replay|Deactivate)/;
    await expect(page.getByRole('button', { name: writes }).count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: 'API keys' }).count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: 'Staff users' }).count()).resolves.toBe(0);
    await screenshot(page, 'partners analyst');
    for (const path of ['/users?id=u-lookup-1', '/events']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('button', { name: writes }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: /^(New event type|Edit )/ }).count()).resolves.toBe(0);
    }
  });
});
