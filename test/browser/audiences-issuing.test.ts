// The audience and issuing screens in a real Chromium against a real server: a static audience from a
// CSV of 10 000 ids with its progress reaching 100 %, a CSV with malformed rows and its rejected rows,
// a dynamic audience built from condition blocks with its live estimate, a membership check, issuing
// to the 10 000 with a 10 % holdout until issued + held out = members, and what an analyst sees.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import { apiKey, createTemplate } from '../support/server';
import { login, screenshot, useConsole } from './support/harness';

const t = useConsole();

const visible = (l: Locator, timeout?: number) =>
  l.waitFor({ state: 'visible', ...(timeout && { timeout }) });

const MEMBERS = 10_000;
const ids = Array.from({ length: MEMBERS }, (_, i) => `cust-${String(i).padStart(5, '0')}`);

async function newAudience(page: Page, name: string, kind: 'Conditions' | 'Uploaded list (CSV)') {
  await page.goto('/audiences');
  await page.getByRole('button', { name: 'New audience' }).click();
  const dialog = page.getByRole('dialog', { name: 'New audience' });
  await dialog.getByLabel(/^Name/).fill(name);
  await dialog.getByText(kind).click();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/audiences\/aud/);
  await visible(page.getByRole('heading', { name, level: 1 }));
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

async function upload(page: Page, name: string, csv: string) {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
}

/** Every value the progress bar's `data-percent` takes from now on. */
async function watchProgress(page: Page, testId: string) {
  await page.evaluate((id) => {
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    const record = () => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      const v = el?.getAttribute('data-percent');
      if (v != null && seen[seen.length - 1] !== Number(v)) seen.push(Number(v));
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-percent'],
    });
  }, testId);
  return () => page.evaluate(() => (window as unknown as { seen: number[] }).seen);
}

let bigAudience = '';

describe('audiences', () => {
  it('uploads a CSV of 10 000 ids and the progress reaches 100 %', async () => {
    const page = await t.page();
    await login(page);
    bigAudience = await newAudience(page, 'Newsletter 10k', 'Uploaded list (CSV)');
    const seen = await watchProgress(page, 'upload-progress');
    await upload(page, 'members.csv', ['user_id', ...ids].join('\n'));
    await visible(page.getByTestId('upload-status').getByText('done: 10,000 members'), 60_000);
    const values = await seen();
    expect(values.at(-1)).toBe(100);
    expect(values.some((v) => v > 0 && v < 100)).toBe(true); // it moved in steps
    expect([...values].sort((a, b) => a - b)).toEqual(values); // and only forward
    await visible(page.getByTestId('audience-size').getByText('10,000 users'));
    await screenshot(page, 'audience csv upload done');
    // The membership check, for a member and for someone else.
    await page.getByLabel('User id').fill('cust-04242');
    await page.getByRole('button', { name: 'Check' }).click();
    await visible(page.getByTestId('membership-result').getByText('is a member.'));
    await page.getByLabel('User id').fill('stranger');
    await page.getByRole('button', { name: 'Check' }).click();
    await visible(page.getByTestId('membership-result').getByText('is not a member.'));
    await screenshot(page, 'audience membership check');
  });

  it('reports the malformed rows of a CSV by their line in the file', async () => {
    const page = await t.page();
    await login(page);
    await newAudience(page, 'Hand-typed list', 'Uploaded list (CSV)');
    const csv = ['user_id', 'u-1', 'has space', 'u-2', '', 'bad!id', 'u-3', '"quoted,comma"'].join('\n');
    await upload(page, 'typed.csv', csv);
    await visible(page.getByTestId('upload-status').getByText('done: 3 members'));
    const table = page.getByTestId('rejected-rows');
    await visible(table);
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      '3 has space',
      '6 bad!id',
      '8 quoted,comma',
    ]);
    await visible(page.getByText('Rejected rows (3)', { exact: false }));
    await screenshot(page, 'audience csv rejected rows');
  });

  it('builds a dynamic audience from condition blocks with a live estimate', async () => {
    // Known users: 40 have been seen (a page view each), 12 of them VIP.
    const app = t.anon.withToken(await apiKey(t.api, ['events:write']));
    const seen = [...ids.slice(0, 30), ...Array.from({ length: 10 }, (_, i) => `walk-in-${i}`)];
    const tracked = await app.q(
      graphql(`
        mutation BrowserAudiencesTrack($e: [TrackEventInput!]!) {
          track(events: $e) {
            accepted
          }
        }
      `),
      {
        e: seen.map((userId, i) => ({
          id: `view-${i}`,
          type: 'page.viewed',
          userId,
          occurredAt: new Date().toISOString(),
          properties: { path: '/' },
          userAttributes: { tier: i < 12 ? 'VIP' : 'BASIC' },
        })),
      },
    );
    expect(tracked.track.accepted).toBe(40);
    const page = await t.page();
    await login(page);
    await newAudience(page, 'VIP customers', 'Conditions');
    await visible(page.getByTestId('audience-size').getByText(/users?$/));
    await page.locator('input[aria-label="All conditions: add a condition"]').click();
    await page.getByRole('option', { name: 'User attribute' }).click();
    const leaf = page.getByTestId('condition-leaf');
    await visible(leaf);
    const attribute = leaf.getByLabel(/^Attribute/).first();
    await attribute.click();
    await attribute.fill('tier');
    await page.getByRole('option', { name: /^tier/ }).first().click();
    await leaf
      .getByLabel(/^Operator/)
      .first()
      .click();
    await page
      .getByRole('option', { name: /equals/ })
      .first()
      .click();
    await leaf
      .getByRole('group', { name: /^Value/ })
      .getByRole('textbox')
      .fill('VIP');
    // The estimate counts the known users who match, and shows a sample.
    await visible(page.getByTestId('audience-size').getByText('12 users'), 20_000);
    await visible(page.getByRole('list', { name: 'Sample of members' }).getByText('cust-00000'));
    // Negated: the other 28.
    await leaf.getByRole('switch', { name: 'Negate (NOT)' }).check({ force: true });
    await visible(page.getByTestId('audience-size').getByText('28 users'), 20_000);
    await leaf.getByRole('switch', { name: 'Negate (NOT)' }).uncheck({ force: true });
    await visible(page.getByTestId('audience-size').getByText('12 users'), 20_000);
    await screenshot(page, 'audience condition builder');
    await page.getByRole('button', { name: 'Add group' }).click();
    await visible(page.getByRole('group', { name: 'Group at level 1' }));
    await page.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByText('Saved', { exact: true }));
    await visible(page.getByText('Empty OR group: it matches nobody until it has a condition.'));
    await screenshot(page, 'audience condition builder saved');
  });
});

