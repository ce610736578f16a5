import { Label, Rel, type MembershipRole, type NetworkData } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { filteredPageStatement } from '../../neo4j/paging';
import { matchById } from '../../neo4j/node-store';
import { audited, type AuditTarget } from '../../neo4j/audit';
import { creationMeta, lockVersion } from '../../neo4j/writes';
import { RecordReads } from '../../record-reads';
import { membershipRecord, networkRecord, type NetworkRecord } from './network.mapping';

export type { NetworkRecord } from './network.mapping';

/** A member of a network: an institution or a person, with the role it has there. */
export interface MembershipRecord {
  readonly networkId: string;
  readonly memberId: string;
  readonly memberKind: 'institution' | 'person';
  readonly role: MembershipRole;
  readonly since: string | null;
}

export interface NetworkFilter {
  readonly kinds?: readonly string[];
  readonly members?: readonly string[];
  readonly text?: string;
}

const { Network, Region, Institution, Person } = Label;
const { MEMBER_OF, SERVES_AREA } = Rel;

const audit = (id: string): AuditTarget => ({ entity: 'Network', label: Network, id });

const PROJECTION = networkRecord({ n: 'n' });
const MATCH_BY_ID = `MATCH (n:${Network} {id: $id})`;
const CONDITIONS = {
  kinds: 'n.kind IN $kinds',
  members: `EXISTS { (m)-[:${MEMBER_OF}]->(n) WHERE m.id IN $members }`,
} as const;

const FIND_BY_IDS = `
UNWIND $ids AS id
MATCH (n:${Network} {id: id})
RETURN ${PROJECTION} AS network`;

const MEMBERSHIP = membershipRecord({ r: 'r', m: 'm', net: 'n' });

const MEMBERS_OF_NETWORKS = `
UNWIND $ids AS id
MATCH (n:${Network} {id: id})<-[r:${MEMBER_OF}]-(m)
WHERE m:${Institution} OR m:${Person}
WITH id, n, r, m ORDER BY m.sortKey, m.id
RETURN id AS key, collect(${MEMBERSHIP}) AS memberships`;

const MEMBER_LABELS = [Institution, Person];

const NETWORKS_OF_MEMBERS = `
UNWIND $ids AS id
${matchById('m', 'id', MEMBER_LABELS)}
MATCH (m)-[r:${MEMBER_OF}]->(n:${Network})
WITH id, n, r, m ORDER BY n.sortKey
RETURN id AS key, collect(${MEMBERSHIP}) AS memberships`;

const CREATE = `
CREATE (n:${Network})
SET n = $props
WITH n
CALL (n) {
  UNWIND $area AS code
  MATCH (r:${Region} {id: code})
  CREATE (n)-[:${SERVES_AREA}]->(r)
}
RETURN ${PROJECTION} AS network`;

const UPDATE = `
MATCH (n:${Network} {id: $id})
SET n += $props, n.version = n.version + 1
RETURN ${PROJECTION} AS network`;

const REPLACE_AREA = `
MATCH (n:${Network} {id: $id})
OPTIONAL MATCH (n)-[old:${SERVES_AREA}]->()
DELETE old
WITH DISTINCT n
UNWIND $area AS code
MATCH (r:${Region} {id: code})
CREATE (n)-[:${SERVES_AREA}]->(r)`;

const DELETE = `MATCH (n:${Network} {id: $id}) DETACH DELETE n`;

const FIND_MEMBER = `
${matchById('m', '$memberId', MEMBER_LABELS)}
RETURN m.id AS id`;

const ADD_MEMBER = `
MATCH (n:${Network} {id: $networkId})
${matchById('m', '$memberId', MEMBER_LABELS)}
MERGE (m)-[r:${MEMBER_OF}]->(n)
SET r.role = $role, r.since = $since
SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $actor
RETURN ${PROJECTION} AS network`;

const REMOVE_MEMBER = `
MATCH (n:${Network} {id: $networkId})<-[r:${MEMBER_OF}]-(m)
WHERE m.id = $memberId
DELETE r
WITH DISTINCT n
SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $actor
RETURN ${PROJECTION} AS network`;

