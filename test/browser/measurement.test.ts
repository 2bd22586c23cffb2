// The measurement pages in a real Chromium, on data arranged through the GraphQL API: the metrics
// dashboard with its charts (and their tables and CSV), the experiment page's sample-ratio warning on a
// skewed split, solidifying a rule, what an analyst sees, the budget page with its forecast, and LTV.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiKey } from '../support/server';
import {
  arrangeExperiment,
  claims,
  createCampaign,
  createStaticAudience,
  DISCOUNT,
  ruleMode,
} from './support/measure';
import { login, screenshot, useConsole } from './support/harness';

const t = useConsole();

const visible = (locator: Locator) => locator.waitFor({ state: 'visible' });
const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

let balanced: { ruleId: string; templateId: string };
let skewed: { ruleId: string; templateId: string };
let audienceId: string;
const TREATED = 100;
const TREATED_BUYERS = 40;

beforeAll(async () => {
  const app = t.anon.withToken(await apiKey(t.api, ['events:write', 'checkout']));
  const claimer = t.anon.withToken(await apiKey(t.api, ['coupons:claim']));
  const campaignId = await createCampaign(t.api, 'Spring growth', 300_000);
  balanced = await arrangeExperiment(t.api, app, t.db.url, 'Welcome back 5 off', campaignId, {
    treatment: TREATED,
    control: 100,
    buyTreatment: TREATED_BUYERS / TREATED,
    buyControl: 0.2,
    repeat: 30,
    trigger: 'page.viewed',
  });
  skewed = await arrangeExperiment(t.api, app, t.db.url, 'Broken split', campaignId, {
    treatment: 150,
    control: 50,
    buyTreatment: 0.3,
    buyControl: 0.2,
    trigger: 'user.signed_up',
  });
  await claims(claimer, balanced.templateId, 20);
  audienceId = await createStaticAudience(t.api, 'Lapsed buyers', 1_000);
  expect(audienceId).toBeTruthy();
}, 120_000);

/** Opens a rule's experiment page measured over a 12 h window (the arranged exposures are 20 h old). */
async function openExperiment(page: Page, ruleId: string): Promise<void> {
  await page.goto(`/rules/${encodeURIComponent(ruleId)}/experiment`);
  await visible(page.getByRole('heading', { level: 1, name: /^Experiment/ }));
  await page.getByText('hours', { exact: true }).click();
  await page.getByLabel('Window', { exact: true }).fill('12');
  await visible(page.getByText(/measured \(their 12 h window has elapsed\)/));
}

