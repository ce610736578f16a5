/**
 * The GraphQL API against hand-written Cypher: `npm run bench:api [-- --runs N --warmup N]`.
 *
 * Starts its own embedded Neo4j and the HTTP app twice (NEO4J_TRACE off and on) plus a third,
 * traced instance on a recording driver that shows which statements a request sends. For the
 * demo data and a generated data set ten times larger it times three nested operations over
 * HTTP against the best single Cypher statement for the same data, counts round trips and
 * PROFILE db hits, and prints a PASS/FAIL line per bar. It reports; it is not a test: it exits 0
 * when a bar fails and 1 only on errors.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_DATA } from '@schutznetz/demo-data';
import type { GraphDataSet } from '@schutznetz/domain';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import { startApp, type RunningApp } from '@schutznetz/server/dist/app';
import { loadConfig, type Config } from '@schutznetz/server/dist/config';
import { createLogger } from '@schutznetz/server/dist/logger';
import { createDriver } from '@schutznetz/server/dist/neo4j/driver';
import { benchQueries } from '@schutznetz/server/dist/test/bench-queries';
import type { Driver } from 'neo4j-driver';
import { postGraphQL, startCypherEndpoint, type CypherEndpoint } from './api-http';
import {
  measureDataSet,
  measureFloor,
  type Bench,
  type DataSetReport,
  type Options,
} from './api-measure';
import { bars, printDataSet } from './api-report';
import { loadDataSet, replaceDataSet } from './bench-database';
import { cpuSnapshot, describeCpuShare, processTicks } from './cpu-share';
import { median, ms, p95, wholeNumberOptions } from './measures';
import { StatementRecorder } from './recording-driver';
import { scaleDataSet } from './scaled-data';

function readOptions(): Options {
  return wholeNumberOptions({
    runs: { default: 200, min: 1 },
    warmup: { default: 30, min: 0 },
    scale: { default: 10, min: 1 },
    seed: { default: 20261124, min: 0 },
  });
}

async function membershipHasPerson(app: RunningApp): Promise<boolean> {
  const response = await postGraphQL(app, '{ __type(name: "Membership") { fields { name } } }');
  const type = response.data?.['__type'] as { fields: { name: string }[] } | null | undefined;
  return type?.fields.some((field) => field.name === 'person') ?? false;
}

/** The network with the most members in the demo data: the largest overview. */
function largestNetwork(data: GraphDataSet): string {
  const members = new Map<string, number>();
  for (const membership of data.memberships) {
    members.set(membership.networkId, (members.get(membership.networkId) ?? 0) + 1);
  }
  const [id] = [...members].reduce((a, b) => (b[1] > a[1] ? b : a), ['', -1]);
  return id;
}

