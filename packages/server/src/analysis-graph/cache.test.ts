import { DEMO_DATA } from '@schutznetz/demo-data';
import { AnalysisCache, type GraphSource } from './cache';

/** A graph source that counts reads and answers when told to. */
function countingSource(initialVersion = 'v1') {
  const state = { version: initialVersion, versionReads: 0, dataReads: 0 };
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();
  const source: GraphSource = {
    readVersion: () => {
      state.versionReads += 1;
      return Promise.resolve(state.version);
    },
    readDataSet: async () => {
      state.dataReads += 1;
      await gate;
      return DEMO_DATA;
    },
  };
  return {
    source,
    state,
    hold(): void {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: (): void => {
      release();
    },
  };
}

describe('AnalysisCache', () => {
  it('shares one build between concurrent requests of the same version', async () => {
    const { source, state, hold, release } = countingSource();
    const cache = new AnalysisCache(source);
    hold();
    const requests = [cache.current(), cache.current(), cache.current()];
    release();
    const [a, b, c] = await Promise.all(requests);
    expect(state.dataReads).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(a?.version).toBe('v1');
    expect(a?.graph.institutions).toHaveLength(DEMO_DATA.institutions.length);
  });

  it('serves the built graph without reading again until a write is noted', async () => {
    const { source, state } = countingSource();
    const cache = new AnalysisCache(source, { revalidateAfterMs: 60_000 });
    const first = await cache.current();
    const again = await cache.current();
    expect(again).toBe(first);
    expect(state).toMatchObject({ versionReads: 1, dataReads: 1 });

    state.version = 'v2';
    cache.noteWrite();
    const after = await cache.current();
    expect(after).not.toBe(first);
    expect(after.version).toBe('v2');
    expect(state.dataReads).toBe(2);
  });

  it('rebuilds after a write even when the database version looks unchanged', async () => {
    const { source, state } = countingSource();
    const cache = new AnalysisCache(source, { revalidateAfterMs: 60_000 });
    const first = await cache.current();
    cache.noteWrite();
    const after = await cache.current();
    expect(after).not.toBe(first);
    expect(state.dataReads).toBe(2);
  });

  it('finds writes of other processes by the version, serving the old graph meanwhile', async () => {
    let now = 0;
    const { source, state } = countingSource();
    const cache = new AnalysisCache(source, { revalidateAfterMs: 1_000, now: () => now });
    const first = await cache.current();

    now = 500;
    expect(await cache.current()).toBe(first);
    expect(state.versionReads).toBe(1);

    // Stale by time, same version: confirmed, no data read.
    now = 1_500;
    expect(await cache.current()).toBe(first);
    await cache.settled();
    expect(state).toMatchObject({ versionReads: 2, dataReads: 1 });

    // Changed elsewhere: the old graph is served until the new one is built.
    now = 3_000;
    state.version = 'v2';
    expect(await cache.current()).toBe(first);
    await cache.settled();
    const next = await cache.current();
    expect(next.version).toBe('v2');
    expect(state.dataReads).toBe(2);
  });

  it('forgets a failed build, so the next request tries again', async () => {
    let fail = true;
    const cache = new AnalysisCache({
      readVersion: () => (fail ? Promise.reject(new Error('down')) : Promise.resolve('v1')),
      readDataSet: () => Promise.resolve(DEMO_DATA),
    });
    await expect(cache.current()).rejects.toThrow('down');
    fail = false;
    await expect(cache.current()).resolves.toMatchObject({ version: 'v1' });
  });

  it('computes a derived result once per version and key', async () => {
    const { source } = countingSource();
    const cache = new AnalysisCache(source, { maxDerived: 2 });
    const snapshot = await cache.current();
    let computed = 0;
    const compute = (): number => {
      computed += 1;
      return computed;
    };
    expect(snapshot.memo('a', compute)).toBe(1);
    expect(snapshot.memo('a', compute)).toBe(1);
    snapshot.memo('b', compute);
    snapshot.memo('c', compute);
    // 'a' was the least recently used of three with room for two.
    expect(snapshot.memo('a', compute)).toBe(4);
  });
});
