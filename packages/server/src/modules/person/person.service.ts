import { randomUUID } from 'node:crypto';
import type {
  ExpertiseLevel,
  LanguageCode,
  ListingBasis,
  QualificationCode,
  TopicCode,
} from '@schutznetz/domain';
import DataLoader from 'dataloader';
import {
  checkFilterCodes,
  checkTopics,
  definedOnly,
  expandTopics,
  Problems,
} from '../../validation';
import { personSortKey } from '../seed/seed.service';
import type {
  EmploymentRecord,
  ExpertiseRecord,
  KeyedRows,
  PersonFilter,
  PersonProperties,
  PersonRecord,
  PersonRepository,
  WithPerson,
} from './person.repository';
import { EntityReads } from '../../entity-reads';
import { maySeeContacts, type Viewer } from '../../auth';

/** Fields a client may set on a person (already checked for form by the GraphQL layer). */
export interface PersonChanges {
  readonly givenName?: string | null;
  readonly familyName?: string | null;
  readonly functionTitle?: string | null;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly languages?: readonly string[] | null;
  readonly qualifications?: readonly string[] | null;
  readonly listingBasis?: string | null;
  readonly isFictional?: boolean | null;
}

/** A person's employment as a client sends it. */
export interface EmploymentChange {
  readonly personId: string;
  readonly institutionId: string;
  readonly role: string;
  readonly since?: string | null;
}

/** A person's expertise as a client sends it. */
export interface ExpertiseChange {
  readonly personId: string;
  readonly topic: string;
  readonly level: string;
  readonly qualification?: string | null;
  readonly since?: string | null;
  readonly validUntil?: string | null;
}

const REQUIRED = ['functionTitle', 'listingBasis'] as const;
const TEXTS = ['givenName', 'familyName', 'functionTitle'] as const;

/** The value a field will have after the change: the change if given, else the current one. */
function after<K extends keyof PersonChanges & keyof PersonRecord>(
  changes: PersonChanges,
  current: PersonRecord | undefined,
  field: K,
): PersonChanges[K] | PersonRecord[K] | undefined {
  return changes[field] === undefined ? current?.[field] : changes[field];
}

/** The rules across a person's fields (name pair, listing basis); the import applies them too. */
export function checkChanges(changes: PersonChanges, current?: PersonRecord): void {
  const problems = new Problems();
  for (const field of REQUIRED) {
    if (changes[field] === null) problems.add(field, 'must not be empty');
  }
  for (const field of TEXTS) {
    if (changes[field]?.trim() === '') problems.add(field, 'must not be blank');
  }
  const givenName = after(changes, current, 'givenName');
  const familyName = after(changes, current, 'familyName');
  if (givenName && !familyName) {
    problems.add('familyName', 'is needed with a given name (a role contact has neither)');
  } else if (familyName && !givenName) {
    problems.add('givenName', 'is needed with a family name (a role contact has neither)');
  }
  // domain.md §6.1: people without a name are role contacts, and role contacts carry no name.
  const listingBasis = after(changes, current, 'listingBasis');
  const named = Boolean(givenName) || Boolean(familyName);
  if (listingBasis && !named && listingBasis !== 'role_contact') {
    problems.add('listingBasis', 'must be ROLE_CONTACT for an entry without a name');
  } else if (listingBasis === 'role_contact' && named) {
    problems.add('listingBasis', 'must be CONSENT or PUBLIC_FUNCTION for a person with a name');
  }
  problems.throwIfAny();
}

function toProperties(changes: PersonChanges, current?: PersonRecord): Partial<PersonProperties> {
  const renamed = TEXTS.some((field) => changes[field] !== undefined);
  return definedOnly({
    ...changes,
    functionTitle: changes.functionTitle ?? undefined,
    listingBasis: (changes.listingBasis ?? undefined) as ListingBasis | undefined,
    languages: changes.languages === null ? [] : (changes.languages as LanguageCode[] | undefined),
    qualifications:
      changes.qualifications === null
        ? []
        : (changes.qualifications as QualificationCode[] | undefined),
    isFictional: changes.isFictional ?? undefined,
    sortKey: renamed
      ? personSortKey({
          givenName: after(changes, current, 'givenName') ?? null,
          familyName: after(changes, current, 'familyName') ?? null,
          functionTitle: after(changes, current, 'functionTitle') ?? '',
        })
      : undefined,
  });
}

function checkExpertise(change: ExpertiseChange): void {
  const problems = new Problems();
  checkTopics(problems, 'topic', [change.topic]);
  if (change.since && change.validUntil && change.validUntil <= change.since) {
    problems.add('validUntil', 'must be later than since');
  }
  problems.throwIfAny();
}

