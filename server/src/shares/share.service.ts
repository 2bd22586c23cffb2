// Share packs (DOMAIN.md, Sharing): a holder of a coupon whose template allows sharing creates a
// share (a code for a link); each friend who claims through it gets a coupon of the pack's friend
// template under that template's usual limits, and the pack's own: N places, an expiry, one claim
// per friend and per device or cookie, never the sharer (nor the sharer's second account on a device
// the sharer used), optionally new users only. The sharer's reward is issued exactly once, when K
// friends have claimed or when the first friend pays. A pack's row is locked while a claim decides,
// so concurrent claims take its places one at a time; every claim records the sharer.
import { describeShare } from '@couponflow/schema';
import type { IssueService } from '../coupons/issue';
import type { ClaimRefusal } from '../coupons/refusals';
import { boolColumn, type Database, jsonColumn, type Sql } from '../db/sql';
import { AppError, badInput, forbidden, notFound } from '../graphql/errors';
import { isId, newId, nowSeconds, randomCode } from '../ids';
import { eventMerchant, shareClaimed, shareCreated, shareRewarded, type ShareBrief } from '../outbox/events';
import { writeEvents } from '../outbox/outbox';
import type { Funding, Scope, SharingOption } from '../templates/template.entity';
import type { ShareRewardState } from './share.entity';
import * as db from './share.sql';

export type ShareClaimRefusal = ClaimRefusal | 'SHARE_FULL' | 'OWN_SHARE' | 'NOT_NEW_USER';

export interface ShareView {
  id: string;
  code: string;
  templateId: string;
  couponId: string;
  sharerUserId: string;
  friendTemplateId: string;
  size: number;
  claimed: number;
  remaining: number;
  expiresAt: number;
  expired: boolean;
  newUsersOnly: boolean;
  rewardWhen: string;
  rewardAfterClaims: number | null;
  rewardState: ShareRewardState;
  rewardCouponId: string | null;
  description: string;
  replayed: boolean;
}

export type ShareClaimOutcome =
  | { ok: true; couponId: string; share: ShareView; newUser: boolean; replayed: boolean }
  | { ok: false; reason: ShareClaimRefusal; share: ShareView; replayed: boolean };

export interface ShareClaimRequest {
  code: string;
  userId: string;
  deviceId: string;
  cookieId?: string | null;
}

const CODE_RE = /^[0-9A-Z]{6,32}$/;

const brief = (p: db.PackRow, claimed = Number(p.claimed_count)): ShareBrief => ({
  id: p.id,
  code: p.code,
  templateId: p.template_id,
  sharerUserId: p.sharer_user_id,
  size: Number(p.size),
  claimed,
  expiresAt: Number(p.expires_at),
});

export function shareView(p: db.PackRow, now: number, replayed = false): ShareView {
  const size = Number(p.size);
  const claimed = Number(p.claimed_count);
  return {
    id: p.id,
    code: p.code,
    templateId: p.template_id,
    couponId: p.coupon_id,
    sharerUserId: p.sharer_user_id,
    friendTemplateId: p.friend_template_id,
    size,
    claimed,
    remaining: Math.max(0, size - claimed),
    expiresAt: Number(p.expires_at),
    expired: now >= Number(p.expires_at),
    newUsersOnly: boolColumn(p.new_users_only),
    rewardWhen: p.reward_when,
    rewardAfterClaims: p.reward_after_claims == null ? null : Number(p.reward_after_claims),
    rewardState: p.reward_state,
    rewardCouponId: p.reward_coupon_id ?? null,
    description: describeShare({ size, claimed }),
    replayed,
  };
}

/** Thrown inside a claim's transaction to roll it back and answer with a refusal. */
class Refused extends Error {
  constructor(readonly reason: ShareClaimRefusal) {
    super(reason);
  }
}

export class ShareService {
  constructor(
    private readonly db: Database,
    private readonly issuer: IssueService,
  ) {}

