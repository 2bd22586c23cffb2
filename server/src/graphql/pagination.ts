import { Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { Max, Min, IsOptional, MaxLength } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { type IdKind, isId } from '../ids';
import { badInput } from './errors';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(128)
  after?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function Connection<T extends object>(item: ClassType<T>, name: string) {
  @ObjectType(name, { simpleResolvers: true })
  class ConnectionClass {
    @Field(() => [item])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Builds a page from `first + 1` rows ordered by a unique cursor column. */
export function toPage<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => string,
): Page<T> {
  const nodes = rows.slice(0, first);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]!) : null,
    },
  };
}

/**
 * The id an `after` cursor stands for, when pages are ordered by a typed id (`isId` in ids.ts); null
 * for the first page. Anything that is not such an id is refused (never silently read as "from the
 * start"): BAD_USER_INPUT on `after`.
 */
export function idCursor(after: string | null | undefined, kind: IdKind, field = 'after'): string | null {
  if (after == null) return null;
  if (!isId(kind, after)) throw badInput(field, 'is not a cursor from this list');
  return after;
}