describe('issuing by hand', () => {
  it('issues to the 10 000 with a 10 % holdout: issued + held out = members', async () => {
    expect(bigAudience).not.toBe('');
    await createTemplate(t.api, { name: 'Spring 5 off', amount: 500 });
    const page = await t.page();
    await login(page);
    await page.goto('/issuing');
    await visible(page.getByRole('heading', { name: 'Issuing by hand', level: 1 }));
    const form = page.getByRole('form', { name: 'New issue' });
    // Errors beside the fields: nothing picked, a holdout out of range.
    await form.getByLabel(/^Holdout/).fill('150');
    await form.getByRole('button', { name: 'Start issuing' }).click();
    await visible(form.getByText('Pick a template'));
    await visible(form.getByText('A holdout is more than 0 and less than 100 %'));
    await screenshot(page, 'issuing form errors');

    await form.getByLabel(/^Coupon template/).fill('Spring');
    await page.getByRole('option', { name: /Spring 5 off/ }).click();
    await form.getByLabel(/^Audience/).click();
    await page.getByRole('option', { name: /Newsletter 10k/ }).click();
    await form.getByLabel(/^Holdout/).fill('10');
    await form.getByRole('button', { name: 'Start issuing' }).click();
    await page.waitForURL(/\/issuing\/job/);
    const panel = page.getByTestId('job-panel');
    await visible(panel.getByText('done', { exact: true }), 90_000);
    await visible(page.getByTestId('job-balance'));
    const jobId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const { bulkIssueJob: job } = await t.api.q(
      graphql(`
        query BrowserIssuingJob($id: ID!) {
          bulkIssueJob(id: $id) {
            total
            issued
            heldOut
            skipped
            failed
            percent
          }
        }
      `),
      { id: jobId },
    );
    expect(job).toMatchObject({ total: MEMBERS, percent: 100, skipped: 0, failed: 0 });
    expect(job.issued + job.heldOut).toBe(MEMBERS);
    expect(Math.abs(job.heldOut - MEMBERS / 10)).toBeLessThan(150); // 5 standard deviations
    const counts = await page.getByTestId('job-counts').innerText();
    expect(counts).toContain(`${job.issued.toLocaleString('en')} issued`);
    expect(counts).toContain(`${job.heldOut.toLocaleString('en')} held out`);
    expect(await panel.getByTestId('job-progress').getAttribute('data-percent')).toBe('100');
    expect(await page.getByTestId('job-balance').innerText()).toContain(
      'issued + held out = 10,000 of 10,000',
    );
    await screenshot(page, 'issuing job done');
    // The experiment link: right after the job no window has elapsed yet, and it says so.
    await panel.getByRole('button', { name: 'Experiment result' }).click();
    await visible(page.getByTestId('job-experiment').getByText(/window is longer than the data/));
    await screenshot(page, 'issuing job experiment');
    // The history lists it.
    await visible(page.getByRole('table', { name: 'Jobs' }).getByRole('row').nth(1));
  });

  it('shows an analyst the audiences and the jobs but no button that changes them', async () => {
    const analyst = await t.createStaff('analyst');
    const page = await t.page();
    await login(page, analyst);
    await page.goto('/audiences');
    await visible(page.getByRole('link', { name: 'Newsletter 10k' }));
    expect(await page.getByRole('button', { name: 'New audience' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Newsletter 10k' }).click();
    await visible(page.getByTestId('audience-size').getByText('10,000 users'));
    for (const name of ['Delete', 'Upload', 'Save'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    await screenshot(page, 'audience analyst');
    await page.goto('/issuing');
    await visible(page.getByRole('table', { name: 'Jobs' }));
    expect(await page.getByRole('form', { name: 'New issue' }).count()).toBe(0);
    for (const name of ['Start issuing', 'Pause', 'Resume', 'Cancel'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    await screenshot(page, 'issuing analyst');
  });
});
