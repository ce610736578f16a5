/** Result of the `SystemStatus` query (see system-status.query.ts). */
export interface SystemStatusData {
  readonly systemStatus: {
    readonly version: string;
    readonly database: {
      readonly version: string;
      readonly edition: string;
    };
  };
}

/** Server error code for a database the server cannot reach (server/src/errors.ts). */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Why the status could not be shown, as a key under `status.` in the translations. */
export type StatusProblem = 'apiUnavailable' | 'databaseUnavailable';

/** One line for the footer, e.g. "Server 0.1.0 · Neo4j 5.26.31 (community)". */
export function formatSystemStatus({ systemStatus }: SystemStatusData): string {
  const { database } = systemStatus;
  const edition = database.edition.trim();
  const neo4j = `Neo4j ${database.version}${edition ? ` (${edition})` : ''}`;
  return `Server ${systemStatus.version} · ${neo4j}`;
}

/**
 * Names the problem behind a failed status query from the `extensions.code` of its GraphQL
 * errors: the server answered but its database did not, or the API itself failed.
 */
export function classifyStatusProblem(errorCodes: readonly unknown[]): StatusProblem {
  return errorCodes.includes(DATABASE_UNAVAILABLE) ? 'databaseUnavailable' : 'apiUnavailable';
}
