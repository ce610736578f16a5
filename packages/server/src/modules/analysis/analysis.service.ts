import {
  analyseNetworkComposition,
  COUNTY_MUNICIPALITIES,
  computeCoverage,
  explainNoRoute,
  findBrokers,
  findIsolatedInstitutions,
  findReferralRoutes,
  findSinglePoints,
  findStructuralWeakPoints,
  planTrainings,
  ROUTE_PENALTY_HOURS,
  scope,
  simulateTrainingPlan,
  summarizeCoverage,
  whatIfRemoved,
  type AnalysisGraph,
  type AnalysisInstitution,
  type AnalysisNetwork,
  type AnalysisPerson,
  type AnalysisService as AnalysedService,
  type BrokerReport,
  type CollaborationStructure,
  type ConstraintRejection,
  type CoverageOptions,
  type CoverageReport,
  type ReferralNeed,
  type ReferralRoute,
  type RouteStart,
  type SinglePointsReport,
} from '@schutznetz/analysis';
import {
  isInstitutionKindCode,
  isMunicipalityCode,
  isTargetGroupCode,
  isTopicCode,
  topicByCode,
  type AccessibilityFeature,
  type DataMode,
  type LanguageCode,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import { hasRole, type Viewer } from '../../auth';
import { ForbiddenError, InvalidInputError } from '../../errors';
import { checkTargetGroups, checkTopics, Problems } from '../../validation';
import type { AnalysisCache, GraphSnapshot } from './analysis-cache';
import type { AnalysisRepository } from './analysis.repository';
import type {
  ArticulationPointView,
  BrokerReportView,
  CollaborationNodeView,
  CoverageCellView,
  CoverageView,
  ExplorerEdge,
  ExplorerEdgeKind,
  ExplorerNode,
  ExplorerNodeKind,
  InstitutionRef,
  NetworkCompositionView,
  NetworkGraphView,
  NetworkRef,
  NoRouteView,
  PersonRef,
  RecordedTrainingView,
  RejectionView,
  ResilienceRoot,
  RouteSearchView,
  RouteView,
  ServiceRef,
  SinglePointsView,
  StructureView,
  TrainingPlanView,
  WhatIfView,
} from './analysis.views';

/** The county's own code: stands for its ten municipalities in a scope. */
const COUNTY_CODE = 'anhalt_bitterfeld';
const COUNTY_CODES: readonly RegionCode[] = COUNTY_MUNICIPALITIES.map((m) => m.code);

/** Routes asked for at most; the search cost grows with k. */
export const MAX_ROUTES = 20;
/** Bounds of the training planner's knobs. */
export const MAX_TRAININGS = 50;
export const MAX_ATTENDEES = 30;
/** Participants of one recorded training at most. */
export const MAX_PARTICIPANTS = 200;

/** Municipalities an analysis is restricted to; absent or empty: the whole county. */
export interface ScopeRequest {
  readonly municipalities?: readonly string[] | null;
}

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
}

export interface CoverageRequest {
  readonly topics?: readonly string[] | null;
  readonly targetGroups?: readonly string[] | null;
  readonly byTargetGroup?: boolean | null;
  readonly asOf?: string | null;
  readonly languages?: readonly string[] | null;
  readonly shelterPlacesPer10k?: number | null;
}

export interface TrainingPlanRequest {
  readonly topics?: readonly string[] | null;
  readonly asOf?: string | null;
  readonly maxTrainings?: number | null;
  readonly maxAttendees?: number | null;
}

export interface CompletedTrainingRequest {
  readonly topic: string;
  readonly personIds: readonly string[];
  readonly date?: string | null;
  readonly title?: string | null;
  readonly trainingId?: string | null;
  readonly level?: string | null;
}

export interface NetworkGraphRequest {
  readonly nodeKinds?: readonly string[] | null;
  readonly edgeKinds?: readonly string[] | null;
  readonly institutionKinds?: readonly string[] | null;
  readonly topics?: readonly string[] | null;
  readonly networks?: readonly string[] | null;
  readonly focus?: string | null;
  readonly depth?: number | null;
}

// Lookups per graph object ----------------------------------------------------------------------

interface Lookup {
  readonly institutions: ReadonlyMap<string, AnalysisInstitution>;
  readonly services: ReadonlyMap<string, AnalysedService>;
  readonly people: ReadonlyMap<string, AnalysisPerson>;
  readonly networks: ReadonlyMap<string, AnalysisNetwork>;
}

const lookups = new WeakMap<AnalysisGraph, Lookup>();

function lookupOf(graph: AnalysisGraph): Lookup {
  let lookup = lookups.get(graph);
  if (lookup === undefined) {
    lookup = {
      institutions: new Map(graph.institutions.map((i) => [i.id, i])),
      services: new Map(graph.services.map((s) => [s.id, s])),
      people: new Map(graph.people.map((p) => [p.id, p])),
      networks: new Map(graph.networks.map((n) => [n.id, n])),
    };
    lookups.set(graph, lookup);
  }
  return lookup;
}

/** Turns ids into references, leaving out ids the graph does not hold. */
class Refs {
  readonly lookup: Lookup;

  constructor(
    graph: AnalysisGraph,
    /** False for the public view: no people, not even their names. */
    readonly peopleVisible: boolean,
  ) {
    this.lookup = lookupOf(graph);
  }

