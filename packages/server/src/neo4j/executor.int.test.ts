import type { Driver } from 'neo4j-driver';
import { DatabaseTimeoutError } from '../errors';
import { openTestDriver, testConfig } from '../test/neo4j';
import { Neo4jExecutor } from './executor';

/** A statement that keeps the real database busy for many seconds (no data needed). */
const SLOW = 'UNWIND range(1, 400000000) AS i WITH i WHERE i % 1000003 = -1 RETURN count(i) AS n';

describe('transaction timeout (real Neo4j)', () => {
  let driver: Driver;
  let executor: Neo4jExecutor;

  beforeAll(() => {
    driver = openTestDriver();
    executor = new Neo4jExecutor(driver, testConfig().neo4j.database, undefined, {
      txTimeoutMs: 300,
    });
  });

  afterAll(async () => {
    await driver.close();
  });

  const expectTimeout = async (work: Promise<unknown>): Promise<void> => {
    const started = Date.now();
    const error: unknown = await work.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseTimeoutError);
    expect(error).toMatchObject({ code: 'DATABASE_TIMEOUT' });
    // Terminated by the database soon after the timeout, not when the statement would end.
    expect(Date.now() - started).toBeLessThan(8_000);
  };

  it('terminates a slow single read and answers DATABASE_TIMEOUT', async () => {
    await expectTimeout(executor.read(SLOW));
  });

  it('terminates a slow read transaction and answers DATABASE_TIMEOUT', async () => {
    await expectTimeout(executor.readTransaction((tx) => tx.run(SLOW)));
  });

  it('terminates a slow write transaction, writing nothing, and answers DATABASE_TIMEOUT', async () => {
    await expectTimeout(
      executor.writeTransaction(async (tx) => {
        await tx.run('CREATE (:TimeoutProbe)');
        return tx.run(SLOW);
      }),
    );
    const rows = await executor.read<{ n: number }>('MATCH (p:TimeoutProbe) RETURN count(p) AS n');
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('lets a quick statement through with the same timeout', async () => {
    await expect(executor.read<{ ok: number }>('RETURN 1 AS ok')).resolves.toEqual([{ ok: 1 }]);
  });
});

describe('the on-write hook (real Neo4j)', () => {
  let driver: Driver;
  let writes: number;
  let executor: Neo4jExecutor;

  beforeAll(() => {
    driver = openTestDriver();
    executor = new Neo4jExecutor(driver, testConfig().neo4j.database, undefined, {
      onWrite: () => {
        writes += 1;
      },
    });
  });

  beforeEach(() => {
    writes = 0;
  });

  afterAll(async () => {
    await driver.close();
  });

  it('is told of a committed write transaction once it has committed', async () => {
    let seenInside = -1;
    await executor.writeTransaction(async (tx) => {
      seenInside = writes;
      return tx.run('MERGE (p:OnWriteProbe {id: 1}) RETURN p.id AS id');
    });
    expect(seenInside).toBe(0);
    expect(writes).toBe(1);
    await executor.writeTransaction((tx) => tx.run('MATCH (p:OnWriteProbe) DELETE p'));
    expect(writes).toBe(2);
  });

  it('is told of a write transaction that failed as well', async () => {
    await expect(
      executor.writeTransaction(async (tx) => {
        await tx.run('CREATE (:OnWriteProbe {id: 2})');
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    expect(writes).toBe(1);
  });

  it('is not told of reads', async () => {
    await executor.read('RETURN 1 AS ok');
    await executor.readTransaction((tx) => tx.run('RETURN 1 AS ok'));
    expect(writes).toBe(0);
  });
});
