import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../graphql/pagination';
import { BulkIssueInput, BulkJobConnection, BulkJobType } from './bulk-job.types';

@Resolver()
export class BulkJobResolver {
  @Authorized('staff:write')
  @Mutation(() => BulkJobType, {
    description: 'Issues a template to a list of users as a resumable background job.',
  })
  async startBulkIssue(@Arg('input', () => BulkIssueInput) input: BulkIssueInput, @Ctx() ctx: Context) {
    const by = ctx.principal.kind === 'staff' ? ctx.principal.id : null;
    const job = await ctx.services.jobs.start(
      input.templateId,
      input.userIds,
      by,
      input.holdoutPercent ?? null,
    );
    return ctx.services.jobs.view(job);
  }

  @Authorized('staff:read')
  @Query(() => BulkJobType, { description: 'One bulk issue job by id.' })
  async bulkIssueJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.view(await ctx.services.jobs.get(id));
  }

  @Authorized('staff:read')
  @Query(() => [BulkJobType], {
    description: 'Newest first; pass the last id as `before` for the next page.',
    deprecationReason: 'Use bulkIssueJobsConnection (cursors, totalCount).',
  })
  async bulkIssueJobs(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.services.jobs.list(Math.min(Math.max(first, 1), 100), before)).map((j) =>
      ctx.services.jobs.view(j),
    );
  }

  @Authorized('staff:read')
  @Query(() => BulkJobConnection, { description: 'Bulk issue jobs, newest first, as a cursor connection.' })
  bulkIssueJobsConnection(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.jobs.page(args.first, args.after);
  }

  @Authorized('staff:write')
  @Mutation(() => BulkJobType, { description: 'Pauses a running bulk issue job.' })
  async pauseBulkIssue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.view(await ctx.services.jobs.setStatus(id, 'PAUSED'));
  }

  @Authorized('staff:write')
  @Mutation(() => BulkJobType, { description: 'Resumes a paused bulk issue job.' })
  async resumeBulkIssue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.view(await ctx.services.jobs.setStatus(id, 'RUNNING'));
  }

  @Authorized('staff:write')
  @Mutation(() => BulkJobType, { description: 'Cancels a bulk issue job; coupons already issued stay.' })
  async cancelBulkIssue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.view(await ctx.services.jobs.setStatus(id, 'CANCELLED'));
  }
}
