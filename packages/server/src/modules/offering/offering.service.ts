import { randomUUID } from 'node:crypto';
import {
  NEW_SERVICE_DEFAULTS,
  type AccessibilityFeature,
  type Cost,
  type LanguageCode,
  type OpeningInterval,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
} from '@schutznetz/domain';
import DataLoader from 'dataloader';
import { NotFoundError } from '../../errors';
import { nameSortKey } from '../../records';
import {
  checkAgeRange,
  checkOpeningHours,
  checkRegions,
  checkTargetGroups,
  checkTopics,
  definedOnly,
  expandTopics,
  Problems,
  checkFilterCodes,
} from '../../validation';
import type { InstitutionRecord } from '../institution/institution.repository';
import type {
  OfferingRepository,
  ServiceFilter,
  ServiceLinks,
  ServiceProperties,
  ServiceRecord,
} from './offering.repository';
import { EntityReads } from '../../entity-reads';

/** Fields a client may set on a service (already checked for form by the GraphQL layer). */
export interface ServiceChanges {
  readonly name?: string | null;
  readonly description?: string | null;
  readonly topics?: readonly string[] | null;
  readonly targetGroups?: readonly string[] | null;
  readonly area?: readonly string[] | null;
  readonly minAge?: number | null;
  readonly maxAge?: number | null;
  readonly languages?: readonly string[] | null;
  readonly openingHours?: readonly { day: string; opens: string; closes: string }[] | null;
  readonly available24x7?: boolean | null;
  readonly selfReferral?: boolean | null;
  readonly consentRequired?: boolean | null;
  readonly cost?: string | null;
  readonly accessibility?: readonly string[] | null;
  readonly capacityTotal?: number | null;
  readonly capacityFree?: number | null;
  readonly interpreting?: boolean | null;
  readonly boysMaxAge?: number | null;
}

const REQUIRED = ['name', 'topics'] as const;

/** The value a field has after the change: the new one if given, else the stored one. */
function after<K extends keyof ServiceChanges & keyof ServiceRecord>(
  key: K,
  changes: ServiceChanges,
  current: ServiceRecord | undefined,
): ServiceChanges[K] | ServiceRecord[K] | undefined {
  return changes[key] === undefined ? current?.[key] : changes[key];
}

function checkChanges(changes: ServiceChanges, current?: ServiceRecord): void {
  const problems = new Problems();
  for (const field of REQUIRED) {
    if (changes[field] === null) problems.add(field, 'must not be empty');
  }
  checkTopics(problems, 'topics', changes.topics);
  checkTargetGroups(problems, 'targetGroups', changes.targetGroups);
  checkRegions(problems, 'area', changes.area);
  checkOpeningHours(problems, 'openingHours', changes.openingHours);
  checkAgeRange(
    problems,
    'maxAge',
    after('minAge', changes, current),
    after('maxAge', changes, current),
  );
  checkCapacity(
    problems,
    changes.capacityFree === undefined ? 'capacityTotal' : 'capacityFree',
    after('capacityTotal', changes, current),
    after('capacityFree', changes, current),
  );
  problems.throwIfAny();
}

/** Free places fit into the places; `field` names the side the client changed. */
function checkCapacity(
  problems: Problems,
  field: 'capacityTotal' | 'capacityFree',
  total: number | null | undefined,
  free: number | null | undefined,
): void {
  if (free == null) return;
  if (total == null) {
    problems.add(field, 'a service without places (capacityTotal) has no free places');
  } else if (free > total) {
    problems.add(field, `free places (${free}) must not exceed the places in total (${total})`);
  }
}

function toProperties(changes: ServiceChanges, now: string): Partial<ServiceProperties> {
  // null clears a list.
  const list = (value: readonly string[] | null | undefined): readonly string[] | undefined =>
    value === null ? [] : value;
  return definedOnly({
    name: changes.name ?? undefined,
    description: changes.description,
    minAge: changes.minAge,
    maxAge: changes.maxAge,
    languages: list(changes.languages) as LanguageCode[] | undefined,
    openingHours: (changes.openingHours === null ? [] : changes.openingHours) as
      OpeningInterval[] | undefined,
    available24x7: changes.available24x7 ?? undefined,
    selfReferral: changes.selfReferral ?? undefined,
    consentRequired: changes.consentRequired ?? undefined,
    cost: (changes.cost ?? undefined) as Cost | undefined,
    accessibility: list(changes.accessibility) as AccessibilityFeature[] | undefined,
    capacityTotal: changes.capacityTotal,
    capacityFree: changes.capacityFree,
    // A reported number of free places is only useful with the time it was reported.
    capacityReportedAt: changes.capacityFree === undefined ? undefined : now,
    interpreting: changes.interpreting ?? undefined,
    boysMaxAge: changes.boysMaxAge,
    sortKey: changes.name ? nameSortKey(changes.name) : undefined,
  });
}

