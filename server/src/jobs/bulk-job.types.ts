import { ArrayMaxSize, ArrayMinSize, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ClaimRefusalEnum } from '../coupons/coupon.enums';
import { BulkJobStatusEnum } from './bulk-job.enums';
import { DateTimeScalar } from '../graphql/scalars';
import type { BulkJobStatus } from './bulk-job.entity';

@InputType()
export class BulkIssueInput {
  @Field(() => ID) templateId!: string;
  @Field(() => [ID], { description: 'Up to 100 000 user ids per job.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100_000)
  @Matches(/^[A-Za-z0-9_.:@\-/#+=]{1,128}$/, { each: true })
  userIds!: string[];
}

@ObjectType({ simpleResolvers: true })
export class RefusalCount {
  @Field(() => ClaimRefusalEnum) reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('BulkIssueJob', { simpleResolvers: true })
export class BulkJobType {
  @Field(() => ID) id!: string;
  @Field(() => ID) templateId!: string;
  @Field(() => BulkJobStatusEnum) status!: BulkJobStatus;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Users processed so far.' }) processed!: number;
  @Field(() => Int) issued!: number;
  @Field(() => [RefusalCount]) refusals!: RefusalCount[];
  @Field(() => Int, { description: 'processed / total in percent.' }) percent!: number;
  @Field(() => String, { nullable: true }) error?: string | null;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar) updatedAt!: number;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt?: number | null;
}
