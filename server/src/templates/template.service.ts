// Coupon templates: definition rules, life cycle (DRAFT → ACTIVE ⇄ PAUSED → ENDED), quota batches, codes.
import { Campaign } from '../campaigns/campaign.entity';
import * as campaignSql from '../campaigns/campaign.sql';
import { applyTransition, type Lifecycle } from '../campaigns/lifecycle';
import { containsFilter, type Database, type Sql } from '../db/sql';
import { AppError, badInput, notFound } from '../graphql/errors';
import type { Page } from '../graphql/pagination';
import { idCursor, toPage } from '../graphql/pagination';
import { isId, newId, nowSeconds, randomCode } from '../ids';
import { drainBuckets, quotaFigures } from '../quota/bucket.sql';
import { type Denomination, KINDS } from './kinds';
import { checkMechanics } from './mechanics';
import { EMPTY_SCOPE } from './scope';
import { CouponTemplate, QuotaBatch, type SharingOption, type TemplateStatus } from './template.entity';
import * as db from './template.sql';
import type {
  CreateTemplateInput,
  MintCodesInput,
  TemplateFilter,
  UpdateTemplateInput,
} from './template.types';
import { couponWindow } from './validity';

export const TEMPLATE_LIFECYCLE = {
  activate: { from: ['DRAFT', 'PAUSED'], to: 'ACTIVE' },
  pause: { from: ['ACTIVE'], to: 'PAUSED' },
  resume: { from: ['PAUSED'], to: 'ACTIVE' },
  end: { from: ['DRAFT', 'ACTIVE', 'PAUSED'], to: 'ENDED' },
} as const satisfies Lifecycle<TemplateStatus, string>;
export type TemplateTransition = keyof typeof TEMPLATE_LIFECYCLE;

const denomination = (t: Partial<Denomination>): Denomination => ({
  amount: t.amount ?? null,
  discountBp: t.discountBp ?? null,
  cap: t.cap ?? null,
  step: t.step ?? null,
  sku: t.sku ?? null,
  units: t.units ?? null,
  unitValue: t.unitValue ?? null,
  balance: t.balance ?? null,
  rateBp: t.rateBp ?? null,
  days: t.days ?? null,
  principalCap: t.principalCap ?? null,
  applyTo: t.applyTo ?? null,
  maxUnits: t.maxUnits ?? null,
  minQuantity: t.minQuantity ?? null,
  buyQuantity: t.buyQuantity ?? null,
  getQuantity: t.getQuantity ?? null,
  maxApplications: t.maxApplications ?? null,
  getScope: t.getScope ? { ...EMPTY_SCOPE, ...t.getScope } : null,
  multiplePerOrder: t.multiplePerOrder ?? null,
});

/** The most one coupon of this template can be worth; null when unbounded (see kinds.ts). */
export function maxValueOf(t: Pick<CreateTemplateInput, 'kind'> & Partial<Denomination>): number | null {
  return KINDS[t.kind].maxValue(denomination(t));
}

/** A budgeted campaign pays only for coupons with a known maximum value (DOMAIN.md, Budgets). */
function requireBounded(
  input: CreateTemplateInput,
  maxValue: number | null,
  campaign: Campaign | null,
): void {
  if (maxValue != null || campaign?.budget == null) return;
  const field = KINDS[input.kind].boundedBy ?? 'kind';
  throw new AppError(
    'BAD_USER_INPUT',
    `input.${field}: a ${input.kind} template in a campaign with a budget needs ${field} (its maximum value)`,
    { field: `input.${field}`, reason: 'UNBOUNDED_IN_BUDGET' },
  );
}

/** Field rules of a new template that need no database: kind fields, windows, funding, quota. */
function checkDefinition(input: CreateTemplateInput, now: number): void {
  for (const field of KINDS[input.kind].required)
    if (input[field] == null) throw badInput(`input.${field}`, `${field} is required for ${input.kind}`);
  if (input.minTermDays != null && input.kind !== 'INTEREST_RATE')
    throw badInput('input.minTermDays', 'minTermDays is for INTEREST_RATE templates only');
  checkMechanics(input);
  if (input.validUntil == null && input.validForSeconds == null) {
    throw badInput('input.validUntil', 'set validUntil (absolute) or validForSeconds (relative)');
  }
  if (input.validFrom != null && input.validUntil != null && input.validFrom >= input.validUntil) {
    throw badInput('input.validUntil', 'must be after validFrom');
  }
  if (input.claimStartsAt != null && input.claimEndsAt != null && input.claimStartsAt >= input.claimEndsAt) {
    throw badInput('input.claimEndsAt', 'must be after claimStartsAt');
  }
  // The earliest claim must still get a usable window (a delay can outlast the template's end).
  const firstClaim = Math.max(now, input.claimStartsAt ?? now);
  if (input.validForSeconds != null && input.validUntil != null && !couponWindow(input, firstClaim)) {
    throw badInput('input.validAfterSeconds', 'the delay leaves no usable window before validUntil');
  }
  const funding = fundingOf(input);
  if (funding.platformBp + funding.merchantBp + funding.brandBp !== 10000) {
    throw badInput('input.funding', 'shares must add up to 10 000 bp');
  }
  const batchUnits = batchUnitsOf(input);
  const quotaTotal = quotaTotalOf(input);
  if (quotaTotal != null && batchUnits > quotaTotal) {
    throw badInput(
      'input.quotaBatches',
      `batches release ${batchUnits} units, more than quotaTotal ${quotaTotal}`,
    );
  }
}

