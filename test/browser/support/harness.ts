// The browser-test harness: one fresh database, one real server (serving the console built by the
// global setup) and one headless Chromium per test file; one isolated browser context (1280×800,
// empty storage) per page; every page watched by the console guard.
//
//   const t = useConsole();
//   it('…', async () => {
//     const page = await t.page();
//     await login(page);
//     await t.api.q(graphql(`mutation … { … }`)); // arrange data over GraphQL as the admin
//     await screenshot(page, 'rule list');
//   });
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { GqlClient } from '../../support/gql';
import { graphql } from '../../support/gql-types';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type RunningServer,
  type TestDatabase,
  adminToken as loginAdmin,
  freshDatabase,
  startServer,
} from '../../support/server';
import { screenshot } from './artifacts';
import { CHROMIUM_ARGS } from './chromium';
import { guard } from './guard';

export { allowConsole } from './guard';
export { screenshot } from './artifacts';

export const VIEWPORT = { width: 1280, height: 800 };

export interface Credentials {
  email: string;
  password: string;
}

export const ADMIN: Credentials = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD };

export type StaffRole = 'admin' | 'growth' | 'analyst';

export interface ConsoleHarness {
  db: TestDatabase;
  server: RunningServer;
  browser: Browser;
  /** GraphQL as the bootstrap admin, for arranging data (`api.q(query, variables)`). */
  api: GqlClient;
  /** GraphQL without credentials. */
  anon: GqlClient;
  /** A new page in its own context (no cookies, no storage), watched by the console guard (as is
   *  every other page opened in that context: `page.context().newPage()` for a second tab). */
  page(): Promise<Page>;
  /** A new staff member with this role (through `createStaffUser`). */
  createStaff(role: StaffRole): Promise<Credentials>;
}

let current: ConsoleHarness | null = null;

const harness = (): ConsoleHarness => {
  if (!current) throw new Error('useConsole() has not started (call it at the top level of the test file)');
  return current;
};

/** Starts the database, server and browser for this test file; see the module comment. */
export function useConsole(env: Record<string, string> = {}): ConsoleHarness {
  const t = {} as ConsoleHarness;
  let contexts: BrowserContext[] = [];
  let pages: Page[] = [];
  let staffSeq = 0;

  t.page = async () => {
    const context = await t.browser.newContext({ baseURL: t.server.url, viewport: VIEWPORT });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    // Every page of the context is watched, second tabs and pop-ups included.
    context.on('page', (p) => {
      guard(p);
      pages.push(p);
    });
    return context.newPage();
  };
  t.createStaff = async (role) => {
    const creds = { email: `${role}-${++staffSeq}@test.local`, password: `pass-${role}-${staffSeq}-long` };
    await t.api.q(
      graphql(`
        mutation HarnessCreateStaff($i: CreateStaffInput!) {
          createStaffUser(input: $i) {
            id
          }
        }
      `),
      { i: { ...creds, role } },
    );
    return creds;
  };

  beforeAll(async () => {
    t.db = await freshDatabase();
    t.server = await startServer(t.db.url, { WEB_DIST: inject('webDist'), ...env });
    t.anon = t.server.client(undefined, 8);
    t.api = t.anon.withToken(await loginAdmin(t.anon));
    t.browser = await chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS });
    current = t;
  });

  afterEach(async (ctx) => {
    try {
      // A failed test leaves a picture of where it stopped.
      if (ctx.task.result?.state === 'fail')
        for (const [i, page] of pages.entries())
          if (!page.isClosed()) await screenshot(page, `failed ${ctx.task.name} ${i + 1}`).catch(() => {});
      const problems = pages.flatMap((p) => guard(p).unexpected());
      if (problems.length)
        throw new Error(`the page logged ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
      contexts = [];
      pages = [];
    }
  });

  afterAll(async () => {
    current = null;
    await t.browser?.close();
    await t.anon?.close();
    await t.server?.stop();
    await t.db?.drop();
  });
  return t;
}

/** A session token of the bootstrap admin (for GraphQL calls a test makes itself). */
export async function adminToken(): Promise<string> {
  return loginAdmin(harness().anon);
}

/** Signs in through the login screen and waits until the console has left it. */
export async function login(page: Page, creds: Credentials = ADMIN): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByLabel('E-mail').fill(creds.email);
  await page.getByLabel(/^Password/).fill(creds.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** The session a page keeps in localStorage (null when signed out). */
export async function storedSession(page: Page): Promise<{ token: string; staff: { role: string } } | null> {
  const raw = await page.evaluate(() => localStorage.getItem('couponflow.session'));
  return raw ? (JSON.parse(raw) as { token: string; staff: { role: string } }) : null;
}
