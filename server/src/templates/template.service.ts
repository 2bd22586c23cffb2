// Coupon templates: definition rules, life cycle (DRAFT → ACTIVE ⇄ PAUSED → ENDED), quota batches, codes.
import { interestBonus } from '@couponflow/schema';
import type { Database } from '../db/sql';
import { Campaign } from '../campaigns/campaign.entity';
import { CouponCode } from '../coupons/coupon.entity';
import { AppError, badInput, notFound } from '../graphql/errors';
import type { Page } from '../graphql/pagination';
import { toPage } from '../graphql/pagination';
import { isId, newId, nowSeconds, randomCode } from '../ids';
import {
  CouponTemplate,
  QuotaBatch,
  type Scope,
  type StackGroup,
  type TemplateStatus,
} from './template.entity';
import type {
  CreateTemplateInput,
  MintCodesInput,
  TemplateFilter,
  UpdateTemplateInput,
} from './template.types';

const EMPTY_SCOPE: Scope = {
  merchantIds: [],
  includeSkus: [],
  excludeSkus: [],
  includeBrands: [],
  excludeBrands: [],
  includeCategories: [],
  excludeCategories: [],
};

const TRANSITIONS: Record<string, { from: TemplateStatus[]; to: TemplateStatus }> = {
  activate: { from: ['DRAFT', 'PAUSED'], to: 'ACTIVE' },
  pause: { from: ['ACTIVE'], to: 'PAUSED' },
  resume: { from: ['PAUSED'], to: 'ACTIVE' },
  end: { from: ['DRAFT', 'ACTIVE', 'PAUSED'], to: 'ENDED' },
};
export type TemplateTransition = keyof typeof TRANSITIONS;

/** The most one coupon of this template can be worth; null when unbounded (percent or step without cap). */
export function maxValueOf(
  t: Pick<
    CreateTemplateInput,
    'kind' | 'amount' | 'cap' | 'units' | 'unitValue' | 'balance' | 'rateBp' | 'days' | 'principalCap'
  >,
): number | null {
  switch (t.kind) {
    case 'AMOUNT_OFF':
      return t.amount ?? 0;
    case 'PERCENT_OFF':
    case 'STEP_AMOUNT_OFF':
      return t.cap ?? null;
    case 'MERCHANDISE':
      return (t.units ?? 0) * (t.unitValue ?? 0);
    case 'CASH':
      return t.balance ?? 0;
    case 'INTEREST_RATE':
      return interestBonus({
        principal: t.principalCap!,
        principalCap: t.principalCap!,
        rateBp: t.rateBp!,
        termDays: t.days!,
        maxDays: t.days!,
      });
  }
}

export class TemplateService {
  constructor(private readonly db: Database) {}

  async get(id: string, field = 'id'): Promise<CouponTemplate> {
    if (!isId('template', id)) throw badInput(field, 'malformed template id');
    const t = await this.db.em().findOne(CouponTemplate, { id });
    if (!t) throw notFound(field, 'template');
    return t;
  }

