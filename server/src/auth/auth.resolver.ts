import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import {
  ApiKeyType,
  CreateApiKeyInput,
  CreatedApiKey,
  CreateStaffInput,
  LoginResult,
  StaffUserType,
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
  @Query(() => StaffUserType, {
    nullable: true,
    description: 'The signed-in staff user (null for keys and user tokens).',
  })
  me(@Ctx() ctx: Context): StaffUserType | null {
    const p = ctx.principal;
    return p.kind === 'staff' ? { id: p.id, email: p.email, role: p.role, createdAt: 0 } : null;
  }

  @Authorized('admin')
  @Mutation(() => StaffUserType)
  createStaffUser(@Arg('input', () => CreateStaffInput) input: CreateStaffInput, @Ctx() ctx: Context) {
    return ctx.services.auth.createStaff(input.email, input.role, input.password);
  }

  @Authorized('admin')
  @Mutation(() => CreatedApiKey, { description: 'The key is shown once; only its hash is stored.' })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    const by = ctx.principal.kind === 'staff' ? ctx.principal.id : null;
    return ctx.services.auth.createApiKey(input.name, input.scopes, input.merchantIds, by);
  }

  @Authorized('admin')
  @Mutation(() => ApiKeyType)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.auth.revokeApiKey(id);
  }

  @Authorized('admin')
  @Query(() => [ApiKeyType])
  apiKeys(@Ctx() ctx: Context) {
    return ctx.services.auth.listApiKeys();
  }

  @Authorized('coupons:claim', 'checkout')
  @Mutation(() => String, {
    description: 'An app backend mints a token its front end uses to act for one user.',
  })
  createUserToken(
    @Arg('input', () => UserTokenInput) input: UserTokenInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    if (ctx.principal.kind === 'user') return Promise.reject(new Error('unreachable'));
    return ctx.services.auth.mintUserToken(input.userId, input.ttlSeconds);
  }
}
