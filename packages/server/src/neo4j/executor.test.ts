import { Neo4jError, type Driver } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors';
import { Neo4jExecutor } from './executor';

/**
 * The retry rule of single reads, on a driver whose sessions answer from a script: each entry is
 * what one `session.run` does. (How a statement runs against Neo4j is tested on the real
 * database everywhere else; this is only the loop around it.)
 */
function scriptedDriver(script: (() => Promise<unknown>)[]) {
  const sessions = { opened: 0, closed: 0 };
  const driver = {
    executeQueryBookmarkManager: undefined,
    session: () => {
      sessions.opened += 1;
      const step = script.shift();
      return {
        run: () => (step ? step() : Promise.reject(new Error('script exhausted'))),
        close: () => {
          sessions.closed += 1;
          return Promise.resolve();
        },
      };
    },
  } as unknown as Driver;
  return { driver, sessions };
}

const records = (...rows: object[]) =>
  Promise.resolve({
    records: rows.map((row) => ({ toObject: () => row })),
    summary: { resultAvailableAfter: 1, resultConsumedAfter: 1 },
  });

const unavailable = () =>
  Promise.reject(new Neo4jError('connection lost', 'ServiceUnavailable', '08000', 'lost'));

describe('Neo4jExecutor.read', () => {
  it('retries a read that failed with a transient error, on a new session', async () => {
    const { driver, sessions } = scriptedDriver([unavailable, () => records({ ok: 1 })]);
    const trace = { roundTrips: 0, dbMs: 0 };
    await expect(new Neo4jExecutor(driver, 'neo4j', trace).read('RETURN 1 AS ok')).resolves.toEqual(
      [{ ok: 1 }],
    );
    expect(sessions).toEqual({ opened: 2, closed: 2 });
    expect(trace.roundTrips).toBe(1);
  });

  it('gives up after three attempts with the database-unavailable error', async () => {
    const { driver, sessions } = scriptedDriver([
      unavailable,
      unavailable,
      unavailable,
      unavailable,
    ]);
    await expect(new Neo4jExecutor(driver, 'neo4j').read('RETURN 1')).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    expect(sessions).toEqual({ opened: 3, closed: 3 });
  });

  it('does not retry an error that another attempt would repeat', async () => {
    const syntax = () =>
      Promise.reject(new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'x'));
    const { driver, sessions } = scriptedDriver([syntax, () => records({ ok: 1 })]);
    await expect(new Neo4jExecutor(driver, 'neo4j').read('RETURN')).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.SyntaxError',
    });
    expect(sessions).toEqual({ opened: 1, closed: 1 });
  });
});
