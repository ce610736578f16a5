import { Label, Rel, type ServiceData } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { fullTextQuery, MATCH_FULL_TEXT, pageCypher } from '../../neo4j/paging';
import { audited, type AuditTarget } from '../../neo4j/audit';
import { creationMeta, lockVersion, type LockedChange } from '../../neo4j/writes';
import { RecordReads } from '../../record-reads';
import { encodeOpeningHours } from '../../records';
import { toInstitution, type InstitutionRow } from '../institution/institution.mapping';
import {
  INSTITUTION_PROJECTION,
  type InstitutionRecord,
} from '../institution/institution.repository';
import { serviceRecord, toService, type ServiceRow, type ServiceRecord } from './offering.mapping';

export type { ServiceRecord } from './offering.mapping';

/** Filters of the service list; every field is optional, lists match any of their values. */
export interface ServiceFilter {
  /** Topic codes, already expanded to their descendants. */
  readonly topics?: readonly string[];
  readonly targetGroups?: readonly string[];
  readonly age?: number;
  readonly municipalities?: readonly string[];
  readonly institutions?: readonly string[];
  readonly institutionKinds?: readonly string[];
  readonly languages?: readonly string[];
  readonly available24x7?: boolean;
  readonly selfReferral?: boolean;
  readonly text?: string;
}

/** Stored properties of a service, without its relationships. */
export type ServiceProperties = Omit<
  ServiceData,
  'id' | 'institutionId' | 'topics' | 'targetGroups' | 'area'
> & { readonly sortKey: string };

/** The relationships of a service, by code; a given list replaces the stored links. */
export interface ServiceLinks {
  readonly topics?: readonly string[];
  readonly targetGroups?: readonly string[];
  readonly area?: readonly string[];
}

const { Institution, Service, Topic, TargetGroup, Region } = Label;
const { OFFERS, ADDRESSES_TOPIC, SERVES_GROUP, SERVES_AREA, LOCATED_IN } = Rel;

const audit = (id: string): AuditTarget => ({ entity: 'Service', label: Service, id });

const SERVICE_PROJECTION = serviceRecord({ n: 'n' });

const MATCH_ALL = `MATCH (n:${Service})`;
const MATCH_TEXT = MATCH_FULL_TEXT;
const IS_SERVICE = `n:${Service}`;

const CONDITIONS = {
  topics: `EXISTS { (n)-[:${ADDRESSES_TOPIC}]->(t:${Topic}) WHERE t.id IN $topics }`,
  targetGroups: `EXISTS { (n)-[:${SERVES_GROUP}]->(g:${TargetGroup}) WHERE g.id IN $targetGroups }`,
  age: '(n.minAge IS NULL OR n.minAge <= $age) AND (n.maxAge IS NULL OR $age < n.maxAge)',
  municipalities: `EXISTS { (n)-[:${SERVES_AREA}]->(r:${Region}) WHERE r.id IN $municipalities }`,
  institutions: `EXISTS { (i:${Institution})-[:${OFFERS}]->(n) WHERE i.id IN $institutions }`,
  institutionKinds: `EXISTS { (i:${Institution})-[:${OFFERS}]->(n) WHERE i.kind IN $institutionKinds }`,
  languages: 'any(language IN n.languages WHERE language IN $languages)',
  available24x7: 'n.available24x7 = $available24x7',
  selfReferral: 'n.selfReferral = $selfReferral',
} as const;

const FIND_BY_IDS = `
UNWIND $ids AS id
MATCH (n:${Service} {id: id})
RETURN ${SERVICE_PROJECTION} AS service`;

const BY_INSTITUTIONS = `
UNWIND $ids AS key
CALL (key) {
  MATCH (:${Institution} {id: key})-[:${OFFERS}]->(n:${Service})
  WITH n ORDER BY n.sortKey, n.id
  RETURN collect(${SERVICE_PROJECTION}) AS services
}
RETURN key, services`;