  institution(id: string): InstitutionRef | null {
    const i = this.lookup.institutions.get(id);
    return i === undefined
      ? null
      : {
          id: i.id,
          name: i.name,
          kind: i.kind,
          municipality: i.municipality,
          available24x7: i.available24x7,
        };
  }

  institutions(ids: readonly string[]): InstitutionRef[] {
    return ids.flatMap((id) => this.institution(id) ?? []);
  }

  service(id: string): ServiceRef | null {
    const s = this.lookup.services.get(id);
    return s === undefined
      ? null
      : {
          id: s.id,
          name: s.name,
          institutionId: s.institutionId,
          available24x7:
            s.available24x7 ||
            this.lookup.institutions.get(s.institutionId)?.available24x7 === true,
        };
  }

  services(ids: readonly string[]): ServiceRef[] {
    return ids.flatMap((id) => this.service(id) ?? []);
  }

  people(ids: readonly string[]): PersonRef[] {
    if (!this.peopleVisible) return [];
    return ids.flatMap((id) => {
      const p = this.lookup.people.get(id);
      return p === undefined ? [] : [{ id: p.id, name: p.name }];
    });
  }

  network(id: string): NetworkRef | null {
    const n = this.lookup.networks.get(id);
    return n === undefined ? null : { id: n.id, name: n.name, kind: n.kind };
  }

  networks(ids: readonly string[]): NetworkRef[] {
    return ids.flatMap((id) => this.network(id) ?? []);
  }

  collaborationNode(id: string): CollaborationNodeView {
    const network = this.lookup.networks.get(id);
    if (network !== undefined) return { id, kind: 'network', name: network.name };
    return { id, kind: 'institution', name: this.lookup.institutions.get(id)?.name ?? id };
  }
}

// Input checks ----------------------------------------------------------------------------------

