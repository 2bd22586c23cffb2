// The rule builder end to end in a real Chromium against a real server: a growth manager creates a
// rule, drags a trigger, two conditions and an issue-coupon action from the palette, connects them with
// the mouse, picks the coupon template in the settings form, sees and fixes a validation error,
// simulates (the trace on the nodes), replays (the cost), publishes, and watches users flow through
// the live rule while events arrive over GraphQL; the coupon lands in the user's wallet. A broken rule
// cannot be published and its error points at the node; a second staff session sees the version.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import { DAY, createTemplate, iso } from '../support/server';
import { createRule, publishedRule, ruleState } from './support/arrange';
import { login, screenshot, useConsole } from './support/harness';

const t = useConsole();

const visible = (locator: Locator) => locator.waitFor({ state: 'visible' });
const block = (page: Page, id: string) => page.getByTestId(`block-${id}`);
const sidePanel = (page: Page) => page.getByRole('tabpanel');

/** Drags a block from the palette onto the canvas at (x, y) of the canvas pane. */
async function dropBlock(page: Page, code: string, x: number, y: number): Promise<void> {
  await page
    .getByTestId(`palette-${code}`)
    .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x, y } });
}

/** Connects a source handle to a target's input with the mouse, as a person would. */
async function connect(page: Page, source: string, handle: string, target: string): Promise<void> {
  const from = await block(page, source)
    .locator(`.react-flow__handle.source[data-handleid="${handle}"]`)
    .boundingBox();
  const to = await block(page, target).locator('.react-flow__handle.target').boundingBox();
  if (!from || !to) throw new Error(`no handle to connect ${source}.${handle} → ${target}`);
  const edges = await page.locator('.react-flow__edge').count();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length > n, edges);
}

/** Selects a block on the canvas and shows its settings. */
async function openSettings(page: Page, id: string): Promise<void> {
  await block(page, id).locator('.cf-node-label').click();
  await page.getByRole('tab', { name: 'Settings' }).click();
}

