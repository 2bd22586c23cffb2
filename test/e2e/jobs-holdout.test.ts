// A manual issue with a 10 % holdout, end to end through GraphQL: a static audience, `issueToAudience`
// with `holdoutPercent`, the job's counters (issued + held out = members), then `order.paid` events
// in both groups and `jobExperiment` reporting the lift the generated data implies within its interval.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, runSql } from '../support/db';
import type { GqlClient } from '../support/gql';
import { graphql } from '../support/gql-types';
import { DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { nowS, track, type TrackEvent } from './rules-support';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;

const MEMBERS = 2_000;
const HOUR = 3_600;
const AMOUNT = 4_000;
const MARGIN = 1_500;

const CREATE = graphql(`
  mutation HoldoutCreateAudience($i: CreateAudienceInput!) {
    createAudience(input: $i) {
      id
    }
  }
`);
const UPLOAD = graphql(`
  mutation HoldoutUpload($a: ID!, $csv: String!) {
    uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {
      size
    }
  }
`);
const ISSUE = graphql(`
  mutation HoldoutIssue($t: ID!, $a: ID!, $h: Float) {
    issueToAudience(templateId: $t, audienceId: $a, holdoutPercent: $h) {
      id
      total
      holdoutPercent
    }
  }
`);
const JOB = graphql(`
  query HoldoutJob($id: ID!) {
    bulkIssueJob(id: $id) {
      status
      total
      processed
      issued
      heldOut
      skipped
      failed
      percent
      holdoutPercent
    }
  }
`);
const START = graphql(`
  mutation HoldoutStart($i: BulkIssueInput!) {
    startBulkIssue(input: $i) {
      id
      holdoutPercent
    }
  }
`);
const EXPERIMENT = graphql(`
  query HoldoutExperiment($j: ID!, $w: Int) {
    jobExperiment(jobId: $j, windowSeconds: $w) {
      jobId
      holdoutPercent
      exposedUsers
      measuredUsers
      srm {
        mismatch
      }
      arms {
        arm
        control
        users
        conversion
        revenuePerUser
        subsidy
      }
      lifts {
        metric
        arm
        absolute {
          estimate
          low
          high
        }
      }
      incrementalProfit {
        treatedUsers
        estimate
      }
    }
  }
`);

/** Moves a job's exposures back in time (the job "ran" `seconds` ago): the one write a test makes. */
async function backdateExposures(url: string, jobId: string, at: number) {
  await runSql(url, [['UPDATE bulk_job_exposure SET exposed_at = ? WHERE job_id = ?', [at, jobId]]]);
}

describe(`a manual issue with a holdout (${DIALECT})`, () => {
  let jobId: string;
  let templateId: string;
  const arms = { treatment: [] as string[], holdout: [] as string[] };

  beforeAll(async () => {
    staff = srv.staff;
    app = await srv.withKey(['events:write']);
    templateId = (await createTemplate(staff, { name: 'holdout coupon' })).id;
    const audienceId = (await staff.q(CREATE, { i: { name: 'holdout members', kind: 'STATIC' } }))
      .createAudience.id;
    const ids = Array.from({ length: MEMBERS }, (_, i) => `hold-${String(i).padStart(5, '0')}`);
    expect((await staff.q(UPLOAD, { a: audienceId, csv: ids.join('\n') })).uploadAudienceMembers.size).toBe(
      MEMBERS,
    );
    const job = (await staff.q(ISSUE, { t: templateId, a: audienceId, h: 10 })).issueToAudience;
    expect(job.holdoutPercent).toBe(10);
    jobId = job.id;
  });

  it('finishes with issued + held out = members, the holdout near 10 %', async () => {
    const done = await vi.waitFor(
      async () => {
        const j = (await staff.q(JOB, { id: jobId })).bulkIssueJob;
        if (j.status !== 'DONE') throw new Error(`job ${j.status} at ${j.percent} %`);
        return j;
      },
      { timeout: 60_000, interval: 200 },
    );
    expect(done).toMatchObject({ total: MEMBERS, processed: MEMBERS, percent: 100, skipped: 0, failed: 0 });
    expect(done.issued + done.heldOut).toBe(MEMBERS);
    expect(Math.abs(done.heldOut - MEMBERS * 0.1)).toBeLessThan(5 * Math.sqrt(MEMBERS * 0.1 * 0.9));
    const coupons = await queryRows<{ n: number | string }>(
      srv.db.url,
      `SELECT COUNT(*) AS n FROM coupon WHERE template_id = '${templateId}'`,
    );
    expect(Number(coupons[0]!.n)).toBe(done.issued);
  });

  it('measures the job: the lift the generated orders imply, within its interval', async () => {
    const now = nowS();
    await backdateExposures(srv.db.url, jobId, now - 3 * HOUR);
    const rows = await queryRows<{ user_id: string; arm: 'treatment' | 'holdout' }>(
      srv.db.url,
      `SELECT user_id, arm FROM bulk_job_exposure WHERE job_id = '${jobId}' ORDER BY user_id`,
    );
    for (const r of rows) arms[r.arm].push(r.user_id);
    // Treated users: 30 % buy; held out: 10 % buy (an hour after the job).
    const buyers = {
      treatment: arms.treatment.slice(0, Math.round(arms.treatment.length * 0.3)),
      holdout: arms.holdout.slice(0, Math.round(arms.holdout.length * 0.1)),
    };
    const paidAt = new Date((now - 2 * HOUR) * 1000).toISOString();
    const orders: TrackEvent[] = [...buyers.treatment, ...buyers.holdout].map((u) => ({
      id: `hold-paid-${u}`,
      type: 'order.paid',
      userId: u,
      occurredAt: paidAt,
      properties: { orderId: `hold-order-${u}`, amount: AMOUNT, margin: MARGIN },
    }));
    for (let i = 0; i < orders.length; i += 500)
      expect((await track(app, orders.slice(i, i + 500))).accepted).toBe(Math.min(500, orders.length - i));

    const e = (await staff.q(EXPERIMENT, { j: jobId, w: 2 * HOUR })).jobExperiment;
    expect(e).toMatchObject({ jobId, holdoutPercent: 10, exposedUsers: MEMBERS, measuredUsers: MEMBERS });
    expect(e.srm.mismatch).toBe(false);
    const t = e.arms.find((a) => a.arm === 'treatment')!;
    const h = e.arms.find((a) => a.arm === 'holdout')!;
    expect(t).toMatchObject({ control: false, users: arms.treatment.length });
    expect(h).toMatchObject({ control: true, users: arms.holdout.length, subsidy: 0 });
    const convT = buyers.treatment.length / arms.treatment.length;
    const convH = buyers.holdout.length / arms.holdout.length;
    expect(t.conversion).toBeCloseTo(convT, 10);
    expect(h.conversion).toBeCloseTo(convH, 10);
    const conv = e.lifts.find((l) => l.metric === 'CONVERSION')!;
    expect(conv.absolute.estimate).toBeCloseTo(convT - convH, 10);
    expect(conv.absolute.low).toBeLessThan(convT - convH);
    expect(conv.absolute.high).toBeGreaterThan(convT - convH);
    expect(conv.absolute.low).toBeGreaterThan(0); // 30 % against 10 % on ~200 held-out users
    const rev = e.lifts.find((l) => l.metric === 'REVENUE_PER_USER')!;
    expect(rev.absolute.estimate).toBeCloseTo(AMOUNT * (convT - convH), 6);
    expect(e.incrementalProfit!.treatedUsers).toBe(arms.treatment.length);
  });

  it('bad input: a job without a holdout, an out-of-range holdout, a window longer than the data', async () => {
    const plain = (await staff.q(START, { i: { templateId, userIds: ['p1', 'p2'] } })).startBulkIssue;
    expect(plain.holdoutPercent).toBeNull();
    const e1 = await staff.raw(EXPERIMENT, { j: plain.id, w: HOUR });
    expect(e1.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobId' });
    const e2 = await staff.raw(START, { i: { templateId, userIds: ['p1'], holdoutPercent: 100 } });
    expect(e2.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.holdoutPercent',
    });
    const e3 = await staff.raw(EXPERIMENT, { j: jobId, w: 30 * 86_400 });
    expect(e3.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windowSeconds' });
    const e4 = await staff.raw(EXPERIMENT, { j: 'job_nope', w: HOUR });
    expect(e4.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobId' });
  });
});
