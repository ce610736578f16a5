/**
 * The search's priority queue: mnemonist's binary heap, smallest key first, ties leaving in
 * insertion order so that searches are deterministic (decision 017).
 */
import Heap from 'mnemonist/heap';

interface Entry<Item> {
  readonly key: number;
  readonly seq: number;
  readonly item: Item;
}

function compare<Item>(a: Entry<Item>, b: Entry<Item>): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.seq - b.seq;
}

export class PriorityQueue<Item> {
  private readonly heap = new Heap<Entry<Item>>(compare);
  private nextSeq = 0;

  push(key: number, item: Item): void {
    this.heap.push({ key, seq: this.nextSeq, item });
    this.nextSeq += 1;
  }

  /** Removes and returns the item with the smallest key, or `undefined` when empty. */
  pop(): Item | undefined {
    return this.heap.pop()?.item;
  }
}
