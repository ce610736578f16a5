import { useRef } from 'react';

/** 16 random bytes as hex: a key no one else will pick (works outside secure contexts too). */
function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The idempotency keys (`clientMutationId`) of one create form. Sending the same input again,
 * after an answer that never came or a database that was briefly away, reuses the key, so the
 * server creates the entry once and answers it; changed input is a new submission with a new key.
 */
export class RetryKeys {
  private last: { readonly input: string; readonly key: string } | undefined;

  constructor(private readonly newKey: () => string = randomKey) {}

  keyFor(input: object): string {
    const text = JSON.stringify(input);
    if (this.last?.input !== text) this.last = { input: text, key: this.newKey() };
    return this.last.key;
  }
}

/** The form's {@link RetryKeys}, kept while the page stays open. */
export function useRetryKeys(): RetryKeys {
  const keys = useRef<RetryKeys | null>(null);
  keys.current ??= new RetryKeys();
  return keys.current;
}

/** The create input with its idempotency key. */
export function withRetryKey<Input extends object>(
  keys: RetryKeys,
  input: Input,
): Input & { clientMutationId: string } {
  return { ...input, clientMutationId: keys.keyFor(input) };
}
