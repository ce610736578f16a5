import type { AccompanyingChild, ReferralNeed, RouteStart } from '@schutznetz/analysis';
import {
  isInstitutionKindCode,
  isTargetGroupCode,
  isTopicCode,
  type AccessibilityFeature,
  type DataMode,
  type LanguageCode,
  type TargetGroupCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import { hasRole, type Viewer } from '../../auth';
import { Problems } from '../../validation';
import type { AnalysisRunner } from '../analysis/analysis.jobs';
import { checkScope, type ResolvedScope, type ScopeRequest } from '../analysis/analysis.scope';
import type { RouteSearchView } from './referral-routes.views';
import { currentRegion } from '../region/region.current';

/** Routes asked for at most; the search cost grows with k. */
export const MAX_ROUTES = 20;
/** Routes the public view may ask for at most (issue 10.3: bound what anonymous callers run). */
export const MAX_PUBLIC_ROUTES = 5;

/** Where a route starts: exactly one of an institution, a kind in a municipality, or self. */
export interface RouteStartRequest {
  readonly institutionId?: string | null;
  readonly institutionKind?: string | null;
  readonly municipality?: string | null;
  readonly self?: boolean | null;
}

/** The need of a route search as the client sends it (enums already checked by GraphQL). */
export interface NeedRequest {
  readonly topic: string;
  readonly municipality: string;
  readonly targetGroup?: string | null;
  readonly age?: number | null;
  readonly language?: string | null;
  readonly urgency?: string | null;
  readonly at?: string | null;
  readonly accessibility?: readonly string[] | null;
  readonly consent?: string | null;
  readonly dataModes?: readonly string[] | null;
  readonly ignoreFullCapacity?: boolean | null;
  readonly children?: readonly { age: number; gender?: string | null }[] | null;
}

/**
 * Referral routes (issue 4.1) over the cached graph: up to k ranked routes from a start to
 * services that meet a need, each hop explained, or why none fits and which relaxations help.
 * Routes name institutions and services only, so every role gets the same answer.
 */
export class ReferralRoutesService {
  constructor(private readonly analyses: AnalysisRunner) {}

  /** Up to `k` ranked routes from `start` to services that meet `need`, or why there is none. */
  async findRoutes(
    startRequest: RouteStartRequest,
    needRequest: NeedRequest,
    k: number,
    scopeRequest: ScopeRequest | null | undefined,
    viewer: Viewer,
  ): Promise<RouteSearchView> {
    const problems = new Problems();
    const maxRoutes = hasRole(viewer, 'member') ? MAX_ROUTES : MAX_PUBLIC_ROUTES;
    if (!Number.isInteger(k) || k < 1 || k > maxRoutes) {
      problems.add('k', `must be between 1 and ${maxRoutes}`);
    }
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const need = checkNeed(problems, needRequest, resolved);
    const start = checkStart(problems, startRequest);
    problems.throwIfAny();

    const snapshot = await this.analyses.current();
    return this.analyses.run(snapshot, 'referralRoutes', { scope: resolved, start, need, k });
  }
}

function isIsoInstant(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

function checkNeed(problems: Problems, need: NeedRequest, resolved: ResolvedScope): ReferralNeed {
  if (!isTopicCode(need.topic)) problems.add('need.topic', `unknown topic: ${need.topic}`);
  if (!currentRegion().isMunicipality(need.municipality)) {
    problems.add('need.municipality', `unknown municipality: ${need.municipality}`);
  } else if (!resolved.codes.includes(need.municipality)) {
    problems.add(
      'need.municipality',
      `${need.municipality} is outside the scope (${resolved.codes.join(', ')})`,
    );
  }
  if (need.targetGroup != null && !isTargetGroupCode(need.targetGroup)) {
    problems.add('need.targetGroup', `unknown target group: ${need.targetGroup}`);
  }
  if (need.age != null && (!Number.isInteger(need.age) || need.age < 0 || need.age > 120)) {
    problems.add('need.age', 'must be a whole number of years between 0 and 120');
  }
  if (need.at != null && !isIsoInstant(need.at)) {
    problems.add('need.at', 'must be a moment in ISO 8601, e.g. 2026-03-14T23:00:00+01:00');
  }
  return {
    topic: need.topic as TopicCode,
    municipality: need.municipality,
    ...(need.targetGroup != null ? { targetGroup: need.targetGroup as TargetGroupCode } : {}),
    ...(need.age != null ? { age: need.age } : {}),
    ...(need.language != null ? { language: need.language as LanguageCode } : {}),
    ...(need.urgency != null ? { urgency: need.urgency as Urgency } : {}),
    ...(need.at != null ? { at: need.at } : {}),
    ...(need.accessibility != null && need.accessibility.length > 0
      ? { accessibility: need.accessibility as AccessibilityFeature[] }
      : {}),
    ...(need.consent != null ? { consent: need.consent as 'obtainable' | 'not_obtainable' } : {}),
    ...(need.dataModes != null && need.dataModes.length > 0
      ? { dataModes: need.dataModes as DataMode[] }
      : {}),
    ...(need.ignoreFullCapacity === true ? { ignoreFullCapacity: true } : {}),
    ...(need.children != null && need.children.length > 0
      ? { children: need.children.map(toChild) }
      : {}),
  };
}

/** A child of the need (age and gender already checked by GraphQL). */
function toChild(child: { age: number; gender?: string | null }): AccompanyingChild {
  return child.gender === 'boy' || child.gender === 'girl'
    ? { age: child.age, gender: child.gender }
    : { age: child.age };
}

function checkStart(problems: Problems, start: RouteStartRequest): RouteStart {
  const byInstitution = start.institutionId != null;
  const byKind = start.institutionKind != null || start.municipality != null;
  const bySelf = start.self === true;
  if ([byInstitution, byKind, bySelf].filter(Boolean).length !== 1) {
    problems.add(
      'start',
      'give exactly one of institutionId, institutionKind with municipality, or self: true',
    );
    return { kind: 'self' };
  }
  if (bySelf) return { kind: 'self' };
  if (byInstitution) return { kind: 'institution', institutionId: start.institutionId ?? '' };
  if (start.institutionKind == null || !isInstitutionKindCode(start.institutionKind)) {
    problems.add('start.institutionKind', 'an institution kind is needed with a municipality');
  }
  if (start.municipality == null || !currentRegion().isMunicipality(start.municipality)) {
    problems.add('start.municipality', `unknown municipality: ${start.municipality ?? '(none)'}`);
  }
  return {
    kind: 'institution_kind',
    institutionKind: start.institutionKind as never,
    municipality: start.municipality ?? '',
  };
}