/** Results of a batch in the order of its keys; keys without rows get an empty list. */
function inKeyOrder<T>(keys: readonly string[], rows: readonly KeyedRows<T>[]): T[][] {
  const byKey = new Map(rows.map((row) => [row.key, row.items]));
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * People and their employments and expertise. Holds the request's DataLoaders, so that a list
 * of any length costs one round trip per relationship it shows.
 */
export class PersonService extends EntityReads<PersonFilter, PersonRecord> {
  private readonly employmentsByPerson = new DataLoader<string, EmploymentRecord[]>(async (ids) =>
    inKeyOrder(ids, await this.repository.findEmploymentsByPeople(ids)),
  );

  private readonly employmentsByInstitution = new DataLoader<string, EmploymentRecord[]>(
    async (ids) =>
      inKeyOrder(ids, await this.repository.findEmploymentsByInstitutions(ids)).map((items) =>
        this.primePeople(items),
      ),
  );

  private readonly expertiseByPerson = new DataLoader<string, ExpertiseRecord[]>(async (ids) =>
    inKeyOrder(ids, await this.repository.findExpertiseByPeople(ids)),
  );

  private readonly expertsByTopic = new DataLoader<string, ExpertiseRecord[]>(async (codes) => {
    const topics = codes.map((key) => ({ key, codes: expandTopics([key]) ?? [] }));
    return inKeyOrder(codes, await this.repository.findExpertsByTopics(topics)).map((items) =>
      this.primePeople(items),
    );
  });

  constructor(protected override readonly repository: PersonRepository) {
    super(repository, 'Person', checkFilterCodes);
  }

  /**
   * A person's work contact as `viewer` may see it: members and up do, the public view never
   * does (domain.md §6.1, `maySeeContacts`, which compiled reads apply by role in person.mapping.ts).
   */
  contactFor(
    person: Pick<PersonRecord, 'email' | 'phone'>,
    viewer: Viewer,
  ): { email: string | null; phone: string | null } {
    return maySeeContacts(viewer)
      ? { email: person.email, phone: person.phone }
      : { email: null, phone: null };
  }

  /** Where a person works, ordered by institution name (batched). */
  findEmployments(personId: string): Promise<EmploymentRecord[]> {
    return this.employmentsByPerson.load(personId);
  }

  /** Who works at an institution, ordered by name (batched). */
  findStaff(institutionId: string): Promise<EmploymentRecord[]> {
    return this.employmentsByInstitution.load(institutionId);
  }

  /** A person's expertise, ordered by topic (batched). */
  findExpertise(personId: string): Promise<ExpertiseRecord[]> {
    return this.expertiseByPerson.load(personId);
  }

  /** Expertise in a topic or any topic below it, ordered by person (batched). */
  findExperts(topic: string): Promise<ExpertiseRecord[]> {
    return this.expertsByTopic.load(topic);
  }

  async create(changes: PersonChanges, actor: string): Promise<PersonRecord> {
    checkChanges(changes);
    const properties = {
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      languages: ['de'],
      qualifications: [],
      isFictional: false,
      ...toProperties(changes),
    } as PersonProperties;
    const created = await this.repository.create(
      `person:${randomUUID()}`,
      properties,
      new Date().toISOString(),
      actor,
    );
    return this.remember(created);
  }

  async update(
    id: string,
    version: number,
    changes: PersonChanges,
    actor: string,
  ): Promise<PersonRecord> {
    const updated = await this.repository.update(
      id,
      version,
      (current) => {
        // The rules and the sort key derive from the person as they stand under the lock.
        checkChanges(changes, current);
        return toProperties(changes, current);
      },
      new Date().toISOString(),
      actor,
    );
    return this.remember(updated);
  }

  protected override forget(id: string): void {
    super.forget(id);
    this.forgetRelationships();
  }

  /** Links a person to an institution, or changes the role and start of the link. */
  async addEmployment(change: EmploymentChange, actor: string): Promise<PersonRecord> {
    const problems = new Problems();
    if (change.role.trim() === '') problems.add('role', 'must not be blank');
    problems.throwIfAny();
    const person = await this.repository.setEmployment(
      { ...change, since: change.since ?? null },
      new Date().toISOString(),
      actor,
    );
    return this.remember(person, true);
  }

  async removeEmployment(
    personId: string,
    institutionId: string,
    actor: string,
  ): Promise<PersonRecord> {
    const person = await this.repository.removeEmployment(
      personId,
      institutionId,
      new Date().toISOString(),
      actor,
    );
    return this.remember(person, true);
  }

  /** Records a person's expertise in a topic, replacing what was recorded there before. */
  async setExpertise(change: ExpertiseChange, actor: string): Promise<PersonRecord> {
    checkExpertise(change);
    const person = await this.repository.setExpertise(
      {
        personId: change.personId,
        topic: change.topic as TopicCode,
        level: change.level as ExpertiseLevel,
        qualification: (change.qualification ?? null) as QualificationCode | null,
        since: change.since ?? null,
        validUntil: change.validUntil ?? null,
      },
      new Date().toISOString(),
      actor,
    );
    return this.remember(person, true);
  }

  async removeExpertise(personId: string, topic: string, actor: string): Promise<PersonRecord> {
    const problems = new Problems();
    checkTopics(problems, 'topic', [topic]);
    problems.throwIfAny();
    const person = await this.repository.removeExpertise(
      personId,
      topic,
      new Date().toISOString(),
      actor,
    );
    return this.remember(person, true);
  }

  /** Caches a person just written, and forgets relationship lists a change may have touched. */
  private remember(person: PersonRecord, relationshipsChanged = false): PersonRecord {
    this.byId.clear(person.id).prime(person.id, person);
    if (relationshipsChanged) this.forgetRelationships();
    return person;
  }

  private forgetRelationships(): void {
    this.employmentsByPerson.clearAll();
    this.employmentsByInstitution.clearAll();
    this.expertiseByPerson.clearAll();
    this.expertsByTopic.clearAll();
  }

  /** People read along with a relationship need no second round trip for `person`. */
  private primePeople<T>(items: readonly WithPerson<T>[]): T[] {
    return items.map(({ edge, person }) => {
      this.byId.prime(person.id, person);
      return edge;
    });
  }
}
