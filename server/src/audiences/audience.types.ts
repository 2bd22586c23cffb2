import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { Connection } from '../graphql/pagination';
import { DateTimeScalar } from '../graphql/scalars';
import type { AudienceKind } from './audience.entity';
import { Name } from '../graphql/names';
import { IsOptional } from 'class-validator';

export const AudienceKindEnum = { DYNAMIC: 'DYNAMIC', STATIC: 'STATIC' } as const;
registerEnumType(AudienceKindEnum, {
  name: 'AudienceKind',
  description: 'DYNAMIC: a condition expression over user facts. STATIC: an uploaded list of user ids.',
});

@ObjectType('Audience', {
  description:
    'A saved set of users: static (uploaded ids) or dynamic (an expression over profiles and behaviour).',
  simpleResolvers: true,
  implements: Node,
})
export class AudienceType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => AudienceKindEnum) kind!: AudienceKind;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'DYNAMIC: `{all:[…]} | {any:[…]} | {not:…} | {block, args}` over user-scoped condition blocks.',
  })
  expression?: unknown;
  @Field(() => Int, { description: 'STATIC: member count (DYNAMIC: use audiencePreview).' }) size!: number;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar) updatedAt!: number;
}

@InputType({ description: 'A new audience: static or with an expression.' })
export class CreateAudienceInput {
  @Field(() => String) @Name() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => AudienceKindEnum) kind!: AudienceKind;
  @Field(() => GraphQLJSON, { nullable: true }) expression?: unknown;
}

@InputType({ description: 'Changes to an audience.' })
export class UpdateAudienceInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Name() name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) expression?: unknown;
}

@ObjectType({
  description: 'The size of an audience (or of an unsaved expression) and a sample of its members.',
  simpleResolvers: true,
})
export class AudiencePreview {
  @Field(() => Int) size!: number;
  @Field(() => [ID]) sample!: string[];
}

@ObjectType({
  description: 'A page of an audience’s member user ids, in user-id order.',
  simpleResolvers: true,
})
export class AudienceMembersPage {
  @Field(() => [ID]) userIds!: string[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) endCursor!:
    string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}

@ObjectType({ description: 'A row of an uploaded CSV that was refused, and why.', simpleResolvers: true })
export class InvalidCsvRow {
  @Field(() => Int) line!: number;
  @Field(() => String) value!: string;
}

@ObjectType({
  description: 'What an upload of user ids to a static audience did: added, duplicates and invalid rows.',
  simpleResolvers: true,
})
export class AudienceUploadResult {
  @Field(() => Int, { description: 'Data rows read from this chunk.' }) rows!: number;
  @Field(() => Int, { description: 'New members (ids already present are skipped).' }) added!: number;
  @Field(() => [InvalidCsvRow], {
    description: 'Rows whose first column is not a valid user id (first 100).',
  })
  invalid!: InvalidCsvRow[];
  @Field(() => Int, { description: 'Members after this chunk.' }) size!: number;
}

export const AudienceConnection = Connection(AudienceType, 'AudienceConnection', 'audiences');