function toLinks(changes: ServiceChanges): ServiceLinks {
  return definedOnly({
    topics: (changes.topics ?? undefined) as TopicCode[] | undefined,
    targetGroups: (changes.targetGroups === null ? [] : changes.targetGroups) as
      TargetGroupCode[] | undefined,
    area: (changes.area === null ? [] : changes.area) as RegionCode[] | undefined,
  });
}

/** A per-request loader of lists keyed by id, batched into one repository call. */
function listLoader<T>(load: (ids: readonly string[]) => Promise<T[][]>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>((ids) => load(ids));
}

/**
 * Rules for services (ages, places, codes) and the per-request loaders that batch every list of
 * services by institution, topic or region into one query.
 */
export class OfferingService extends EntityReads<ServiceFilter, ServiceRecord> {
  private readonly byInstitution = listLoader((ids) => this.repository.findByInstitutions(ids));

  private readonly byTopic = listLoader((ids) =>
    this.repository.findByTopics(ids.map((id) => ({ id, topics: expandTopics([id]) ?? [] }))),
  );

  private readonly byArea = listLoader((ids) => this.repository.findByAreas(ids));

  private readonly institutionsByRegion = listLoader((ids) =>
    this.repository.findInstitutionsByRegions(ids),
  );

  constructor(protected override readonly repository: OfferingRepository) {
    super(repository, 'Service', checkFilterCodes);
  }

  /** The services an institution offers, ordered by name (batched per request). */
  findByInstitution(institutionId: string): Promise<ServiceRecord[]> {
    return this.byInstitution.load(institutionId);
  }

  /** The services addressing a topic or any topic below it (batched per request). */
  findByTopic(topicId: string): Promise<ServiceRecord[]> {
    return this.byTopic.load(topicId);
  }

  /** The services whose area lists a region (batched per request). */
  findByArea(regionId: string): Promise<ServiceRecord[]> {
    return this.byArea.load(regionId);
  }

  /** The institutions located in a region (batched per request). */
  findInstitutionsInRegion(regionId: string): Promise<InstitutionRecord[]> {
    return this.institutionsByRegion.load(regionId);
  }

  async create(
    institutionId: string,
    changes: ServiceChanges,
    actor: string,
  ): Promise<ServiceRecord> {
    checkChanges(changes);
    const now = new Date().toISOString();
    const properties = {
      ...NEW_SERVICE_DEFAULTS,
      ...toProperties(changes, now),
    } as ServiceProperties;
    const links = { topics: [], targetGroups: [], area: [], ...toLinks(changes) };
    const created = await this.repository.create(
      `svc:${randomUUID()}`,
      institutionId,
      properties,
      links,
      now,
      actor,
    );
    if (!created) throw new NotFoundError('Institution', institutionId, 'institutionId');
    this.clearLists();
    return created;
  }

  async update(
    id: string,
    version: number,
    changes: ServiceChanges,
    actor: string,
  ): Promise<ServiceRecord> {
    const now = new Date().toISOString();
    const updated = await this.repository.update(
      id,
      version,
      (current) => {
        // Rules across fields (free places within the places) on the state the change applies to.
        checkChanges(changes, current);
        return toProperties(changes, now);
      },
      toLinks(changes),
      now,
      actor,
    );
    this.byId.clear(id);
    this.clearLists();
    return updated;
  }

  /** Records the free places now; they must fit into the service's places. */
  async reportCapacity(
    id: string,
    version: number,
    capacityFree: number,
    actor: string,
  ): Promise<ServiceRecord> {
    return this.update(id, version, { capacityFree }, actor);
  }

  protected override forget(id: string): void {
    super.forget(id);
    this.clearLists();
  }

  private clearLists(): void {
    this.byInstitution.clearAll();
    this.byTopic.clearAll();
    this.byArea.clearAll();
  }
}