const fundingOf = (input: CreateTemplateInput) => ({
  platformBp: 10000,
  merchantBp: 0,
  brandBp: 0,
  ...(input.funding ?? {}),
});
const batchUnitsOf = (input: CreateTemplateInput) => input.quotaBatches.reduce((sum, b) => sum + b.units, 0);
const quotaTotalOf = (input: CreateTemplateInput): number | null =>
  input.quotaTotal ?? (input.quotaBatches.length ? batchUnitsOf(input) : null);

/**
 * Where unbound codes are stored (coupons/' coupon_code table, written by coupons/; composition passes
 * coupons/coupon.sql.ts's `insertCodes` in).
 */
export interface CodeStore {
  /** Inserts unbound codes; returns those that did not collide with an existing code. */
  insertCodes(sql: Sql, templateId: string, codes: readonly string[], now: number): Promise<string[]>;
}

/** Possible codes per issued code, as a power of two (README, "Limits"). */
export const MIN_CODE_SPACE_BITS = 30;

export class TemplateService {
  constructor(
    private readonly db: Database,
    private readonly codes: CodeStore,
  ) {}

  async get(id: string, field = 'id'): Promise<CouponTemplate> {
    if (!isId('template', id)) throw badInput(field, 'malformed template id');
    const t = await this.db.em().findOne(CouponTemplate, { id });
    if (!t) throw notFound(field, 'template');
    await this.withBuckets([t]);
    return t;
  }

  /**
   * PostgreSQL: a template's claimable units and issued count include its quota buckets' (read
   * with its pool in one statement). The entities are read-only copies of a forked EntityManager.
   */
  private async withBuckets(templates: readonly CouponTemplate[]): Promise<void> {
    const limited = templates.filter((t) => t.quotaTotal != null).map((t) => t.id);
    if (this.db.dialect !== 'postgresql' || limited.length === 0) return;
    const figures = await this.db.read((sql) => quotaFigures(sql, limited));
    for (const t of templates) {
      const f = figures.get(t.id);
      if (f) Object.assign(t, f);
    }
  }

  async create(input: CreateTemplateInput): Promise<CouponTemplate> {
    const now = nowSeconds();
    checkDefinition(input, now);
    const em = this.db.em();
    const campaign = await this.openCampaign(input.campaignId);
    const maxValue = maxValueOf(input);
    requireBounded(input, maxValue, campaign);
    const scope = { ...EMPTY_SCOPE, ...(input.scope ?? {}) };
    const quotaTotal = quotaTotalOf(input);
    const template = em.create(CouponTemplate, {
      id: newId('template'),
      campaignId: input.campaignId ?? null,
      name: input.name,
      description: input.description ?? null,
      kind: input.kind,
      ...denomination(input),
      threshold: input.threshold,
      stackGroup: input.stackGroup ?? KINDS[input.kind].defaultStackGroup(scope),
      exclusive: input.exclusive,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      validForSeconds: input.validForSeconds ?? null,
      validAfterSeconds: input.validAfterSeconds,
      claimStartsAt: input.claimStartsAt ?? null,
      claimEndsAt: input.claimEndsAt ?? null,
      quotaTotal,
      quotaAvailable: quotaTotal == null ? null : quotaTotal - batchUnitsOf(input),
      restoreOnExpiry: input.restoreOnExpiry,
      issuedCount: 0,
      redeemedCount: 0,
      expiredCount: 0,
      limitPerAccount: input.limitPerAccount ?? null,
      limitFrequency: input.limitFrequency ?? null,
      limitPerDevice: input.limitPerDevice ?? null,
      scope,
      funding: fundingOf(input),
      placements: [...new Set(input.placements)],
      audienceIds: await this.knownAudiences(input.audienceIds, 'input.audienceIds'),
      refundable: input.refundable,
      minTermDays: input.minTermDays ?? null,
      sharing: await this.sharingOf(input),
      maxValue: maxValue ?? 0,
      status: input.activate ? 'ACTIVE' : 'DRAFT',
      createdAt: now,
      updatedAt: now,
    });
    for (const b of input.quotaBatches) {
      em.create(QuotaBatch, {
        id: newId('batch'),
        templateId: template.id,
        releaseAt: b.releaseAt,
        units: b.units,
        releasedAt: null,
      });
    }
    await em.flush();
    return template;
  }

