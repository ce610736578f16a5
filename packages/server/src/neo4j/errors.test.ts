import { Neo4jError } from 'neo4j-driver';
import { translateNeo4jError } from './errors';

const neo4jError = (code: string) => new Neo4jError('from the database', code, '50N00', code);

describe('translateNeo4jError', () => {
  it('turns a deadlock left after every retry into SERVER_BUSY, which the client may send again', () => {
    const translated = translateNeo4jError(
      neo4jError('Neo.TransientError.Transaction.DeadlockDetected'),
    );
    expect(translated).toMatchObject({
      code: 'SERVER_BUSY',
      message:
        'The database is busy with other changes at the moment. Please try again in a moment.',
    });
  });

  it('keeps an unavailable database as DATABASE_UNAVAILABLE, though it is transient too', () => {
    const translated = translateNeo4jError(
      neo4jError('Neo.TransientError.General.DatabaseUnavailable'),
    );
    expect(translated).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('passes an unknown client error through, to be masked as an internal error', () => {
    const error = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(translateNeo4jError(error)).toBe(error);
  });
});
