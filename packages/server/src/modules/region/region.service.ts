import { buildRegionCatalog, type RegionCatalog, type RegionDefinition } from '@schutznetz/domain';
import type { Driver } from 'neo4j-driver';
import { ConflictError, InvalidInputError } from '../../errors';
import type { TxRunner } from '../../neo4j/executor';
import { setCurrentRegion } from './region.current';
import { parseRegionFile } from './region.file';
import { RegionRepository, type StoredRegion } from './region.repository';
import {
  changesBetween,
  definitionOf,
  rowsOf,
  setupOf as fileSetupOf,
  type RegionChange,
} from '../../analysis-graph/region.rows';

/**
 * How long a process trusts its copy of the region. A load through this process refreshes it at
 * once; a load by another process (the CLI against a running server's NEO4J_URI) shows after this.
 */
const CATALOG_TTL_MS = 60_000;

interface CachedSetup {
  readonly setup: Promise<RegionSetup>;
  readonly at: number;
}

/** One copy per database the process talks to (the region changes only with a load). */
const cache = new WeakMap<Driver, Map<string, CachedSetup>>();

function cacheOf(driver: Driver): Map<string, CachedSetup> {
  let entries = cache.get(driver);
  if (entries === undefined) {
    entries = new Map();
    cache.set(driver, entries);
  }
  return entries;
}

/** The loaded region's file-level data and version: what the `region` query answers. */
export interface RegionSetup {
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  readonly catalog: RegionCatalog;
}

/** Options of a load. */
export interface RegionLoadOptions {
  /** Plan and answer the changes, write nothing. */
  readonly dryRun?: boolean;
  /** The version the caller read; a different stored version refuses the load (CONFLICT). */
  readonly expectedVersion?: number | null;
}

/** What a load did (or, on a dry run, would do). */
export interface RegionLoadResult {
  /** True when the region was written: not a dry run, and something changed. */
  readonly applied: boolean;
  /** The stored version after the load (unchanged when nothing was written). */
  readonly version: number;
  readonly changes: readonly RegionChange[];
  /** The region as it stands after the load (on a dry run: as the file would make it). */
  readonly setup: RegionSetup;
}

function setupOf(stored: StoredRegion): RegionSetup {
  const version = stored.setup?.version ?? 0;
  return {
    version,
    updatedAt: stored.setup?.updatedAt ?? null,
    updatedBy: stored.setup?.updatedBy ?? null,
    catalog: buildRegionCatalog(definitionOf(stored.setup, stored.regions), version),
  };
}

function sameSetup(stored: StoredRegion, definition: RegionDefinition): boolean {
  const wanted = fileSetupOf(definition);
  return (
    stored.setup !== null &&
    stored.setup.format === wanted.format &&
    stored.setup.source === wanted.source &&
    JSON.stringify(stored.setup.notes) === JSON.stringify(wanted.notes)
  );
}

/** Refuses to remove a region that entries are located in or serve. */
async function checkRemovals(tx: TxRunner, changes: readonly RegionChange[]): Promise<void> {
  const removed = changes.filter((c) => c.change === 'REMOVED').map((c) => c.code);
  const uses = await RegionRepository.usesOf(tx, removed);
  if (uses.size === 0) return;
  throw new InvalidInputError(
    [...uses].map(([code, count]) => ({
      field: 'municipalities',
      message:
        `"${code}" cannot be removed: ${count} ${count === 1 ? 'entry is' : 'entries are'} ` +
        'located in it or serve it; move them to another municipality first',
    })),
  );
}

/**
 * The loaded region (decision 030): read from the database and kept per process, loaded from a
 * region file in one write transaction.
 */
export class RegionService {
  constructor(
    private readonly repository: RegionRepository,
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** The loaded region's lookups (empty while none is loaded); cached, refreshed by a load. */
  catalog(): Promise<RegionCatalog> {
    return this.setup().then((setup) => setup.catalog);
  }

  /** The loaded region with its version and who loaded it last. */
  setup(): Promise<RegionSetup> {
    const entries = cacheOf(this.driver);
    const cached = entries.get(this.database);
    if (cached !== undefined && Date.now() - cached.at < CATALOG_TTL_MS) return cached.setup;
    const setup = this.repository.read().then((stored) => {
      const read = setupOf(stored);
      setCurrentRegion(read.catalog);
      return read;
    });
    entries.set(this.database, { setup, at: Date.now() });
    // A failed read is not kept: the next call tries again.
    setup.catch(() => entries.delete(this.database));
    return setup;
  }

  /** Reads the region from the database now, whatever this process kept, and keeps it. */
  async reload(): Promise<RegionSetup> {
    return this.remember(setupOf(await this.repository.read()));
  }

  /**
   * Loads a region file (a parsed JSON value): checks it, then in one write transaction adds,
   * changes and removes regions so that the stored region equals the file, raises the version
   * and records the change in the audit trail. The same file twice changes nothing.
   */
  async load(
    input: unknown,
    options: RegionLoadOptions,
    stamp: { actor: string; now: string },
  ): Promise<RegionLoadResult> {
    const definition = parseRegionFile(input);
    const rows = rowsOf(definition);
    let changes: RegionChange[] = [];
    const { version, plan, stored } = await this.repository.load(stamp, async (current, tx) => {
      const currentVersion = current.setup?.version ?? 0;
      if (options.expectedVersion != null && options.expectedVersion !== currentVersion) {
        throw new ConflictError(
          `The region was changed since version ${options.expectedVersion}: it is at version ${currentVersion}. Reload it and try again.`,
          { currentVersion },
        );
      }
      changes = changesBetween(current.regions, rows);
      await checkRemovals(tx, changes);
      const unchanged = changes.length === 0 && sameSetup(current, definition);
      if (options.dryRun === true || unchanged) return null;
      return { rows, setup: fileSetupOf(definition), changes };
    });
    if (plan !== null) {
      const after = this.remember(setupOf(await this.repository.read()));
      return { applied: true, version, changes, setup: after };
    }
    const current = this.remember(setupOf(stored));
    // A dry run shows the region as the file would make it.
    const setup =
      options.dryRun === true
        ? { ...current, catalog: buildRegionCatalog(definition, version) }
        : current;
    return { applied: false, version, changes, setup };
  }

  /** Keeps `setup` as this process's copy of the region and answers it. */
  private remember(setup: RegionSetup): RegionSetup {
    setCurrentRegion(setup.catalog);
    cacheOf(this.driver).set(this.database, { setup: Promise.resolve(setup), at: Date.now() });
    return setup;
  }
}