function isIsoInstant(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

interface ResolvedScope {
  readonly codes: readonly RegionCode[];
  readonly key: string;
}

function checkScope(
  problems: Problems,
  field: string,
  request: ScopeRequest | null | undefined,
): ResolvedScope {
  const asked = request?.municipalities ?? [];
  const unknown = asked.filter((code) => code !== COUNTY_CODE && !isMunicipalityCode(code));
  if (unknown.length > 0) {
    problems.add(
      field,
      `unknown municipality: ${unknown.join(', ')} (use municipality codes such as "zerbst", or "${COUNTY_CODE}")`,
    );
  }
  const codes =
    asked.length === 0 || asked.includes(COUNTY_CODE)
      ? [...COUNTY_CODES]
      : [...new Set(asked.filter((code) => isMunicipalityCode(code)))].sort();
  return { codes: codes, key: codes.join(',') };
}

const RANKING: { de: string; en: string } = {
  de:
    'Sortiert nach Kosten in Stunden: erwartete Antwort- und Wartezeiten plus Zuschläge ' +
    `(Übergabe ${ROUTE_PENALTY_HOURS.handOver} h, Einwilligung ${ROUTE_PENALTY_HOURS.consentRequired} h, ` +
    `selbst melden ${ROUTE_PENALTY_HOURS.selfContact} h, freie Plätze unbekannt ${ROUTE_PENALTY_HOURS.capacityUnknown} h, ` +
    `Öffnungszeiten unbekannt ${ROUTE_PENALTY_HOURS.hoursUnknown} h, Sprachmittlung ${ROUTE_PENALTY_HOURS.interpreter} h).`,
  en:
    'Ranked by cost in hours: expected response and waiting times plus penalties ' +
    `(hand-over ${ROUTE_PENALTY_HOURS.handOver} h, consent ${ROUTE_PENALTY_HOURS.consentRequired} h, ` +
    `self-contact ${ROUTE_PENALTY_HOURS.selfContact} h, free places unknown ${ROUTE_PENALTY_HOURS.capacityUnknown} h, ` +
    `opening hours unknown ${ROUTE_PENALTY_HOURS.hoursUnknown} h, interpreting ${ROUTE_PENALTY_HOURS.interpreter} h).`,
};

/**
 * The analyses of issue 4 over the cached in-memory graph: referral routes, coverage,
 * resilience, network composition, training plans and the graph explorer's elements. Every
 * answer names the graph version it was computed from. People appear only for viewers who may
 * see them (members and up); the public view keeps counts and institutions.
 */
export class AnalysisService {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly repository: AnalysisRepository,
    /** Today, for defaults of `asOf`; injectable for tests. */
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  private scoped(snapshot: GraphSnapshot, resolved: ResolvedScope): AnalysisGraph {
    return snapshot.memo(`scope:${resolved.key}`, () => scope(snapshot.graph, resolved.codes));
  }

  private peopleVisible(viewer: Viewer): boolean {
    return hasRole(viewer, 'member');
  }

  private checkAsOf(problems: Problems, field: string, asOf: string | null | undefined): string {
    if (asOf !== null && asOf !== undefined && !isIsoDate(asOf)) {
      problems.add(field, 'must be a date as YYYY-MM-DD');
    }
    return asOf ?? this.today();
  }

  // Routes ------------------------------------------------------------------------------------

  /** Up to `k` ranked routes from `start` to services that meet `need`, or why there is none. */
  async referralRoutes(
    startRequest: RouteStartRequest,
    needRequest: NeedRequest,
    k: number,
    scopeRequest: ScopeRequest | null | undefined,
  ): Promise<RouteSearchView> {
    const problems = new Problems();
    if (!Number.isInteger(k) || k < 1 || k > MAX_ROUTES) {
      problems.add('k', `must be between 1 and ${MAX_ROUTES}`);
    }
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const need = this.checkNeed(problems, needRequest, resolved);
    const start = this.checkStart(problems, startRequest);
    problems.throwIfAny();

    const snapshot = await this.cache.current();
    const graph = this.scoped(snapshot, resolved);
    const lookup = lookupOf(graph);
    if (start.kind === 'institution' && !lookup.institutions.has(start.institutionId)) {
      const known = lookupOf(snapshot.graph).institutions.has(start.institutionId);
      throw InvalidInputError.forField(
        'start.institutionId',
        known
          ? `institution '${start.institutionId}' is outside the scope (${resolved.codes.join(', ')})`
          : `unknown institution: ${start.institutionId}`,
      );
    }
    const refs = new Refs(graph, true);
    const result = findReferralRoutes(graph, start, need, k);
    const noRoute = result.routes.length === 0 ? this.explain(graph, start, need, refs) : null;
    return {
      municipalities: resolved.codes,
      graphVersion: snapshot.version,
      routes: result.routes.map((route) => this.routeView(route, refs)),
      startInstitutions: refs.institutions(result.startIds),
      topicServiceCount: result.topicServiceCount,
      matchingServiceCount: result.matchingServiceIds.length,
      rejections: result.rejections.map((r) => this.rejectionView(r, refs)),
      truncated: result.truncated,
      ranking: RANKING,
      noRoute,
    };
  }

  private checkNeed(problems: Problems, need: NeedRequest, resolved: ResolvedScope): ReferralNeed {
    if (!isTopicCode(need.topic)) problems.add('need.topic', `unknown topic: ${need.topic}`);
    if (!isMunicipalityCode(need.municipality)) {
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
      municipality: need.municipality as RegionCode,
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
    };
  }

  private checkStart(problems: Problems, start: RouteStartRequest): RouteStart {
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
    if (start.municipality == null || !isMunicipalityCode(start.municipality)) {
      problems.add('start.municipality', `unknown municipality: ${start.municipality ?? '(none)'}`);
    }
    return {
      kind: 'institution_kind',
      institutionKind: start.institutionKind as never,
      municipality: (start.municipality ?? '') as RegionCode,
    };
  }

  private explain(
    graph: AnalysisGraph,
    start: RouteStart,
    need: ReferralNeed,
    refs: Refs,
  ): NoRouteView {
    const explanation = explainNoRoute(graph, start, need, 1);
    return {
      summary: explanation.summary,
      failedConstraints: explanation.failedConstraints.map((r) => this.rejectionView(r, refs)),
      relaxations: explanation.relaxations.map((r) => ({
        constraint: r.constraint,
        description: r.description,
        routes: r.routes.map((route) => this.routeView(route, refs)),
      })),
      fruitless: explanation.fruitless,
    };
  }

  private routeView(route: ReferralRoute, refs: Refs): RouteView {
    const endInstitution = refs.institution(route.endService.institutionId);
    const endService = refs.service(route.endService.id);
    return {
      rank: route.rank,
      kind: route.kind,
      start: route.startId === null ? null : refs.institution(route.startId),
      hops: route.hops.map((hop) => ({
        ...hop,
        from: hop.from === null ? null : refs.institution(hop.from),
        // The route finder only walks institutions of the graph: the lookup cannot miss.
        to: refs.institution(hop.to) ?? missingInstitution(hop.to),
      })),
      endService: endService ?? {
        id: route.endService.id,
        name: route.endService.name,
        institutionId: route.endService.institutionId,
        available24x7: false,
      },
      endInstitution: endInstitution ?? missingInstitution(route.endService.institutionId),
      expectedHours: route.expectedHours,
      cost: route.cost,
      costTerms: route.costTerms,
      explanation: route.explanation,
    };
  }

  private rejectionView(r: ConstraintRejection, refs: Refs): RejectionView {
    return {
      constraint: r.constraint,
      serviceCount: r.serviceCount,
      services: refs.services(r.serviceIds),
      referralPathCount: r.referralPathCount,
      referralPathIds: r.referralPathIds,
      institutionCount: r.institutionCount,
      institutions: refs.institutions(r.institutionIds),
    };
  }

  // Coverage ----------------------------------------------------------------------------------

  private coverageOptions(
    problems: Problems,
    request: CoverageRequest,
  ): { options: CoverageOptions; asOf: string; key: string } {
    checkTopics(problems, 'topics', request.topics);
    checkTargetGroups(problems, 'targetGroups', request.targetGroups);
    const asOf = this.checkAsOf(problems, 'asOf', request.asOf);
    const per10k = request.shelterPlacesPer10k;
    if (per10k != null && !(per10k > 0 && per10k <= 100)) {
      problems.add('shelterPlacesPer10k', 'must be more than 0 and at most 100');
    }
    const topics =
      request.topics != null && request.topics.length > 0
        ? ([...new Set(request.topics)] as TopicCode[])
        : undefined;
    const groups: boolean | TargetGroupCode[] =
      request.targetGroups != null && request.targetGroups.length > 0
        ? ([...new Set(request.targetGroups)] as TargetGroupCode[])
        : request.byTargetGroup === true;
    const options: CoverageOptions = {
      asOf,
      ...(topics !== undefined ? { topics } : {}),
      targetGroups: groups,
      ...(request.languages != null && request.languages.length > 0
        ? { languages: [...new Set(request.languages)] as LanguageCode[] }
        : {}),
      ...(per10k != null ? { shelterPlacesPer10k: per10k } : {}),
    };
    return { options, asOf, key: JSON.stringify(options) };
  }

  private coverageReport(
    snapshot: GraphSnapshot,
    resolved: ResolvedScope,
    options: CoverageOptions,
    key: string,
  ): CoverageReport {
    return snapshot.memo(`coverage:${resolved.key}:${key}`, () =>
      computeCoverage(this.scoped(snapshot, resolved), options),
    );
  }

  /** Topic × municipality (× target group) coverage with what stands behind each cell, and the ranked gaps. */
  async coverage(
    scopeRequest: ScopeRequest | null | undefined,
    request: CoverageRequest,
    viewer: Viewer,
  ): Promise<CoverageView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const { options, asOf, key } = this.coverageOptions(problems, request);
    problems.throwIfAny();
    const snapshot = await this.cache.current();
    const graph = this.scoped(snapshot, resolved);
    const report = this.coverageReport(snapshot, resolved, options, key);
    const refs = new Refs(graph, this.peopleVisible(viewer));
    const cell = (c: CoverageReport['cells'][number]): CoverageCellView => ({
      topic: c.topic,
      municipality: c.municipality,
      targetGroup: c.targetGroup,
      serviceCount: c.serviceCount,
      services: refs.services(c.serviceIds),
      institutions: refs.institutions(c.institutionIds),
      personCount: c.personCount,
      people: refs.people(c.personIds),
      services24x7: refs.services(c.services24x7Ids),
      languages: c.languages,
    });
    const shelter = report.shelterCapacity;
    return {
      municipalities: resolved.codes,
      graphVersion: snapshot.version,
      asOf,
      topics: report.topics,
      cells: report.cells.map(cell),
      targetGroupCells: report.targetGroupCells.map(cell),
      shelterCapacity: {
        population: shelter.population,
        placesPer10k: shelter.placesPer10k,
        requiredPlaces: shelter.requiredPlaces,
        places: shelter.places,
        freePlaces: shelter.freePlaces,
        shortfall: shelter.shortfall,
        ratio: shelter.ratio,
        services: refs.services(shelter.serviceIds),
        municipalitiesWithoutShelter: shelter.municipalitiesWithoutShelter,
      },
      gaps: report.gaps.map((g) => ({
        id: g.id,
        kind: g.kind,
        topic: g.topic,
        municipality: g.municipality,
        language: g.language,
        peopleAffected: g.peopleAffected,
        criticality: g.criticality,
        severity: g.severity,
        reason: g.reason,
        services: refs.services(g.serviceIds),
      })),
      summary: summarizeCoverage(report),
    };
  }

  // Resilience --------------------------------------------------------------------------------

  /** The root of a resilience answer; its parts are computed on demand from one snapshot. */
  async resilience(
    scopeRequest: ScopeRequest | null | undefined,
    asOfRequest: string | null | undefined,
    networksAsNodes: boolean,
  ): Promise<ResilienceRoot> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const asOf = this.checkAsOf(problems, 'asOf', asOfRequest);
    problems.throwIfAny();
    const snapshot = await this.cache.current();
    return {
      municipalities: resolved.codes,
      graphVersion: snapshot.version,
      asOf,
      networksAsNodes,
      snapshot,
      graph: this.scoped(snapshot, resolved),
      scopeKey: resolved.key,
    };
  }

  private singlePointsReport(
    root: Pick<ResilienceRoot, 'snapshot' | 'graph' | 'scopeKey' | 'asOf'>,
  ): SinglePointsReport {
    return root.snapshot.memo(`single-points:${root.scopeKey}:${root.asOf}`, () =>
      findSinglePoints(root.graph, {
        asOf: root.asOf,
        coverage: root.snapshot.memo(
          `coverage:${root.scopeKey}:${JSON.stringify({ asOf: root.asOf, targetGroups: false })}`,
          () => computeCoverage(root.graph, { asOf: root.asOf, targetGroups: false }),
        ),
      }),
    );
  }

  /** Topics and cells that hang on one person or one institution. */
  singlePoints(root: ResilienceRoot, viewer: Viewer): SinglePointsView {
    const report = this.singlePointsReport(root);
    const refs = new Refs(root.graph, this.peopleVisible(viewer));
    return {
      topics: report.topics.map((t) => ({
        topic: t.topic,
        personCount: t.personIds.length,
        people: refs.people(t.personIds),
        institutions: refs.institutions(t.institutionIds),
        singlePerson: t.singlePerson,
        singleInstitution: t.singleInstitution,
      })),
      singlePersonTopics: report.singlePersonTopics,
      singleInstitutionTopics: report.singleInstitutionTopics,
      singleInstitutionCells: report.singleInstitutionCells.flatMap((c) => {
        const institution = refs.institution(c.institutionId);
        return institution === null
          ? []
          : [{ topic: c.topic, municipality: c.municipality, institution }];
      }),
    };
  }

  private structureOf(
    snapshot: GraphSnapshot,
    graph: AnalysisGraph,
    scopeKey: string,
    networksAsNodes: boolean,
  ): CollaborationStructure {
    return snapshot.memo(`structure:${scopeKey}:${networksAsNodes}`, () =>
      findStructuralWeakPoints(graph, { networksAsNodes }),
    );
  }

  private brokersOf(
    snapshot: GraphSnapshot,
    graph: AnalysisGraph,
    scopeKey: string,
    networksAsNodes: boolean,
  ): BrokerReport {
    // Every node's score is kept (limit: all), so the explorer and the broker list share it.
    return snapshot.memo(`betweenness:${scopeKey}:${networksAsNodes}`, () =>
      findBrokers(graph, { networksAsNodes, limit: Number.POSITIVE_INFINITY }),
    );
  }

  /** Articulation points and bridges of the collaboration graph. */
  structure(root: ResilienceRoot): StructureView {
    const structure = this.structureOf(
      root.snapshot,
      root.graph,
      root.scopeKey,
      root.networksAsNodes,
    );
    const refs = new Refs(root.graph, false);
    const node = (id: string): CollaborationNodeView => refs.collaborationNode(id);
    return {
      nodeCount: structure.nodeCount,
      edgeCount: structure.edgeCount,
      components: structure.components,
      articulationPoints: structure.articulationPoints.map((p): ArticulationPointView => ({
        node: node(p.id),
        parts: p.parts,
        cutOff: p.cutOff.map(node),
      })),
      bridges: structure.bridges.map((b) => ({
        source: node(b.source),
        target: node(b.target),
        kind: b.kind,
        referralPathIds: b.referralPathIds,
        sides: b.sides,
        cutOff: b.cutOff.map(node),
      })),
    };
  }

  /** The nodes with the highest betweenness (exact on small scopes, sampled on large ones). */
  brokers(root: ResilienceRoot, limit: number): BrokerReportView {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw InvalidInputError.forField('limit', 'must be between 1 and 500');
    }
    const report = this.brokersOf(root.snapshot, root.graph, root.scopeKey, root.networksAsNodes);
    const refs = new Refs(root.graph, false);
    return {
      method: report.method,
      nodeCount: report.nodeCount,
      samples: report.samples,
      seed: report.seed,
      brokers: report.brokers
        .slice(0, limit)
        .map((b) => ({ node: refs.collaborationNode(b.id), score: b.score })),
    };
  }

  /** Institutions without referral paths and without networks. */
  isolatedInstitutions(root: ResilienceRoot): InstitutionRef[] {
    const isolated = root.snapshot.memo(`isolated:${root.scopeKey}`, () =>
      findIsolatedInstitutions(root.graph),
    );
    return new Refs(root.graph, false).institutions(isolated.map((i) => i.id));
  }

  /** What would be lost if institution or person `id` left. */
  whatIfRemoved(root: ResilienceRoot, id: string, viewer: Viewer): WhatIfView {
    const lookup = lookupOf(root.graph);
    const isPerson = lookup.people.has(id);
    if (!lookup.institutions.has(id) && !isPerson) {
      throw InvalidInputError.forField('id', `no institution or person '${id}' in the scope`);
    }
    if (isPerson && !this.peopleVisible(viewer)) {
      throw new ForbiddenError('People are visible to network members only.');
    }
    const report = root.snapshot.memo(`what-if:${root.scopeKey}:${root.asOf}:${id}`, () =>
      whatIfRemoved(root.graph, id, { asOf: root.asOf }),
    );
    const refs = new Refs(root.graph, this.peopleVisible(viewer));
    return {
      removedId: report.removed.id,
      removedKind: isPerson ? 'person' : 'institution',
      removedName: report.removed.name,
      lostCells: report.lostCells,
      reducedCells: report.reducedCells,
      topicsLosingLastHolder: report.topicsLosingLastHolder,
      topicsBecomingSinglePoints: report.topicsBecomingSinglePoints,
      brokenRoutes: report.brokenRoutes.flatMap((b) => {
        const start = refs.institution(b.startId);
        return start === null
          ? []
          : [{ start, topic: b.topic, previouslyReached: refs.institutions(b.previouslyReached) }];
      }),
      cutOffInstitutions: refs.institutions(report.cutOffInstitutions),
      summary: report.summary,
    };
  }

  // Network composition -----------------------------------------------------------------------

  /** Expected partner kinds present and missing in a network, its overlaps and bridging members. */
  async networkComposition(
    networkId: string,
    scopeRequest: ScopeRequest | null | undefined,
    viewer: Viewer,
  ): Promise<NetworkCompositionView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    problems.throwIfAny();
    const snapshot = await this.cache.current();
    const graph = this.scoped(snapshot, resolved);
    const report = snapshot.memo(`composition:${resolved.key}`, () =>
      analyseNetworkComposition(graph),
    );
    const composition = report.networks.find((n) => n.networkId === networkId);
    if (composition === undefined) {
      throw InvalidInputError.forField(
        'network',
        lookupOf(snapshot.graph).networks.has(networkId)
          ? `network '${networkId}' has no member or area in the scope`
          : `unknown network: ${networkId}`,
      );
    }
    const refs = new Refs(graph, this.peopleVisible(viewer));
    const network = refs.network(networkId) ?? {
      id: networkId,
      name: composition.name,
      kind: composition.kind,
    };
    const expectations = composition.expectations.map((e) => ({
      code: e.code,
      label: e.label,
      basis: e.basis,
      source: e.source,
      met: e.met.map((m) => ({
        requirementId: m.requirementId,
        label: m.label,
        provision: m.provision,
        institutions: refs.institutions(m.institutionIds),
      })),
      missing: e.missing.map((m) => ({
        requirementId: m.requirementId,
        label: m.label,
        provision: m.provision,
        anyOf: m.anyOf,
        candidates: refs.institutions(m.candidateInstitutionIds),
      })),
    }));
    return {
      municipalities: resolved.codes,
      graphVersion: snapshot.version,
      network,
      institutions: refs.institutions(composition.institutionIds),
      personCount: composition.personIds.length,
      people: refs.people(composition.personIds),
      presentKinds: composition.presentKinds,
      expectations,
      missingCount: expectations.reduce((sum, e) => sum + e.missing.length, 0),
      overlaps: report.overlaps
        .filter((o) => o.networkA === networkId || o.networkB === networkId)
        .flatMap((o) => {
          const other = refs.network(o.networkA === networkId ? o.networkB : o.networkA);
          return other === null
            ? []
            : [
                {
                  other,
                  sharedInstitutions: refs.institutions(o.sharedInstitutionIds),
                  sharedPersonCount: o.sharedPersonIds.length,
                  sharedPeople: refs.people(o.sharedPersonIds),
                  jaccard: o.jaccard,
                },
              ];
        }),
      bridgingMembers: report.bridgingMembers
        .filter(
          (m) =>
            m.networkIds.includes(networkId) && (m.kind === 'institution' || refs.peopleVisible),
        )
        .map((m) => ({
          id: m.memberId,
          kind: m.kind,
          name: m.name,
          networks: refs.networks(m.networkIds),
        })),
    };
  }

  // Training plan -----------------------------------------------------------------------------

  /** Proposed trainings from gaps and single points of failure, and the coverage after them. */
  async trainingPlan(
    scopeRequest: ScopeRequest | null | undefined,
    request: TrainingPlanRequest,
    viewer: Viewer,
  ): Promise<TrainingPlanView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    checkTopics(problems, 'topics', request.topics);
    const asOf = this.checkAsOf(problems, 'asOf', request.asOf);
    const maxTrainings = request.maxTrainings ?? 10;
    const maxAttendees = request.maxAttendees ?? 6;
    if (!Number.isInteger(maxTrainings) || maxTrainings < 1 || maxTrainings > MAX_TRAININGS) {
      problems.add('maxTrainings', `must be between 1 and ${MAX_TRAININGS}`);
    }
    if (!Number.isInteger(maxAttendees) || maxAttendees < 1 || maxAttendees > MAX_ATTENDEES) {
      problems.add('maxAttendees', `must be between 1 and ${MAX_ATTENDEES}`);
    }
    problems.throwIfAny();
    const topics =
      request.topics != null && request.topics.length > 0
        ? ([...new Set(request.topics)] as TopicCode[])
        : undefined;
    const snapshot = await this.cache.current();
    const graph = this.scoped(snapshot, resolved);
    const key = JSON.stringify({ topics, asOf, maxTrainings, maxAttendees });
    const { plan, simulation } = snapshot.memo(`training-plan:${resolved.key}:${key}`, () => {
      const options = {
        asOf,
        maxTrainings,
        maxAttendees,
        ...(topics !== undefined ? { topics } : {}),
      };
      const computed = planTrainings(graph, options);
      return {
        plan: computed,
        simulation: simulateTrainingPlan(graph, computed, {
          asOf,
          ...(topics !== undefined ? { topics } : {}),
        }),
      };
    });
    const refs = new Refs(graph, this.peopleVisible(viewer));
    return {
      municipalities: resolved.codes,
      graphVersion: snapshot.version,
      asOf,
      trainings: plan.trainings.map((t) => ({
        id: t.id,
        topic: t.topic,
        title: t.title,
        attendees: t.attendees.flatMap((a) => {
          const institution = refs.institution(a.institutionId);
          if (institution === null) return [];
          return [
            {
              person: refs.people([a.personId])[0] ?? null,
              institution,
              newlyCovered: a.newlyCovered,
            },
          ];
        }),
        institutions: refs.institutions(t.institutionIds),
        priority: t.priority,
        score: t.score,
        reasons: refs.peopleVisible ? t.reasons : t.reasons.map(withoutNames(t.attendees.length)),
        cellsGained: t.expectedGain.cellsGained,
        populationReached: t.expectedGain.populationReached,
        holdersBefore: t.expectedGain.holdersBefore,
        holdersAfter: t.expectedGain.holdersAfter,
        gapIds: t.gapIds,
      })),
      simulation: {
        before: simulation.before,
        after: simulation.after,
        cellsGained: simulation.cellsGained,
        singlePersonTopicsBefore: simulation.singlePersonTopicsBefore,
        singlePersonTopicsAfter: simulation.singlePersonTopicsAfter,
      },
    };
  }

  /**
   * Records a completed training: the training (new, or an existing one marked completed), its
   * participants, and basic expertise in the topic for each participant who lacks it — in one
   * transaction. The write invalidates the analysis cache, so coverage is measured anew.
   */
  async recordCompletedTraining(
    request: CompletedTrainingRequest,
    actor: string,
  ): Promise<RecordedTrainingView> {
    const problems = new Problems();
    if (!isTopicCode(request.topic)) problems.add('input.topic', `unknown topic: ${request.topic}`);
    const personIds = [...new Set(request.personIds)];
    if (personIds.length === 0 || personIds.length > MAX_PARTICIPANTS) {
      problems.add('input.personIds', `must name between 1 and ${MAX_PARTICIPANTS} people`);
    }
    const date = request.date ?? this.today();
    if (!isIsoDate(date)) problems.add('input.date', 'must be a date as YYYY-MM-DD');
    if (request.trainingId == null && (request.title == null || request.title.trim().length < 2)) {
      problems.add('input.title', 'a new training needs a title (or name an existing trainingId)');
    }
    problems.throwIfAny();
    const result = await this.repository.recordCompletedTraining({
      trainingId: request.trainingId ?? null,
      title: request.title?.trim() ?? null,
      topic: request.topic,
      personIds,
      date,
      level: request.level ?? 'basic',
      actor,
      now: new Date().toISOString(),
    });
    return { topic: request.topic, date, ...result };
  }

  // Graph explorer ----------------------------------------------------------------------------

  /** Nodes and edges of the collaboration graph with metrics, filtered for the explorer. */
  async networkGraph(
    scopeRequest: ScopeRequest | null | undefined,
    filter: NetworkGraphRequest,
    viewer: Viewer,
  ): Promise<NetworkGraphView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    checkTopics(problems, 'filter.topics', filter.topics);
    const depth = filter.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 0 || depth > 6)
      problems.add('filter.depth', 'must be between 0 and 6');
    problems.throwIfAny();
    const snapshot = await this.cache.current();
    const graph = this.scoped(snapshot, resolved);
    const peopleVisible = this.peopleVisible(viewer);
    const elements = snapshot.memo(`explorer:${resolved.key}:${peopleVisible}`, () =>
      this.explorerElements(snapshot, graph, resolved.key, peopleVisible),
    );
    const lookup = lookupOf(graph);
    if (filter.networks != null) {
      const unknown = filter.networks.filter((id) => !lookup.networks.has(id));
      if (unknown.length > 0)
        throw InvalidInputError.forField(
          'filter.networks',
          `unknown network in the scope: ${unknown.join(', ')}`,
        );
    }
    if (filter.focus != null && !elements.byId.has(filter.focus)) {
      throw InvalidInputError.forField(
        'filter.focus',
        `no node '${filter.focus}' in the scope${peopleVisible ? '' : ' (people are visible to members only)'}`,
      );
    }
    const { nodes, edges } = filterExplorer(elements, filter, depth, lookup);
    return {
      municipalities: resolved.codes,
      graphVersion: snapshot.version,
      betweennessMethod: elements.betweennessMethod,
      nodes,
      edges,
    };
  }

  private explorerElements(
    snapshot: GraphSnapshot,
    graph: AnalysisGraph,
    scopeKey: string,
    peopleVisible: boolean,
  ): ExplorerElements {
    const structure = this.structureOf(snapshot, graph, scopeKey, false);
    const brokers = this.brokersOf(snapshot, graph, scopeKey, false);
    const single = this.singlePointsReport({ snapshot, graph, scopeKey, asOf: this.today() });
    const articulation = new Set(structure.articulationPoints.map((p) => p.id));
    const bridgePairs = new Set(structure.bridges.map((b) => pairKey(b.source, b.target)));
    const betweenness = new Map(brokers.brokers.map((b) => [b.id, b.score]));
    const singleHolders = new Set<string>();
    const singleTopics = new Set<string>();
    for (const t of single.topics) {
      if (t.singlePerson) {
        singleTopics.add(t.topic);
        for (const id of t.personIds) singleHolders.add(id);
      }
      if (t.singleInstitution) {
        singleTopics.add(t.topic);
        for (const id of t.institutionIds) singleHolders.add(id);
      }
    }

    const nodes: ExplorerNode[] = [];
    const edges: ExplorerEdge[] = [];
    const base = {
      institutionKind: null,
      networkKind: null,
      municipality: null,
      available24x7: null,
      degree: 0,
      betweenness: null,
      articulationPoint: false,
      singlePointOfFailure: false,
    };
    for (const i of graph.institutions) {
      nodes.push({
        ...base,
        id: i.id,
        kind: 'institution',
        label: i.name,
        institutionKind: i.kind,
        municipality: i.municipality,
        available24x7: i.available24x7,
        betweenness: betweenness.get(i.id) ?? 0,
        articulationPoint: articulation.has(i.id),
        singlePointOfFailure: singleHolders.has(i.id),
      });
    }
    for (const n of graph.networks) {
      nodes.push({ ...base, id: n.id, kind: 'network', label: n.name, networkKind: n.kind });
    }
    const topicsUsed = new Set<string>();
    for (const s of graph.services) for (const t of s.topics) topicsUsed.add(t);
    const lookup = lookupOf(graph);
    for (const r of graph.referralPaths) {
      edges.push({
        id: r.id,
        source: r.fromId,
        target: r.toId,
        kind: 'refers_to',
        routeTemplate: r.routeTemplate,
        urgency: r.urgency,
        level: null,
        bridge: bridgePairs.has(pairKey(r.fromId, r.toId)),
      });
    }
    const edgeBase = { routeTemplate: null, urgency: null, level: null, bridge: false };
    for (const n of graph.networks) {
      for (const m of n.members) {
        if (lookup.people.has(m.memberId) && !peopleVisible) continue;
        edges.push({
          ...edgeBase,
          id: `member_of:${m.memberId}:${n.id}`,
          source: m.memberId,
          target: n.id,
          kind: 'member_of',
        });
      }
    }
    const offered = new Set<string>();
    for (const s of graph.services) {
      for (const t of s.topics) {
        const id = `offers_topic:${s.institutionId}:${t}`;
        if (offered.has(id)) continue;
        offered.add(id);
        edges.push({ ...edgeBase, id, source: s.institutionId, target: t, kind: 'offers_topic' });
      }
    }
    if (peopleVisible) {
      for (const p of graph.people) {
        nodes.push({
          ...base,
          id: p.id,
          kind: 'person',
          label: p.name,
          singlePointOfFailure: singleHolders.has(p.id),
        });
        for (const e of p.employments) {
          edges.push({
            ...edgeBase,
            id: `works_at:${p.id}:${e.institutionId}`,
            source: p.id,
            target: e.institutionId,
            kind: 'works_at',
          });
        }
        for (const e of p.expertise) {
          topicsUsed.add(e.topic);
          edges.push({
            ...edgeBase,
            id: `expertise:${p.id}:${e.topic}`,
            source: p.id,
            target: e.topic,
            kind: 'expertise',
            level: e.level,
          });
        }
      }
    }
    for (const code of [...topicsUsed].sort()) {
      if (!isTopicCode(code)) continue;
      nodes.push({
        ...base,
        id: code,
        kind: 'topic',
        label: topicLabel(code),
        singlePointOfFailure: singleTopics.has(code),
      });
    }
    const degree = new Map<string, number>();
    for (const e of edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const withDegree = nodes.map((n) => ({ ...n, degree: degree.get(n.id) ?? 0 }));
    const byId = new Map(withDegree.map((n) => [n.id, n]));
    return {
      nodes: withDegree,
      edges: edges.filter((e) => byId.has(e.source) && byId.has(e.target)),
      byId,
      betweennessMethod: brokers.method,
    };
  }
}

