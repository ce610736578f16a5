import {
  Label,
  Rel,
  type ExpertiseData,
  type PersonData,
  type WorksAtData,
} from '@schutznetz/domain';
import { NotFoundError } from '../../errors';
import type { Neo4jExecutor, Params, TxRunner } from '../../neo4j/executor';
import { filteredPageStatement } from '../../neo4j/paging';
import { audited, type AuditTarget } from '../../neo4j/audit';
import { creationMeta, lockVersion, type LockedChange } from '../../neo4j/writes';
import { RecordReads } from '../../record-reads';
import {
  employmentRecord,
  expertiseRecord,
  personRecord,
  toPerson,
  type PersonRow,
  type PersonRecord,
} from './person.mapping';

export type { PersonRecord } from './person.mapping';

/** A person's employment at an institution (`WORKS_AT`). */
export type EmploymentRecord = WorksAtData;

/** A person's expertise in a topic (`HAS_EXPERTISE`); `topic` is the topic code. */
export type ExpertiseRecord = ExpertiseData;

/** Stored properties of a person, without relationships. */
export type PersonProperties = Omit<PersonData, 'id'> & { readonly sortKey: string };

/** Filters of the people list; every list is optional and matches any of its values. */
export interface PersonFilter {
  readonly institutions?: readonly string[];
  readonly institutionKinds?: readonly string[];
  /** Topic codes, already expanded to their descendants. */
  readonly topics?: readonly string[];
  readonly qualifications?: readonly string[];
  readonly languages?: readonly string[];
  readonly municipalities?: readonly string[];
  readonly networks?: readonly string[];
  readonly text?: string;
}

/** Rows of a batched read: the items of each key that has any. */
export interface KeyedRows<T> {
  readonly key: string;
  readonly items: T[];
}

/** A relationship row together with the person at its start, to prime the person loader. */
export interface WithPerson<T> {
  readonly edge: T;
  readonly person: PersonRecord;
}

/** Topic codes whose experts a batch asks for: `codes` is `key` with its descendants. */
export interface TopicQuery {
  readonly key: string;
  readonly codes: readonly string[];
}

const { Person, Institution, Region, Topic, Network } = Label;
const { WORKS_AT, HAS_EXPERTISE, LOCATED_IN, MEMBER_OF } = Rel;

const audit = (id: string): AuditTarget => ({ entity: 'Person', label: Person, id });

const PERSON_PROJECTION = personRecord({ n: 'n' });
const EMPLOYMENT_PROJECTION = employmentRecord({ w: 'w', p: 'n', i: 'i' });
const EXPERTISE_PROJECTION = expertiseRecord({ e: 'e', p: 'n', t: 't' });

const CONDITIONS = {
  institutions: `EXISTS { (n)-[:${WORKS_AT}]->(i:${Institution}) WHERE i.id IN $institutions }`,
  institutionKinds: `EXISTS { (n)-[:${WORKS_AT}]->(i:${Institution}) WHERE i.kind IN $institutionKinds }`,
  topics: `EXISTS { (n)-[:${HAS_EXPERTISE}]->(t:${Topic}) WHERE t.id IN $topics }`,
  qualifications: `(any(q IN n.qualifications WHERE q IN $qualifications) OR EXISTS { (n)-[e:${HAS_EXPERTISE}]->(:${Topic}) WHERE e.qualification IN $qualifications })`,
  languages: 'any(language IN n.languages WHERE language IN $languages)',
  municipalities: `EXISTS { (n)-[:${WORKS_AT}]->(:${Institution})-[:${LOCATED_IN}]->(m:${Region}) WHERE m.id IN $municipalities }`,
  networks: `EXISTS { (n)-[:${MEMBER_OF}]->(w:${Network}) WHERE w.id IN $networks }`,
} as const;

/** Filtered lists start from the most selective filter rather than a label scan. */
const STARTS = {
  institutions: `MATCH (i:${Institution})<-[:${WORKS_AT}]-(n:${Person}) WHERE i.id IN $institutions WITH DISTINCT n`,
  networks: `MATCH (w:${Network})<-[:${MEMBER_OF}]-(n:${Person}) WHERE w.id IN $networks WITH DISTINCT n`,
  municipalities: `MATCH (m:${Region})<-[:${LOCATED_IN}]-(:${Institution})<-[:${WORKS_AT}]-(n:${Person}) WHERE m.id IN $municipalities WITH DISTINCT n`,
} as const;

const MATCH_BY_ID = `MATCH (n:${Person} {id: $id})`;

const FIND_BY_IDS = `
UNWIND $ids AS id
MATCH (n:${Person} {id: id})
RETURN ${PERSON_PROJECTION} AS person`;

const EMPLOYMENTS_BY_PERSON = `
UNWIND $ids AS key
MATCH (n:${Person} {id: key})-[w:${WORKS_AT}]->(i:${Institution})
WITH key, n, w, i ORDER BY i.sortKey, i.id
RETURN key, collect(${EMPLOYMENT_PROJECTION}) AS items`;

