/**
 * Importing an HSDS document (decision 032) through the import engine (decision 031): the
 * document is checked (BAD_USER_INPUT naming the JSON path), turned into the engine's records
 * (hsds.import-records.ts) and planned (dry run) or carried out (commit, all or nothing) with the
 * engine's own kinds and the HSDS kinds. Matching by HSDS id, stored as external id; else by
 * name and municipality, as the engine matches.
 */
import type { RegionCatalog } from '@schutznetz/domain';
import {
  DataImportRepository,
  foldText,
  type ImportRegion,
  IMPORT_HANDLERS,
  ImportEngine,
  type ImportKindHandler,
  type ImportPlan,
  type ImportResult,
} from '../data-import';
import type { Neo4jExecutor } from '../../neo4j/executor';
import {
  hsdsEmploymentImport,
  hsdsExpertiseImport,
  hsdsInstitutionImport,
  hsdsPersonImport,
  hsdsServiceImport,
} from './hsds.import-details';
import { readHsdsDocument } from './hsds.import-document';
import { hsdsNetworkImport, hsdsReferralPathImport } from './hsds.import-network';
import { hsdsRecords } from './hsds.import-records';

function builtIn(kind: string): ImportKindHandler {
  const handler = IMPORT_HANDLERS.find((candidate) => candidate.kind === kind);
  if (!handler) throw new Error(`The import engine has no kind '${kind}'`);
  return handler;
}

/** The kinds in the order they are planned and written: later ones refer to earlier ones. */
export const HSDS_IMPORT_HANDLERS: readonly ImportKindHandler[] = [
  builtIn('institution'),
  builtIn('service'),
  builtIn('person'),
  hsdsInstitutionImport,
  hsdsServiceImport,
  hsdsPersonImport,
  hsdsEmploymentImport,
  hsdsExpertiseImport,
  hsdsNetworkImport,
  hsdsReferralPathImport,
];

/**
 * The loaded region as the engine reads places, with its external regions as places too: an
 * HSDS directory lists services outside the county (a federal hotline, the shelter in the next
 * city) located there, as the API's forms allow; a spreadsheet of the county's own does not.
 */
export function importPlaces(region: RegionCatalog): ImportRegion {
  const external = (match: (entry: RegionCatalog['externals'][number]) => boolean) =>
    region.externals.find(match);
  return {
    municipalities: region.municipalities,
    label: (code) => region.label(code, 'de'),
    municipalityByAgs: (ags) =>
      region.municipalityByAgs(ags) ?? external((entry) => entry.ags === ags),
    municipalityByName: (name) =>
      region.municipalityByName(name) ??
      external((entry) => entry.code === name || foldText(entry.name.de) === foldText(name)),
  };
}

/** Plans and commits HSDS documents against the graph. */
export class HsdsImport {
  private readonly repository: DataImportRepository;

  constructor(executor: Neo4jExecutor) {
    this.repository = new DataImportRepository(executor);
  }

  private engineFor(region: RegionCatalog): ImportEngine {
    return new ImportEngine(
      this.repository,
      () => Promise.resolve(importPlaces(region)),
      HSDS_IMPORT_HANDLERS,
    );
  }

  /** What a commit of the document would do, row by row; writes nothing. */
  dryRun(json: string, region: RegionCatalog): Promise<ImportPlan> {
    const records = hsdsRecords(readHsdsDocument(json), region);
    return this.engineFor(region).dryRun(records);
  }

  /** Imports the document of a dry run, all or nothing (CONFLICT when anything changed since). */
  commit(json: string, token: string, region: RegionCatalog, actor: string): Promise<ImportResult> {
    const records = hsdsRecords(readHsdsDocument(json), region);
    return this.engineFor(region).commit(records, token, actor);
  }
}