  /** createShare: one pack per shareable coupon (a replay answers the same pack). */
  async create(
    userId: string,
    couponId: string,
    device: { deviceId?: string | null; cookieId?: string | null },
  ): Promise<ShareView> {
    if (!isId('coupon', couponId)) throw badInput('input.couponId', 'malformed coupon id');
    const now = nowSeconds();
    const coupon = await this.db.read((sql) => db.sharerCoupon(sql, couponId));
    if (!coupon) throw notFound('input.couponId', 'coupon');
    if (coupon.user_id !== userId) throw forbidden('this coupon belongs to another user');
    const sharing = jsonColumn<SharingOption | null>(coupon.sharing);
    if (!sharing)
      throw new AppError('BAD_USER_INPUT', "input.couponId: this coupon's template does not allow sharing", {
        field: 'input.couponId',
        reason: 'NOT_SHAREABLE',
      });
    if (coupon.status === 'REVOKED')
      throw new AppError('BAD_USER_INPUT', 'input.couponId: this coupon was revoked', {
        field: 'input.couponId',
        reason: 'REVOKED',
      });
    const existing = await this.db.read((sql) => db.packByCoupon(sql, couponId));
    if (existing) return shareView(existing, now, true);
    const pack = {
      id: newId('share'),
      code: randomCode(10),
      templateId: coupon.template_id,
      couponId,
      sharerUserId: userId,
      sharerDeviceId: device.deviceId ?? coupon.device_id ?? null,
      sharerCookieId: device.cookieId ?? coupon.cookie_id ?? null,
      friendTemplateId: sharing.friendTemplateId,
      size: sharing.packSize,
      claimedCount: 0,
      newUsersOnly: sharing.newUsersOnly,
      rewardTemplateId: sharing.rewardTemplateId,
      rewardWhen: sharing.rewardWhen,
      rewardAfterClaims: sharing.rewardAfterClaims,
      rewardState: (sharing.rewardTemplateId ? 'PENDING' : 'NONE') as ShareRewardState,
      expiresAt: now + sharing.expiresInSeconds,
      createdAt: now,
      updatedAt: now,
    };
    const merchantId = eventMerchant(jsonColumn<Scope>(coupon.scope), jsonColumn<Funding>(coupon.funding));
    const created = await this.db.tx(async (sql) => {
      if (!(await db.insertPack(sql, pack))) return false;
      await writeEvents(
        sql,
        [
          shareCreated(
            {
              share: {
                id: pack.id,
                code: pack.code,
                templateId: pack.templateId,
                sharerUserId: userId,
                size: pack.size,
                claimed: 0,
                expiresAt: pack.expiresAt,
                couponId,
                friendTemplateId: pack.friendTemplateId,
              },
            },
            merchantId,
          ),
        ],
        now,
      );
      return true;
    });
    const row = await this.db.read((sql) => db.packByCoupon(sql, couponId));
    return shareView(row!, now, !created);
  }

  /** A share's progress, by id or code; `viewer` (a user token) must be its sharer. */
  async progress(
    ref: { id?: string | null; code?: string | null },
    viewer: string | null,
  ): Promise<ShareView> {
    const { id, code } = ref;
    if (!id && !code) throw badInput('id', 'give the share id or its code');
    const row = await this.db.read((sql) =>
      id ? db.packById(sql, id) : db.packByCode(sql, code!.toUpperCase()),
    );
    if (!row) throw notFound(ref.id ? 'id' : 'code', 'share');
    if (viewer != null && row.sharer_user_id !== viewer)
      throw forbidden('this share belongs to another user');
    return shareView(row, nowSeconds());
  }

  async sharesOf(userId: string): Promise<ShareView[]> {
    const now = nowSeconds();
    return (await this.db.read((sql) => db.packsOf(sql, userId))).map((r) => shareView(r, now));
  }

  /** claimShare: a friend claims through a share; one claim per friend (a replay answers the first). */
  async claim(req: ShareClaimRequest): Promise<ShareClaimOutcome> {
    const code = req.code.toUpperCase();
    if (!CODE_RE.test(code)) throw badInput('input.code', 'malformed share code');
    const now = nowSeconds();
    try {
      return await this.db.tx(async (sql) => {
        const pack = await db.packByCode(sql, code, true);
        if (!pack) throw notFound('input.code', 'share');
        const replay = await db.claimOf(sql, pack.id, req.userId);
        if (replay)
          return {
            ok: true as const,
            couponId: replay.coupon_id,
            share: shareView(pack, now),
            newUser: boolColumn(replay.new_user),
            replayed: true,
          };
        if (now >= Number(pack.expires_at))
          throw new AppError('BAD_USER_INPUT', 'input.code: this share has expired', {
            field: 'input.code',
            reason: 'SHARE_EXPIRED',
          });
        const cookieId = req.cookieId ?? null;
        if (
          req.userId === pack.sharer_user_id ||
          req.deviceId === pack.sharer_device_id ||
          (cookieId != null && cookieId === pack.sharer_cookie_id) ||
          (await db.sharerUsedDevice(sql, pack.sharer_user_id, req.deviceId, cookieId))
        )
          throw new Refused('OWN_SHARE');
        if (Number(pack.claimed_count) >= Number(pack.size)) throw new Refused('SHARE_FULL');
        if (await db.deviceClaimed(sql, pack.id, req.deviceId, cookieId)) throw new Refused('DEVICE_LIMIT');
        const newUser = await db.isNewUser(sql, req.userId, Number(pack.created_at));
        if (boolColumn(pack.new_users_only) && !newUser) throw new Refused('NOT_NEW_USER');
        const [outcome] = await this.issuer.issueWithin(sql, pack.friend_template_id, [
          { userId: req.userId, source: 'CLAIM', deviceId: req.deviceId, cookieId, placement: null },
        ]);
        if (!outcome || outcome.kind === 'unknownTemplate' || outcome.kind === 'keyReused')
          throw new Refused('ENDED');
        if (outcome.kind === 'refused') throw new Refused(outcome.reason);
        if ((await db.takePlace(sql, pack.id, now)) === 0) throw new Refused('SHARE_FULL');
        const claimed = Number(pack.claimed_count) + 1;
        await db.insertClaim(sql, {
          id: newId('shareClaim'),
          shareId: pack.id,
          sharerUserId: pack.sharer_user_id,
          friendUserId: req.userId,
          couponId: outcome.couponId,
          templateId: pack.template_id,
          deviceId: req.deviceId,
          cookieId,
          newUser,
          claimedAt: now,
        });
        await writeEvents(
          sql,
          [
            shareClaimed(
              {
                share: brief(pack, claimed),
                friend: { userId: req.userId, couponId: outcome.couponId, newUser },
              },
              null,
            ),
          ],
          now,
        );
        const after = { ...pack, claimed_count: claimed };
        if (
          pack.reward_state === 'PENDING' &&
          pack.reward_when === 'CLAIMS' &&
          pack.reward_after_claims != null &&
          claimed >= Number(pack.reward_after_claims)
        )
          Object.assign(after, await this.reward(sql, after, 'CLAIMS', now));
        return {
          ok: true as const,
          couponId: outcome.couponId,
          share: shareView(after, now),
          newUser,
          replayed: false,
        };
      });
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      const pack = await this.db.read((sql) => db.packByCode(sql, code));
      return { ok: false, reason: err.reason, share: shareView(pack!, now), replayed: false };
    }
  }