async function main(): Promise<void> {
  const options = readOptions();
  const startedAt = performance.now();
  const cpuAtStart = cpuSnapshot();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'schutznetz-api-bench-'));
  let embedded: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;
  const apps: RunningApp[] = [];
  let endpoint: CypherEndpoint | undefined;
  try {
    console.error('… starting the embedded Neo4j');
    embedded = await startEmbeddedNeo4j({ dataDir, heapMb: 1024, pageCacheMb: 256 });
    const configFor = (trace: boolean, executor = 'jit'): Config =>
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: '0',
        NEO4J_URI: embedded?.boltUri,
        NEO4J_TRACE: String(trace),
        GRAPHQL_EXECUTOR: executor,
      });
    const plainConfig = configFor(false);
    const tracedConfig = configFor(true);
    driver = createDriver(plainConfig.neo4j, embedded.boltUri);
    const database = plainConfig.neo4j.database;
    console.error('… loading the demo data');
    await loadDataSet(driver, database, DEMO_DATA);

    const recorder = new StatementRecorder(driver);
    const start = async (config: Config, appDriver: Driver) => {
      const app = await startApp({ config, driver: appDriver, logger: createLogger(config) });
      apps.push(app);
      return app;
    };
    const bench: Bench = {
      driver,
      database,
      plain: await start(plainConfig, driver),
      graphqlJs: await start(configFor(false, 'graphql-js'), driver),
      traced: await start(tracedConfig, driver),
      recording: await start(tracedConfig, recorder.driver),
      recorder,
      endpoint: await startCypherEndpoint(driver, database),
    };
    endpoint = bench.endpoint;

    const earlySupport = DEMO_DATA.networks.find((network) =>
      network.name.includes('Netzwerk Frühe Hilfen'),
    );
    if (!earlySupport) throw new Error('The demo data has no Netzwerk Frühe Hilfen');
    const withPerson = await membershipHasPerson(bench.plain);
    const queries = benchQueries({
      municipalities: ['koethen', 'bitterfeld_wolfen', 'zerbst'],
      earlySupportNetworkId: earlySupport.id,
      analystMunicipality: 'koethen',
      analystTopic: 'parental_mental_illness',
      overviewNetworkId: largestNetwork(DEMO_DATA),
      membershipHasPerson: withPerson,
    });

    for (const query of queries) bench.endpoint.queries.set(query.id, query);
    const [versionRow] = (
      await driver.executeQuery(
        'CALL dbms.components() YIELD versions RETURN versions[0] AS v',
        {},
        { database },
      )
    ).records;
    console.log(
      `GraphQL API against hand-written Cypher — ${new Date().toISOString().slice(0, 10)}, ` +
        `${os.cpus().length} cores, Node ${process.version}, Neo4j ${String(versionRow?.get('v'))} ` +
        `embedded (heap 1024 MiB, page cache 256 MiB)`,
    );
    console.log(
      `${options.warmup} warm-up rounds, then ${options.runs} timed rounds per query; a round runs ` +
        'GraphQL (trace off), hand-written Cypher, GraphQL (trace on) and GraphQL on graphql-js ' +
        '(trace off), in an order shuffled per round.',
    );
    console.log(
      `Q1 directory: institutions in ${String(queries[0]?.variables['municipalities'])}, first 100`,
    );
    console.log(
      `Q2 analyst: people in ${earlySupport.id}, koethen, parental_mental_illness, first 100`,
    );
    console.log(
      `Q3 network overview: ${largestNetwork(DEMO_DATA)}${
        withPerson
          ? ''
          : ' (Membership has no `person` field: members ask for memberKind and memberId instead)'
      }`,
    );

    const dataSets: { name: string; data: GraphDataSet }[] = [
      { name: 'demo', data: DEMO_DATA },
      {
        name: `${options.scale}×`,
        data: scaleDataSet(DEMO_DATA, options.scale, options.seed),
      },
    ];
    const reports: DataSetReport[] = [];
    for (const [index, dataSet] of dataSets.entries()) {
      if (index > 0) {
        console.error(`… loading the ${dataSet.name} data set`);
        await replaceDataSet(driver, database, dataSet.data);
      }
      console.error(`… measuring the ${dataSet.name} data set`);
      const report = { name: dataSet.name, queries: await measureDataSet(bench, queries, options) };
      reports.push(report);
      printDataSet(report, dataSet.data);
    }

    const floor = await measureFloor(bench, options);
    console.log(
      `\nPer-request floor, median / p95 ms: GraphQL \`{ __typename }\` ${ms(median(floor.graphql))} / ` +
        `${ms(p95(floor.graphql))}; Cypher \`RETURN 1\` ${ms(median(floor.cypher))} / ${ms(p95(floor.cypher))}`,
    );
    console.log('\nBars:');
    for (const bar of bars(reports)) console.log(`${bar.pass ? 'PASS' : 'FAIL'}  ${bar.text}`);
    const cpuShare = describeCpuShare(cpuAtStart, cpuSnapshot(), processTicks(embedded.pid));
    console.log(
      `\nFinished in ${Math.round((performance.now() - startedAt) / 1000)} s. ${cpuShare}`,
    );
  } finally {
    await endpoint?.close();
    for (const app of apps) await app.stop();
    await driver?.close();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
