// `pnpm demo` end to end: its entry builds the demo workspace on a temporary SQLite file (through the
// public API only), then every console screen is opened in a real Chromium and must show the
// workspace (rows, charts with data), with screenshots of each. A second start reuses the data.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient } from '../support/gql';
import { ROOT } from '../support/server';
import { screenshot } from './support/artifacts';
import { CHROMIUM_ARGS } from './support/chromium';
import { guard } from './support/guard';
import { VIEWPORT, login } from './support/harness';

const ADMIN = { email: 'admin@demo.couponflow.local', password: 'couponflow-demo-2026' };

interface Demo {
  child: ChildProcess;
  url: string;
  output: string[];
  stop(): Promise<void>;
}

/** Starts the demo's entry (as `pnpm demo` does after building the console) and waits for its banner. */
async function startDemo(db: string): Promise<Demo> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/scripts/demo/main.ts', '--db', db, '--port', '0'],
    {
      cwd: join(ROOT, 'server'),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', WEB_DIST: inject('webDist') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo did not start:\n${output.join('')}`)), 280_000);
    child.stdout!.on('data', (b: Buffer) => {
      output.push(b.toString());
      const m = /Console:\s+(http:\/\/\S+)/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (b: Buffer) => output.push(b.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited with ${code}:\n${output.join('')}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    url,
    output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const visible = (l: Locator) => l.first().waitFor({ state: 'visible' });
const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
/** A chart whose series has at least this many points drawn. */
async function chartWithPoints(region: Locator, min: number): Promise<void> {
  await visible(region.locator('svg.recharts-surface'));
  await expect
    .poll(async () =>
      region
        .locator(
          'path.recharts-curve, path.recharts-rectangle, .recharts-bar-rectangle path, .recharts-line-dot, .recharts-area-area',
        )
        .count(),
    )
    .toBeGreaterThan(0);
  const d = await region
    .locator('path.recharts-curve, path.recharts-area-area')
    .evaluateAll((ps) => Math.max(0, ...ps.map((p) => (p.getAttribute('d') ?? '').split(/[LC]/).length)));
  const bars = await region.locator('.recharts-bar-rectangle').count();
  expect(Math.max(d, bars)).toBeGreaterThanOrEqual(min);
}

let dir = '';
let demo: Demo;
let browser: Browser;
let cartRuleId = '';
let springId = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cf-demo-'));
  demo = await startDemo(join(dir, 'demo.db'));
  const built = /demo: built in .*/.exec(demo.output.join(''));
  expect(built).not.toBeNull();
  console.log(built![0]); // the build time, in CI's log
  const anon = new GqlClient(`${demo.url.replace(/\/$/, '')}`);
  const token = (
    (await anon.raw(
      `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }`,
    )) as {
      data: { login: { token: string } };
    }
  ).data.login.token;
  const rules = (await anon.withToken(token).raw(`{ rules { id name mode status } }`)) as {
    data: { rules: { id: string; name: string; mode: string }[] };
  };
  cartRuleId = rules.data.rules.find((r) => r.name === 'Cart recovery experiment')!.id;
  const campaigns = (await anon.withToken(token).raw(`{ campaigns(first: 20) { nodes { id name } } }`)) as {
    data: { campaigns: { nodes: { id: string; name: string }[] } };
  };
  springId = campaigns.data.campaigns.nodes.find((c) => c.name === 'Spring sale')!.id;
  await anon.close();
  browser = await chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function signedIn(): Promise<Page> {
  const context = await browser.newContext({ baseURL: demo.url, viewport: VIEWPORT });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  guard(page);
  await page.goto('/login');
  await login(page, ADMIN);
  return page;
}

async function open(page: Page, nav: string, heading: RegExp | string): Promise<void> {
  await page.getByRole('link', { name: nav, exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: heading }));
}

describe('pnpm demo', () => {
  it('every console screen shows the demo workspace', async () => {
    const page = await signedIn();
    try {
      await everyScreen(page);
    } catch (err) {
      await screenshot(page, 'failed demo screens').catch(() => {});
      throw err;
    }
    expect(guard(page).unexpected()).toEqual([]);
    await page.context().close();
  });

  it('a second start reuses the workspace', async () => {
    await demo.stop();
    demo = await startDemo(join(dir, 'demo.db'));
    expect(demo.output.join('')).toMatch(/reusing the workspace built/);
    const page = await signedIn();
    await open(page, 'Campaigns', 'Campaigns');
    await visible(page.getByRole('link', { name: 'Spring sale' }));
    expect(await page.getByRole('link', { name: 'Spring sale' }).count()).toBe(1);
    await page.context().close();
  }, 120_000);
});

/** Opens each screen of the nav, and a rule's experiment page, and checks it shows the workspace. */
async function everyScreen(page: Page): Promise<void> {
  await open(page, 'Campaigns', 'Campaigns');
  for (const name of ['Welcome programme', 'Spring sale', 'Win-back', 'Cart recovery', 'VIP appreciation'])
    await visible(page.getByRole('link', { name }));
  await screenshot(page, 'demo campaigns');

  await open(page, 'Coupon templates', /templates/i);
  for (const name of [
    'Welcome $5 off',
    'Spring sale 15% off',
    'Savings boost +1.5%',
    'Buy 2 CDs, get 1 free',
  ])
    await visible(page.getByText(name, { exact: true }));
  await screenshot(page, 'demo templates');

  await open(page, 'Audiences', 'Audiences');
  for (const name of ['New users', 'VIP by spend', 'Newsletter subscribers'])
    await visible(page.getByText(name, { exact: true }));
  await screenshot(page, 'demo audiences');

  await open(page, 'Issuing', /Issuing/);
  const jobs = page.getByRole('table', { name: 'Jobs' });
  await visible(jobs);
  expect(await jobs.getByRole('row').count()).toBeGreaterThanOrEqual(2);
  await screenshot(page, 'demo issuing');
  await jobs.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Experiment result' }).click();
  await page.getByRole('combobox', { name: 'Window after exposure' }).click();
  await page.getByRole('option', { name: '30 days' }).click();
  await visible(page.getByRole('table', { name: 'Arms' }));
  await page.getByRole('table', { name: 'Arms' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'demo issuing holdout');

  await open(page, 'Rules', 'Rules');
  for (const name of [
    'Welcome coupon on sign-up',
    'Win-back after 60 quiet days',
    'Cart recovery experiment',
  ])
    await visible(page.getByText(name, { exact: true }));
  await screenshot(page, 'demo rules');

  await open(page, 'Metrics', 'Metrics');
  await page.goto('/metrics?kind=ALL&from=' + isoDay(-120) + '&to=' + isoDay(0));
  await visible(page.getByRole('heading', { level: 1, name: 'Metrics' }));
  await chartWithPoints(card(page, 'Coupons per day'), 60);
  await chartWithPoints(card(page, 'Revenue and gross profit'), 60);
  await screenshot(page, 'demo metrics');
  await card(page, 'Revenue and gross profit').scrollIntoViewIfNeeded();
  await screenshot(page, 'demo metrics revenue');

  await open(page, 'Budgets', 'Budgets');
  await page.goto(`/budgets?campaign=${encodeURIComponent(springId)}`);
  await expect.poll(() => page.getByRole('combobox', { name: 'Campaign' }).inputValue()).toBe('Spring sale');
  await expect.poll(() => page.getByText('Unlimited', { exact: true }).count()).toBe(0);
  await chartWithPoints(card(page, 'Budget burn-down'), 20);
  await screenshot(page, 'demo budgets');

  await open(page, 'LTV', 'Lifetime value');
  const curves = card(page, 'Revenue per customer by months since the first order');
  await chartWithPoints(curves, 5);
  await screenshot(page, 'demo ltv');
  await card(page, 'Expected LTV per customer').scrollIntoViewIfNeeded();
  await screenshot(page, 'demo ltv expected');

  await open(page, 'User lookup', 'User lookup');
  await page.getByLabel('User id').fill('cdnow-0001');
  await page.getByRole('button', { name: 'Look up' }).click();
  await visible(page.getByRole('region', { name: 'Wallet' }).getByText('Welcome $5 off'));
  await screenshot(page, 'demo user lookup');

  await open(page, 'Event types', 'Event types');
  await visible(page.getByText('order.paid'));
  await screenshot(page, 'demo event types');

  await open(page, 'Partners', 'Partners');
  await visible(page.getByText(/\/crm/));
  await visible(page.getByText(/\/loyalty/));
  await screenshot(page, 'demo partners');
  await page.getByRole('button', { name: 'Delivery log' }).first().click();
  const deliveries = page.getByRole('table', { name: 'Deliveries' });
  await visible(deliveries);
  expect(await deliveries.getByRole('row').count()).toBeGreaterThanOrEqual(2);
  await screenshot(page, 'demo partners deliveries');

  await page.goto(`/rules/${encodeURIComponent(cartRuleId)}/experiment`);
  await visible(page.getByRole('heading', { level: 1, name: /^Experiment/ }));
  await visible(page.getByTestId('recommendation'));
  await visible(card(page, 'Relative lift').locator('svg.recharts-surface'));
  await screenshot(page, 'demo experiment');
  await page.getByRole('region', { name: 'Recommendation' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'demo experiment recommendation');
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
