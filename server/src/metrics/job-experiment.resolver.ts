import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { JobExperimentResult } from './job-experiment.types';

@Resolver()
export class JobExperimentResolver {
  @Authorized('staff:read')
  @Query(() => JobExperimentResult, {
    description:
      'A manual issue (bulk job) with a holdout measured like a rule’s split: treated users against the holdout, over a window after exposure.',
  })
  jobExperiment(
    @Arg('jobId', () => ID) jobId: string,
    @Arg('windowSeconds', () => Int, { nullable: true, description: 'Default 30 days.' })
    windowSeconds: number | null,
    @Arg('marginRateBp', () => Int, {
      nullable: true,
      description: 'Margin of orders without a known margin, in bp of revenue (default 10 000).',
    })
    marginRateBp: number | null,
    @Arg('sequential', () => Boolean, { nullable: true, description: 'Always-valid intervals.' })
    sequential: boolean | null,
    @Arg('minUsersPerArm', () => Int, { nullable: true, description: 'Default 100.' })
    minUsersPerArm: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.metrics.jobExperiment(jobId, {
      windowSeconds,
      marginRateBp,
      sequential,
      minUsersPerArm,
    });
  }
}
