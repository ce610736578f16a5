import { randomUUID } from 'node:crypto';
import {
  isReferralRouteId,
  referralRouteById,
  selectionIncludes,
  type ConsentRequirement,
  type DataMode,
  type ReferralPathData,
  type ReferralRouteId,
  type ReferralRouteTemplate,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import DataLoader from 'dataloader';
import { NotFoundError } from '../../errors';
import { checkTopics, definedOnly, expandTopics, Problems } from '../../validation';
import type {
  InstitutionEnd,
  ReferralPathFilter,
  ReferralPathProperties,
  ReferralPathRecord,
  ReferralRepository,
} from './referral.repository';
import { EntityReads } from '../../entity-reads';
import { routeTemplateView, type RouteTemplateView } from './referral.templates';

/** Fields a client may set on a referral path (already checked for form by the GraphQL layer). */
export interface ReferralPathChanges {
  readonly routeTemplate?: string | null;
  readonly topics?: readonly string[] | null;
  readonly consent?: string | null;
  readonly dataMode?: string | null;
  readonly urgency?: string | null;
  readonly responseHours?: number | null;
  readonly formalAgreement?: boolean | null;
  readonly afterHours?: string | null;
  readonly conditions?: string | null;
}

const REQUIRED = ['consent', 'dataMode', 'urgency'] as const;

type End = Pick<InstitutionEnd, 'name' | 'kind'>;

const kindList = (kinds: readonly string[]): string => kinds.join(', ');

/**
 * Checks that a path from `from` to `to` can instantiate `route`: a path is one leg of the route,
 * so it starts where the route starts or at one of its intermediate steps and leads to a later
 * step (R08 school → InsoFa, InsoFa → ASD and school → ASD all qualify). Its data mode must be
 * one the step it arrives at allows.
 */
function checkRoute(
  problems: Problems,
  route: ReferralRouteTemplate,
  from: End,
  to: End,
  dataMode: string | undefined,
): void {
  // Stage 0 is where the route starts; stage k (k ≥ 1) is where hop k leads.
  const starts = [route.from, ...route.hops.slice(0, -1).map((hop) => hop.to)];
  const startStages = starts.flatMap((kinds, index) =>
    selectionIncludes(kinds, from.kind) ? [index] : [],
  );
  const label = `${route.id} (${route.title.en})`;
  if (!startStages.length) {
    const expected = route.from === 'any' ? 'any institution' : kindList(route.from);
    problems.add(
      'routeTemplate',
      `${label} starts at ${expected}${route.hops.length > 1 ? ' or an intermediate step' : ''}; ` +
        `"${from.name}" is ${from.kind}`,
    );
    return;
  }
  const first = Math.min(...startStages);
  const arrivals = route.hops
    .map((hop, index) => ({ hop, stage: index + 1 }))
    .filter(({ hop, stage }) => stage > first && hop.to.includes(to.kind));
  if (!arrivals.length) {
    const later = [...new Set(route.hops.slice(first).flatMap((hop) => hop.to))];
    problems.add(
      'routeTemplate',
      `${label} leads from ${from.kind} to ${kindList(later)}; "${to.name}" is ${to.kind}`,
    );
    return;
  }
  const modes = [...new Set(arrivals.flatMap(({ hop }) => hop.dataModes))] as string[];
  if (dataMode !== undefined && !modes.includes(dataMode)) {
    problems.add(
      'dataMode',
      `${label} passes data to ${to.kind} as ${modes.join(' or ')}, not ${dataMode}`,
    );
  }
}

/** Checks a template id and, when it is known, the ends and data mode against it. */
function checkTemplate(
  problems: Problems,
  templateId: string | null | undefined,
  from: End,
  to: End,
  dataMode: string | undefined,
): void {
  if (templateId === null || templateId === undefined) return;
  if (!isReferralRouteId(templateId)) {
    problems.add('routeTemplate', `unknown route template: ${templateId} (use R01 … R22)`);
    return;
  }
  checkRoute(problems, referralRouteById(templateId), from, to, dataMode);
}

function checkFields(problems: Problems, changes: ReferralPathChanges): void {
  for (const field of REQUIRED) {
    if (changes[field] === null) problems.add(field, 'must not be empty');
  }
  checkTopics(problems, 'topics', changes.topics);
}

function toProperties(changes: ReferralPathChanges): Partial<ReferralPathProperties> {
  return definedOnly({
    routeTemplate: changes.routeTemplate as ReferralRouteId | null | undefined,
    topics: (changes.topics === null ? [] : changes.topics) as TopicCode[] | undefined,
    consent: (changes.consent ?? undefined) as ConsentRequirement | undefined,
    dataMode: (changes.dataMode ?? undefined) as DataMode | undefined,
    urgency: (changes.urgency ?? undefined) as Urgency | undefined,
    responseHours: changes.responseHours,
    formalAgreement: changes.formalAgreement ?? undefined,
    afterHours: (changes.afterHours ?? undefined) as ReferralPathData['afterHours'] | undefined,
    conditions: changes.conditions,
  });
}

/**
 * Rules for referral paths (distinct ends, route-template kinds and data modes) and the
 * per-request loaders that batch the paths in and out of institutions.
 */
/** A list filter checked (topics, route templates), with topics expanded to their sub-topics. */
function checkFilter(filter: ReferralPathFilter): ReferralPathFilter {
  const problems = new Problems();
  checkTopics(problems, 'filter.topics', filter.topics);
  const unknown = (filter.routeTemplates ?? []).filter((id) => !isReferralRouteId(id));
  if (unknown.length) {
    problems.add('filter.routeTemplates', `unknown route template: ${unknown.join(', ')}`);
  }
  problems.throwIfAny();
  return { ...filter, topics: expandTopics(filter.topics) };
}

export class ReferralService extends EntityReads<ReferralPathFilter, ReferralPathRecord> {
  private readonly outgoing = new DataLoader<string, ReferralPathRecord[]>((ids) =>
    this.repository.findOutgoing(ids),
  );

  private readonly incoming = new DataLoader<string, ReferralPathRecord[]>((ids) =>
    this.repository.findIncoming(ids),
  );

  constructor(protected override readonly repository: ReferralRepository) {
    super(repository, 'ReferralPath', checkFilter);
  }

  /** Paths starting at an institution, by id (batched per request). */
  findOutgoing(institutionId: string): Promise<ReferralPathRecord[]> {
    return this.outgoing.load(institutionId);
  }

  /** Paths leading to an institution, by id (batched per request). */
  findIncoming(institutionId: string): Promise<ReferralPathRecord[]> {
    return this.incoming.load(institutionId);
  }

  /** The route template with this id, as the API shows it; undefined for an unknown id. */
  findRouteTemplate(id: string | null): RouteTemplateView | undefined {
    return routeTemplateView(id);
  }

  async create(
    fromId: string,
    toId: string,
    changes: ReferralPathChanges,
    actor: string,
  ): Promise<ReferralPathRecord> {
    const problems = new Problems();
    checkFields(problems, changes);
    if (fromId === toId) problems.add('toId', 'must be another institution than fromId');
    problems.throwIfAny();
    const ends = await this.repository.findEnds(fromId, toId);
    if (!ends.from) throw new NotFoundError('Institution', fromId, 'fromId');
    if (!ends.to) throw new NotFoundError('Institution', toId, 'toId');
    checkTemplate(
      problems,
      changes.routeTemplate,
      ends.from,
      ends.to,
      changes.dataMode ?? undefined,
    );
    problems.throwIfAny();
    const properties = {
      routeTemplate: null,
      topics: [],
      responseHours: null,
      formalAgreement: false,
      afterHours: 'unknown',
      conditions: null,
      ...toProperties(changes),
    } as ReferralPathProperties;
    const created = await this.repository.create(
      `ref:${randomUUID()}`,
      fromId,
      toId,
      properties,
      new Date().toISOString(),
      actor,
    );
    // An end was deleted between the check and the write.
    if (!created) throw new NotFoundError('Institution', `${fromId} or ${toId}`, 'fromId');
    this.clearLists();
    return created;
  }

  async update(
    id: string,
    version: number,
    changes: ReferralPathChanges,
    actor: string,
  ): Promise<ReferralPathRecord> {
    const updated = await this.repository.update(
      id,
      version,
      (current) => {
        // The template must fit the ends and the data mode as they stand under the lock.
        const problems = new Problems();
        checkFields(problems, changes);
        if (changes.routeTemplate !== undefined || changes.dataMode !== undefined) {
          checkTemplate(
            problems,
            changes.routeTemplate === undefined ? current.routeTemplate : changes.routeTemplate,
            { name: current.fromId, kind: current.fromKind },
            { name: current.toId, kind: current.toKind },
            changes.dataMode ?? current.dataMode,
          );
        }
        problems.throwIfAny();
        return toProperties(changes);
      },
      new Date().toISOString(),
      actor,
    );
    this.byId.clear(id);
    this.clearLists();
    return updated;
  }

  protected override forget(id: string): void {
    super.forget(id);
    this.clearLists();
  }

  private clearLists(): void {
    this.outgoing.clearAll();
    this.incoming.clearAll();
  }
}
