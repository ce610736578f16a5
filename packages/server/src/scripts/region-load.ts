/**
 * Loads a county's region file (decision 030, docs/region-file.md):
 * `npm run region:load -- <file> [--dry-run]`. Checks the file, then adds, changes and removes
 * regions in one write, and prints what changed in words. Uses NEO4J_URI when set, else the
 * embedded database in NEO4J_DATA_DIR (which must not be running: stop `npm start` first).
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { prepareDatabase, startDatabase } from '../database';
import { InvalidInputError } from '../errors';
import { createLogger } from '../logger';
import { createDriver } from '../neo4j/driver';
import { Neo4jExecutor } from '../neo4j/executor';
import { RegionRepository } from '../modules/region/region.repository';
import { RegionService } from '../modules/region/region.service';
import { describeRegionLoad } from '../modules/region/region.words';

const USAGE = 'usage: npm run region:load -- <region file.json> [--dry-run]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new Error(USAGE);
  let definition: unknown;
  try {
    definition = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file} is no readable JSON file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const dryRun = values['dry-run'];

  const config = loadConfig();
  const { uri, embedded } = await startDatabase(config, createLogger(config));
  const driver = createDriver(config.neo4j, uri);
  try {
    await prepareDatabase(driver, config.neo4j.database);
    const executor = new Neo4jExecutor(driver, config.neo4j.database);
    const service = new RegionService(
      new RegionRepository(executor),
      driver,
      config.neo4j.database,
    );
    const before = await service.catalog();
    const result = await service.load(
      definition,
      { dryRun },
      { actor: `region:load (${userInfo().username})`, now: new Date().toISOString() },
    );
    console.log(describeRegionLoad(result, before, dryRun).join('\n'));
  } finally {
    await driver.close();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof InvalidInputError) {
    console.error(
      `The region file was refused (${error.problems.length} problem(s)), nothing was written:`,
    );
    for (const problem of error.problems) console.error(`  ${problem.field}: ${problem.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
