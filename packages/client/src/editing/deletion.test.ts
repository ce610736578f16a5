import { CombinedGraphQLErrors, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import {
  classifyDeleteError,
  classifyDeleteErrors,
  deletedEntryOf,
  deletedState,
  forgetDeleted,
} from './deletion';

describe('classifyDeleteErrors', () => {
  it('reads a stale version as a conflict', () => {
    expect(
      classifyDeleteErrors([
        {
          message: "Institution 'inst:1' was changed by someone else (version 4, you sent 3).",
          extensions: { code: 'CONFLICT', field: 'version', currentVersion: 4 },
        },
      ]),
    ).toEqual({ kind: 'conflict' });
  });

  it('reads a vanished entry as already gone, although the server names the id field', () => {
    expect(
      classifyDeleteErrors([
        {
          message: "Institution 'inst:1' does not exist",
          extensions: { code: 'NOT_FOUND', entity: 'Institution', id: 'inst:1', field: 'id' },
        },
      ]),
    ).toEqual({ kind: 'notFound' });
  });

  it('reads a CONFLICT without a current version (deleted by someone else) as already gone', () => {
    expect(
      classifyDeleteErrors([
        {
          message: "Institution 'inst:1' was deleted by Kerstin at 2026-12-06T10:00:00Z",
          extensions: { code: 'CONFLICT', field: 'version', currentVersion: null },
        },
      ]),
    ).toEqual({ kind: 'notFound' });
  });

  it('tells a role that may not delete from an unreachable database', () => {
    expect(classifyDeleteErrors([{ message: 'no', extensions: { code: 'FORBIDDEN' } }])).toEqual({
      kind: 'forbidden',
    });
    expect(
      classifyDeleteErrors([{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }]),
    ).toEqual({ kind: 'forbidden' });
    expect(
      classifyDeleteErrors([{ message: 'down', extensions: { code: 'DATABASE_UNAVAILABLE' } }]),
    ).toEqual({ kind: 'unavailable' });
  });

  it('passes any other error on by its code, not its server message', () => {
    expect(
      classifyDeleteErrors([
        { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        { message: 'Something else' },
      ]),
    ).toEqual({ kind: 'failed', code: 'INTERNAL_SERVER_ERROR' });
  });

  it('prefers the conflict when the server reports several problems', () => {
    expect(
      classifyDeleteErrors([
        { message: 'gone', extensions: { code: 'NOT_FOUND' } },
        { message: 'stale', extensions: { code: 'CONFLICT' } },
      ]),
    ).toEqual({ kind: 'conflict' });
  });
});

describe('classifyDeleteError', () => {
  it('classifies the GraphQL errors Apollo throws', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }],
    });
    expect(classifyDeleteError(error)).toEqual({ kind: 'conflict' });
  });

  it('reads anything else as an unreachable server', () => {
    expect(classifyDeleteError(new TypeError('Failed to fetch'))).toEqual({ kind: 'unavailable' });
  });
});

describe('deletedEntryOf', () => {
  const entry = { kind: 'service', id: 'svc:1', name: 'Schuldnerberatung', alreadyGone: false };

  it('reads back what deletedState wrote', () => {
    expect(deletedEntryOf(deletedState({ ...entry, kind: 'service' }))).toEqual(entry);
  });

  it('treats a missing alreadyGone as a delete of ours', () => {
    expect(deletedEntryOf({ deleted: { kind: 'meeting', id: 'm:1', name: 'AK' } })).toEqual({
      kind: 'meeting',
      id: 'm:1',
      name: 'AK',
      alreadyGone: false,
    });
  });

  it('ignores states that carry no well-formed deleted entry', () => {
    expect(deletedEntryOf(null)).toBeUndefined();
    expect(deletedEntryOf('deleted')).toBeUndefined();
    expect(deletedEntryOf({ idx: 3 })).toBeUndefined();
    expect(deletedEntryOf({ deleted: { ...entry, kind: 'training' } })).toBeUndefined();
    expect(deletedEntryOf({ deleted: { ...entry, id: 7 } })).toBeUndefined();
    expect(deletedEntryOf({ deleted: { ...entry, name: undefined } })).toBeUndefined();
  });
});

describe('forgetDeleted', () => {
  // Plain `parse`, not a tagged template: codegen would take these test documents for the app's.
  const NETWORKS = parse(`
    query Networks {
      networks(first: 100) {
        nodes {
          id
          name
        }
      }
    }
  `);
  const NETWORK = parse(`
    query Network($id: ID!) {
      network(id: $id) {
        id
        name
      }
    }
  `);
  const VIEWER = parse(`
    query Viewer {
      viewer {
        role
      }
      topics {
        id
      }
    }
  `);
  const network = (id: string, name: string) => ({ __typename: 'Network', id, name });

  function filledCache(): InMemoryCache {
    const cache = new InMemoryCache();
    cache.writeQuery({
      query: NETWORKS,
      data: {
        networks: {
          __typename: 'NetworkConnection',
          nodes: [network('net:a', 'Arbeitskreis'), network('net:b', 'Frühe Hilfen')],
        },
      },
    });
    cache.writeQuery({
      query: NETWORK,
      variables: { id: 'net:a' },
      data: { network: network('net:a', 'Arbeitskreis') },
    });
    cache.writeQuery({
      query: VIEWER,
      data: {
        viewer: { __typename: 'ViewerInfo', role: 'COORDINATOR' },
        topics: [{ __typename: 'Topic', id: 'domestic_violence' }],
      },
    });
    return cache;
  }

  it('removes the entry and the lists that showed it, so they are read anew', () => {
    const cache = filledCache();
    forgetDeleted(cache, { kind: 'network', id: 'net:a' });
    expect(cache.identify({ __typename: 'Network', id: 'net:a' })).toBe('Network:net:a');
    expect(cache.extract()['Network:net:a']).toBeUndefined();
    expect(cache.readQuery({ query: NETWORKS })).toBeNull();
    expect(cache.readQuery({ query: NETWORK, variables: { id: 'net:a' } })).toBeNull();
    // Unreachable now, so collected too: nothing stale is left to come back.
    expect(cache.extract()['Network:net:b']).toBeUndefined();
  });

  it('keeps the session and the reference data', () => {
    const cache = filledCache();
    forgetDeleted(cache, { kind: 'network', id: 'net:a' });
    expect(cache.readQuery({ query: VIEWER })).toEqual({
      viewer: { __typename: 'ViewerInfo', role: 'COORDINATOR' },
      topics: [{ __typename: 'Topic', id: 'domestic_violence' }],
    });
  });

  it('does nothing harmful for an entry the cache never held', () => {
    const cache = new InMemoryCache();
    expect(() => {
      forgetDeleted(cache, { kind: 'referralPath', id: 'ref:unknown' });
    }).not.toThrow();
  });
});
