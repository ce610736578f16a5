import DataLoader from 'dataloader';

/**
 * A per-request loader of entities by id: every `load` in one tick becomes one repository call,
 * and results come back in key order with `null` for ids that do not exist.
 */
export function byIdLoader<T extends { readonly id: string }>(
  find: (ids: readonly string[]) => Promise<readonly T[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await find(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * A per-request loader of lists keyed by a parent id (e.g. an institution's services), batched
 * into one repository call that answers a map; parents without items get an empty list.
 */
export function groupedLoader<T>(
  find: (ids: readonly string[]) => Promise<ReadonlyMap<string, T[]>>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const grouped = await find(ids);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}
