import { randomUUID } from 'node:crypto';
import {
  hasProtectedAddress,
  isInstitutionKindCode,
  NEW_INSTITUTION_DEFAULTS,
  type AccessibilityFeature,
  type InstitutionKindCode,
  type LanguageCode,
  type OpeningInterval,
} from '@schutznetz/domain';
import { NotFoundError } from '../../errors';
import { nameSortKey } from '../../records';
import {
  checkOpeningHours,
  checkRegions,
  definedOnly,
  Problems,
  checkFilterCodes,
} from '../../validation';
import type {
  InstitutionFilter,
  InstitutionProperties,
  InstitutionRecord,
  InstitutionRepository,
} from './institution.repository';
import { EntityReads } from '../../entity-reads';

/** Fields a client may set on an institution (already checked for form by the GraphQL layer). */
export interface InstitutionChanges {
  readonly name?: string | null;
  readonly kind?: string | null;
  readonly municipality?: string | null;
  readonly operator?: string | null;
  readonly street?: string | null;
  readonly postalCode?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly website?: string | null;
  readonly openingHours?: readonly { day: string; opens: string; closes: string }[] | null;
  readonly available24x7?: boolean | null;
  readonly languages?: readonly string[] | null;
  readonly accessibility?: readonly string[] | null;
  readonly sourceUrl?: string | null;
  readonly lastVerifiedAt?: string | null;
  readonly isFictional?: boolean | null;
}

const REQUIRED = ['name', 'kind', 'municipality'] as const;

function checkChanges(changes: InstitutionChanges, current?: InstitutionRecord): void {
  const problems = new Problems();
  for (const field of REQUIRED) {
    if (changes[field] === null) problems.add(field, 'must not be empty');
  }
  if (changes.municipality) checkRegions(problems, 'municipality', [changes.municipality]);
  checkOpeningHours(problems, 'openingHours', changes.openingHours);
  const kind = changes.kind ?? current?.kind;
  if (kind && isInstitutionKindCode(kind) && hasProtectedAddress(kind)) {
    // domain.md §6: the addresses of women's shelters are never stored.
    for (const field of ['street', 'postalCode'] as const) {
      const value = changes[field] === undefined ? current?.[field] : changes[field];
      if (value) {
        problems.add(
          field,
          'must stay empty: the address of a protected institution is never stored',
        );
      }
    }
  }
  problems.throwIfAny();
}

function toProperties(changes: InstitutionChanges): Partial<InstitutionProperties> {
  // The municipality is a relationship, not a property.
  const rest: InstitutionChanges = { ...changes, municipality: undefined };
  return definedOnly({
    ...rest,
    name: rest.name ?? undefined,
    kind: (rest.kind ?? undefined) as InstitutionKindCode | undefined,
    languages: rest.languages === null ? [] : (rest.languages as LanguageCode[] | undefined),
    accessibility:
      rest.accessibility === null ? [] : (rest.accessibility as AccessibilityFeature[] | undefined),
    openingHours: (rest.openingHours === null ? [] : rest.openingHours) as
      OpeningInterval[] | undefined,
    available24x7: rest.available24x7 ?? undefined,
    isFictional: rest.isFictional ?? undefined,
    sortKey: rest.name ? nameSortKey(rest.name) : undefined,
  });
}

export class InstitutionService extends EntityReads<InstitutionFilter, InstitutionRecord> {
  constructor(protected override readonly repository: InstitutionRepository) {
    super(repository, 'Institution', checkFilterCodes);
  }

  async create(changes: InstitutionChanges, actor: string): Promise<InstitutionRecord> {
    checkChanges(changes);
    const properties = {
      ...NEW_INSTITUTION_DEFAULTS,
      lastVerifiedAt: null,
      isFictional: false,
      ...toProperties(changes),
    } as InstitutionProperties;
    const created = await this.repository.create(
      `org:${randomUUID()}`,
      changes.municipality ?? '',
      properties,
      new Date().toISOString(),
      actor,
    );
    if (!created)
      throw new NotFoundError('Municipality', changes.municipality ?? '', 'municipality');
    return created;
  }

  async update(
    id: string,
    version: number,
    changes: InstitutionChanges,
    actor: string,
  ): Promise<InstitutionRecord> {
    const updated = await this.repository.update(
      id,
      version,
      changes.municipality ?? undefined,
      (current) => {
        // Rules across fields (a protected address) on the state the change applies to.
        checkChanges(changes, current);
        return toProperties(changes);
      },
      new Date().toISOString(),
      actor,
    );
    this.byId.clear(id);
    return updated;
  }
}