interface ExplorerElements {
  readonly nodes: readonly ExplorerNode[];
  readonly edges: readonly ExplorerEdge[];
  readonly byId: ReadonlyMap<string, ExplorerNode>;
  readonly betweennessMethod: 'exact' | 'sampled';
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function topicLabel(code: TopicCode): string {
  return topicByCode(code).label.de;
}

function missingInstitution(id: string): InstitutionRef {
  return { id, name: id, kind: 'unknown', municipality: '', available24x7: false };
}

/** Reasons without people's names, for the public view. */
function withoutNames(count: number) {
  return (reason: { de: string; en: string }): { de: string; en: string } =>
    reason.en.startsWith('Only ')
      ? {
          de: 'Nur eine Person hält dieses Thema: fällt sie aus, ist es unbesetzt.',
          en: `Only one person holds this topic: if they leave, nobody does (${count} proposed).`,
        }
      : reason;
}

/** Applies the explorer's filters: kinds, topics, networks, then the focus neighbourhood. */
function filterExplorer(
  elements: ExplorerElements,
  filter: NetworkGraphRequest,
  depth: number,
  lookup: Lookup,
): { nodes: ExplorerNode[]; edges: ExplorerEdge[] } {
  const nodeKinds = new Set<ExplorerNodeKind>(
    (filter.nodeKinds as ExplorerNodeKind[] | null | undefined) ?? [
      'institution',
      'person',
      'network',
      'topic',
    ],
  );
  const edgeKinds = new Set<ExplorerEdgeKind>(
    (filter.edgeKinds as ExplorerEdgeKind[] | null | undefined) ?? [
      'works_at',
      'refers_to',
      'member_of',
      'expertise',
      'offers_topic',
    ],
  );
  const institutionKinds =
    filter.institutionKinds != null && filter.institutionKinds.length > 0
      ? new Set(filter.institutionKinds)
      : null;
  const topics = filter.topics != null && filter.topics.length > 0 ? new Set(filter.topics) : null;
  const networks =
    filter.networks != null && filter.networks.length > 0 ? new Set(filter.networks) : null;

  // Members of the chosen networks: institutions and people directly, plus the employers of people.
  let networkMembers: Set<string> | null = null;
  if (networks !== null) {
    networkMembers = new Set(networks);
    for (const id of networks) {
      for (const m of lookup.networks.get(id)?.members ?? []) {
        networkMembers.add(m.memberId);
        for (const e of lookup.people.get(m.memberId)?.employments ?? [])
          networkMembers.add(e.institutionId);
      }
    }
  }
  // Nodes touching the chosen topics (services, expertise) and the topics themselves.
  let topicHolders: Set<string> | null = null;
  if (topics !== null) {
    topicHolders = new Set(topics);
    for (const e of elements.edges) {
      if ((e.kind === 'offers_topic' || e.kind === 'expertise') && topics.has(e.target))
        topicHolders.add(e.source);
    }
  }
  const keep = (n: ExplorerNode): boolean =>
    nodeKinds.has(n.kind) &&
    (institutionKinds === null ||
      n.kind !== 'institution' ||
      (n.institutionKind !== null && institutionKinds.has(n.institutionKind))) &&
    (topicHolders === null || n.kind === 'network' || topicHolders.has(n.id)) &&
    (networkMembers === null || n.kind === 'topic' || networkMembers.has(n.id));

  let kept = new Set(elements.nodes.filter(keep).map((n) => n.id));
  const edges = elements.edges.filter(
    (e) =>
      edgeKinds.has(e.kind) &&
      (kept.has(e.source) || e.source === filter.focus) &&
      (kept.has(e.target) || e.target === filter.focus),
  );
  if (filter.focus != null) {
    const adjacency = new Map<string, string[]>();
    for (const e of edges) {
      (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source))?.push(e.target);
      (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target))?.push(e.source);
    }
    const around = new Set([filter.focus]);
    let frontier = [filter.focus];
    for (let d = 0; d < depth; d += 1) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of adjacency.get(id) ?? []) {
          if (!around.has(other)) {
            around.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    kept = around;
  }
  return {
    nodes: elements.nodes.filter((n) => kept.has(n.id)),
    edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}
