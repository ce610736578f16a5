import { AsyncLocalStorage } from 'node:async_hooks';
import type { TxRunner } from './tx-runner';

/**
 * Work to add to a write transaction just before it commits, given what the transaction's own
 * work returned: it commits with the write or not at all. Throwing rolls the write back.
 */
export type CommitHook = (tx: TxRunner, result: unknown) => Promise<void>;

interface Slot {
  hook: CommitHook | undefined;
}

const slots = new AsyncLocalStorage<Slot>();

/**
 * Runs `work` so that the first write transaction it opens (through any repository, on the
 * request's executor) also runs `hook` inside that transaction. Later write transactions of
 * `work` run as usual.
 */
export function withCommitHook<T>(hook: CommitHook, work: () => Promise<T>): Promise<T> {
  return slots.run({ hook }, work);
}

/**
 * The hook for the write transaction about to open, if one is waiting (taken: it joins one
 * transaction only). Called by the executor; a retried transaction function runs it again.
 */
export function takeCommitHook(): CommitHook | undefined {
  const slot = slots.getStore();
  const hook = slot?.hook;
  if (slot) slot.hook = undefined;
  return hook;
}