const EMPLOYMENTS_BY_INSTITUTION = `
UNWIND $ids AS key
MATCH (n:${Person})-[w:${WORKS_AT}]->(i:${Institution} {id: key})
WITH key, n, w, i ORDER BY n.sortKey, n.id
RETURN key, collect({edge: ${EMPLOYMENT_PROJECTION}, person: ${PERSON_PROJECTION}}) AS items`;

const EXPERTISE_BY_PERSON = `
UNWIND $ids AS key
MATCH (n:${Person} {id: key})-[e:${HAS_EXPERTISE}]->(t:${Topic})
WITH key, n, e, t ORDER BY t.id
RETURN key, collect(${EXPERTISE_PROJECTION}) AS items`;

const EXPERTS_BY_TOPIC = `
UNWIND $topics AS query
MATCH (t:${Topic}) WHERE t.id IN query.codes
MATCH (n:${Person})-[e:${HAS_EXPERTISE}]->(t)
WITH query.key AS key, n, e, t ORDER BY n.sortKey, n.id, t.id
RETURN key, collect({edge: ${EXPERTISE_PROJECTION}, person: ${PERSON_PROJECTION}}) AS items`;

const CREATE = `
CREATE (n:${Person})
SET n = $props
RETURN ${PERSON_PROJECTION} AS person`;

const UPDATE = `
MATCH (n:${Person} {id: $id})
SET n += $props, n.version = n.version + 1
RETURN ${PERSON_PROJECTION} AS person`;

/** Records the change of one of the (locked) person's relationships. */
const TOUCH = `
MATCH (n:${Person} {id: $personId})
SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $actor
RETURN ${PERSON_PROJECTION} AS person`;

const DELETE = `
MATCH (n:${Person} {id: $id})
DETACH DELETE n`;

const SET_EMPLOYMENT = `
MATCH (n:${Person} {id: $personId}), (i:${Institution} {id: $institutionId})
MERGE (n)-[w:${WORKS_AT}]->(i)
SET w.role = $role, w.since = $since
RETURN count(w) AS changed`;

const REMOVE_EMPLOYMENT = `
MATCH (:${Person} {id: $personId})-[w:${WORKS_AT}]->(:${Institution} {id: $institutionId})
DELETE w
RETURN count(*) AS changed`;

const SET_EXPERTISE = `
MATCH (n:${Person} {id: $personId}), (t:${Topic} {id: $topic})
MERGE (n)-[e:${HAS_EXPERTISE}]->(t)
SET e.level = $level, e.qualification = $qualification, e.since = $since,
    e.validUntil = $validUntil
RETURN count(e) AS changed`;

const REMOVE_EXPERTISE = `
MATCH (:${Person} {id: $personId})-[e:${HAS_EXPERTISE}]->(:${Topic} {id: $topic})
DELETE e
RETURN count(*) AS changed`;

const INSTITUTION_EXISTS = `
MATCH (i:${Institution} {id: $institutionId})
RETURN count(i) AS changed`;

function withPerson<T>(row: { edge: T; person: PersonRow }): WithPerson<T> {
  return { edge: row.edge, person: toPerson(row.person) };
}

/**
 * Reads and writes people and their `WORKS_AT` and `HAS_EXPERTISE` relationships. Batched reads
 * take many keys in one statement and return rows per key in no particular order.
 */
export class PersonRepository extends RecordReads<PersonFilter, PersonRow, PersonRecord> {
  /** Compiled reads bind the person to `n`. */
  constructor(executor: Neo4jExecutor) {
    super(executor, {
      pageStatement: (filter, projection) =>
        filteredPageStatement(filter, CONDITIONS, STARTS, Person, projection),
      projection: PERSON_PROJECTION,
      matchById: MATCH_BY_ID,
      findByIds: FIND_BY_IDS,
      column: 'person',
      toRecord: toPerson,
    });
  }

  findEmploymentsByPeople(ids: readonly string[]): Promise<KeyedRows<EmploymentRecord>[]> {
    return this.executor.read<KeyedRows<EmploymentRecord>>(EMPLOYMENTS_BY_PERSON, { ids });
  }

  /** Reads keyed rows of an edge and its person, each as the edge with the person mapped. */
  private async readWithPeople<TEdge>(
    statement: string,
    params: Record<string, unknown>,
  ): Promise<KeyedRows<WithPerson<TEdge>>[]> {
    const rows = await this.executor.read<KeyedRows<{ edge: TEdge; person: PersonRow }>>(
      statement,
      params,
    );
    return rows.map(({ key, items }) => ({ key, items: items.map(withPerson) }));
  }

  findEmploymentsByInstitutions(
    ids: readonly string[],
  ): Promise<KeyedRows<WithPerson<EmploymentRecord>>[]> {
    return this.readWithPeople<EmploymentRecord>(EMPLOYMENTS_BY_INSTITUTION, { ids });
  }

