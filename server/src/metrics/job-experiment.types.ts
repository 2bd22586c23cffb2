import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars';
import type { Recommendation } from './experiment';
import { RecommendationEnum } from './metrics.enums';
import { ExperimentArm, ExperimentLift, IncrementalProfit, SrmCheck } from './metrics.types';

@ObjectType({
  simpleResolvers: true,
  description: 'A manual issue with a holdout: arms `treatment` and `holdout` (the control group).',
})
export class JobExperimentResult {
  @Field(() => ID) jobId!: string;
  @Field(() => Float) holdoutPercent!: number;
  @Field(() => Int) windowSeconds!: number;
  @Field(() => DateTimeScalar) measuredAt!: number;
  @Field(() => Int) exposedUsers!: number;
  @Field(() => Int) measuredUsers!: number;
  @Field(() => SrmCheck, { description: 'Checked before any lift.' }) srm!: SrmCheck;
  @Field(() => [ExperimentArm]) arms!: ExperimentArm[];
  @Field(() => [ExperimentLift]) lifts!: ExperimentLift[];
  @Field(() => IncrementalProfit, { nullable: true }) incrementalProfit!: IncrementalProfit | null;
  @Field(() => RecommendationEnum) recommendation!: Recommendation;
  @Field(() => [String]) evidence!: string[];
}
