import { DEMO_DATA } from '@schutznetz/demo-data';
import { startTestApi, type TestApi } from '../test/graphql';
import { AS_ANALYST } from '../test/analysis-api';

const ANALYST = 'analyst-token-0123456789abcdef';

/**
 * The analysis threads behind the API (decision 012, real Neo4j, demo data): one thread and a
 * queue of one, so that concurrent analyses overflow it. Answers from the threads equal the
 * in-process ones; an overflow is refused at once with SERVER_BUSY instead of piling up.
 */
describe('analyses on worker threads with a bounded queue', () => {
  let pooled: TestApi;

  beforeAll(async () => {
    pooled = await startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${ANALYST}:analyst:Jugendhilfeplanung`,
      ANALYSIS_WORKERS: '1',
      ANALYSIS_QUEUE: '1',
    });
  }, 120_000);

  afterAll(async () => {
    await pooled.close();
  });

  it('refuses analyses past the queue with SERVER_BUSY, and runs them once there is room', async () => {
    // One request whose eight what-ifs are eight jobs at once: one runs, one waits, six overflow.
    const ids = [
      'org:asd_biwo',
      'org:frauenarzt_zerbst',
      'org:gleichstellung_biwo',
      'org:gleichstellung_koethen',
      'org:gleichstellung_zerbst',
      'org:kinderarzt_aken',
      'org:kinderarzt_biwo_2',
      'org:schule_aken',
    ];
    const whatIfs = ids.map((id, i) => `w${i}: whatIfRemoved(id: "${id}") { removedId }`);
    const crowded = await pooled.query(`{ resilience { ${whatIfs.join(' ')} } }`, {}, AS_ANALYST);
    const busy = (crowded.errors ?? []).filter((e) => e.extensions?.code === 'SERVER_BUSY');
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.message).toMatch(/busy/);
    const alone = await pooled.query<{ resilience: { w0: { removedId: string } } }>(
      `{ resilience { ${whatIfs[0] ?? ''} } }`,
      {},
      AS_ANALYST,
    );
    expect(alone.errors).toBeUndefined();
    expect(alone.data?.resilience.w0.removedId).toBe(ids[0]);
  });

  it('answers as the main thread does, errors of the vocabulary included', async () => {
    const env = { ANONYMOUS_ROLE: 'public', AUTH_TOKENS: `${ANALYST}:analyst:Jugendhilfeplanung` };
    // Both on the demo data, seeded anew by the second; the threads with the default queue.
    const threads = await startTestApi(DEMO_DATA, { ...env, ANALYSIS_WORKERS: '2' });
    const inProcess = await startTestApi(DEMO_DATA, { ...env, ANALYSIS_WORKERS: '0' });
    try {
      const queries = [
        `{ coverage(asOf: "2024-06-01") { cells { topic { id } municipality { id } serviceCount people { id } } gaps { id severity } } }`,
        `{ resilience(asOf: "2024-06-01") { singlePoints { singlePersonTopics { id } } structure { articulationPoints { node { id } } } isolatedInstitutions { id } } }`,
        `{ resilience { whatIfRemoved(id: "org:nowhere") { removedId } } }`,
      ];
      for (const query of queries) {
        for (const headers of [{}, AS_ANALYST]) {
          const [a, b] = await Promise.all([
            threads.query(query, {}, headers),
            inProcess.query(query, {}, headers),
          ]);
          // An analyst gets data from the first two and the error of an unknown id from the third
          // (what the public may see is the visibility matrix's, the same on both).
          if (headers === AS_ANALYST) {
            expect(a.errors === undefined).toBe(!query.includes('org:nowhere'));
          }
          expect({ data: a.data, errors: a.errors }).toEqual({ data: b.data, errors: b.errors });
        }
      }
    } finally {
      await threads.close();
      await inProcess.close();
    }
  });
});