  findExpertiseByPeople(ids: readonly string[]): Promise<KeyedRows<ExpertiseRecord>[]> {
    return this.executor.read<KeyedRows<ExpertiseRecord>>(EXPERTISE_BY_PERSON, { ids });
  }

  findExpertsByTopics(
    topics: readonly TopicQuery[],
  ): Promise<KeyedRows<WithPerson<ExpertiseRecord>>[]> {
    return this.readWithPeople<ExpertiseRecord>(EXPERTS_BY_TOPIC, { topics });
  }

  create(
    id: string,
    properties: PersonProperties,
    now: string,
    actor: string,
  ): Promise<PersonRecord> {
    return this.executor.writeTransaction((tx) =>
      audited(tx, { now, actor }, 'create', audit(id), async () => {
        const [row] = await tx.run<{ person: PersonRow }>(CREATE, {
          props: { ...properties, id, ...creationMeta(now, actor) },
        });
        if (!row) throw new Error(`Person ${id} was not created`);
        return toPerson(row.person);
      }),
    );
  }

  /** Applies `change`, computed from the person as they stand under the lock. */
  update(
    id: string,
    version: number,
    change: LockedChange<PersonRecord, Partial<PersonProperties>>,
    now: string,
    actor: string,
  ): Promise<PersonRecord> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Person, 'Person', id, version);
      const [locked] = await tx.run<{ person: PersonRow }>(FIND_BY_IDS, { ids: [id] });
      if (!locked) throw new Error(`Person ${id} vanished under their own lock`);
      const properties = change(toPerson(locked.person));
      return audited(tx, { now, actor }, 'update', audit(id), async () => {
        const [row] = await tx.run<{ person: PersonRow }>(UPDATE, {
          id,
          props: { ...properties, updatedAt: now, updatedBy: actor },
        });
        if (!row) throw new Error(`Person ${id} vanished inside its own transaction`);
        return toPerson(row.person);
      });
    });
  }

  delete(id: string, version: number, now: string, actor: string): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Person, 'Person', id, version);
      await audited(tx, { now, actor }, 'delete', audit(id), () => tx.run(DELETE, { id }));
    });
  }

  /** Adds the employment, or changes its role and start if it exists. */
  setEmployment(employment: EmploymentRecord, now: string, actor: string): Promise<PersonRecord> {
    return this.changeRelationship(employment.personId, now, actor, async (tx) => {
      if (!(await changed(tx, SET_EMPLOYMENT, { ...employment }))) {
        throw new NotFoundError('Institution', employment.institutionId, 'institutionId');
      }
    });
  }

  removeEmployment(
    personId: string,
    institutionId: string,
    now: string,
    actor: string,
  ): Promise<PersonRecord> {
    return this.changeRelationship(personId, now, actor, async (tx) => {
      if (await changed(tx, REMOVE_EMPLOYMENT, { personId, institutionId })) return;
      if (!(await changed(tx, INSTITUTION_EXISTS, { institutionId }))) {
        throw new NotFoundError('Institution', institutionId, 'institutionId');
      }
      throw new NotFoundError('Employment', `${personId} at ${institutionId}`, 'institutionId');
    });
  }

  /** Adds the expertise, or replaces its level, qualification and dates if it exists. */
  setExpertise(expertise: ExpertiseRecord, now: string, actor: string): Promise<PersonRecord> {
    return this.changeRelationship(expertise.personId, now, actor, async (tx) => {
      // The service checked the topic against the taxonomy, whose nodes are synced at start-up.
      if (!(await changed(tx, SET_EXPERTISE, { ...expertise }))) {
        throw new NotFoundError('Topic', expertise.topic, 'topic');
      }
    });
  }

  removeExpertise(
    personId: string,
    topic: string,
    now: string,
    actor: string,
  ): Promise<PersonRecord> {
    return this.changeRelationship(personId, now, actor, async (tx) => {
      if (!(await changed(tx, REMOVE_EXPERTISE, { personId, topic }))) {
        throw new NotFoundError('Expertise', `${personId} in ${topic}`, 'topic');
      }
    });
  }

  /**
   * One write transaction: locks the person and bumps their version, then runs
   * `change`. An error thrown by `change` rolls everything back, so a failure writes nothing.
   */
  private changeRelationship(
    personId: string,
    now: string,
    actor: string,
    change: (tx: TxRunner) => Promise<void>,
  ): Promise<PersonRecord> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, Person, 'Person', personId, null, 'personId');
      return audited(tx, { now, actor }, 'update', audit(personId), async () => {
        const [row] = await tx.run<{ person: PersonRow }>(TOUCH, { personId, now, actor });
        if (!row) throw new NotFoundError('Person', personId, 'personId');
        await change(tx);
        return toPerson(row.person);
      });
    });
  }
}

async function changed(tx: TxRunner, cypher: string, params: Params): Promise<boolean> {
  const [row] = await tx.run<{ changed: number }>(cypher, params);
  return (row?.changed ?? 0) > 0;
}
