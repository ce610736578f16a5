import { DEMO_DATA } from '../../seed/demo';
import { startTestApi, type TestApi } from '../../test/graphql';
import { AS_ANALYST } from './analysis-test-api';

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

  /** A coverage by target group as of day `day` of 2024: a computation of its own per day. */
  const coverage = (day: number) =>
    pooled.query(
      `{ coverage(byTargetGroup: true, asOf: "${new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10)}") { asOf } }`,
      {},
      AS_ANALYST,
    );

  it('refuses analyses past the queue with SERVER_BUSY and runs the others', async () => {
    await coverage(1); // the graph is read and the thread has it
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => coverage(i + 2)));
    const busy = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'SERVER_BUSY');
    const done = answers.filter((a) => a.errors === undefined);
    expect(busy.length).toBeGreaterThan(0);
    expect(done.length).toBeGreaterThan(0);
    expect(busy.length + done.length).toBe(answers.length);
    expect(busy[0]?.errors?.[0]?.message).toMatch(/busy/);
    expect(busy[0]?.data ?? null).toBeNull();
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