  async create(input: CreateTemplateInput): Promise<CouponTemplate> {
    const em = this.db.em();
    const require = (field: keyof CreateTemplateInput, what: string) => {
      if (input[field] == null) throw badInput(`input.${field}`, `${what} is required for ${input.kind}`);
    };
    switch (input.kind) {
      case 'AMOUNT_OFF':
        require('amount', 'amount');
        break;
      case 'PERCENT_OFF':
        require('discountBp', 'discountBp');
        break;
      case 'STEP_AMOUNT_OFF':
        require('step', 'step');
        require('amount', 'amount');
        break;
      case 'MERCHANDISE':
        require('sku', 'sku');
        require('units', 'units');
        break;
      case 'CASH':
        require('balance', 'balance');
        break;
      case 'INTEREST_RATE':
        require('rateBp', 'rateBp');
        require('days', 'days');
        require('principalCap', 'principalCap');
        break;
    }
    if (input.validUntil == null && input.validForSeconds == null) {
      throw badInput('input.validUntil', 'set validUntil (absolute) or validForSeconds (relative)');
    }
    if (input.validFrom != null && input.validUntil != null && input.validFrom >= input.validUntil) {
      throw badInput('input.validUntil', 'must be after validFrom');
    }
    if (
      input.claimStartsAt != null &&
      input.claimEndsAt != null &&
      input.claimStartsAt >= input.claimEndsAt
    ) {
      throw badInput('input.claimEndsAt', 'must be after claimStartsAt');
    }
    const funding = { platformBp: 10000, merchantBp: 0, brandBp: 0, ...(input.funding ?? {}) };
    if (funding.platformBp + funding.merchantBp + funding.brandBp !== 10000) {
      throw badInput('input.funding', 'shares must add up to 10 000 bp');
    }
    let campaign: Campaign | null = null;
    if (input.campaignId != null) {
      if (!isId('campaign', input.campaignId)) throw badInput('input.campaignId', 'malformed campaign id');
      campaign = await em.findOne(Campaign, { id: input.campaignId });
      if (!campaign) throw notFound('input.campaignId', 'campaign');
      if (campaign.status === 'ENDED') throw badInput('input.campaignId', 'the campaign has ended');
    }
    const maxValue = maxValueOf(input);
    if (maxValue == null && campaign?.budget != null) {
      throw badInput('input.cap', 'a cap is required when the campaign has a budget');
    }
    const batchUnits = input.quotaBatches.reduce((s, b) => s + b.units, 0);
    const quotaTotal = input.quotaTotal ?? (input.quotaBatches.length ? batchUnits : null);
    if (quotaTotal != null && batchUnits > quotaTotal) {
      throw badInput(
        'input.quotaBatches',
        `batches release ${batchUnits} units, more than quotaTotal ${quotaTotal}`,
      );
    }
    const scope = { ...EMPTY_SCOPE, ...(input.scope ?? {}) };
    const now = nowSeconds();
    const template = em.create(CouponTemplate, {
      id: newId('template'),
      campaignId: input.campaignId ?? null,
      name: input.name,
      description: input.description ?? null,
      kind: input.kind,
      amount: input.amount ?? null,
      threshold: input.threshold,
      discountBp: input.discountBp ?? null,
      cap: input.cap ?? null,
      step: input.step ?? null,
      sku: input.sku ?? null,
      units: input.units ?? null,
      unitValue: input.unitValue ?? null,
      balance: input.balance ?? null,
      rateBp: input.rateBp ?? null,
      days: input.days ?? null,
      principalCap: input.principalCap ?? null,
      stackGroup: input.stackGroup ?? defaultStackGroup(input.kind, scope),
      exclusive: input.exclusive,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      validForSeconds: input.validForSeconds ?? null,
      validAfterSeconds: input.validAfterSeconds,
      claimStartsAt: input.claimStartsAt ?? null,
      claimEndsAt: input.claimEndsAt ?? null,
      quotaTotal,
      quotaAvailable: quotaTotal == null ? null : quotaTotal - batchUnits,
      restoreOnExpiry: input.restoreOnExpiry,
      issuedCount: 0,
      redeemedCount: 0,
      expiredCount: 0,
      limitPerAccount: input.limitPerAccount ?? null,
      limitFrequency: input.limitFrequency ?? null,
      limitPerDevice: input.limitPerDevice ?? null,
      scope,
      funding,
      placements: [...new Set(input.placements)],
      audienceIds: await this.knownAudiences(input.audienceIds, 'input.audienceIds'),
      refundable: input.refundable,
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

  /** Deduplicated audience ids, each of which must exist. */
  private async knownAudiences(ids: readonly string[] | null | undefined, field: string): Promise<string[]> {
    const unique = [...new Set(ids ?? [])];
    if (unique.length === 0) return [];
    const rows = await this.db.read((sql) =>
      sql.all<{ id: string }>(
        `SELECT id FROM audience WHERE id IN (${unique.map(() => '?').join(', ')})`,
        unique,
      ),
    );
    const found = new Set(rows.map((r) => r.id));
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
      const sets: string[] = [];
      const params: unknown[] = [];
      const set = (column: string, value: unknown) => {
        sets.push(`${column} = ?`);
        params.push(value);
      };
      if (input.name != null) set('name', input.name);
      if (input.description !== undefined) set('description', input.description);
      if (input.claimStartsAt !== undefined) set('claim_starts_at', input.claimStartsAt);
      if (input.claimEndsAt !== undefined) set('claim_ends_at', input.claimEndsAt);
      if (input.limitPerAccount !== undefined) set('limit_per_account', input.limitPerAccount);
      if (input.limitFrequency !== undefined) set('limit_frequency', input.limitFrequency);
      if (input.limitPerDevice !== undefined) set('limit_per_device', input.limitPerDevice);
      if (input.placements != null) set('placements', JSON.stringify([...new Set(input.placements)]));
      if (input.refundable != null) set('refundable', input.refundable);
      if (audienceIds) set('audience_ids', JSON.stringify(audienceIds));
      if (input.quotaTotal !== undefined) {
        const row = await sql.get<{
          quota_total: number | null;
          quota_available: number | null;
          issued_count: number;
        }>(
          `SELECT quota_total, quota_available, issued_count FROM coupon_template WHERE id = ?${this.db.forUpdate}`,
          [id],
        );
        const pending = await sql.get<{ units: number | null }>(
          `SELECT SUM(units) AS units FROM quota_batch WHERE template_id = ? AND released_at IS NULL`,
          [id],
        );
        const scheduled = Number(pending?.units ?? 0);
        if (input.quotaTotal === null) {
          set('quota_total', null);
          set('quota_available', null);
        } else {
          const used =
            row!.quota_total == null
              ? row!.issued_count
              : row!.quota_total - (row!.quota_available ?? 0) - scheduled;
          if (input.quotaTotal < used + scheduled) {
            throw badInput('input.quotaTotal', `cannot go below ${used + scheduled} (issued or scheduled)`);
          }
          set('quota_total', input.quotaTotal);
          set('quota_available', input.quotaTotal - used - scheduled);
        }
      }
      if (sets.length === 0) return;
      set('updated_at', now);
      await sql.run(`UPDATE coupon_template SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
    });
    return this.get(id);
  }

  async transition(id: string, action: TemplateTransition): Promise<CouponTemplate> {
    const t = await this.get(id);
    const rule = TRANSITIONS[action]!;
    const changed = await this.db.tx((sql) =>
      sql.run(
        `UPDATE coupon_template SET status = ?, updated_at = ? WHERE id = ? AND status IN (${rule.from.map(() => '?').join(', ')})`,
        [rule.to, nowSeconds(), id, ...rule.from],
      ),
    );
    if (changed === 0) {
      throw new AppError('BAD_USER_INPUT', `id: cannot ${action} a template that is ${t.status}`, {
        field: 'id',
        status: t.status,
      });
    }
    return this.get(id);
  }

  async list(
    filter: TemplateFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<CouponTemplate>> {
    const em = this.db.em();
    const where: Record<string, unknown> = {};
    if (filter?.status?.length) where.status = { $in: filter.status };
    if (filter?.kind?.length) where.kind = { $in: filter.kind };
    if (filter?.campaignId) where.campaignId = filter.campaignId;
    if (filter?.search) where.name = { $like: `%${filter.search.replace(/[%_]/g, '')}%` };
    const total = await em.count(CouponTemplate, where);
    if (after) where.id = { $lt: after };
    const rows = await em.find(CouponTemplate, where, { orderBy: { id: 'desc' }, limit: first + 1 });
    return toPage(rows, first, total, (r) => r.id);
  }

  async batches(templateId: string): Promise<QuotaBatch[]> {
    return this.db.em().find(QuotaBatch, { templateId }, { orderBy: { releaseAt: 'asc' } });
  }

  /** Mints unbound codes in chunks; a code collision is retried with a new random code. */
  async mintCodes(input: MintCodesInput): Promise<{ count: number; sample: string[] }> {
    const t = await this.get(input.templateId, 'input.templateId');
    if (t.status === 'ENDED') throw badInput('input.templateId', 'the template has ended');
    const alphabet = [...new Set(input.charset)].join('');
    if (alphabet.length < 10) throw badInput('input.charset', 'needs at least 10 distinct characters');
    const now = nowSeconds();
    const sample: string[] = [];
    let made = 0;
    while (made < input.count) {
      const n = Math.min(1000, input.count - made);
      const codes = new Set<string>();
      while (codes.size < n) codes.add(`${input.prefix}${randomCode(input.length, alphabet)}`);
      const inserted = await this.db.tx(async (sql) => {
        const list = [...codes];
        const rows = await sql.all<{ code: string }>(
          `INSERT INTO coupon_code (code, template_id, status, created_at) VALUES ${list.map(() => "(?, ?, 'UNUSED', ?)").join(', ')}
           ON CONFLICT (code) DO NOTHING RETURNING code`,
          list.flatMap((c) => [c, t.id, now]),
        );
        return rows.map((r) => r.code);
      });
      made += inserted.length;
      if (sample.length < 10) sample.push(...inserted.slice(0, 10 - sample.length));
    }
    return { count: made, sample };
  }

  async codeCounts(templateId: string): Promise<{ unused: number; claimed: number }> {
    const em = this.db.em();
    const [unused, claimed] = await Promise.all([
      em.count(CouponCode, { templateId, status: 'UNUSED' }),
      em.count(CouponCode, { templateId, status: 'CLAIMED' }),
    ]);
    return { unused, claimed };
  }
}

function defaultStackGroup(kind: CreateTemplateInput['kind'], scope: Scope): StackGroup {
  if (kind === 'MERCHANDISE') return 'PRODUCT';
  if (kind === 'CASH') return 'PAYMENT';
  return scope.merchantIds.length > 0 ? 'STORE' : 'PLATFORM';
}
