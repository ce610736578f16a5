import { RetryKeys, withRetryKey } from './retry-key';

describe('RetryKeys', () => {
  it('sends the same input again with the same key, so the server creates it once', () => {
    const keys = new RetryKeys();
    const input = { name: 'Frauenberatung', kind: 'FAMILY_COUNSELLING_CENTRE' };
    const first = withRetryKey(keys, input);
    expect(first.clientMutationId).toMatch(/^[0-9a-f]{32}$/);
    expect(withRetryKey(keys, { ...input }).clientMutationId).toBe(first.clientMutationId);
  });

  it('gives changed input a new key: it is another entry', () => {
    let next = 0;
    const keys = new RetryKeys(() => `key-${++next}`);
    expect(keys.keyFor({ name: 'A' })).toBe('key-1');
    expect(keys.keyFor({ name: 'B' })).toBe('key-2');
    expect(keys.keyFor({ name: 'A' })).toBe('key-3');
  });
});
