/**
 * Reading the loaded region (decision 030): the setup node and every `:Region` node, in one
 * statement. The analyses' snapshot reads it with the graph; the region module reads it before
 * and under a load.
 */
import { Label } from '@schutznetz/domain';
import type { TxRunner } from '../neo4j/executor';
import type { RegionRow, RegionSetupRow } from './region.rows';

const { Region, RegionSetup } = Label;

/** The one setup node's id. */
export const REGION_SETUP_ID = 'region';

const READ = `
OPTIONAL MATCH (s:${RegionSetup} {id: $setupId})
RETURN s {.format, .source, notes: coalesce(s.notes, []), version: coalesce(s.version, 0),
          .updatedAt, .updatedBy} AS setup,
  COLLECT {
    MATCH (r:${Region})
    RETURN r {.id, kind: coalesce(r.kind, 'municipality'), position: coalesce(r.position, 0),
              nameDe: coalesce(r.nameDe, r.name, r.id), nameEn: coalesce(r.nameEn, r.nameDe, r.id),
              .ags, .population, .populationYear, .approximate, .isTown, .courtDistrict, .seat,
              .level, .hostsDe, .hostsEn, neighbours: coalesce(r.neighbours, []), .boundary}
    ORDER BY r.position, r.id
  } AS regions`;

/** The stored region: the setup node (null before the first load) and every `:Region` node. */
export interface StoredRegion {
  readonly setup: RegionSetupRow | null;
  readonly regions: readonly RegionRow[];
}

/** The stored region, read in the transaction `tx` (the analyses' snapshot reads it too). */
export async function readStoredRegion(tx: TxRunner): Promise<StoredRegion> {
  const [row] = await tx.run<StoredRegion>(READ, { setupId: REGION_SETUP_ID });
  return row ?? { setup: null, regions: [] };
}
