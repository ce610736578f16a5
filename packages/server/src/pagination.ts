/** A page of a list ordered by (sortKey, id), as repositories return it. */
export interface Page<T> {
  readonly items: T[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}

/** What a repository needs to read one page. */
export interface PageRequest {
  readonly first: number;
  readonly after: { readonly sortKey: string; readonly id: string } | null;
}
