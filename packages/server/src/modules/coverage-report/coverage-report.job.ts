import {
  computeCoverage,
  summarizeCoverage,
  type CoverageOptions,
  type CoverageReport,
} from '@schutznetz/analysis';
import { Refs } from '../analysis/analysis.refs';
import { scopeView, type ResolvedScope, type ScopedGraph } from '../analysis/analysis.scope';
import type { CoverageCellView, CoverageView } from './coverage-report.views';

/**
 * The coverage report of a scoped graph, computed once per snapshot, scope and options, whoever
 * asks first (coverage itself, single points of failure, the explorer).
 */
export function coverageReportOf(scoped: ScopedGraph, options: CoverageOptions): CoverageReport {
  return scoped.snapshot.memo(`coverage:${scoped.scope.key}:${JSON.stringify(options)}`, () =>
    computeCoverage(scoped.graph, options),
  );
}

/** A checked coverage request: what the job needs, as plain data. */
export interface CoverageJob {
  readonly scope: ResolvedScope;
  readonly options: CoverageOptions;
  readonly asOf: string;
  /** False for the public view: cells count people but do not name them. */
  readonly peopleVisible: boolean;
}

/** Coverage of a scoped graph as the API answers it (runs in an analysis worker). */
export function coverageView(scoped: ScopedGraph, job: CoverageJob): CoverageView {
  const report = coverageReportOf(scoped, job.options);
  const refs = new Refs(scoped.graph, job.peopleVisible);
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
    asOf: job.asOf,
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
