// Staff login, API keys and end-user tokens.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Config } from '../config';
import type { Database } from '../db/sql';
import { badInput, conflict, unauthenticated } from '../graphql/errors';
import { newId, nowSeconds } from '../ids';
import type { Logger } from '../logger';
import type { ApiScope, Principal, StaffRole } from '../graphql/principal';
import { ApiKey, Setting, StaffUser } from './auth.entity';
import { hashPassword, verifyPassword } from './passwords';
import { LoginThrottle } from './throttle';
import { RateLimits } from '../rate-limit';

const ISSUER = 'couponflow';
const STAFF_AUD = 'couponflow:staff';
const USER_AUD = 'couponflow:user';
const KEY_RE = /^cfk_(key_[0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

interface CachedKey {
  principal: Principal;
  secretHash: string;
  until: number;
}

export class AuthService {
  private sessionKey!: Uint8Array;
  private userKey!: Uint8Array;
  private readonly keyCache = new Map<string, CachedKey>();
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
    const password = this.config.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    em.create(StaffUser, {
      id: newId('staff'),
      email: this.config.ADMIN_EMAIL.toLowerCase(),
      passwordHash: await hashPassword(password),
      role: 'admin',
      disabled: false,
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
    const token = await new SignJWT({ role: staff.role, email: staff.email })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(staff.id)
      .setIssuer(ISSUER)
      .setAudience(STAFF_AUD)
      .setIssuedAt()
      .setExpirationTime(nowSeconds() + this.config.SESSION_TTL_SECONDS)
      .sign(this.sessionKey);
    return { token, staff };
  }

  async createStaff(email: string, role: StaffRole, password: string): Promise<StaffUser> {
    const em = this.db.em();
    if (await em.findOne(StaffUser, { email: email.toLowerCase() }))
      throw conflict('a staff user with this email exists');
    const staff = em.create(StaffUser, {
      id: newId('staff'),
      email: email.toLowerCase(),
      passwordHash: await hashPassword(password),
      role,
      disabled: false,
      createdAt: nowSeconds(),
    });
    await em.flush();
    return staff;
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
    return key;
  }

  async listApiKeys(): Promise<ApiKey[]> {
    return this.db.em().find(ApiKey, {}, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }

  /** A token an app backend hands its front end: the user can act on its own wallet only. */
  async mintUserToken(userId: string, ttlSeconds: number): Promise<string> {
    return new SignJWT({})
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
        until: now + 30_000,
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
        });
        return {
          kind: 'staff',
          id: String(payload.sub),
          email: String(payload.email),
          role: payload.role as StaffRole,
        };
      }
      const { payload } = await jwtVerify(token, this.userKey, {
        issuer: ISSUER,
        audience: USER_AUD,
        algorithms: ['HS256'],
      });
      if (!payload.sub) throw new Error('no subject');
      return { kind: 'user', userId: payload.sub };
    } catch {
      throw unauthenticated('invalid or expired token');
    }
  }
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
