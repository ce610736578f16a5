import { Label, Rel, type InstitutionData } from '@schutznetz/domain';
import type { Neo4jExecutor, TxRunner } from '../../neo4j/executor';
import { filteredPageStatement } from '../../neo4j/paging';
import { audited, type AuditTarget } from '../../neo4j/audit';
import { creationMeta, lockVersion, type LockedChange } from '../../neo4j/writes';
import { RecordReads } from '../../record-reads';
import { encodeOpeningHours } from '../../records';
import {
  institutionRecord,
  toInstitution,
  type InstitutionRow,
  type InstitutionRecord,
} from './institution.mapping';

export type { InstitutionRecord } from './institution.mapping';

/** Filters of the institution list; every list is optional and matches any of its values. */
export interface InstitutionFilter {
  readonly kinds?: readonly string[];
  readonly municipalities?: readonly string[];
  /** Topic codes, already expanded to their descendants. */
  readonly topics?: readonly string[];
  readonly targetGroups?: readonly string[];
  readonly networks?: readonly string[];
  readonly languages?: readonly string[];
  readonly text?: string;
}

const { Institution, Region, Service, Topic, TargetGroup, Network } = Label;
const { LOCATED_IN, OFFERS, ADDRESSES_TOPIC, SERVES_GROUP, MEMBER_OF } = Rel;

export const INSTITUTION_PROJECTION = institutionRecord({ n: 'n' });

const CONDITIONS = {
  kinds: 'n.kind IN $kinds',
  municipalities: `EXISTS { (n)-[:${LOCATED_IN}]->(m:${Region}) WHERE m.id IN $municipalities }`,
  topics: `EXISTS { (n)-[:${OFFERS}]->(:${Service})-[:${ADDRESSES_TOPIC}]->(t:${Topic}) WHERE t.id IN $topics }`,
  targetGroups: `EXISTS { (n)-[:${OFFERS}]->(:${Service})-[:${SERVES_GROUP}]->(g:${TargetGroup}) WHERE g.id IN $targetGroups }`,
  networks: `EXISTS { (n)-[:${MEMBER_OF}]->(w:${Network}) WHERE w.id IN $networks }`,
  languages: 'any(language IN n.languages WHERE language IN $languages)',
} as const;

/** Filtered lists start from the municipality's institutions rather than a label scan. */
const STARTS = {
  municipalities: `MATCH (m:${Region})<-[:${LOCATED_IN}]-(n:${Institution}) WHERE m.id IN $municipalities WITH DISTINCT n`,
  networks: `MATCH (w:${Network})<-[:${MEMBER_OF}]-(n:${Institution}) WHERE w.id IN $networks WITH DISTINCT n`,
} as const;

const MATCH_BY_ID = `MATCH (n:${Institution} {id: $id})`;

const FIND_BY_IDS = `
UNWIND $ids AS id
MATCH (n:${Institution} {id: id})
RETURN ${INSTITUTION_PROJECTION} AS institution`;

const CREATE = `
MATCH (m:${Region} {id: $municipality})
CREATE (n:${Institution})
SET n = $props
CREATE (n)-[:${LOCATED_IN}]->(m)
RETURN ${INSTITUTION_PROJECTION} AS institution`;

const UPDATE = `
MATCH (n:${Institution} {id: $id})
SET n += $props, n.version = n.version + 1
RETURN ${INSTITUTION_PROJECTION} AS institution`;

const MOVE = `
MATCH (n:${Institution} {id: $id}), (m:${Region} {id: $municipality})
OPTIONAL MATCH (n)-[old:${LOCATED_IN}]->()
DELETE old
WITH DISTINCT n, m
CREATE (n)-[:${LOCATED_IN}]->(m)`;

const DELETE = `
MATCH (n:${Institution} {id: $id})
OPTIONAL MATCH (n)-[:${OFFERS}]->(s:${Service})
DETACH DELETE s, n`;

/** Stored properties of an institution, without its relationships. */
export type InstitutionProperties = Omit<InstitutionData, 'id' | 'municipality'> & {
  readonly sortKey: string;
};

function toProperties(data: Partial<InstitutionProperties>): Record<string, unknown> {
  const { openingHours, ...rest } = data;
  return {
    ...rest,
    ...(openingHours ? { openingHours: encodeOpeningHours(openingHours) } : {}),
  };
}

/** An institution in the audit trail; its services are deleted, and restored, with it. */
const audit = (id: string): AuditTarget => ({
  entity: 'Institution',
  label: Institution,
  id,
  cascade: { rel: OFFERS, label: Service, entity: 'Service' },
});

/** Reads and writes institutions; compiled reads bind the institution to `n`. */
export class InstitutionRepository extends RecordReads<
  InstitutionFilter,
  InstitutionRow,
  InstitutionRecord
> {
  constructor(executor: Neo4jExecutor) {
    super(executor, {
      pageStatement: (filter, projection) =>
        filteredPageStatement(filter, CONDITIONS, STARTS, Institution, projection),
      projection: INSTITUTION_PROJECTION,
      matchById: MATCH_BY_ID,
      findByIds: FIND_BY_IDS,
      column: 'institution',
      toRecord: toInstitution,
    });
  }

  create(
    id: string,
    municipality: string,
    properties: InstitutionProperties,
    now: string,
    actor: string,
  ): Promise<InstitutionRecord | undefined> {
    return this.executor.writeTransaction((tx) =>
      audited(tx, { now, actor }, 'create', audit(id), async () => {
        const rows = await tx.run<{ institution: InstitutionRow }>(CREATE, {
          municipality,
          props: { ...toProperties(properties), id, ...creationMeta(now, actor) },
        });
        return rows[0] && toInstitution(rows[0].institution);
      }),
    );
  }

  /** Applies `change`, computed from the institution as it stands under its lock. */
  update(
    id: string,
    version: number,
    municipality: string | undefined,
    change: LockedChange<InstitutionRecord, Partial<InstitutionProperties>>,
    now: string,
    actor: string,
  ): Promise<InstitutionRecord> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Institution, 'Institution', id, version);
      const properties = change(await this.readLocked(tx, id));
      return audited(tx, { now, actor }, 'update', audit(id), async () => {
        if (municipality !== undefined) await tx.run(MOVE, { id, municipality });
        const rows = await tx.run<{ institution: InstitutionRow }>(UPDATE, {
          id,
          props: { ...toProperties(properties), updatedAt: now, updatedBy: actor },
        });
        const [row] = rows;
        if (!row) throw new Error(`Institution ${id} vanished inside its own transaction`);
        return toInstitution(row.institution);
      });
    });
  }

  private async readLocked(tx: TxRunner, id: string): Promise<InstitutionRecord> {
    const [row] = await tx.run<{ institution: InstitutionRow }>(FIND_BY_IDS, { ids: [id] });
    if (!row) throw new Error(`Institution ${id} vanished under its own lock`);
    return toInstitution(row.institution);
  }

  delete(id: string, version: number, now: string, actor: string): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Institution, 'Institution', id, version);
      await audited(tx, { now, actor }, 'delete', audit(id), () => tx.run(DELETE, { id }));
    });
  }
}
