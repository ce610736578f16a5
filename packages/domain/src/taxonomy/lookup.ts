/**
 * Internal helpers that turn a taxonomy array into lookups. Not re-exported: each taxonomy
 * exposes typed functions built on them.
 */

/** Indexes `items` by their `code`; a duplicate code is a data error and throws at load time. */
export function indexByCode<Code extends string, Item extends { readonly code: Code }>(
  items: readonly Item[],
  taxonomy: string,
): ReadonlyMap<Code, Item> {
  const index = new Map<Code, Item>();
  for (const item of items) {
    if (index.has(item.code)) {
      throw new Error(`${taxonomy}: duplicate code "${item.code}"`);
    }
    index.set(item.code, item);
  }
  return index;
}

/** Reads a key that the type system already guarantees; a miss means the data and types diverged. */
export function mustGet<Key, Value>(
  map: ReadonlyMap<Key, Value>,
  key: Key,
  taxonomy: string,
): Value {
  const value = map.get(key);
  if (value === undefined) {
    throw new Error(`${taxonomy}: unknown code "${String(key)}"`);
  }
  return value;
}