  /** A share-pack option: its templates must exist, and K friends fit in a pack of N. */
  private async sharingOf(input: CreateTemplateInput): Promise<SharingOption | null> {
    const s = input.sharing;
    if (!s) return null;
    const known = async (id: string, field: string) => {
      if (!isId('template', id)) throw badInput(field, 'malformed template id');
      if (!(await this.db.em().findOne(CouponTemplate, { id }))) throw notFound(field, 'template');
    };
    await known(s.friendTemplateId, 'input.sharing.friendTemplateId');
    if (s.rewardTemplateId != null) await known(s.rewardTemplateId, 'input.sharing.rewardTemplateId');
    const k = s.rewardAfterClaims ?? null;
    if (s.rewardTemplateId != null && s.rewardWhen === 'CLAIMS' && k == null)
      throw badInput('input.sharing.rewardAfterClaims', 'a CLAIMS reward needs rewardAfterClaims (K)');
    if (k != null && k > s.packSize)
      throw badInput('input.sharing.rewardAfterClaims', `K (${k}) cannot exceed packSize (${s.packSize})`);
    return {
      friendTemplateId: s.friendTemplateId,
      packSize: s.packSize,
      expiresInSeconds: s.expiresInSeconds,
      newUsersOnly: s.newUsersOnly,
      rewardTemplateId: s.rewardTemplateId ?? null,
      rewardWhen: s.rewardWhen,
      rewardAfterClaims: s.rewardWhen === 'CLAIMS' ? k : null,
    };
  }

  /** The campaign a new template joins: it must exist and not have ended. */
  private async openCampaign(campaignId: string | null | undefined): Promise<Campaign | null> {
    if (campaignId == null) return null;
    if (!isId('campaign', campaignId)) throw badInput('input.campaignId', 'malformed campaign id');
    const campaign = await this.db.em().findOne(Campaign, { id: campaignId });
    if (!campaign) throw notFound('input.campaignId', 'campaign');
    if (campaign.status === 'ENDED') throw badInput('input.campaignId', 'the campaign has ended');
    return campaign;
  }

  /** Deduplicated audience ids, each of which must exist. */
  private async knownAudiences(ids: readonly string[] | null | undefined, field: string): Promise<string[]> {
    const unique = [...new Set(ids ?? [])];
    if (unique.length === 0) return [];
    const found = await this.db.read((sql) => db.existingAudiences(sql, unique));
    const missing = unique.find((id) => !found.has(id));
    if (missing) throw notFound(field, `audience ${missing}`);
    return unique;
  }

  async update(id: string, input: UpdateTemplateInput): Promise<CouponTemplate> {
    const t = await this.get(id);
    if (t.status === 'ENDED') throw badInput('id', 'an ended template cannot change');
    const audienceIds =
      input.audienceIds != null ? await this.knownAudiences(input.audienceIds, 'input.audienceIds') : null;
    const now = nowSeconds();
    await this.db.tx(async (sql) => {
      const columns = new Map<string, unknown>();
      if (input.name != null) columns.set('name', input.name);
      if (input.description !== undefined) columns.set('description', input.description);
      if (input.claimStartsAt !== undefined) columns.set('claim_starts_at', input.claimStartsAt);
      if (input.claimEndsAt !== undefined) columns.set('claim_ends_at', input.claimEndsAt);
      if (input.limitPerAccount !== undefined) columns.set('limit_per_account', input.limitPerAccount);
      if (input.limitFrequency !== undefined) columns.set('limit_frequency', input.limitFrequency);
      if (input.limitPerDevice !== undefined) columns.set('limit_per_device', input.limitPerDevice);
      if (input.placements != null) columns.set('placements', JSON.stringify([...new Set(input.placements)]));
      if (input.refundable != null) columns.set('refundable', input.refundable);
      if (audienceIds) columns.set('audience_ids', JSON.stringify(audienceIds));
      if (input.quotaTotal !== undefined) {
        const { row, scheduled } = await db.lockQuota(sql, id);
        // Quota buckets fold back into the template row first (PostgreSQL; the template is locked).
        const buckets = await drainBuckets(sql, id, now);
        if (row && (buckets.units > 0 || buckets.issued > 0)) {
          row.quota_available = Number(row.quota_available ?? 0) + buckets.units;
          row.issued_count = Number(row.issued_count) + buckets.issued;
          columns.set('issued_count', row.issued_count);
        }
        for (const [column, value] of quotaColumns(row!, scheduled, input.quotaTotal))
          columns.set(column, value);
      }
      if (columns.size === 0) return;
      columns.set('updated_at', now);
      await campaignSql.updateColumns(sql, 'coupon_template', id, columns);
    });
    return this.get(id);
  }