/** `$keys` pairs each requested topic with its expanded codes. */
const BY_TOPICS = `
UNWIND $keys AS key
CALL (key) {
  MATCH (t:${Topic})<-[:${ADDRESSES_TOPIC}]-(n:${Service})
  WHERE t.id IN key.topics
  WITH DISTINCT n ORDER BY n.sortKey, n.id
  RETURN collect(${SERVICE_PROJECTION}) AS services
}
RETURN key.id AS key, services`;

const BY_AREAS = `
UNWIND $ids AS key
CALL (key) {
  MATCH (:${Region} {id: key})<-[:${SERVES_AREA}]-(n:${Service})
  WITH n ORDER BY n.sortKey, n.id
  RETURN collect(${SERVICE_PROJECTION}) AS services
}
RETURN key, services`;

const INSTITUTIONS_BY_REGIONS = `
UNWIND $ids AS key
CALL (key) {
  MATCH (:${Region} {id: key})<-[:${LOCATED_IN}]-(n:${Institution})
  WITH n ORDER BY n.sortKey, n.id
  RETURN collect(${INSTITUTION_PROJECTION}) AS institutions
}
RETURN key, institutions`;

/**
 * Replaces the `rel` links of the service bound to `n` with the `label` nodes whose codes the
 * parameter `$param` lists; a null parameter leaves those links alone.
 */
function relink(param: string, rel: string, label: string): string {
  return `
CALL (n) {
  WITH n WHERE $${param} IS NOT NULL
  OPTIONAL MATCH (n)-[old:${rel}]->()
  DELETE old
  WITH DISTINCT n
  UNWIND $${param} AS code
  MATCH (linked:${label} {id: code})
  MERGE (n)-[:${rel}]->(linked)
}`;
}

/** Replaces the topics, target groups and area of the service bound to `n` (see `relink`). */
const RELINK = [
  relink('topics', ADDRESSES_TOPIC, Topic),
  relink('targetGroups', SERVES_GROUP, TargetGroup),
  relink('area', SERVES_AREA, Region),
].join('');

const CREATE = `
MATCH (i:${Institution} {id: $institutionId})
CREATE (i)-[:${OFFERS}]->(n:${Service})
SET n = $props
WITH n
${RELINK}
RETURN ${SERVICE_PROJECTION} AS service`;

const UPDATE = `
MATCH (n:${Service} {id: $id})
SET n += $props, n.version = n.version + 1
WITH n
${RELINK}
RETURN ${SERVICE_PROJECTION} AS service`;

const DELETE = `
MATCH (n:${Service} {id: $id})
DETACH DELETE n`;

function toProperties(data: Partial<ServiceProperties>): Record<string, unknown> {
  const { openingHours, ...rest } = data;
  return {
    ...rest,
    ...(openingHours ? { openingHours: encodeOpeningHours(openingHours) } : {}),
  };
}

function linkParams(links: ServiceLinks): Record<string, unknown> {
  return {
    topics: links.topics ?? null,
    targetGroups: links.targetGroups ?? null,
    area: links.area ?? null,
  };
}

/** Groups keyed rows by key, in the order of `keys`; a key without rows gets an empty list. */
function inKeyOrder<T>(keys: readonly string[], rows: { key: string; items: T[] }[]): T[][] {
  const byKey = new Map(rows.map((row) => [row.key, row.items]));
  return keys.map((key) => byKey.get(key) ?? []);
}

/** Reads and writes services and their links; every method is one round trip or one transaction. */
function pageStatement(filter: ServiceFilter, projection: string) {
  const conditions = (Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[])
    .filter((key) => {
      const value = filter[key];
      return Array.isArray(value) ? value.length > 0 : value !== undefined;
    })
    .map((key) => CONDITIONS[key]);
  const text = filter.text ? fullTextQuery(filter.text) : '';
  // A text set with no searchable word matches nothing (MATCH_FULL_TEXT), not everything.
  const cypher = filter.text
    ? pageCypher(MATCH_TEXT, [IS_SERVICE, ...conditions], projection)
    : pageCypher(MATCH_ALL, conditions, projection);
  return { cypher, params: { ...filter, text } };
}