  /**
   * Issues the sharer's reward once: the pack's reward state moves from PENDING in this transaction
   * (the pack row is locked) and the reward coupon carries an idempotency key of the pack.
   */
  private async reward(
    sql: Sql,
    pack: db.PackRow,
    trigger: 'CLAIMS' | 'FIRST_PAYMENT',
    now: number,
  ): Promise<Pick<db.PackRow, 'reward_state' | 'reward_coupon_id'>> {
    if (!pack.reward_template_id) return { reward_state: pack.reward_state, reward_coupon_id: null };
    const [o] = await this.issuer.issueWithin(sql, pack.reward_template_id, [
      {
        userId: pack.sharer_user_id,
        source: 'API',
        idempotencyKey: `share-reward:${pack.id}`,
        requestHash: `share-reward:${pack.id}`,
      },
    ]);
    const couponId = o?.kind === 'issued' ? o.couponId : null;
    const state = couponId ? 'REWARDED' : 'REFUSED';
    if ((await db.settleReward(sql, pack.id, state, couponId, now)) === 0)
      return { reward_state: pack.reward_state, reward_coupon_id: pack.reward_coupon_id };
    await writeEvents(
      sql,
      [
        shareRewarded(
          {
            share: brief(pack),
            trigger,
            reward: { couponId, refusal: o?.kind === 'refused' ? o.reason : couponId ? null : 'ENDED' },
          },
          null,
        ),
      ],
      now,
    );
    return { reward_state: state, reward_coupon_id: couponId };
  }

  /**
   * A user paid an order (checkout's redeem or a tracked `order.paid`), inside that transaction: the
   * user's claims through shares note their first payment, and packs rewarded on the first friend's
   * payment reward their sharer.
   */
  async paid(sql: Sql, orders: readonly { userId: string; orderId: string; at: number }[]): Promise<void> {
    const claims = await db.unpaidClaims(sql, [...new Set(orders.map((o) => o.userId))]);
    if (claims.length === 0) return;
    const settled = new Set<string>();
    for (const o of orders)
      for (const c of claims) {
        if (c.friend_user_id !== o.userId || Number(c.claimed_at) > o.at || settled.has(c.id)) continue;
        settled.add(c.id);
        if ((await db.setFirstPaid(sql, c.id, o.orderId, o.at)) === 0) continue;
        const pack = await db.packById(sql, c.share_id, true);
        if (pack && pack.reward_state === 'PENDING' && pack.reward_when === 'FIRST_PAYMENT')
          await this.reward(sql, pack, 'FIRST_PAYMENT', o.at);
      }
  }

  /** Sharing figures over [from, to) (metrics' "via sharing" breakdown). */
  figures(from: number, to: number, templateId: string | null): Promise<db.SharingFigures> {
    if (templateId != null && !isId('template', templateId))
      throw badInput('templateId', 'malformed template id');
    if (to <= from) throw badInput('to', 'must be after from');
    return this.db.read((sql) => db.sharingFigures(sql, from, to, { templateId }));
  }

  /**
   * The "via sharing" breakdown of a `metrics` scope: the deployment, a shareable template or a
   * campaign's templates; null for the scopes sharing is not filed under (rule, merchant, funder).
   */
  breakdown(
    scope: { kind: string; id: string | null },
    from: number,
    to: number,
  ): Promise<db.SharingFigures> | null {
    if (scope.kind === 'ALL') return this.db.read((sql) => db.sharingFigures(sql, from, to, {}));
    if (scope.kind === 'TEMPLATE' && scope.id)
      return this.db.read((sql) => db.sharingFigures(sql, from, to, { templateId: scope.id }));
    if (scope.kind === 'CAMPAIGN' && scope.id)
      return this.db.read((sql) => db.sharingFigures(sql, from, to, { campaignId: scope.id }));
    return null;
  }
}
