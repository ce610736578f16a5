import { DEMO_REGION } from '@schutznetz/demo-data';
import type { GraphDataSet, RegionDefinition } from '@schutznetz/domain';
import type { Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from '../app';
import { createLogger } from '../logger';
import type { AnalysisCache, AnalysisCacheOptions } from '../analysis-graph/cache';
import { createAnalysisCache } from '../analysis-graph/cache.factory';
import { prepareDatabase } from '../database';
import { createDriver } from '../neo4j/driver';
import { resetDatabase, testConfig } from './neo4j';

export interface GraphQLResult<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown> & { code?: string; field?: string };
  }[];
  extensions?: { neo4j?: { roundTrips: number; dbMs: number } };
}

/** A running server on the worker's own, freshly reset database. */
export interface TestApi {
  readonly app: RunningApp;
  readonly driver: Driver;
  /** The app's in-memory graph, to watch its writes and revalidations. */
  readonly analysisCache: AnalysisCache;
  query<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<Data>>;
  /**
   * Downloads a file from the export room (`/export/<name>.<format>?…`) as the headers' viewer:
   * the status, the response headers and the bytes.
   */
  download(
    path: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: Buffer }>;
  /** Reads the database directly, to check what a mutation did (or did not) write. */
  cypher<Row = Record<string, unknown>>(
    statement: string,
    params?: Record<string, unknown>,
  ): Promise<Row[]>;
  close(): Promise<void>;
}

/**
 * Resets the worker's database, prepares it (migrations, taxonomies, a region — the demo county
 * unless another or `null` for none is given —, optionally a data set) and starts the HTTP app on
 * it with tracing on, so tests can count round trips. `cacheOptions` set the app's analysis cache
 * (its staleness window, its clock).
 */
export async function startTestApi(
  data?: GraphDataSet,
  env: NodeJS.ProcessEnv = {},
  cacheOptions: AnalysisCacheOptions = {},
  region: RegionDefinition | null = DEMO_REGION,
): Promise<TestApi> {
  const config = testConfig({ NEO4J_TRACE: 'true', ...env });
  const driver = createDriver(config.neo4j, config.neo4j.uri ?? '');
  await resetDatabase(driver);
  await prepareDatabase(driver, config.neo4j.database, data, region ?? undefined);
  const logger = createLogger(config);
  const analysisCache = createAnalysisCache(driver, config.neo4j.database, logger, {
    txTimeoutMs: config.neo4j.txTimeoutMs,
    ...cacheOptions,
  });
  const app = await startApp({ config, driver, logger, analysisCache });
  return {
    app,
    driver,
    analysisCache,
    async query<Data>(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResult<Data>;
    },
    async download(path: string, headers: Record<string, string> = {}) {
      const response = await fetch(`${app.url}${path}`, { headers });
      return {
        status: response.status,
        headers: response.headers,
        body: Buffer.from(await response.arrayBuffer()),
      };
    },
    async cypher<Row>(statement: string, params: Record<string, unknown> = {}) {
      const { records } = await driver.executeQuery(statement, params);
      return records.map((record) => record.toObject() as Row);
    },
    async close() {
      await app.stop();
      await driver.close();
    },
  };
}

/**
 * The analyst's question of issue 3 on the demo data, in one query: which members of the Netzwerk
 * Frühe Hilfen working in Köthen have expertise in parental mental illness, and how do I reach
 * them? (`$first` sets the page size.)
 */
export const SHOWCASE = `
query Showcase($first: Int!) {
  people(first: $first, filter: {
    networks: ["net:fruehe_hilfen"], municipalities: ["koethen"], topics: ["parental_mental_illness"]
  }) {
    totalCount
    nodes {
      displayName functionTitle email phone
      employments { role institution { name phone email } }
      expertise { topic { id } level qualification }
    }
  }
}`;