export class OfferingRepository extends RecordReads<ServiceFilter, ServiceRow, ServiceRecord> {
  /** Compiled reads bind the service to `n`. */
  constructor(executor: Neo4jExecutor) {
    super(executor, {
      pageStatement,
      projection: SERVICE_PROJECTION,
      matchById: `MATCH (n:${Service} {id: $id})`,
      findByIds: FIND_BY_IDS,
      column: 'service',
      toRecord: toService,
    });
  }

  /** The services of each institution, ordered by name; one list per id, in id order. */
  async findByInstitutions(ids: readonly string[]): Promise<ServiceRecord[][]> {
    const rows = await this.executor.read<{ key: string; services: ServiceRow[] }>(
      BY_INSTITUTIONS,
      { ids },
    );
    return inKeyOrder(
      ids,
      rows.map((r) => ({ key: r.key, items: r.services.map(toService) })),
    );
  }

  /** The services addressing any of each key's topics; one list per key, in key order. */
  async findByTopics(
    keys: readonly { readonly id: string; readonly topics: readonly string[] }[],
  ): Promise<ServiceRecord[][]> {
    const rows = await this.executor.read<{ key: string; services: ServiceRow[] }>(BY_TOPICS, {
      keys,
    });
    return inKeyOrder(
      keys.map((key) => key.id),
      rows.map((r) => ({ key: r.key, items: r.services.map(toService) })),
    );
  }

  /** The services whose area lists each region; one list per id, in id order. */
  async findByAreas(ids: readonly string[]): Promise<ServiceRecord[][]> {
    const rows = await this.executor.read<{ key: string; services: ServiceRow[] }>(BY_AREAS, {
      ids,
    });
    return inKeyOrder(
      ids,
      rows.map((r) => ({ key: r.key, items: r.services.map(toService) })),
    );
  }

  /** The institutions located in each region; one list per id, in id order. */
  async findInstitutionsByRegions(ids: readonly string[]): Promise<InstitutionRecord[][]> {
    const rows = await this.executor.read<{ key: string; institutions: InstitutionRow[] }>(
      INSTITUTIONS_BY_REGIONS,
      { ids },
    );
    return inKeyOrder(
      ids,
      rows.map((r) => ({ key: r.key, items: r.institutions.map(toInstitution) })),
    );
  }

  /** Creates the service with its links; undefined when the institution does not exist. */
  create(
    id: string,
    institutionId: string,
    properties: ServiceProperties,
    links: Required<ServiceLinks>,
    now: string,
    actor: string,
  ): Promise<ServiceRecord | undefined> {
    return this.executor.writeTransaction((tx) =>
      audited(tx, { now, actor }, 'create', audit(id), async () => {
        const [row] = await tx.run<{ service: ServiceRow }>(CREATE, {
          institutionId,
          props: { ...toProperties(properties), id, ...creationMeta(now, actor) },
          ...linkParams(links),
        });
        return row && toService(row.service);
      }),
    );
  }

  /** Applies `change`, computed from the service as it stands under its lock. */
  update(
    id: string,
    version: number,
    change: LockedChange<ServiceRecord, Partial<ServiceProperties>>,
    links: ServiceLinks,
    now: string,
    actor: string,
  ): Promise<ServiceRecord> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Service, 'Service', id, version);
      const [locked] = await tx.run<{ service: ServiceRow }>(FIND_BY_IDS, { ids: [id] });
      if (!locked) throw new Error(`Service ${id} vanished under its own lock`);
      const properties = change(toService(locked.service));
      return audited(tx, { now, actor }, 'update', audit(id), async () => {
        const [row] = await tx.run<{ service: ServiceRow }>(UPDATE, {
          id,
          props: { ...toProperties(properties), updatedAt: now, updatedBy: actor },
          ...linkParams(links),
        });
        if (!row) throw new Error(`Service ${id} vanished inside its own transaction`);
        return toService(row.service);
      });
    });
  }

  delete(id: string, version: number, now: string, actor: string): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Service, 'Service', id, version);
      await audited(tx, { now, actor }, 'delete', audit(id), () => tx.run(DELETE, { id }));
    });
  }
}
