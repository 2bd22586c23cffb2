import { GraphQLJSON } from 'graphql-scalars';
import { IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { badInput } from '../graphql/errors';
import { isId } from '../ids';
import { BidiPageArgs, pageWindow } from '../graphql/pagination';
import type { Context } from '../graphql/context';
import { BulkJobType } from '../jobs/bulk-job.types';
import {
  AudienceConnection,
  AudienceMembersPage,
  AudiencePreview,
  AudienceType,
  AudienceUploadResult,
  CreateAudienceInput,
  UpdateAudienceInput,
} from './audience.types';

@ArgsType()
class AudiencesConnectionArgs extends BidiPageArgs {
  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@Resolver()
export class AudienceResolver {
  @Authorized('staff:read')
  @Query(() => AudienceType, { description: 'One audience by id.' })
  audience(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.audiences.get(id);
  }

  @Authorized('staff:read')
  @Query(() => [AudienceType], {
    description: 'Saved audiences, newest first (at most 500).',
    deprecationReason: 'Use audiencesConnection (cursors, totalCount, no 500 cap).',
  })
  audiences(
    @Arg('search', () => String, { nullable: true, description: 'Substring of the name.' })
    search: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audiences.list(search ? search.slice(0, 200) : null);
  }

  @Authorized('staff:read')
  @Query(() => AudienceConnection, {
    description: 'Saved audiences, newest first, as a cursor connection (`last`/`before` page backwards).',
  })
  audiencesConnection(
    @Args(() => AudiencesConnectionArgs) args: AudiencesConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const w = pageWindow(args, (position, field) => {
      if (!isId('audience', position)) throw badInput(field, 'is not a cursor from this list');
      return position;
    });
    return ctx.services.audiences.page(args.search || null, w);
  }

  @Authorized('staff:read')
  @Query(() => AudiencePreview, {
    description:
      'Size and a sample of a saved audience, or of an unsaved dynamic expression (before saving).',
  })
  audiencePreview(
    @Arg('audienceId', () => ID, { nullable: true }) audienceId: string | null,
    @Arg('expression', () => GraphQLJSON, { nullable: true, validate: false }) expression: unknown,
    @Arg('sample', () => Int, { defaultValue: 20 }) sample: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audiences.preview({ audienceId, expression }, Math.min(Math.max(sample, 0), 100));
  }

  @Authorized('staff:read')
  @Query(() => AudienceMembersPage, { description: 'Members in user-id order.' })
  audienceMembers(
    @Arg('audienceId', () => ID) audienceId: string,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audiences.members(audienceId, Math.min(Math.max(first, 1), 10_000), after);
  }

  @Authorized('staff:read')
  @Query(() => [AudienceType], { description: 'The audiences one user belongs to now, newest first.' })
  userAudiences(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context) {
    return ctx.services.audiences.audiencesOf(userId);
  }

  @Authorized('staff:read')
  @Query(() => Boolean, { description: 'Whether one user belongs to an audience now.' })
  isAudienceMember(
    @Arg('audienceId', () => ID) audienceId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audiences.isMember(audienceId, userId);
  }

  @Authorized('staff:write')
  @Mutation(() => AudienceType, { description: 'Creates an audience.' })
  createAudience(@Arg('input', () => CreateAudienceInput) input: CreateAudienceInput, @Ctx() ctx: Context) {
    return ctx.services.audiences.create(input);
  }

  @Authorized('staff:write')
  @Mutation(() => AudienceType, { description: 'Changes an audience.' })
  updateAudience(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAudienceInput) input: UpdateAudienceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audiences.update(id, input);
  }

  @Authorized('staff:write')
  @Mutation(() => Boolean, { description: 'Deletes an audience.' })
  deleteAudience(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.audiences.remove(id);
  }

  @Authorized('staff:write')
  @Mutation(() => AudienceUploadResult, {
    description:
      'Adds the user ids of one CSV chunk (first column; optional header; ≤ 1.8 M characters) to a static audience. Upload a large file as several calls, `replace: true` on the first.',
  })
  uploadAudienceMembers(
    @Arg('audienceId', () => ID) audienceId: string,
    @Arg('csv', () => String) csv: string,
    @Arg('replace', () => Boolean, { defaultValue: false }) replace: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audiences.upload(audienceId, csv, replace);
  }

  @Authorized('staff:write')
  @Mutation(() => BulkJobType, {
    description: 'Issues a template to every member of an audience (a bulk job).',
  })
  async issueToAudience(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('audienceId', () => ID) audienceId: string,
    @Arg('holdoutPercent', () => Float, {
      nullable: true,
      description: 'Percent of the members (0 < p < 100) kept as a random holdout that gets nothing.',
    })
    holdoutPercent: number | null,
    @Ctx() ctx: Context,
  ) {
    const by = ctx.principal.kind === 'staff' ? ctx.principal.id : null;
    await ctx.services.templates.get(templateId, 'templateId');
    const { audiences, jobs } = ctx.services;
    const id = await audiences.issueToAudience(jobs, templateId, audienceId, by, holdoutPercent);
    return ctx.services.jobs.view(await ctx.services.jobs.get(id));
  }
}
