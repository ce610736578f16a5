import { classifyStatusProblem, formatSystemStatus, type SystemStatusData } from './format-status';

const status = (
  version: string | null,
  database: { version: string | null; edition: string | null },
) => ({ systemStatus: { version, database } }) satisfies SystemStatusData;

describe('formatSystemStatus', () => {
  it('shows the server and database versions and the edition', () => {
    expect(formatSystemStatus(status('0.1.0', { version: '5.26.31', edition: 'community' }))).toBe(
      'Server 0.1.0 · Neo4j 5.26.31 (community)',
    );
  });

  it('leaves out an edition the database did not report', () => {
    expect(formatSystemStatus(status('0.2.0', { version: '5.26.31', edition: ' ' }))).toBe(
      'Server 0.2.0 · Neo4j 5.26.31',
    );
  });

  it('has no line of versions when the server shows this viewer none', () => {
    expect(formatSystemStatus(status(null, { version: null, edition: null }))).toBeUndefined();
  });
});

describe('classifyStatusProblem', () => {
  it('blames the database when the server reports it unavailable', () => {
    expect(classifyStatusProblem(['DATABASE_UNAVAILABLE'])).toBe('databaseUnavailable');
    expect(classifyStatusProblem([undefined, 'DATABASE_UNAVAILABLE'])).toBe('databaseUnavailable');
  });

  it('blames the API for any other failure', () => {
    expect(classifyStatusProblem([])).toBe('apiUnavailable');
    expect(classifyStatusProblem(['INTERNAL_SERVER_ERROR', undefined])).toBe('apiUnavailable');
  });
});
