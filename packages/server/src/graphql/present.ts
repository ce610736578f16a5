/**
 * The entries found, in order, of a batch of lookups by id: a field resolver listing linked entries
 * drops those deleted since the link was read (their loader answers null).
 */
export async function present<T>(items: Promise<(T | null)[]>): Promise<T[]> {
  return (await items).filter((item): item is Awaited<T> & T => item !== null);
}