/** The input a label of the side panel names (Mantine's labels end with " *" when required). */
async function field(page: Page, label: string): Promise<Locator> {
  const element = sidePanel(page)
    .locator('label')
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`) })
    .first();
  const id = await element.getAttribute('for');
  if (!id) throw new Error(`the label ${label} names no input`);
  return page.locator(`[id="${id}"]`);
}

/** Picks `option` in the (searchable) select labelled `label` of the side panel. */
async function pick(page: Page, label: string, option: string | RegExp, search?: string): Promise<void> {
  const input = await field(page, label);
  await input.click();
  if (search !== undefined) await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/** Types into the compared value of a condition (a number or a text input, labelled Value). */
async function fillValue(page: Page, text: string): Promise<void> {
  await sidePanel(page).getByRole('textbox', { name: 'Value', exact: true }).fill(text);
}

async function trackKey(): Promise<string> {
  const r = await t.api.q(
    graphql(`
      mutation RuleBuilderCreateApiKey($i: CreateApiKeyInput!) {
        createApiKey(input: $i) {
          key
        }
      }
    `),
    { i: { name: 'shop events', scopes: ['EVENTS_WRITE'] } },
  );
  return r.createApiKey.key;
}

interface PaidOrder {
  id: string;
  userId: string;
  amount: number;
  tier: string;
  occurredAt?: string;
}

async function track(key: string, orders: PaidOrder[]): Promise<{ accepted: number; issued: number }> {
  const r = await t.anon.withToken(key).q(
    graphql(`
      mutation RuleBuilderTrack($e: [TrackEventInput!]!) {
        track(events: $e) {
          accepted
          issued
        }
      }
    `),
    {
      e: orders.map((o) => ({
        id: o.id,
        type: 'order.paid',
        userId: o.userId,
        ...(o.occurredAt && { occurredAt: o.occurredAt }),
        properties: { amount: o.amount },
        userAttributes: { tier: o.tier },
      })),
    },
  );
  return r.track;
}

describe('rule builder', () => {
  it('builds, checks, simulates, replays, publishes and watches a rule', async () => {
    const template = await createTemplate(t.api, { name: 'VIP $10 off', amount: 1000 });
    const key = await trackKey();
    // Last week's orders, for the replay (older than the trigger horizon: no rule fires on them).
    const history = await track(key, [
      { id: 'hist-1', userId: 'shopper-1', amount: 15_000, tier: 'VIP', occurredAt: iso(-3 * DAY) },
      { id: 'hist-2', userId: 'shopper-2', amount: 25_000, tier: 'VIP', occurredAt: iso(-2 * DAY) },
      { id: 'hist-3', userId: 'shopper-3', amount: 30_000, tier: 'GOLD', occurredAt: iso(-2 * DAY) },
      { id: 'hist-4', userId: 'shopper-1', amount: 5_000, tier: 'VIP', occurredAt: iso(-2 * DAY) },
    ]);
    expect(history.accepted).toBe(4);

    const page = await t.page();
    await login(page);
    await page.goto('/rules');
    await page
      .getByRole('button', { name: /New rule|Create your first rule/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'New rule' });
    await dialog.getByLabel('Name').fill('VIP big orders');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await page.waitForURL(/\/rules\/rul_[\w-]+$/);
    const ruleId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    await visible(page.locator('.react-flow__pane'));

    // Four blocks from the palette, dropped with the mouse.
    // A 2 × 2 grid clear of the canvas toolbar (top left) and the minimap (bottom right).
    await dropBlock(page, 'trigger.event', 130, 130);
    await dropBlock(page, 'condition.eventProperty', 130, 320);
    await dropBlock(page, 'condition.userAttribute', 400, 130);
    await dropBlock(page, 'action.issueCoupon', 400, 320);
    for (const id of ['event-1', 'eventProperty-1', 'userAttribute-1', 'issueCoupon-1'])
      await visible(block(page, id));

    // Settings forms: event type, amount ≥ 100.00, tier = VIP, and the coupon template picked by name.
    await openSettings(page, 'event-1');
    await pick(page, 'Event type', /^order\.paid/);
    await openSettings(page, 'eventProperty-1');
    await pick(page, 'Property', /^amount/);
    await pick(page, 'Operator', /^≥/);
    await fillValue(page, '10000');
    await openSettings(page, 'userAttribute-1');
    await pick(page, 'Attribute', /^tier/, 'tier');
    await pick(page, 'Operator', /^=/);
    await fillValue(page, 'VIP');
    await openSettings(page, 'issueCoupon-1');
    await pick(page, 'Coupon template', 'VIP $10 off', 'VIP');

    // Connected with the mouse, but the tier condition left out: the editor says so on the node.
    await connect(page, 'event-1', 'out', 'eventProperty-1');
    await connect(page, 'eventProperty-1', 'yes', 'issueCoupon-1');
    const unreachable = block(page, 'userAttribute-1').locator('.cf-node-issue');
    await visible(unreachable);
    expect(await unreachable.innerText()).toMatch(/reached from the trigger/i);
    await screenshot(page, 'editor validation error');
    // The header counts the problems from any tab and opens their list.
    await page.getByRole('button', { name: '1 problem: show the list' }).click();
    expect(await page.getByRole('tab', { name: 'Problems' }).getAttribute('aria-selected')).toBe('true');
    await visible(page.getByRole('list', { name: 'Problems' }).getByText(/reached from the trigger/i));
    // Fixed: the tier check goes between the amount and the coupon, and the direct edge (e-2) goes,
    // selected with the mouse and deleted with the keyboard.
    await connect(page, 'eventProperty-1', 'yes', 'userAttribute-1');
    await connect(page, 'userAttribute-1', 'yes', 'issueCoupon-1');
    const direct = await page
      .locator('[data-testid="rf__edge-e-2"] .react-flow__edge-interaction')
      .boundingBox();
    if (!direct) throw new Error('no edge e-2 on the canvas');
    await page.mouse.click(direct.x + direct.width / 2, direct.y + direct.height / 2);
    await page.keyboard.press('Delete');
    await page.locator('[data-testid="rf__edge-e-2"]').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /Problems/ }).click();
    await visible(page.getByText('No problems'));
    await page.getByRole('button', { name: 'Save draft' }).click();
    await visible(page.getByText('Saved', { exact: true }));
    await screenshot(page, 'editor rule drawn');

    // Simulate: a VIP order of 120.00 goes all the way; the trace is painted on the nodes.
    await page.getByRole('tab', { name: 'Simulate' }).click();
    await sidePanel(page).getByLabel('User id').fill('shopper-9');
    await sidePanel(page).getByLabel('amount').fill('12000');
    await sidePanel(page).getByRole('button', { name: 'Run simulation' }).click();
    await visible(sidePanel(page).getByText('1 action would fire'));
    for (const id of ['event-1', 'eventProperty-1', 'userAttribute-1', 'issueCoupon-1'])
      expect(await block(page, id).getAttribute('data-status')).toBe('passed');
    expect(await block(page, 'eventProperty-1').innerText()).toContain('saw 12000');
    await visible(sidePanel(page).getByText('VIP $10 off'));
    await screenshot(page, 'simulate trace');
    // A small order stops at the amount check.
    await sidePanel(page).getByLabel('amount').fill('900');
    await sidePanel(page).getByRole('button', { name: 'Run simulation' }).click();
    await visible(sidePanel(page).getByText('Nothing would fire'));
    expect(await block(page, 'eventProperty-1').getAttribute('data-status')).toBe('failed');
    expect(await block(page, 'issueCoupon-1').getAttribute('data-status')).toBe('notReached');

    // Replay last week: two VIP orders ≥ 100.00 → two coupons of at most 10.00 each.
    await page.getByRole('tab', { name: 'Replay' }).click();
    // The trace belongs to the Simulate tab: it leaves the canvas with it.
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="block-event-1"]')?.hasAttribute('data-status'),
    );
    await sidePanel(page).getByRole('button', { name: 'Run replay' }).click();
    const costs = sidePanel(page).getByRole('list', { name: 'Cost per coupon template' });
    await visible(costs);
    const costText = await costs.innerText();
    expect(costText).toContain('VIP $10 off');
    expect(costText).toContain('$20.00');
    await screenshot(page, 'replay cost');

    // Publish with a note.
    await page.getByRole('button', { name: 'Publish…' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish this rule' });
    await visible(publish.getByText('Ready to publish'));
    await publish.getByLabel('Note').fill('VIP orders over $100 get $10 off');
    await screenshot(page, 'publish report');
    await publish.getByRole('button', { name: 'Publish', exact: true }).click();
    await visible(page.getByText('Version 1 is live'));
    await visible(page.getByText('live v1'));

    // Live: events arrive over GraphQL and the counts move; the coupon is in the wallet.
    await page.getByRole('tab', { name: 'Live' }).click();
    const usersIn = sidePanel(page).getByRole('group', { name: /^Users in: / });
    await visible(usersIn);
    const now = await track(key, [
      { id: 'live-1', userId: 'buyer-1', amount: 20_000, tier: 'VIP' },
      { id: 'live-2', userId: 'buyer-2', amount: 20_000, tier: 'GOLD' },
      { id: 'live-3', userId: 'buyer-3', amount: 500, tier: 'VIP' },
    ]);
    expect(now).toMatchObject({ accepted: 3, issued: 1 });
    await visible(sidePanel(page).getByRole('group', { name: /^Users in: 3\b/ }));
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="block-issueCoupon-1"] .cf-count')?.textContent === '1 users',
    );
    expect(await block(page, 'eventProperty-1').locator('.cf-count').innerText()).toBe('3 users');
    await screenshot(page, 'live counts');
    const wallet = await t.api.q(
      graphql(`
        query RuleBuilderWallet($u: ID!) {
          wallet(userId: $u) {
            templateId
            status
          }
        }
      `),
      { u: 'buyer-1' },
    );
    expect(wallet.wallet).toEqual([{ templateId: template.id, status: 'AVAILABLE' }]);

    // Versions: v1 is live, with its note.
    await page.getByRole('tab', { name: 'Versions' }).click();
    const versions = sidePanel(page).getByRole('list', { name: 'Published versions' });
    await visible(versions.getByText('VIP orders over $100 get $10 off'));

    // A second staff session sees the published version.
    const growth = await t.createStaff('growth');
    const other = await t.page();
    await login(other, growth);
    await other.goto(`/rules/${ruleId}`);
    await visible(other.getByText('live v1'));
    await other.getByRole('tab', { name: 'Versions' }).click();
    await visible(sidePanel(other).getByText('VIP orders over $100 get $10 off'));
    await screenshot(other, 'second session versions');
  });

  it('refuses to publish a broken rule and points at the node', async () => {
    const rule = await createRule(t.api, {
      name: 'Broken coupon rule',
      graph: {
        version: 1,
        nodes: [
          {
            id: 'trigger',
            type: 'trigger.event',
            args: { eventType: 'order.paid' },
            position: { x: 0, y: 0 },
          },
          {
            id: 'issue',
            type: 'action.issueCoupon',
            args: { templateId: 'tpl_gone' },
            position: { x: 300, y: 0 },
          },
        ],
        edges: [{ id: 'e1', source: 'trigger', target: 'issue', sourceHandle: 'out' }],
      },
    });
    const page = await t.page();
    await login(page);
    await page.goto(`/rules/${rule.id}`);
    await page.getByRole('button', { name: 'Publish…' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish this rule' });
    await visible(publish.getByText('1 error blocks publishing'));
    await visible(publish.getByText('template tpl_gone does not exist'));
    expect(await publish.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'publish refused');
    await publish.getByRole('button', { name: 'Show Issue coupon (issue)' }).click();
    await page.waitForFunction(
      () => document.querySelector('.react-flow__node.selected')?.getAttribute('data-id') === 'issue',
    );
    const state = await t.api.q(
      graphql(`
        query RuleBuilderRuleState($id: ID!) {
          rule(id: $id) {
            status
            activeVersion
          }
        }
      `),
      { id: rule.id },
    );
    expect(state.rule).toEqual({ status: 'DRAFT', activeVersion: null });
  });
});

describe('rule versions and state', () => {
  it('shows a visual diff of two versions, rolls back, loads a version into the draft, pauses and switches mode', async () => {
    const rule = await publishedRule(t.api, 'Big orders');
    const v1 = await ruleState(t.api, rule.id);
    // v2: the amount raised to 150.00, published with a note.
    const draft = v1.draft as { nodes: { id: string; args: Record<string, unknown> }[] };
    const v2Graph = {
      ...draft,
      nodes: draft.nodes.map((n) => (n.id === 'amount' ? { ...n, args: { ...n.args, value: 15_000 } } : n)),
    };
    await t.api.q(
      graphql(`
        mutation BrowserVersionsUpdateRule($id: ID!, $i: UpdateRuleInput!) {
          updateRule(id: $id, input: $i) {
            id
          }
        }
      `),
      { id: rule.id, i: { graph: v2Graph } },
    );
    await t.api.q(
      graphql(`
        mutation BrowserVersionsPublishRule($id: ID!, $n: String) {
          publishRule(id: $id, note: $n) {
            rule {
              id
            }
          }
        }
      `),
      { id: rule.id, n: 'Minimum order raised to $150' },
    );

    const page = await t.page();
    await login(page);
    await page.goto(`/rules/${rule.id}`);
    await visible(page.getByText('live v2'));
    await page.getByRole('tab', { name: 'Versions' }).click();
    const panel = sidePanel(page);
    await visible(panel.getByText('Minimum order raised to $150'));
    // Compare v1 with the live v2: the amount node is changed, the rest the same.
    await pick(page, 'From', 'v1');
    await pick(page, 'To', /^v2/);
    await panel.getByRole('button', { name: 'Show changes on the canvas' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="block-amount"]')?.getAttribute('data-status') === 'changed',
    );
    expect(await block(page, 'amount').innerText()).toContain('value: 10000 → 15000');
    expect(await block(page, 'trigger').getAttribute('data-status')).toBe('same');
    await visible(panel.getByRole('list', { name: 'Changed nodes' }).getByText(/value: 10000 → 15000/));
    await screenshot(page, 'versions diff');
    await panel.getByRole('button', { name: 'Hide changes' }).click();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="block-amount"]')?.hasAttribute('data-status'),
    );

    // Roll back to v1 (confirmed): v1 is live again.
    await panel.getByRole('button', { name: 'Roll back to v1' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Roll back to v1' }).click();
    await visible(page.getByText('live v1'));
    expect((await ruleState(t.api, rule.id)).activeVersion).toBe(1);

    // Load v1 into the draft: the draft now differs from the saved one (v2's graph) until saved.
    const v1Card = panel.getByRole('listitem').filter({ hasText: /^v1/ });
    await v1Card.getByRole('button', { name: 'Load into draft' }).click();
    await visible(page.getByText('Unsaved changes'));
    expect(await block(page, 'amount').innerText()).toContain('10000');

    // Pause and resume from the header (each confirmed), then switch the mode.
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Pause' }).click();
    await visible(page.getByLabel('Status: paused'));
    expect((await ruleState(t.api, rule.id)).status).toBe('PAUSED');
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Resume' }).click();
    await visible(page.getByLabel('Status: active'));
    await page.getByRole('button', { name: /^Mode: Automated/ }).click();
    await page.getByRole('menuitem', { name: /^Experiment/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Switch to Experiment' }).click();
    await visible(page.getByRole('button', { name: /^Mode: Experiment/ }));
    expect((await ruleState(t.api, rule.id)).mode).toBe('EXPERIMENT');
  });
});
