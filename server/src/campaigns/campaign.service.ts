import type { Config } from '../config';
import type { Database } from '../db/sql';
import { AppError, badInput, notFound } from '../graphql/errors';
import { type Page, toPage } from '../graphql/pagination';
import { isId, newId, nowSeconds } from '../ids';
import { Campaign, type CampaignStatus } from './campaign.entity';
import type {
  BudgetStatus,
  CampaignFilter,
  CreateCampaignInput,
  UpdateCampaignInput,
} from './campaign.types';

const TRANSITIONS: Record<string, { from: CampaignStatus[]; to: CampaignStatus }> = {
  pause: { from: ['ACTIVE'], to: 'PAUSED' },
  resume: { from: ['PAUSED'], to: 'ACTIVE' },
  end: { from: ['ACTIVE', 'PAUSED'], to: 'ENDED' },
};
export type CampaignTransition = keyof typeof TRANSITIONS;

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
      const row = await sql.get<{ spent: number; reserved: number }>(
        `SELECT spent, reserved FROM campaign WHERE id = ?${this.db.forUpdate}`,
        [id],
      );
      const sets: string[] = ['updated_at = ?'];
      const params: unknown[] = [nowSeconds()];
      const set = (column: string, value: unknown) => {
        sets.push(`${column} = ?`);
        params.push(value);
      };
      if (input.name != null) set('name', input.name);
      if (input.description !== undefined) set('description', input.description);
      if (input.endsAt !== undefined) set('ends_at', input.endsAt);
      if (input.budget !== undefined) {
        if (input.budget != null && input.budget < row!.spent + row!.reserved) {
          throw badInput(
            'input.budget',
            `cannot go below ${row!.spent + row!.reserved} (spent and reserved)`,
          );
        }
        // A raised budget lets issuance resume (and a later exhaustion be announced again).
        sets.push('budget = ?', 'exhausted_at = NULL');
        params.push(input.budget);
      }
      await sql.run(`UPDATE campaign SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
    });
    return this.get(id);
  }

  async transition(id: string, action: CampaignTransition): Promise<Campaign> {
    const c = await this.get(id);
    const rule = TRANSITIONS[action]!;
    const changed = await this.db.tx((sql) =>
      sql.run(
        `UPDATE campaign SET status = ?, updated_at = ? WHERE id = ? AND status IN (${rule.from.map(() => '?').join(', ')})`,
        [rule.to, nowSeconds(), id, ...rule.from],
      ),
    );
    if (changed === 0)
      throw new AppError('BAD_USER_INPUT', `id: cannot ${action} a campaign that is ${c.status}`, {
        field: 'id',
      });
    return this.get(id);
  }

  async list(
    filter: CampaignFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<Campaign>> {
    const em = this.db.em();
    const where: Record<string, unknown> = {};
    if (filter?.status?.length) where.status = { $in: filter.status };
    if (filter?.search) where.name = { $like: `%${filter.search.replace(/[%_]/g, '')}%` };
    const total = await em.count(Campaign, where);
    if (after) where.id = { $lt: after };
    const rows = await em.find(Campaign, where, { orderBy: { id: 'desc' }, limit: first + 1 });
    return toPage(rows, first, total, (r) => r.id);
  }

  budget(c: Campaign): BudgetStatus {
    const settled = c.redeemedCount + c.expiredCount;
    const rateBp =
      settled >= this.config.BUDGET_MIN_HISTORY ? Math.floor((c.redeemedCount * 10000) / settled) : 10000;
    const liability = Math.floor((c.outstandingMax * rateBp) / 10000);
    return {
      budget: c.budget ?? null,
      spent: c.spent,
      reserved: c.reserved,
      liability,
      redemptionRateBp: rateBp,
      headroom: c.budget == null ? null : c.budget - c.spent - c.reserved - liability,
    };
  }
}
