// Relay cursor connections (https://relay.dev/graphql/connections.htm): `edges { cursor node }`,
// `nodes` (the same nodes without cursors, as GitHub's API also serves), `pageInfo` and `totalCount`.
// Cursors are opaque: base64url of `cf1:` + the list's internal position. An internal position that a
// client kept from before cursors were opaque is still read (the lists' own validation applies).
import { Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { Max, Min, IsOptional, MaxLength } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { type IdKind, isId } from '../ids';
import { badInput } from './errors';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many items to return: 1 to 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Opaque cursor: the `endCursor` (or an edge `cursor`) of the previous page; items after it.',
  })
  @IsOptional()
  @MaxLength(256)
  after?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Where a page sits in its list (Relay cursor connections).',
})
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first item of this page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item of this page: pass it as `after` for the next page.',
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'Whether this page was read `after` a cursor (so items may precede it).',
  })
  hasPreviousPage!: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

const CURSOR_PREFIX = 'cf1:';

/** The opaque cursor of an internal list position. */
export function encodeCursor(position: string): string {
  return Buffer.from(CURSOR_PREFIX + position, 'utf8').toString('base64url');
}

/**
 * The internal position an opaque cursor stands for; a value that is not one of ours is returned as
 * it is (a position kept from before cursors were opaque), for the list to validate.
 */
export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  if (/^[A-Za-z0-9_-]+$/.test(cursor)) {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    if (text.startsWith(CURSOR_PREFIX)) return text.slice(CURSOR_PREFIX.length);
  }
  return cursor;
}

export function Connection<T extends object>(item: ClassType<T>, name: string, what = 'items') {
  @ObjectType(`${name.replace(/Connection$/, '')}Edge`, {
    simpleResolvers: true,
    description: `One of the ${what} of a page, with its cursor.`,
  })
  class EdgeClass {
    @Field(() => String, {
      description: 'Opaque cursor of this item: pass it as `after` for the items after it.',
    })
    cursor!: string;

    @Field(() => item, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(name, {
    simpleResolvers: true,
    description: `A page of ${what} (Relay cursor connection); the page and totalCount are read from one snapshot.`,
  })
  class ConnectionClass {
    @Field(() => [EdgeClass], { description: 'The items of this page with their cursors.' })
    edges!: Edge<T>[];

    @Field(() => [item], { description: 'The items of this page (the edges’ nodes, without cursors).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more items follow or precede.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (all pages).' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/**
 * Builds a page from `first + 1` rows in list order; `positionOf` gives a row's internal position
 * (unique, in list order), which the cursors encode. `after` is the cursor the page was read after.
 */
export function toPage<T>(
  rows: T[],
  first: number,
  totalCount: number,
  positionOf: (row: T) => string,
  after?: string | null,
): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    nodes,
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * The id an `after` cursor stands for, when pages are ordered by a typed id (`isId` in ids.ts); null
 * for the first page. Anything that is not such a cursor is refused (never silently read as "from the
 * start"): BAD_USER_INPUT on `after`.
 */
export function idCursor(after: string | null | undefined, kind: IdKind, field = 'after'): string | null {
  const position = decodeCursor(after);
  if (position == null) return null;
  if (!isId(kind, position)) throw badInput(field, 'is not a cursor from this list');
  return position;
}