describe('measurement pages', () => {
  it('the metrics dashboard shows its charts with data, each readable as a table and as CSV', async () => {
    const page = await t.page();
    await login(page);
    await page.getByRole('link', { name: 'Metrics' }).click();
    await visible(page.getByRole('heading', { name: 'Metrics', level: 1 }));
    const redeemed = TREATED_BUYERS + 45; // the skewed split's 150 treated users × 0.3
    await visible(page.getByLabel('Redeemed').getByText(String(redeemed), { exact: true }));
    for (const title of [
      'Coupons per day',
      'Funnel',
      'Coupon-order share',
      'Subsidy by funder',
      'Revenue and gross profit',
      'New customers',
    ])
      await visible(card(page, title).locator('svg.recharts-surface').first());
    await screenshot(page, 'metrics dashboard');
    await card(page, 'Subsidy by funder').scrollIntoViewIfNeeded();
    await screenshot(page, 'metrics dashboard charts');
    await card(page, 'New customers').scrollIntoViewIfNeeded();
    await screenshot(page, 'metrics dashboard profit');

    // The funnel as a table: issued → claimed → redeemed.
    const funnel = card(page, 'Funnel');
    await funnel.getByText('Table', { exact: true }).click();
    const rows = funnel.getByRole('row');
    await visible(rows.nth(3));
    const cells = async (i: number) => (await rows.nth(i).getByRole('cell').allTextContents()).slice(0, 2);
    expect(await cells(1)).toEqual(['Issued', String(TREATED + 150 + 20)]);
    expect(await cells(2)).toEqual(['Claimed', '20']);
    expect(await cells(3)).toEqual(['Redeemed', String(redeemed)]);

    // Subsidy by funder as CSV: the same figures, in major units.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Subsidy by funder as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('subsidy-by-funder.csv');
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.trim().split(/\r?\n/)).toEqual(['Funder,Subsidy', `Platform,${(redeemed * DISCOUNT) / 100}`]);

    // A rule's scope, from the URL.
    await page.goto(`/metrics?kind=RULE&id=${encodeURIComponent(balanced.ruleId)}`);
    await visible(page.getByLabel('Redeemed').getByText(String(TREATED_BUYERS), { exact: true }));
    await screenshot(page, 'metrics dashboard rule scope');
  });

  it('the experiment page warns of a sample-ratio mismatch before any lift and blocks the recommendation', async () => {
    const page = await t.page();
    await login(page);
    await openExperiment(page, skewed.ruleId);
    const warning = page.getByTestId('srm-warning');
    await visible(warning);
    expect(await warning.innerText()).toContain('treatment 150, control 50');
    const lifts = card(page, 'Relative lift');
    await visible(lifts.locator('svg.recharts-surface'));
    expect((await warning.boundingBox())!.y).toBeLessThan((await lifts.boundingBox())!.y);
    expect(await page.getByTestId('recommendation').textContent()).toBe('Blocked by the sample-ratio check');
    await expect(page.getByRole('button', { name: 'Solidify…' }).isDisabled()).resolves.toBe(true);
    await visible(page.getByText(/The split is broken \(sample-ratio mismatch\)/));
    await screenshot(page, 'experiment srm warning');
    await page.getByRole('region', { name: 'Recommendation' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'experiment srm blocked recommendation');
  });

  it('solidifying a rule switches it to automated, keeping the holdout', async () => {
    const page = await t.page();
    await login(page);
    // From the rule editor's link.
    await page.goto(`/rules/${encodeURIComponent(balanced.ruleId)}`);
    await page.getByRole('link', { name: 'Experiment results' }).click();
    await page.waitForURL(/\/experiment$/);
    await page.getByText('hours', { exact: true }).click();
    await page.getByLabel('Window', { exact: true }).fill('12');
    await visible(page.getByTestId('srm-ok'));
    await visible(card(page, 'Absolute lift: Conversion').locator('svg.recharts-surface'));
    expect(await page.getByTestId('rule-mode').textContent()).toBe('Experiment');
    await screenshot(page, 'experiment page');
    await card(page, 'Absolute lift: Conversion').scrollIntoViewIfNeeded();
    await screenshot(page, 'experiment lifts');
    await page.getByRole('region', { name: 'Recommendation' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'experiment recommendation');
    await page.getByLabel('Holdout to keep (%)').fill('20');
    await page.getByRole('button', { name: 'Solidify…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Solidify this rule?' });
    await visible(dialog.getByText(/80 % of users get the coupon and 20 % stay in the control group/));
    await screenshot(page, 'experiment solidify dialog');
    await dialog.getByRole('button', { name: 'Solidify' }).click();
    await visible(page.getByTestId('rule-mode').getByText('Automated'));
    expect(await ruleMode(t.api, balanced.ruleId)).toBe('AUTOMATED');
    await screenshot(page, 'experiment solidified');
  });

  it('an analyst reads the experiment but gets no solidify button', async () => {
    const analyst = await t.createStaff('analyst');
    const page = await t.page();
    await login(page, analyst);
    await openExperiment(page, balanced.ruleId);
    await visible(page.getByTestId('recommendation'));
    expect(await page.getByRole('button', { name: /Solidify/ }).count()).toBe(0);
  });

  it('the budget page shows the burn-down and forecasts an issue with each figure’s source', async () => {
    const page = await t.page();
    await login(page);
    await page.getByRole('link', { name: 'Budgets' }).click();
    await visible(card(page, 'Budget burn-down').locator('svg.recharts-surface'));
    await visible(card(page, 'Budget committed').locator('svg.recharts-surface'));
    await page.getByRole('combobox', { name: 'Template' }).click();
    await page.getByRole('option', { name: 'Welcome back 5 off coupon' }).click();
    await page.getByRole('combobox', { name: 'Audience' }).click();
    await page.getByRole('option', { name: 'Lapsed buyers' }).click();
    await page.getByRole('button', { name: 'Forecast', exact: true }).click();
    const figures = page.getByRole('table', { name: 'Forecast figures' });
    await visible(figures);
    const text = await figures.innerText();
    for (const f of ['Audience size', 'Claim rate', 'Redemption rate', 'Mean discount'])
      expect(text).toContain(f);
    expect(text).toMatch(/1,000/);
    await visible(page.getByTestId('forecast-cost'));
    await screenshot(page, 'budgets');
    await page.getByRole('region', { name: 'Forecast' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'budgets forecast');
  });

  it('the LTV page shows cohort curves and the arms of an experiment', async () => {
    const page = await t.page();
    await login(page);
    await page.getByRole('link', { name: 'LTV' }).click();
    const curves = card(page, 'Revenue per customer by months since the first order');
    await visible(curves.locator('svg.recharts-surface'));
    await screenshot(page, 'ltv cohorts');
    await card(page, 'Expected LTV per customer').scrollIntoViewIfNeeded();
    await screenshot(page, 'ltv expected');
    await page.getByText('By experiment arm', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Rule' }).click();
    await page.getByRole('option', { name: 'Welcome back 5 off' }).click();
    await visible(curves.locator('svg.recharts-surface'));
    await curves.getByText('Table', { exact: true }).click();
    const header = await curves.getByRole('columnheader').allTextContents();
    expect(header).toEqual(expect.arrayContaining(['treatment', 'control']));
    await curves.getByText('Chart', { exact: true }).click();
    await screenshot(page, 'ltv arms');
  });
});
