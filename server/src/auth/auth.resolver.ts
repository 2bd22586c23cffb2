import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../graphql/pagination';
import type { Context } from '../graphql/context';
import { badInput, forbidden } from '../graphql/errors';
import type { StaffRole } from '../graphql/principal';
import { RoleEnum } from './auth.enums';
import {
  ApiKeyConnection,
  SettingsType,
  ApiKeyType,
  CreateApiKeyInput,
  CreatedApiKey,
  CreateStaffInput,
  LoginResult,
  StaffUserType,
  UpdateStaffInput,
  UserTokenInput,
} from './auth.types';
import { ID } from 'type-graphql';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Staff login; returns a session token.' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    return ctx.services.auth.login(email, password, ctx.address);
  }

  @Authorized()
  @Query(() => SettingsType, {
    description:
      'The deployment’s currency (every money amount is an integer of its minor units) and time zone.',
  })
  settings(@Ctx() ctx: Context): SettingsType {
    const currency = ctx.services.config.CURRENCY.toUpperCase();
    const digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    return { currency, minorUnitsPerMajor: 10 ** digits, timeZone: ctx.services.config.TIME_ZONE };
  }

  @Authorized()
  @Query(() => StaffUserType, {
    nullable: true,
    description: 'The signed-in staff user (null for keys and user tokens).',
  })
  me(@Ctx() ctx: Context): StaffUserType | null {
    const p = ctx.principal;
    return p.kind === 'staff'
      ? { id: p.id, email: p.email, role: p.role, createdAt: 0, disabled: false }
      : null;
  }

  @Authorized('admin')
  @Query(() => [StaffUserType], { description: 'Every staff user, by e-mail (at most 500).' })
  staffUsers(@Ctx() ctx: Context) {
    return ctx.services.auth.listStaff();
  }

  @Authorized('admin')
  @Mutation(() => StaffUserType, { description: 'Creates a staff user.' })
  createStaffUser(@Arg('input', () => CreateStaffInput) input: CreateStaffInput, @Ctx() ctx: Context) {
    const role = input.access ?? input.role;
    if (role == null) throw badInput('input.access', 'a role is required');
    return ctx.services.auth.createStaff(input.email, role, input.password);
  }

  @Authorized('admin')
  @Mutation(() => StaffUserType, {
    description: "Changes a staff user's role or deactivates them; their sessions follow within seconds.",
  })
  updateStaffUser(@Arg('input', () => UpdateStaffInput) input: UpdateStaffInput, @Ctx() ctx: Context) {
    return ctx.services.auth.updateStaff(input.id, input.access ?? input.role, input.disabled);
  }

  @Authorized('staff:read')
  @Mutation(() => Boolean, {
    description: 'Changes the signed-in staff user’s password; their other sessions end.',
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    if (ctx.principal.kind !== 'staff') return false;
    await ctx.services.auth.changePassword(ctx.principal.id, currentPassword, newPassword);
    return true;
  }

  @Authorized('staff:read')
  @Mutation(() => Boolean, { description: 'Ends this session: the token used for this call stops working.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.signOut(ctx.principal);
    return true;
  }

  @Authorized('staff:read')
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in staff user.' })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.principal.kind !== 'staff') return false;
    await ctx.services.auth.signOutEverywhere(ctx.principal.id);
    return true;
  }

  @Authorized('admin')
  @Mutation(() => CreatedApiKey, { description: 'The key is shown once; only its hash is stored.' })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    const by = ctx.principal.kind === 'staff' ? ctx.principal.id : null;
    return ctx.services.auth.createApiKey(input.name, input.scopes, input.merchantIds, by);
  }

  @Authorized('admin')
  @Mutation(() => ApiKeyType, { description: 'Revokes an API key: it is refused from now on.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.auth.revokeApiKey(id);
  }

  @Authorized('admin')
  @Query(() => [ApiKeyType], { description: 'Every API key (secrets are never shown again).' })
  apiKeys(@Ctx() ctx: Context) {
    return ctx.services.auth.listApiKeys();
  }

  @Authorized('admin')
  @Query(() => ApiKeyConnection, {
    description: 'API keys, newest first, as a cursor connection (secrets are never shown again).',
  })
  apiKeysConnection(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.auth.apiKeyPage(args.first, args.after);
  }

  @Authorized('coupons:claim', 'checkout')
  @Mutation(() => String, {
    description: 'An app backend mints a token its front end uses to act for one user.',
  })
  createUserToken(
    @Arg('input', () => UserTokenInput) input: UserTokenInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    // An end user may not mint tokens (it would act for any user).
    if (ctx.principal.kind === 'user')
      return Promise.reject(forbidden('an end-user token cannot mint tokens'));
    // A token minted by an API key is bound to it: revoking the key ends the token.
    const keyId = ctx.principal.kind === 'apiKey' ? ctx.principal.id : null;
    return ctx.services.auth.mintUserToken(input.userId, input.ttlSeconds, keyId);
  }
}

/** StaffUser.access: the role in the API's one enum case (Role: ADMIN, GROWTH, ANALYST). */
@Resolver(() => StaffUserType)
export class StaffUserResolver {
  @FieldResolver(() => RoleEnum, { description: 'What the staff user may do: ADMIN, GROWTH or ANALYST.' })
  access(@Root() staff: StaffUserType): StaffRole {
    return staff.role;
  }
}
