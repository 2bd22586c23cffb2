// Long lists and the claim history in a real Chromium against a real server: a claim refused by the
// account limit shows in the user lookup with its reason in words; the wallet's "Load 100 more" pages
// walletConnection with its opaque endCursor; 10 000 templates load a page at a time as the list is
// scrolled while the DOM holds only a window of rows.
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import { CLAIM, createTemplate } from '../support/server';
import { copyTemplates } from './support/arrange';
import { login, screenshot, useConsole } from './support/harness';

// claims made back to back by one account in the arrangement: no claim rate limit
const t = useConsole({ CLAIM_RATE_PER_ACCOUNT: '0', CLAIM_RATE_PER_DEVICE: '0' });

let seq = 0;
async function claim(templateId: string, userId: string) {
  const r = await t.api.q(CLAIM, {
    i: { templateId, userId, deviceId: `phone-${userId}`, idempotencyKey: `lists-${++seq}` },
  });
  return r.claimCoupon;
}

/** The variables of a GraphQL operation a request carries (urql sends queries as GET). */
function variablesOf(request: Request, operation: string): Record<string, unknown> | null {
  const url = new URL(request.url());
  if (url.pathname !== '/graphql') return null;
  const text = url.searchParams.get('query') ?? '';
  if (!new RegExp(`query\\s+${operation}\\b`).test(text)) return null;
  return JSON.parse(url.searchParams.get('variables') ?? '{}') as Record<string, unknown>;
}

/** Rows of a table the DOM holds (a windowed body's spacer rows are aria-hidden). */
const domRows = (page: Page, name: string) =>
  page.evaluate(
    (n) => document.querySelectorAll(`table[aria-label="${n}"] tbody tr:not([aria-hidden="true"])`).length,
    name,
  );

async function lookUp(page: Page, userId: string) {
  await page.goto(`/users?id=${encodeURIComponent(userId)}`);
  await page.getByRole('region', { name: 'Wallet' }).waitFor();
}

