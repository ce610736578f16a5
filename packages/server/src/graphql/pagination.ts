import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { InvalidInputError } from '../errors';
import type { Page } from '../pagination';

@ObjectType({ description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo {
  @Field({ description: 'True when more items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page; pass it as `after` to get the next page.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items to return (1–200).' })
  @Min(1)
  @Max(200)
  first = 20;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (a `pageInfo.endCursor` of an earlier page).',
  })
  after?: string | null;
}

/** Position of an item in a list ordered by (sortKey, id). */
export interface Cursor {
  readonly sortKey: string;
  readonly id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.id]), 'utf8').toString('base64url');
}

/** Reads a cursor; a malformed one is the client's error, named by its argument. */
export function decodeCursor(value: string | null | undefined, field = 'after'): Cursor | null {
  if (value === null || value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      return { sortKey: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw InvalidInputError.forField(field, 'is not a cursor returned by this API');
}

/** The GraphQL shape of a page: what the `Connection` classes below hold. */
export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** Turns a repository page into a connection. */
export function toConnection<T extends { id: string; sortKey: string }>(
  page: Page<T>,
): ConnectionShape<T> {
  const edges = page.items.map((node) => ({ node, cursor: encodeCursor(node) }));
  return {
    edges,
    nodes: page.items,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Builds the `<Name>Connection` and `<Name>Edge` types for an item type. */
export function Connection<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => itemType, { description: `The ${name}.` })
    node!: T;

    @Field({ description: 'Opaque position of this item; pass it as `after`.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} items (cursor-based; ordered by name or date, then id).`,
  })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [itemType], { description: 'The items of this page (shortcut for edges.node).' })
    nodes!: T[];

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Whether more pages follow, and how to get them.' })
    pageInfo!: PageInfo;
  }

  return ConnectionType;
}

/**
 * A page of a list already in memory (a batched relationship read), as a connection: ordered by
 * (sortKey, id) like every connection, `first` items after the cursor `after`. The read stays one
 * batched statement per level; what a response carries is bounded by `first` (≤ 200).
 */
export function pageInMemory<T extends { id: string; sortKey: string }>(
  items: readonly T[],
  page: PageArgs,
): ConnectionShape<T> {
  const after = decodeCursor(page.after);
  const sorted = [...items].sort((a, b) =>
    a.sortKey === b.sortKey ? a.id.localeCompare(b.id) : a.sortKey < b.sortKey ? -1 : 1,
  );
  const rest =
    after === null
      ? sorted
      : sorted.filter(
          (item) =>
            item.sortKey > after.sortKey ||
            (item.sortKey === after.sortKey && item.id.localeCompare(after.id) > 0),
        );
  return toConnection({
    items: rest.slice(0, page.first),
    totalCount: sorted.length,
    hasNextPage: rest.length > page.first,
  });
}
