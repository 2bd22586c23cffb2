// Campaigns: what pays for templates' coupons, their budgets and life cycle (ACTIVE ⇄ PAUSED → ENDED).
import type { Config } from '../config';
import { containsFilter, type Database, type Sql } from '../db/sql';
import { AppError, badInput, notFound } from '../graphql/errors';
import { idCursor, type Page, toPage } from '../graphql/pagination';
import { isId, newId, nowSeconds } from '../ids';
import { budgetView } from './budget';
import { Campaign } from './campaign.entity';
import * as db from './campaign.sql';
import { applyTransition, CAMPAIGN_LIFECYCLE, type CampaignAction } from './lifecycle';
import type {
  BudgetStatus,
  CampaignFilter,
  CreateCampaignInput,
  UpdateCampaignInput,
} from './campaign.types';

export type CampaignTransition = CampaignAction;

export class CampaignService {
  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'BUDGET_MIN_HISTORY'>,
  ) {}

  async get(id: string, field = 'id'): Promise<Campaign> {
    if (!isId('campaign', id)) throw badInput(field, 'malformed campaign id');
    const c = await this.db.em().findOne(Campaign, { id });
    if (!c) throw notFound(field, 'campaign');
    return c;
  }

  async create(input: CreateCampaignInput): Promise<Campaign> {
    if (input.startsAt != null && input.endsAt != null && input.startsAt >= input.endsAt) {
      throw badInput('input.endsAt', 'must be after startsAt');
    }
    const em = this.db.em();
    const now = nowSeconds();
    const c = em.create(Campaign, {
      id: newId('campaign'),
      name: input.name,
      description: input.description ?? null,
      status: 'ACTIVE',
      budget: input.budget ?? null,
      spent: 0,
      reserved: 0,
      outstandingMax: 0,
      budgetAlertBp: 0,
      issuedCount: 0,
      redeemedCount: 0,
      expiredCount: 0,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
      exhaustedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    return c;
  }

  async update(id: string, input: UpdateCampaignInput): Promise<Campaign> {
    await this.get(id);
    await this.db.tx(async (sql) => {
      const row = (await db.lockCommitted(sql, id))!;
      const columns = new Map<string, unknown>([['updated_at', nowSeconds()]]);
      if (input.name != null) columns.set('name', input.name);
      if (input.description !== undefined) columns.set('description', input.description);
      if (input.endsAt !== undefined) columns.set('ends_at', input.endsAt);
      if (input.budget !== undefined) {
        if (input.budget != null) await this.checkBudget(sql, id, input.budget, row);
        // A raised budget lets issuance resume (and a later exhaustion be announced again).
        columns.set('budget', input.budget).set('exhausted_at', null);
      }
      await db.updateColumns(sql, 'campaign', id, columns);
    });
    return this.get(id);
  }

  /** A budget never goes below what is committed, nor covers a template with no maximum value. */
  private async checkBudget(sql: Sql, id: string, budget: number, row: db.CommittedRow): Promise<void> {
    if (budget < row.spent + row.reserved)
      throw badInput('input.budget', `cannot go below ${row.spent + row.reserved} (spent and reserved)`);
    if (await db.hasUnboundedTemplate(sql, id))
      throw new AppError(
        'BAD_USER_INPUT',
        'input.budget: a template of this campaign has no maximum value (a percentage without cap or a gift without unit value)',
        { field: 'input.budget', reason: 'UNBOUNDED_IN_BUDGET' },
      );
  }

  async transition(id: string, action: CampaignTransition): Promise<Campaign> {
    const c = await this.get(id);
    await applyTransition(CAMPAIGN_LIFECYCLE, 'campaign', action, c.status, (to, from) =>
      this.db.tx((sql) => db.setStatus(sql, 'campaign', id, to, from, nowSeconds())),
    );
    return this.get(id);
  }

  async list(
    filter: CampaignFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<Campaign>> {
    const where: Record<string, unknown> = {};
    if (filter?.status?.length) where.status = { $in: filter.status };
    // A raw fragment is consumed by the query that uses it: a fresh one for each query.
    const search = filter?.search;
    const matching = () => (search ? { ...where, ...containsFilter('name', search) } : where);
    const cursor = idCursor(after, 'campaign');
    const { rows, total } = await this.db.snapshotEm(async (em) => {
      const total = await em.count(Campaign, matching());
      if (cursor) where.id = { $lt: cursor };
      const rows = await em.find(Campaign, matching(), { orderBy: { id: 'desc' }, limit: first + 1 });
      return { rows, total };
    });
    return toPage(rows, first, total, (r) => r.id, after);
  }

  budget(c: Campaign): BudgetStatus {
    return budgetView({ ...c, budget: c.budget ?? null }, this.config.BUDGET_MIN_HISTORY);
  }
}
