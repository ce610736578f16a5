import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';

/**
 * Creates the one driver of the process. Integers come back as JavaScript numbers (ids are
 * strings, counts stay far below 2^53). Timeouts are short so that a request during a database
 * outage fails within seconds with a clear error instead of hanging.
 */
export function createDriver(neo4jConfig: Config['neo4j'], uri: string): Driver {
  const auth =
    neo4jConfig.password === undefined
      ? undefined // the embedded database runs with authentication off
      : neo4j.auth.basic(neo4jConfig.user, neo4jConfig.password);
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'schutznetz-server',
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}