  async transition(id: string, action: TemplateTransition): Promise<CouponTemplate> {
    const t = await this.get(id);
    await applyTransition(TEMPLATE_LIFECYCLE, 'template', action, t.status, (to, from) =>
      this.db.tx((sql) => campaignSql.setStatus(sql, 'coupon_template', id, to, from, nowSeconds())),
    );
    return this.get(id);
  }

  async list(
    filter: TemplateFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<CouponTemplate>> {
    const where: Record<string, unknown> = {};
    if (filter?.status?.length) where.status = { $in: filter.status };
    if (filter?.kind?.length) where.kind = { $in: filter.kind };
    if (filter?.campaignId) where.campaignId = filter.campaignId;
    // A raw fragment is consumed by the query that uses it: a fresh one for each query.
    const search = filter?.search;
    const matching = () => (search ? { ...where, ...containsFilter('name', search) } : where);
    const cursor = idCursor(after, 'template');
    const { rows, total } = await this.db.snapshotEm(async (em) => {
      const total = await em.count(CouponTemplate, matching());
      if (cursor) where.id = { $lt: cursor };
      const rows = await em.find(CouponTemplate, matching(), { orderBy: { id: 'desc' }, limit: first + 1 });
      return { rows, total };
    });
    await this.withBuckets(rows);
    return toPage(rows, first, total, (r) => r.id, after);
  }

  async batches(templateId: string): Promise<QuotaBatch[]> {
    return this.db.em().find(QuotaBatch, { templateId }, { orderBy: { releaseAt: 'asc' } });
  }

  /** Mints unbound codes in chunks (refused when the code space is too small for them); a code collision is retried with a new random code. */
  async mintCodes(input: MintCodesInput): Promise<{ count: number; sample: string[]; codes: string[] }> {
    const t = await this.get(input.templateId, 'input.templateId');
    if (t.status === 'ENDED') throw badInput('input.templateId', 'the template has ended');
    const alphabet = [...new Set(input.charset)].join('');
    if (alphabet.length < 10) throw badInput('input.charset', 'needs at least 10 distinct characters');
    // Every code must hide among at least 2^MIN_CODE_SPACE_BITS possible codes, counting the codes
    // the template already has: one guess then finds a code with probability at most 2^-30 (~1e-9).
    const { unused, claimed } = await this.codeCounts(t.id);
    const spare = input.length * Math.log2(alphabet.length) - Math.log2(unused + claimed + input.count);
    if (spare < MIN_CODE_SPACE_BITS)
      throw badInput(
        'input.length',
        `too few possible codes for ${unused + claimed + input.count} codes: each needs at least 2^${MIN_CODE_SPACE_BITS} possible codes; use longer codes or a larger charset`,
      );
    const now = nowSeconds();
    const minted: string[] = [];
    let made = 0;
    while (made < input.count) {
      const n = Math.min(1000, input.count - made);
      const codes = new Set<string>();
      while (codes.size < n) codes.add(`${input.prefix}${randomCode(input.length, alphabet)}`);
      const inserted = await this.db.tx((sql) => this.codes.insertCodes(sql, t.id, [...codes], now));
      made += inserted.length;
      minted.push(...inserted);
    }
    return { count: made, sample: minted.slice(0, 10), codes: minted };
  }

  codeCounts(templateId: string): Promise<{ unused: number; claimed: number }> {
    return this.db.read((sql) => db.codeCounts(sql, templateId));
  }
}

/** The quota columns for a new total: never below what is issued or still scheduled in batches. */
function quotaColumns(
  row: db.QuotaRow,
  scheduled: number,
  quotaTotal: number | null,
): [string, number | null][] {
  if (quotaTotal === null)
    return [
      ['quota_total', null],
      ['quota_available', null],
    ];
  const used =
    row.quota_total == null ? row.issued_count : row.quota_total - (row.quota_available ?? 0) - scheduled;
  if (quotaTotal < used + scheduled) {
    throw badInput('input.quotaTotal', `cannot go below ${used + scheduled} (issued or scheduled)`);
  }
  return [
    ['quota_total', quotaTotal],
    ['quota_available', quotaTotal - used - scheduled],
  ];
}
