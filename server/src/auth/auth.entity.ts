import { EntitySchema } from '@mikro-orm/core';
import { epoch, epochNullable, id, text } from '../db/columns';

import type { ApiScope, StaffRole } from '../graphql/principal';

export class StaffUser {
  id!: string;
  email!: string;
  passwordHash!: string;
  role!: StaffRole;
  disabled!: boolean;
  /** Bumped by signOutEverywhere: staff tokens carry it, and one with an older version is refused. */
  tokenVersion!: number;
  createdAt!: number;
}

export const StaffUserSchema = new EntitySchema<StaffUser>({
  class: StaffUser,
  tableName: 'staff_user',
  properties: {
    id: id(),
    email: { ...text(254), unique: true },
    passwordHash: text(200),
    role: text(16),
    disabled: { type: 'boolean', default: false },
    tokenVersion: { type: 'integer', default: 0 },
    createdAt: epoch(),
  },
});

/** A staff token signed out before it expired (its `jti`); kept until it would have expired anyway. */
export class RevokedToken {
  jti!: string;
  staffId!: string;
  expiresAt!: number;
}

export const RevokedTokenSchema = new EntitySchema<RevokedToken>({
  class: RevokedToken,
  tableName: 'revoked_token',
  properties: {
    jti: { type: 'string', length: 64, primary: true },
    staffId: text(48),
    expiresAt: { ...epoch(), index: true },
  },
});

/** An API key: `cfk_<id>_<secret>`; only a SHA-256 of the secret is stored. */
export class ApiKey {
  id!: string;
  name!: string;
  secretHash!: string;
  scopes!: ApiScope[];
  merchantIds!: string[];
  createdBy?: string | null;
  createdAt!: number;
  revokedAt?: number | null;
}

export const ApiKeySchema = new EntitySchema<ApiKey>({
  class: ApiKey,
  tableName: 'api_key',
  properties: {
    id: id(),
    name: text(200),
    secretHash: text(64),
    scopes: { type: 'json' },
    merchantIds: { type: 'json' },
    createdBy: text(48, true),
    createdAt: epoch(),
    revokedAt: epochNullable(),
  },
});

/** Server-wide settings (generated secrets). */
export class Setting {
  key!: string;
  value!: string;
}

export const SettingSchema = new EntitySchema<Setting>({
  class: Setting,
  tableName: 'setting',
  properties: { key: { type: 'string', length: 64, primary: true }, value: { type: 'text' } },
});
