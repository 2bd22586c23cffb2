// The console's foundation in a real Chromium against a real server: signing in and out, the session
// across reloads, deep links, an unknown address, a refused or expired token.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createRule } from './support/arrange';
import { ADMIN, allowConsole, login, screenshot, storedSession, useConsole } from './support/harness';

const t = useConsole();

/** A JWT-shaped token with this payload and a signature the server will refuse. */
const fakeToken = (payload: Record<string, unknown>) =>
  `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2lnbmF0dXJl`;

const isGraphql = (url: string) => new URL(url).pathname === '/graphql';

const sessionJson = (token: string) =>
  JSON.stringify({ token, staff: { id: 'stf_x', email: ADMIN.email, role: 'admin' } });

describe('signing in', () => {
  it('shows the API’s message for a wrong password, in place, then signs in and lands on the rules', async () => {
    const page = await t.page();
    await page.goto('/');
    await page.waitForURL('**/login');
    await expectVisible(page.getByRole('heading', { name: 'Couponflow' }));
    await screenshot(page, 'login');

    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await expectVisible(alert);
    expect(await alert.innerText()).toContain('wrong email or password');
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login wrong password');

    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/rules');
    await expectVisible(page.getByRole('heading', { name: 'Rules', level: 1 }));
    expect(await page.getByTestId('signed-in-as').innerText()).toBe(ADMIN.email);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Rules' }).getAttribute('aria-current')).toBe('page');
  });

  it('keeps the session across a reload and sends it as a bearer token', async () => {
    const page = await t.page();
    await login(page);
    const session = await storedSession(page);
    expect(session?.staff.role).toBe('admin');
    const authorised = page.waitForRequest(
      async (r) => isGraphql(r.url()) && (await r.allHeaders()).authorization === `Bearer ${session?.token}`,
    );
    await page.reload();
    await authorised;
    await expectVisible(page.getByRole('heading', { name: 'Rules', level: 1 }));
    expect(new URL(page.url()).pathname).toBe('/rules');
  });

  it('signs out: back to the login screen, the session gone, screens closed', async () => {
    const page = await t.page();
    await login(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await expectVisible(page.getByText('You have signed out.'));
    expect(await storedSession(page)).toBeNull();
    await page.goto('/rules');
    await page.waitForURL('**/login');
  });

  it('signs out every tab of the browser at once', async () => {
    const page = await t.page();
    await login(page);
    const other = await page.context().newPage(); // a second tab, watched by the guard too
    await other.goto('/rules');
    await expectVisible(other.getByRole('heading', { name: 'Rules', level: 1 }));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await other.waitForURL('**/login');
    await expectVisible(other.getByText('You have signed out.'));
  });
});

describe('addresses', () => {
  it('opens a deep link after signing in, and again after a reload', async () => {
    const rule = await createRule(t.api, { name: 'Deep-linked rule' });
    const page = await t.page();
    await page.goto(`/rules/${rule.id}?from=mail`);
    await page.waitForURL('**/login');
    await login(page);
    const here = () => new URL(page.url());
    expect(here().pathname + here().search).toBe(`/rules/${rule.id}?from=mail`);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(here().pathname).toBe(`/rules/${rule.id}`);
    const rules = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' });
    expect(await rules.getAttribute('aria-current')).toBe('page'); // the section is marked…
    await rules.click(); // …and the list is one click away
    await page.waitForURL('**/rules');
  });

  it('says so for an address that does not exist, with a way back', async () => {
    const page = await t.page();
    await login(page);
    await page.goto('/no-such-screen');
    await expectVisible(page.getByRole('heading', { name: 'Page not found' }));
    await expectVisible(page.getByText('/no-such-screen'));
    await screenshot(page, 'not found');
    await page.getByRole('link', { name: 'Go to rules' }).click();
    await page.waitForURL('**/rules');
  });
});

describe('an ended session', () => {
  it('returns to the login screen with a notice when the server refuses the token, then back where it was', async () => {
    const page = await t.page();
    // The browser itself logs the refused request (HTTP 401): expected here.
    allowConsole(page, /status of 401/);
    await page.goto('/login');
    await page.evaluate(
      (s) => localStorage.setItem('couponflow.session', s),
      sessionJson(fakeToken({ sub: 'x' })),
    );
    await page.goto('/rules/rul_after_refusal');
    await page.waitForURL('**/login');
    await expectVisible(page.getByText('Your session has ended'));
    expect(await storedSession(page)).toBeNull();
    await screenshot(page, 'login session ended');
    await login(page);
    expect(new URL(page.url()).pathname).toBe('/rules/rul_after_refusal');
  });

  it('does not even try an expired token', async () => {
    const page = await t.page();
    const sent: Promise<string>[] = [];
    page.on('request', (r) => {
      if (isGraphql(r.url())) sent.push(r.allHeaders().then((h) => h.authorization ?? ''));
    });
    await page.goto('/login');
    const expired = fakeToken({ sub: 'x', exp: Math.floor(Date.now() / 1000) - 60 });
    await page.evaluate((s) => localStorage.setItem('couponflow.session', s), sessionJson(expired));
    await page.goto('/rules');
    await page.waitForURL('**/login');
    await expectVisible(page.getByText('Your session has ended'));
    expect((await Promise.all(sent)).filter((a) => a.includes(expired))).toEqual([]);
  });
});

async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}