export type NetworkProperties = Omit<NetworkData, 'id' | 'area'> & { readonly sortKey: string };

export class NetworkRepository extends RecordReads<NetworkFilter, NetworkRecord, NetworkRecord> {
  /** Compiled reads bind the network to `n`. */
  constructor(executor: Neo4jExecutor) {
    super(executor, {
      pageStatement: (filter, projection) =>
        filteredPageStatement(filter, CONDITIONS, {}, Network, projection),
      projection: PROJECTION,
      matchById: MATCH_BY_ID,
      findByIds: FIND_BY_IDS,
      column: 'network',
      toRecord: (row) => row,
    });
  }

  /** Members of each network, in key order. */
  membersOf(networkIds: readonly string[]): Promise<Map<string, MembershipRecord[]>> {
    return this.groupedMemberships(MEMBERS_OF_NETWORKS, networkIds);
  }

  /** Networks of each institution or person, in key order. */
  networksOf(memberIds: readonly string[]): Promise<Map<string, MembershipRecord[]>> {
    return this.groupedMemberships(NETWORKS_OF_MEMBERS, memberIds);
  }

  private async groupedMemberships(
    cypher: string,
    ids: readonly string[],
  ): Promise<Map<string, MembershipRecord[]>> {
    const rows = await this.executor.read<{ key: string; memberships: MembershipRecord[] }>(
      cypher,
      { ids },
    );
    return new Map(rows.map((row) => [row.key, row.memberships]));
  }

  create(
    id: string,
    area: readonly string[],
    properties: NetworkProperties,
    now: string,
    actor: string,
  ): Promise<NetworkRecord> {
    return this.executor.writeTransaction((tx) =>
      audited(tx, { now, actor }, 'create', audit(id), async () => {
        const [row] = await tx.run<{ network: NetworkRecord }>(CREATE, {
          area,
          props: { ...properties, id, ...creationMeta(now, actor) },
        });
        if (!row) throw new Error('CREATE returned no network');
        return row.network;
      }),
    );
  }

  update(
    id: string,
    version: number,
    area: readonly string[] | undefined,
    properties: Partial<NetworkProperties>,
    now: string,
    actor: string,
  ): Promise<NetworkRecord> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Network, 'Network', id, version);
      return audited(tx, { now, actor }, 'update', audit(id), async () => {
        if (area) await tx.run(REPLACE_AREA, { id, area });
        const [row] = await tx.run<{ network: NetworkRecord }>(UPDATE, {
          id,
          props: { ...properties, updatedAt: now, updatedBy: actor },
        });
        if (!row) throw new Error(`Network ${id} vanished inside its own transaction`);
        return row.network;
      });
    });
  }

  delete(id: string, version: number, now: string, actor: string): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Network, 'Network', id, version);
      await audited(tx, { now, actor }, 'delete', audit(id), () => tx.run(DELETE, { id }));
    });
  }

  /** Adds or updates a membership; undefined when the member does not exist. */
  addMember(
    networkId: string,
    memberId: string,
    role: MembershipRole,
    since: string | null,
    now: string,
    actor: string,
  ): Promise<NetworkRecord | undefined> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Network, 'Network', networkId, null);
      const member = await tx.run(FIND_MEMBER, { memberId });
      if (!member.length) return undefined;
      return audited(tx, { now, actor }, 'update', audit(networkId), async () => {
        const [row] = await tx.run<{ network: NetworkRecord }>(ADD_MEMBER, {
          networkId,
          memberId,
          role,
          since,
          now,
          actor,
        });
        return row?.network;
      });
    });
  }

  /** Removes a membership; undefined when there was none. */
  removeMember(
    networkId: string,
    memberId: string,
    now: string,
    actor: string,
  ): Promise<NetworkRecord | undefined> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Network, 'Network', networkId, null);
      const [row] = await audited(tx, { now, actor }, 'update', audit(networkId), () =>
        tx.run<{ network: NetworkRecord }>(REMOVE_MEMBER, { networkId, memberId, now, actor }),
      );
      return row?.network;
    });
  }
}
