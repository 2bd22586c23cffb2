// Staff login, API keys and end-user tokens.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Config } from '../config';
import type { Database } from '../db/sql';
import { badInput, conflict, unauthenticated } from '../graphql/errors';
import { idCursor, type Page, toPage } from '../graphql/pagination';
import { ID_BODY_SOURCE, newId, nowSeconds } from '../ids';
import type { Logger } from '../logger';
import { type ApiScope, type Principal, STAFF_ROLES, type StaffRole } from '../graphql/principal';
import { ApiKey, RevokedToken, Setting, StaffUser } from './auth.entity';
import { hashPassword, verifyPassword } from './passwords';
import { passwordWeakness } from './passwords-strength';
import { LoginThrottle } from './throttle';
import { RateLimits } from '../rate-limit';

const ISSUER = 'couponflow';
const STAFF_AUD = 'couponflow:staff';
const USER_AUD = 'couponflow:user';
const KEY_RE = new RegExp(`^cfk_(key_${ID_BODY_SOURCE})_([A-Za-z0-9_-]{43})$`);
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

interface CachedKey {
  principal: Principal;
  secretHash: string;
  until: number;
}

/** What a staff token is checked against on each request (cached for CHECK_CACHE_MS). */
interface CachedStaff {
  role: StaffRole;
  disabled: boolean;
  tokenVersion: number;
  until: number;
}

/**
 * How long a staff user's state, a signed-out token and an API key's revocation are cached per
 * instance: deactivation, role changes, sign-outs and revocations apply everywhere within this.
 */