describe('claim history and long lists', () => {
  it('shows a claim refused by the account limit with its reason in words', async () => {
    const template = await createTemplate(t.api, { name: 'One per customer 3.00', limitPerAccount: 1 });
    expect((await claim(template.id, 'u-refused')).__typename).toBe('ClaimSuccess');
    expect(await claim(template.id, 'u-refused')).toMatchObject({ reason: 'ACCOUNT_LIMIT' });
    const page = await t.page();
    await login(page);
    await lookUp(page, 'u-refused');
    const history = page.getByRole('region', { name: 'Claim history' });
    await history.getByText('coupon.claimed').waitFor();
    const refused = history.getByRole('table', { name: 'Refused claims' }).getByTestId('refused-claim');
    await refused.first().waitFor();
    expect(await refused.count()).toBe(1);
    const text = await refused.innerText();
    expect(text).toContain('One per customer 3.00');
    expect(text).toContain('Account limit reached');
    expect(text).toContain('This account has reached its limit for this coupon.');
    expect(text).toContain('phone-u-refused');
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'user lookup refused claim');
  });

  it('“Load 100 more” pages the wallet with walletConnection’s opaque endCursor', async () => {
    const template = await createTemplate(t.api, { name: 'Stackable 1.00' });
    for (let i = 0; i < 130; i++)
      expect((await claim(template.id, 'u-many')).__typename).toBe('ClaimSuccess');
    const page = await t.page();
    await login(page);
    const pages: Record<string, unknown>[] = [];
    page.on('request', (r) => {
      const v = variablesOf(r, 'UserLookupWalletPage');
      if (v) pages.push(v);
    });
    await lookUp(page, 'u-many');
    const wallet = page.getByRole('region', { name: 'Wallet' });
    await wallet.getByText('AVAILABLE · 100').waitFor();
    await wallet.getByText('100 of 130 coupons shown so far').waitFor();
    await wallet.getByRole('button', { name: 'Load 100 more' }).click();
    await wallet.getByText('AVAILABLE · 130').waitFor();
    await wallet.getByText('130 coupons (all)').waitFor();
    expect(pages).toHaveLength(1);
    const after = String(pages[0]!.after);
    // an opaque cursor from the connection, not a `validUntil:id` built by the console
    expect(after).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(after).not.toMatch(/^\d+:/);
    expect(Buffer.from(after, 'base64url').toString()).toMatch(/^cf1:\d+:/);
    // 130 coupons are more than a window: the list is windowed, the DOM holds fewer rows
    expect(await domRows(page, 'AVAILABLE coupons')).toBeLessThan(130);
    await wallet.scrollIntoViewIfNeeded();
    await screenshot(page, 'user lookup wallet load more');
  });

  it('scrolls 10 000 templates with only a window of rows in the DOM', async () => {
    const source = await createTemplate(t.api, { name: 'Seed template' });
    const before = await t.api.q(
      graphql(`
        query BrowserTemplateTotal {
          templates(first: 1) {
            totalCount
          }
        }
      `),
    );
    // 10 000 in all, whatever the tests before made
    const copies = 10_000 - before.templates.totalCount;
    await copyTemplates(t.db.url, source.id, copies, 'Bulk template');
    const named = (n: number) => `Bulk template ${String(n).padStart(5, '0')}`;
    const newest = named(copies);
    const page = await t.page();
    await login(page);
    const started = performance.now();
    await page.goto('/templates');
    const table = page.getByRole('table', { name: 'Coupon templates' });
    await table.getByRole('link', { name: newest }).waitFor();
    const firstRows = performance.now() - started;
    await page.getByText('of 10,000 templates').waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe('10001');
    const box = page.getByRole('region', { name: 'Coupon templates, scrollable' });
    const initial = await domRows(page, 'Coupon templates');
    expect(initial).toBeGreaterThan(10);
    expect(initial).toBeLessThan(80);
    await screenshot(page, 'templates 10000 top');

    // Scroll to the end of what is loaded, again and again: the next pages load, the window stays small.
    const maxRows: number[] = [];
    for (let i = 0; i < 6; i++) {
      await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await page.waitForTimeout(150);
      maxRows.push(await domRows(page, 'Coupon templates'));
    }
    await page.waitForFunction(() => {
      const t = document.querySelector('[data-testid="list-count"]')?.textContent ?? '';
      return /^([4-9]\d\d|\d,\d{3}) of 10,000/.test(t);
    });
    const loaded = await page.getByTestId('list-count').innerText();
    expect(Math.max(...maxRows)).toBeLessThan(80);
    // the rows in the DOM are from deep in the list, each with its place in the whole list
    const indexes = await page.evaluate(() =>
      [...document.querySelectorAll('table[aria-label="Coupon templates"] tbody tr[aria-rowindex]')].map(
        (r) => Number(r.getAttribute('aria-rowindex')),
      ),
    );
    expect(Math.min(...indexes)).toBeGreaterThan(200);
    await screenshot(page, 'templates 10000 scrolled');

    // Keyboard: the scroll box takes the focus, and Home goes back to the top.
    await box.focus();
    const scrolled = () => box.evaluate((el) => el.scrollTop);
    const deep = await scrolled();
    await page.keyboard.press('PageUp');
    await expect.poll(scrolled).toBeLessThan(deep);
    await box.evaluate((el) => el.scrollTo({ top: 0 }));
    await table.getByRole('link', { name: newest }).waitFor();
    // Tabbing through the rows' links moves the window along.
    await table.getByRole('link', { name: newest }).focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe(named(copies - 40));
    console.info(
      `[figures] 10 000 templates: first rows after ${Math.round(firstRows)} ms; ${initial} rows in the DOM at the top, at most ${Math.max(...maxRows)} while scrolling; loaded ${loaded}`,
    );
  }, 180_000);
});
