import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { ExperimentArgs } from './experiment-options';
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
    @Args(() => ExperimentArgs) options: ExperimentArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.metrics.jobExperiment(jobId, options);
  }
}