export const CHECK_CACHE_MS = 3000;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class AuthService {
  private sessionKey!: Uint8Array;
  private userKey!: Uint8Array;
  private readonly keyCache = new Map<string, CachedKey>();
  private readonly staffCache = new Map<string, CachedStaff>();
  private readonly revokedCache = new Map<string, { revoked: boolean; until: number }>();
  private readonly liveKeyCache = new Map<string, { live: boolean; until: number }>();
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly log: Logger,
    limits: RateLimits = new RateLimits(),
  ) {
    this.throttle = new LoginThrottle(limits, config);
  }

  async init(): Promise<void> {
    if (this.config.production && (!this.config.SESSION_SECRET || !this.config.USER_TOKEN_SECRET))
      this.log.warn(
        'SESSION_SECRET and USER_TOKEN_SECRET are not both set: the missing ones are read from the database, so whoever gets a copy of it can sign tokens. Set both in production (README, "Security").',
      );
    this.sessionKey = new TextEncoder().encode(
      this.config.SESSION_SECRET ?? (await this.secret('session_secret')),
    );
    this.userKey = new TextEncoder().encode(
      this.config.USER_TOKEN_SECRET ?? (await this.secret('user_token_secret')),
    );
    await this.bootstrapAdmin();
  }

  private async secret(key: string): Promise<string> {
    const em = this.db.em();
    const existing = await em.findOne(Setting, { key });
    if (existing) return existing.value;
    const value = randomBytes(32).toString('base64url');
    em.create(Setting, { key, value });
    await em.flush();
    return value;
  }

  /** First start: an admin from ADMIN_EMAIL/ADMIN_PASSWORD, or with a generated password printed once. */
  private async bootstrapAdmin(): Promise<void> {
    const em = this.db.em();
    if ((await em.count(StaffUser, {})) > 0) return;
    if (this.config.ADMIN_PASSWORD) {
      const weak = passwordWeakness(this.config.ADMIN_PASSWORD, this.config.ADMIN_EMAIL);
      if (weak) throw new Error(`ADMIN_PASSWORD ${weak}. Choose a stronger one for the first admin.`);
    }
    const password = this.config.ADMIN_PASSWORD ?? randomBytes(18).toString('base64url');
    em.create(StaffUser, {
      id: newId('staff'),
      email: this.config.ADMIN_EMAIL.toLowerCase(),
      passwordHash: await hashPassword(password),
      role: 'admin',
      disabled: false,
      tokenVersion: 0,
      createdAt: nowSeconds(),
    });
    await em.flush();
    if (this.config.ADMIN_PASSWORD) {
      this.log.info(
        { email: this.config.ADMIN_EMAIL },
        'created the first admin from ADMIN_EMAIL/ADMIN_PASSWORD',
      );
    } else {
      // Printed once, on the first start only; not kept anywhere.
      process.stdout.write(
        `\n  First start: created admin ${this.config.ADMIN_EMAIL} with password ${password}\n  (shown once; change it or set ADMIN_PASSWORD before the first start)\n\n`,
      );
    }
  }

  /** Staff login, throttled per account and client address (auth/throttle.ts). */
  async login(
    email: string,
    password: string,
    address?: string,
  ): Promise<{ token: string; staff: StaffUser }> {
    const account = email.trim().toLowerCase();
    await this.throttle.check(account, address);
    const staff = await this.db.em().findOne(StaffUser, { email: email.toLowerCase() });
    // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
    const ok = await verifyPassword(password, staff?.passwordHash ?? DUMMY_HASH);
    if (!staff || !ok || staff.disabled) {
      await this.throttle.failed(account, address);
      throw unauthenticated('wrong email or password');
    }
    await this.throttle.succeeded(account);
    const token = await new SignJWT({ role: staff.role, email: staff.email, ver: staff.tokenVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(staff.id)
      .setJti(randomUUID())
      .setIssuer(ISSUER)
      .setAudience(STAFF_AUD)
      .setIssuedAt()
      .setExpirationTime(nowSeconds() + this.config.SESSION_TTL_SECONDS)
      .sign(this.sessionKey);
    return { token, staff };
  }

  async createStaff(
    email: string,
    role: StaffRole,
    password: string,
    field = 'input.password',
  ): Promise<StaffUser> {
    const em = this.db.em();
    if (await em.findOne(StaffUser, { email: email.toLowerCase() }))
      throw conflict('a staff user with this email exists');
    const weak = passwordWeakness(password, email);
    if (weak) throw badInput(field, weak);
    const staff = em.create(StaffUser, {
      id: newId('staff'),
      email: email.toLowerCase(),
      passwordHash: await hashPassword(password),
      role,
      disabled: false,
      tokenVersion: 0,
      createdAt: nowSeconds(),
    });
    await em.flush();
    return staff;
  }

  /** An admin changes a staff user's role or deactivates them; their tokens follow within CHECK_CACHE_MS. */
  async updateStaff(id: string, role: StaffRole | null | undefined, disabled: boolean | null | undefined) {
    const em = this.db.em();
    const staff = await em.findOne(StaffUser, { id });
    if (!staff) throw badInput('id', 'unknown staff user');
    if (role != null) staff.role = role;
    if (disabled != null) staff.disabled = disabled;
    await em.flush();
    this.staffCache.delete(id);
    return staff;
  }

  /** The signed-in staff user changes their password (the current one is required); other sessions end. */
  async changePassword(staffId: string, current: string, next: string): Promise<void> {
    const em = this.db.em();
    const staff = await em.findOne(StaffUser, { id: staffId });
    if (!staff || !(await verifyPassword(current, staff.passwordHash)))
      throw badInput('currentPassword', 'is not your current password');
    const weak = passwordWeakness(next, staff.email);
    if (weak) throw badInput('newPassword', weak);
    staff.passwordHash = await hashPassword(next);
    staff.tokenVersion += 1;
    await em.flush();
    this.staffCache.delete(staffId);
  }

  /** Ends the session of this one token (its jti is refused until the token would have expired). */
  async signOut(principal: Principal): Promise<void> {
    if (principal.kind !== 'staff' || !principal.tokenId) return;
    const em = this.db.em();
    const now = nowSeconds();
    await em.nativeDelete(RevokedToken, { expiresAt: { $lt: now } });
    await em.upsert(RevokedToken, {
      jti: principal.tokenId,
      staffId: principal.id,
      expiresAt: principal.expiresAt ?? now + this.config.SESSION_TTL_SECONDS,
    });
    this.revokedCache.set(principal.tokenId, { revoked: true, until: Date.now() + CHECK_CACHE_MS });
  }

  /** Ends every session of this staff user: the token version is bumped, older tokens are refused. */
  async signOutEverywhere(staffId: string): Promise<void> {
    const em = this.db.em();
    const staff = await em.findOne(StaffUser, { id: staffId });
    if (!staff) return;
    staff.tokenVersion += 1;
    await em.flush();
    this.staffCache.delete(staffId);
  }

  async createApiKey(
    name: string,
    scopes: ApiScope[],
    merchantIds: string[],
    createdBy: string | null,
  ): Promise<{ key: string; apiKey: ApiKey }> {
    const em = this.db.em();
    const secret = randomBytes(32).toString('base64url');
    const apiKey = em.create(ApiKey, {
      id: newId('apiKey'),
      name,
      secretHash: sha256(secret),
      scopes: [...new Set(scopes)],
      merchantIds,
      createdBy,
      createdAt: nowSeconds(),
    });
    await em.flush();
    return { key: `cfk_${apiKey.id}_${secret}`, apiKey };
  }

  async revokeApiKey(id: string): Promise<ApiKey> {
    const em = this.db.em();
    const key = await em.findOne(ApiKey, { id });
    if (!key) throw badInput('id', 'unknown API key');
    key.revokedAt ??= nowSeconds();
    await em.flush();
    this.keyCache.delete(id);
    this.liveKeyCache.delete(id);
    return key;
  }

  async listStaff(): Promise<StaffUser[]> {
    return this.db.em().find(StaffUser, {}, { orderBy: { email: 'asc' }, limit: 500 });
  }

  async listApiKeys(): Promise<ApiKey[]> {
    return this.db.em().find(ApiKey, {}, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }

  /** A page of API keys, newest first, and how many there are, from one snapshot. */
  async apiKeyPage(first: number, after: string | null | undefined): Promise<Page<ApiKey>> {
    const cursor = idCursor(after, 'apiKey');
    const { rows, total } = await this.db.snapshotEm(async (em) => ({
      rows: await em.find(ApiKey, cursor ? { id: { $lt: cursor } } : {}, {
        orderBy: { id: 'desc' },
        limit: first + 1,
      }),
      total: await em.count(ApiKey, {}),
    }));
    return toPage(rows, first, total, (k) => k.id, after);
  }

  /** A token an app backend hands its front end: the user can act on its own wallet only. */
  async mintUserToken(userId: string, ttlSeconds: number, keyId: string | null = null): Promise<string> {
    if (ttlSeconds > this.config.USER_TOKEN_MAX_TTL_SECONDS)
      throw badInput(
        'input.ttlSeconds',
        `must be at most ${this.config.USER_TOKEN_MAX_TTL_SECONDS} seconds (USER_TOKEN_MAX_TTL_SECONDS)`,
      );
    return new SignJWT(keyId ? { key: keyId } : {})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(USER_AUD)
      .setIssuedAt()
      .setExpirationTime(nowSeconds() + ttlSeconds)
      .sign(this.userKey);
  }

  /** Resolves the Authorization header; a present but invalid credential is an error, never anonymous. */
  async authenticate(header: string | undefined): Promise<Principal> {
    if (!header) return { kind: 'anonymous' };
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!m) throw unauthenticated('Authorization must be "Bearer <token>"');
    const token = m[1]!;
    if (token.startsWith('cfk_')) return this.apiKeyPrincipal(token);
    return this.jwtPrincipal(token);
  }

  private async apiKeyPrincipal(token: string): Promise<Principal> {
    const m = KEY_RE.exec(token);
    if (!m) throw unauthenticated('malformed API key');
    const [, id, secret] = m as unknown as [string, string, string];
    const hash = sha256(secret);
    const now = Date.now();
    let cached = this.keyCache.get(id);
    if (!cached || cached.until < now) {
      const key = await this.db.em().findOne(ApiKey, { id });
      if (!key || key.revokedAt) {
        this.keyCache.delete(id);
        throw unauthenticated('unknown or revoked API key');
      }
      cached = {
        principal: { kind: 'apiKey', id: key.id, scopes: key.scopes, merchantIds: key.merchantIds },
        secretHash: key.secretHash,
        until: now + CHECK_CACHE_MS,
      };
      this.keyCache.set(id, cached);
    }
    if (!timingSafeEqual(Buffer.from(hash), Buffer.from(cached.secretHash)))
      throw unauthenticated('unknown or revoked API key');
    return cached.principal;
  }

  private async jwtPrincipal(token: string): Promise<Principal> {
    let aud: unknown;
    try {
      const [, payload] = token.split('.');
      aud = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')).aud;
    } catch {
      throw unauthenticated('malformed token');
    }
    try {
      if (aud === STAFF_AUD) {
        const { payload } = await jwtVerify(token, this.sessionKey, {
          issuer: ISSUER,
          audience: STAFF_AUD,
          algorithms: ['HS256'],
          requiredClaims: ['sub', 'exp', 'jti'],
        });
        const role = payload.role as StaffRole;
        if (!STAFF_ROLES.includes(role) || typeof payload.ver !== 'number' || typeof payload.sub !== 'string')
          throw new Error('incomplete staff token');
        const staff = await this.staffState(payload.sub);
        // Unknown, deactivated, another role now, or signed out everywhere since: refused.
        if (!staff || staff.disabled || staff.role !== role || staff.tokenVersion !== payload.ver)
          throw new Error('stale staff token');
        if (await this.isSignedOut(payload.jti!)) throw new Error('signed out');
        return {
          kind: 'staff',
          id: payload.sub,
          email: String(payload.email),
          role,
          tokenId: payload.jti,
          expiresAt: payload.exp,
        };
      }
      const { payload } = await jwtVerify(token, this.userKey, {
        issuer: ISSUER,
        audience: USER_AUD,
        algorithms: ['HS256'],
        requiredClaims: ['sub', 'exp'],
      });
      if (!payload.sub) throw new Error('no subject');
      // A lifetime beyond the cap (from now, a minute of clock skew allowed) is refused.
      if (payload.exp! - nowSeconds() > this.config.USER_TOKEN_MAX_TTL_SECONDS + 60)
        throw new Error('too long');
      if (payload.key !== undefined) {
        // Minted by an API key: valid only while that key is.
        if (typeof payload.key !== 'string' || !(await this.keyIsLive(payload.key)))
          throw new Error('key revoked');
      }
      return { kind: 'user', userId: payload.sub };
    } catch {
      throw unauthenticated('invalid or expired token');
    }
  }

  private async staffState(id: string): Promise<CachedStaff | null> {
    const now = Date.now();
    const cached = this.staffCache.get(id);
    if (cached && cached.until >= now) return cached;
    const staff = await this.db.em().findOne(StaffUser, { id });
    if (!staff) {
      this.staffCache.delete(id);
      return null;
    }
    const state = {
      role: staff.role,
      disabled: staff.disabled,
      tokenVersion: staff.tokenVersion,
      until: now + CHECK_CACHE_MS,
    };
    if (this.staffCache.size > 10_000) this.staffCache.clear();
    this.staffCache.set(id, state);
    return state;
  }

  private async isSignedOut(jti: string): Promise<boolean> {
    if (!UUID_RE.test(jti)) return true;
    const now = Date.now();
    const cached = this.revokedCache.get(jti);
    if (cached && cached.until >= now) return cached.revoked;
    const revoked = (await this.db.em().findOne(RevokedToken, { jti })) != null;
    if (this.revokedCache.size > 50_000) this.revokedCache.clear();
    this.revokedCache.set(jti, { revoked, until: now + CHECK_CACHE_MS });
    return revoked;
  }

  private async keyIsLive(id: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.liveKeyCache.get(id);
    if (cached && cached.until >= now) return cached.live;
    const key = await this.db.em().findOne(ApiKey, { id });
    const live = !!key && !key.revokedAt;
    if (this.liveKeyCache.size > 10_000) this.liveKeyCache.clear();
    this.liveKeyCache.set(id, { live, until: now + CHECK_CACHE_MS });
    return live;
  }
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
