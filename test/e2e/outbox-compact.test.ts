// A coupon's outbox event is stored without what its coupon row says (template, campaign, and for an
// issued coupon its code: outbox/outbox.sql.ts), and read back whole by every reader: the staff event
// log (and its template filter), webhooks (matched on template and campaign; on PostgreSQL read by
// webhook_cycle()) and the metrics rebuild. Rows written before, which hold them, read as they are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import { claimOne, createTemplate } from '../support/server';
import { queryRows, runSql } from '../support/db';
import { useServer } from '../support/fixture';
import { WebhookReceiver } from '../support/webhook-receiver';

const srv = useServer({
  env: {
    DISPATCH_POLL_MS: '20',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    WEBHOOK_RETRY_SCHEDULE: '0,100ms,200ms',
  },
});
let staff: GqlClient;
let app: GqlClient;
const receiver = new WebhookReceiver();

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim']);
  await receiver.start();
  await receiver.useSchemasOf(srv.server.url);
});
afterAll(async () => {
  await receiver.close();
});

/** Writes on the test server's database (a row in the old form). */
async function write(sql: string, params: unknown[]): Promise<void> {
  await runSql(srv.db.url, [[sql, params]]);
}

interface LogEvent {
  id: number;
  type: string;
  couponId: string | null;
  templateId: string | null;
  campaignId: string | null;
  userId: string | null;
  payload: Record<string, unknown>;
}

async function eventLog(templateId: string): Promise<LogEvent[]> {
  const r = await staff.raw(
    `query($t: ID) { couponEventLog(templateId: $t, first: 100) { id type couponId templateId campaignId userId payload } }`,
    { t: templateId },
  );
  expect(r.errors).toBeUndefined();
  return (r.data as { couponEventLog: LogEvent[] }).couponEventLog;
}

describe('compact outbox rows of coupon events', () => {
  it('are stored without template, campaign and code, and read back with them', async () => {
    const campaign = await staff.raw(`mutation { createCampaign(input: { name: "compact outbox" }) { id } }`);
    expect(campaign.errors).toBeUndefined();
    const campaignId = (campaign.data as { createCampaign: { id: string } }).createCampaign.id;
    const template = await createTemplate(staff, { name: 'compact outbox', campaignId });
    expect(template.campaignId).toBe(campaignId);
    const other = await createTemplate(staff, { name: 'compact outbox, other' });

    // a webhook that takes this template's and this campaign's events only
    const created = await staff.raw(
      `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
      { i: { url: `${receiver.url}/compact`, templateIds: [template.id], campaignIds: [campaignId] } },
    );
    expect(created.errors).toBeUndefined();
    receiver.secrets.set(
      'current',
      (created.data as { createWebhookEndpoint: { secret: string } }).createWebhookEndpoint.secret,
    );

    const couponId = await claimOne(app, template.id, 'compact-1');
    await claimOne(app, other.id, 'compact-2');
    const [coupon] = await queryRows<{ code: string }>(
      srv.db.url,
      `SELECT code FROM coupon WHERE id = '${couponId}'`,
    );

    const [row] = await queryRows<{
      template_id: string | null;
      campaign_id: string | null;
      payload: string;
    }>(
      srv.db.url,
      `SELECT template_id, campaign_id, payload FROM outbox_event WHERE coupon_id = '${couponId}'`,
    );
    expect(row!.template_id).toBeNull();
    expect(row!.campaign_id).toBeNull();
    const stored = typeof row!.payload === 'string' ? JSON.parse(row!.payload) : row!.payload;
    expect(stored).not.toHaveProperty('code');

    // the event log, filtered by template: the coupon's template, campaign and code are back
    const log = await eventLog(template.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      type: 'COUPON_CLAIMED',
      couponId,
      templateId: template.id,
      campaignId,
      userId: 'compact-1',
      payload: { coupon: { code: coupon!.code, source: 'CLAIM', templateId: template.id, campaignId } }, // the deprecated shape
    });
    expect((await eventLog(other.id)).map((e) => e.templateId)).toEqual([other.id]);

    // a row written before (template, campaign and code in the row) reads as it is
    await write(
      `INSERT INTO outbox_event (type, coupon_id, template_id, campaign_id, user_id, merchant_id, payload, created_at)
       VALUES ('coupon.claimed', ?, ?, ?, 'compact-1', NULL, ?, ?)`,
      [
        couponId,
        template.id,
        campaignId,
        JSON.stringify({ code: 'OLD-FORM-CODE', validUntil: 4_000_000_000 }),
        Math.floor(Date.now() / 1000),
      ],
    );
    const both = await eventLog(template.id);
    expect(both).toHaveLength(2);
    expect(both[1]).toMatchObject({
      templateId: template.id,
      campaignId,
      payload: { coupon: { code: 'OLD-FORM-CODE' } },
    });

    // the webhook matched both on template and campaign (read back from the coupon) and got them whole
    await receiver.waitFor(
      () => receiver.received.filter((r) => r.status < 300).length >= 2,
      30_000,
      'two deliveries',
    );
    const bodies = receiver.received.filter((r) => r.status < 300).map((r) => r.payload);
    expect(
      bodies.map((b) => [b.type, b.data.couponId, b.data.templateId, b.data.campaignId, b.data.code]),
    ).toEqual([
      ['coupon.claimed', couponId, template.id, campaignId, coupon!.code],
      ['coupon.claimed', couponId, template.id, campaignId, 'OLD-FORM-CODE'],
    ]);
    for (const r of receiver.received) expect(r.schemaErrors).toEqual([]);
    expect(receiver.received.some((r) => r.payload.data.templateId === other.id)).toBe(false);
  });
});
