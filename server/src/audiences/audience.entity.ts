import { EntitySchema } from '@mikro-orm/core';
import { epoch, text } from '../db/columns';

export type AudienceKind = 'DYNAMIC' | 'STATIC';

/** A named user group: dynamic (a condition expression over user facts) or static (uploaded ids). */
export class Audience {
  id!: string;
  name!: string;
  description?: string | null;
  kind!: AudienceKind;
  /** Dynamic: the condition expression (schema/ `ConditionExpr`, user scope). */
  expression?: unknown;
  /** Static: member count (kept with the member rows). */
  size!: number;
  createdAt!: number;
  updatedAt!: number;
}

export const AudienceSchema = new EntitySchema<Audience>({
  class: Audience,
  tableName: 'audience',
  properties: {
    id: { type: 'string', length: 48, primary: true },
    name: text(200),
    description: text(2000, true),
    kind: text(16),
    expression: { type: 'json', nullable: true },
    size: { type: 'integer', default: 0 },
    createdAt: epoch(),
    updatedAt: epoch(),
  },
});

/** A member of a static audience. */
export class AudienceMember {
  audienceId!: string;
  userId!: string;
  addedAt!: number;
}

export const AudienceMemberSchema = new EntitySchema<AudienceMember>({
  class: AudienceMember,
  tableName: 'audience_member',
  properties: {
    audienceId: { type: 'string', length: 48, primary: true },
    userId: { type: 'string', length: 128, primary: true },
    addedAt: epoch(),
  },
});
