import {
  computeCoverage,
  summarizeCoverage,
  type CoverageOptions,
  type CoverageReport,
} from '@schutznetz/analysis';
import type { LanguageCode, TargetGroupCode, TopicCode } from '@schutznetz/domain';
import type { Viewer } from '../../auth';
import { checkTargetGroups, checkTopics, Problems } from '../../validation';
import { peopleVisibleTo, Refs } from '../analysis/analysis.refs';
import {
  checkAsOf,
  checkScope,
  scopeView,
  todayUtc,
  type AnalysisGraphs,
  type ScopedGraph,
  type ScopeRequest,
} from '../analysis/analysis.scope';
import type { CoverageCellView, CoverageView } from './coverage-report.views';

export interface CoverageRequest {
  readonly topics?: readonly string[] | null;
  readonly targetGroups?: readonly string[] | null;
  readonly byTargetGroup?: boolean | null;
  readonly asOf?: string | null;
  readonly languages?: readonly string[] | null;
  readonly shelterPlacesPer10k?: number | null;
}

/**
 * The coverage report of a scoped graph, computed once per snapshot, scope and options, whoever
 * asks first (coverage itself, single points of failure, the explorer).
 */
export function coverageReportOf(scoped: ScopedGraph, options: CoverageOptions): CoverageReport {
  return scoped.snapshot.memo(`coverage:${scoped.scope.key}:${JSON.stringify(options)}`, () =>
    computeCoverage(scoped.graph, options),
  );
}

/**
 * Coverage (issue 4.2) over the cached graph: topic × municipality (× target group) with what
 * stands behind each cell, shelter places against the benchmark, and the ranked gaps. People
 * appear only for members and up; the public view keeps counts.
 */
export class CoverageReportService {
  constructor(
    private readonly graphs: AnalysisGraphs,
    /** Today, the default of `asOf`; injectable for tests. */
    private readonly today: () => string = todayUtc,
  ) {}

  /** Topic × municipality (× target group) coverage with what stands behind each cell, and the ranked gaps. */
  async measureCoverage(
    scopeRequest: ScopeRequest | null | undefined,
    request: CoverageRequest,
    viewer: Viewer,
  ): Promise<CoverageView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const { options, asOf } = this.checkOptions(problems, request);
    problems.throwIfAny();
    const scoped = await this.graphs.open(resolved);
    const report = coverageReportOf(scoped, options);
    const refs = new Refs(scoped.graph, peopleVisibleTo(viewer));
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
      ...scopeView(scoped),
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

  private checkOptions(
    problems: Problems,
    request: CoverageRequest,
  ): { options: CoverageOptions; asOf: string } {
    checkTopics(problems, 'topics', request.topics);
    checkTargetGroups(problems, 'targetGroups', request.targetGroups);
    const asOf = checkAsOf(problems, 'asOf', request.asOf, this.today);
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
    return { options, asOf };
  }
}
