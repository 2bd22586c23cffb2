import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars';
import type { ApiScope, StaffRole } from '../graphql/principal';
import { ApiScopeEnum, RoleEnum, StaffRoleEnum } from './auth.enums';
import { Name } from '../graphql/names';
import { Connection } from '../graphql/pagination';

@ObjectType('StaffUser', { description: 'A person who signs in to the console.', simpleResolvers: true })
export class StaffUserType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => StaffRoleEnum, { deprecationReason: 'Use access: the same role as ADMIN, GROWTH or ANALYST.' })
  role!: StaffRole;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => Boolean, { description: 'Deactivated: cannot sign in, every token refused.' })
  disabled!: boolean;
}

@ObjectType({ description: 'A staff session token and its user.', simpleResolvers: true })
export class LoginResult {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>".' }) token!: string;
  @Field(() => StaffUserType) staff!: StaffUserType;
}

@ObjectType('ApiKey', {
  description:
    'An API key for apps and partners: its scopes, merchants and use (the secret is shown once, at creation).',
  simpleResolvers: true,
})
export class ApiKeyType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [ApiScopeEnum]) scopes!: ApiScope[];
  @Field(() => [String], { description: 'Partner keys see only these merchants; empty = all.' })
  merchantIds!: string[];
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt?: number | null;
}

@ObjectType({ description: 'A new API key with its secret (shown only now).', simpleResolvers: true })
export class CreatedApiKey {
  @Field(() => String, { description: 'The key itself, shown once: cfk_<id>_<secret>.' }) key!: string;
  @Field(() => ApiKeyType) apiKey!: ApiKeyType;
}

@InputType({ description: 'A new staff user: e-mail, role and initial password.' })
export class CreateStaffInput {
  @Field(() => String) @IsEmail() email!: string;
  @Field(() => StaffRoleEnum, {
    nullable: true,
    deprecationReason: 'Use access: the same role as ADMIN, GROWTH or ANALYST.',
  })
  @IsOptional()
  role?: StaffRole | null;
  @Field(() => RoleEnum, {
    nullable: true,
    description: 'The role (required unless the deprecated role is given).',
  })
  @IsOptional()
  access?: StaffRole | null;
  @Field(() => String, { description: 'At least 10 characters and hard to guess (zxcvbn score 3 of 4).' })
  @Length(10, 200)
  password!: string;
}

@InputType({ description: 'Changes to a staff user.' })
export class UpdateStaffInput {
  @Field(() => ID) id!: string;
  @Field(() => StaffRoleEnum, {
    nullable: true,
    deprecationReason: 'Use access: the same role as ADMIN, GROWTH or ANALYST.',
  })
  @IsOptional()
  role?: StaffRole | null;
  @Field(() => RoleEnum, { nullable: true, description: 'The new role; none: unchanged.' })
  @IsOptional()
  access?: StaffRole | null;
  @Field(() => Boolean, { nullable: true, description: 'true deactivates: sign-in and every token stop.' })
  @IsOptional()
  disabled?: boolean | null;
}

@InputType({ description: 'A new API key: its name, scopes and merchants.' })
export class CreateApiKeyInput {
  @Field(() => String) @Name() name!: string;
  @Field(() => [ApiScopeEnum]) @ArrayMinSize(1) @ArrayMaxSize(4) scopes!: ApiScope[];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(1000)
  @Matches(/^[A-Za-z0-9_.:@\-/#+=]{1,128}$/, { each: true })
  merchantIds!: string[];
}

@InputType({ description: 'A user for whom to sign a short-lived user token.' })
export class UserTokenInput {
  @Field(() => ID) @Matches(/^[A-Za-z0-9_.:@\-/#+=]{1,128}$/) userId!: string;
  @Field(() => Int, { defaultValue: 3600 }) @Min(60) @Max(30 * 24 * 3600) ttlSeconds!: number; // capped further by USER_TOKEN_MAX_TTL_SECONDS
}

export const ApiKeyConnection = Connection(ApiKeyType, 'ApiKeyConnection', 'API keys');

@ObjectType('Settings', {
  description: 'How this deployment counts money and days (server configuration).',
  simpleResolvers: true,
})
export class SettingsType {
  @Field(() => String, {
    description:
      'ISO 4217 code of the one currency of this deployment (CURRENCY): every money amount in the API is an integer of its minor units (cents for USD).',
  })
  currency!: string;

  @Field(() => Int, {
    description: 'How many minor units make one major unit of `currency` (100 for USD and EUR, 1 for JPY).',
  })
  minorUnitsPerMajor!: number;

  @Field(() => String, {
    description: 'IANA time zone of the local days metrics are rolled up by (TIME_ZONE).',
  })
  timeZone!: string;
}
