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

  @Field(() => Boolean, {
    description:
      'Whether items follow this page: paging forward, whether more follow; backward (`last`/`before`), whether it was read `before` a cursor.',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether items precede this page: paging forward, whether it was read `after` a cursor; backward, whether items precede it.',
  })
  hasPreviousPage!: boolean;
}

@ArgsType()
export class BidiPageArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page backwards: how many items (1 to 100) to return from the end of the list, or before `before`; `first` is then not used.',
  })
  @IsOptional()
  @Min(1)
  @Max(100)
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Opaque cursor: the `startCursor` (or an edge `cursor`) of the page after; the `last` items before it (page backwards; without `last`, `first` of them).',
  })
  @IsOptional()
  @MaxLength(256)
  before?: string | null;
}

/**
 * Which slice of a list a page reads: forward (`first` items after `after`) or backward (`last` items
 * before `before`, or the list's last items). `position` is the parsed cursor, null at an end.
 */
export interface PageWindow<P> {
  backward: boolean;
  size: number;
  position: P | null;
  cursor: string | null;
}

/**
 * The window of `args`; `parse` turns an internal position into the list's key (throwing BAD_USER_INPUT
 * on what is not one). `after` with `before`/`last` is refused: a page reads one way.
 */
export function pageWindow<P>(
  args: PageArgs & Partial<Pick<BidiPageArgs, 'last' | 'before'>>,
  parse: (position: string, field: string) => P,
): PageWindow<P> {
  const backward = args.last != null || args.before != null;
  if (backward && args.after != null)
    throw badInput('after', 'cannot be combined with before or last: page one way at a time');
  const cursor = (backward ? args.before : args.after) ?? null;
  const field = backward ? 'before' : 'after';
  const raw = decodeCursor(cursor);
  return {
    backward,
    size: backward ? (args.last ?? args.first) : args.first,
    position: raw == null ? null : parse(raw, field),
    cursor,
  };
}

/**
 * Keyset SQL of a window over a list ordered by `columns`, all ascending or all descending: the
 * condition past the cursor (a row value comparison, SQLite and PostgreSQL alike), the ORDER BY the
 * rows are read in (reversed when paging backwards) and the LIMIT (one more than the page, to tell
 * whether more follow).
 */
export function keyset(
  columns: readonly string[],
  descending: boolean,
  w: PageWindow<readonly unknown[]>,
): { where: string | null; params: unknown[]; orderBy: string; limit: number } {
  const desc = descending !== w.backward;
  return {
    where: w.position
      ? `(${columns.join(', ')}) ${desc ? '<' : '>'} (${columns.map(() => '?').join(', ')})`
      : null,
    params: w.position ? [...w.position] : [],
    orderBy: columns.map((c) => `${c} ${desc ? 'DESC' : 'ASC'}`).join(', '),
    limit: w.size + 1,
  };
}

/** `toPage` for a window: rows as `keyset` read them (reversed order when paging backwards). */
export function windowPage<T>(
  w: PageWindow<unknown>,
  rows: T[],
  totalCount: number,
  positionOf: (row: T) => string,
): Page<T> {
  if (!w.backward) return toPage(rows, w.size, totalCount, positionOf, w.cursor);
  const nodes = rows.slice(0, w.size).reverse();
  const edges = nodes.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    nodes,
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: w.cursor != null,
      hasPreviousPage: rows.length > w.size,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
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
