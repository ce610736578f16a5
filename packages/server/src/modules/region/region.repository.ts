import { Label, Rel } from '@schutznetz/domain';
import { snapshotNodes } from '../../neo4j/audit/snapshot';
import { record } from '../../neo4j/audit/record';
import type { AuditStamp } from '../../neo4j/audit';
import type { Neo4jExecutor, TxRunner } from '../../neo4j/executor';
import {
  readStoredRegion,
  REGION_SETUP_ID,
  type StoredRegion,
} from '../../analysis-graph/region.read';
import type { RegionChange, RegionRow, RegionSetupRow } from '../../analysis-graph/region.rows';

export type { StoredRegion } from '../../analysis-graph/region.read';

const { Region, Municipality, RegionSetup } = Label;

/** The write lock on the setup node: a write of nothing in a statement of its own (decision 013). */
const LOCK = `
MATCH (s:${RegionSetup} {id: $setupId})
SET s.__lock = true REMOVE s.__lock`;

const VERSION = `
MATCH (s:${RegionSetup} {id: $setupId})
RETURN s.version AS version`;

/** How many entries are located in or serve each of the regions. */
const USES = `
UNWIND $codes AS code
MATCH (r:${Region} {id: code})
RETURN code, COUNT { (r)<-[:${Rel.LOCATED_IN}|${Rel.SERVES_AREA}]-() } AS uses`;

const REMOVE = `
UNWIND $codes AS code
MATCH (r:${Region} {id: code})
DETACH DELETE r`;

const WRITE = `
UNWIND $rows AS row
MERGE (r:${Region} {id: row.id})
SET r += row
FOREACH (_ IN CASE WHEN row.kind = 'municipality' THEN [1] ELSE [] END | SET r:${Municipality})
FOREACH (_ IN CASE WHEN row.kind <> 'municipality' THEN [1] ELSE [] END | REMOVE r:${Municipality})`;

const WRITE_SETUP = `
MERGE (s:${RegionSetup} {id: $setupId})
ON CREATE SET s.createdAt = $now, s.version = 0
SET s.format = $setup.format, s.source = $setup.source, s.notes = $setup.notes,
    s.version = s.version + 1, s.updatedAt = $now, s.updatedBy = $actor
RETURN s.version AS version`;

/** What the write of a load is given once its plan is made under the lock. */
export interface RegionWrite {
  readonly rows: readonly RegionRow[];
  readonly setup: Pick<RegionSetupRow, 'format' | 'source' | 'notes'>;
  readonly changes: readonly RegionChange[];
}

/** Reads and writes the loaded region (decision 030). */
export class RegionRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The stored region in one round trip. */
  read(): Promise<StoredRegion> {
    return this.executor.readTransaction(readStoredRegion);
  }

  /** How many entries are located in or serve each region of `codes` (only those used). */
  static async usesOf(tx: TxRunner, codes: readonly string[]): Promise<Map<string, number>> {
    if (codes.length === 0) return new Map();
    const rows = await tx.run<{ code: string; uses: number }>(USES, { codes });
    return new Map(rows.filter((row) => row.uses > 0).map((row) => [row.code, row.uses]));
  }

  /**
   * One write transaction: locks the setup node, reads the stored region under the lock, asks
   * `plan` what to write (it may throw to refuse, or return null to write nothing), writes the
   * rows, removes what the plan removes, raises the version and records the change in the audit
   * trail. Answers the version after the write and what the plan returned.
   */
  load<Plan extends RegionWrite>(
    stamp: AuditStamp,
    plan: (stored: StoredRegion, tx: TxRunner) => Promise<Plan | null>,
  ): Promise<{ version: number; plan: Plan | null; stored: StoredRegion }> {
    return this.executor.writeTransaction(async (tx) => {
      await tx.run(LOCK, { setupId: REGION_SETUP_ID });
      const [locked] = await tx.run<{ version: number }>(VERSION, { setupId: REGION_SETUP_ID });
      const stored = await readStoredRegion(tx);
      const decided = await plan(stored, tx);
      if (decided === null) return { version: locked?.version ?? 0, plan: null, stored };

      const byChange = (kind: RegionChange['change']) =>
        decided.changes.filter((c) => c.change === kind).map((c) => c.code);
      const removed = byChange('REMOVED');
      const kept = [...byChange('CHANGED'), ...removed];
      const before = await snapshotNodes(tx, Region, 'Region', kept);
      const setupBefore = await snapshotNodes(tx, RegionSetup, 'RegionSetup', [REGION_SETUP_ID]);
      if (removed.length > 0) await tx.run(REMOVE, { codes: removed });
      await tx.run(WRITE, { rows: decided.rows });
      const [written] = await tx.run<{ version: number }>(WRITE_SETUP, {
        setupId: REGION_SETUP_ID,
        setup: decided.setup,
        now: stamp.now,
        actor: stamp.actor,
      });
      const added = byChange('ADDED');
      const after = await snapshotNodes(tx, Region, 'Region', [...added, ...byChange('CHANGED')]);
      const setupAfter = await snapshotNodes(tx, RegionSetup, 'RegionSetup', [REGION_SETUP_ID]);
      const isAdded = (s: { id: string }) => added.includes(s.id);
      await record(tx, stamp, 'create', [], after.filter(isAdded));
      await record(
        tx,
        stamp,
        'update',
        [...before.filter((s) => !removed.includes(s.id)), ...setupBefore],
        [...after.filter((s) => !isAdded(s)), ...setupAfter],
      );
      await record(
        tx,
        stamp,
        'delete',
        before.filter((s) => removed.includes(s.id)),
        [],
      );
      return { version: written?.version ?? 0, plan: decided, stored };
    });
  }
}
