/**
 * A binary min-heap keyed by a number, ties broken by insertion order so that searches are
 * deterministic. Internal to the package.
 */
interface Entry<Item> {
  readonly key: number;
  readonly seq: number;
  readonly item: Item;
}

function before<Item>(a: Entry<Item>, b: Entry<Item>): boolean {
  return a.key < b.key || (a.key === b.key && a.seq < b.seq);
}

export class MinHeap<Item> {
  private readonly entries: Entry<Item>[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.entries.length;
  }

  push(key: number, item: Item): void {
    const entry = { key, seq: this.nextSeq, item };
    this.nextSeq += 1;
    const entries = this.entries;
    let i = entries.length;
    entries.push(entry);
    while (i > 0) {
      const parentIndex = (i - 1) >> 1;
      const parent = entries[parentIndex];
      if (parent === undefined || !before(entry, parent)) break;
      entries[i] = parent;
      i = parentIndex;
    }
    entries[i] = entry;
  }

  /** Removes and returns the item with the smallest key, or `undefined` when empty. */
  pop(): Item | undefined {
    const entries = this.entries;
    const top = entries[0];
    const last = entries.pop();
    if (top === undefined || last === undefined) return undefined;
    const n = entries.length;
    if (n === 0) return top.item;
    let i = 0;
    for (;;) {
      const leftIndex = 2 * i + 1;
      const left = entries[leftIndex];
      if (left === undefined) break;
      const right = entries[leftIndex + 1];
      const [childIndex, child] =
        right !== undefined && before(right, left) ? [leftIndex + 1, right] : [leftIndex, left];
      if (!before(child, last)) break;
      entries[i] = child;
      i = childIndex;
    }
    entries[i] = last;
    return top.item;
  }
}
