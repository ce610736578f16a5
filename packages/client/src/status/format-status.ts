/** Result of the `SystemStatus` query (see system-status.query.ts). */
export interface SystemStatusData {
  readonly systemStatus: {
    /** Null unless the viewer is a coordinator or an admin (versions are not for everyone). */
    readonly version: string | null;
    readonly database: {
      readonly version: string | null;
      readonly edition: string | null;
    };
  };
}

/** Server error code for a database the server cannot reach (server/src/errors.ts). */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Why the status could not be shown, as a key under `status.` in the translations. */
export type StatusProblem = 'apiUnavailable' | 'databaseUnavailable';

/**
 * One line for the footer, e.g. "Server 0.1.0 · Neo4j 5.26.31 (community)"; undefined when the
 * server shows this viewer no versions (the footer then only says that both answer).
 */
export function formatSystemStatus({ systemStatus }: SystemStatusData): string | undefined {
  const { database } = systemStatus;
  if (systemStatus.version === null || database.version === null) return undefined;
  const edition = (database.edition ?? '').trim();
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
