import { Node } from '../graphql/node';
import { ArrayMaxSize, ArrayMinSize, Matches } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ClaimRefusalEnum } from '../coupons/coupon.enums';
import { BulkJobStatusEnum } from './bulk-job.enums';
import { DateTimeScalar } from '../graphql/scalars';
import type { BulkJobStatus } from './bulk-job.entity';
import { Connection } from '../graphql/pagination';

@InputType({ description: 'A template to issue to every member of an audience, as a background job.' })
export class BulkIssueInput {
  @Field(() => ID) templateId!: string;
  @Field(() => [ID], { description: 'Up to 100 000 user ids per job.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100_000)
  @Matches(/^[A-Za-z0-9_.:@\-/#+=]{1,128}$/, { each: true })
  userIds!: string[];
  @Field(() => Float, {
    nullable: true,
    description:
      'Percent of the users (0 < p < 100) kept as a random holdout that gets nothing; the job can then be measured with `jobExperiment`.',
  })
  holdoutPercent?: number | null;
}

@ObjectType({ description: 'How many claims were refused for one reason.', simpleResolvers: true })
export class RefusalCount {
  @Field(() => ClaimRefusalEnum) reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('BulkIssueJob', {
  implements: Node,
  description: 'A background job issuing a template to an audience: progress, counts and state.',
  simpleResolvers: true,
})
export class BulkJobType {
  @Field(() => ID) id!: string;
  @Field(() => ID) templateId!: string;
  @Field(() => BulkJobStatusEnum) status!: BulkJobStatus;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Users processed so far.' }) processed!: number;
  @Field(() => Int) issued!: number;
  @Field(() => Float, { nullable: true, description: 'The holdout share, percent (null: none).' })
  holdoutPercent!: number | null;
  @Field(() => Int, { description: 'Users kept in the holdout (they get nothing).' }) heldOut!: number;
  @Field(() => Int, { description: 'Users refused for a business reason (see refusals).' }) skipped!: number;
  @Field(() => Int, { description: 'Users whose issuance failed with an error.' }) failed!: number;
  @Field(() => [RefusalCount], { description: 'Skipped users by reason.' }) refusals!: RefusalCount[];
  @Field(() => Int, { description: 'processed / total in percent.' }) percent!: number;
  @Field(() => String, { nullable: true }) error?: string | null;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar) updatedAt!: number;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt?: number | null;
}

export const BulkJobConnection = Connection(BulkJobType, 'BulkIssueJobConnection', 'bulk issue jobs');
