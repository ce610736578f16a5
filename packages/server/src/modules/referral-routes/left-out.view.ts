/**
 * What a route answer leaves out, as the API shows it: per condition the nearest excluded
 * services with references and reasons (issue 12, points 2 and 5). Runs in the analysis worker.
 */
import {
  LEFT_OUT_NEAREST,
  leftOutOf,
  type AnalysisGraph,
  type LeftOut,
  type ReferralNeed,
  type RouteSearchResult,
  type RouteStart,
} from '@schutznetz/analysis';
import type { Refs } from '../analysis/analysis.refs';
import type { LeftOutView } from './referral-routes.views';

/**
 * What each condition left out of `result` (the search from `start`), with references for the
 * nearest services.
 */
export function leftOutView(
  graph: AnalysisGraph,
  start: RouteStart,
  need: ReferralNeed,
  result: RouteSearchResult,
  refs: Refs,
): LeftOutView[] {
  return leftOutOf(graph, need, result, LEFT_OUT_NEAREST, start).map((entry: LeftOut) => ({
    constraint: entry.constraint,
    serviceCount: entry.serviceCount,
    description: entry.description,
    nearest: entry.nearest.map((s) => ({
      service: refs.service(s.serviceId) ?? {
        id: s.serviceId,
        name: s.serviceName,
        institutionId: s.institutionId,
        available24x7: false,
      },
      institution: refs.institution(s.institutionId) ?? {
        id: s.institutionId,
        name: s.institutionName,
        kind: 'unknown',
        municipality: s.municipality,
        available24x7: false,
      },
      municipality: s.municipality,
      municipalityName: graph.region.label(s.municipality),
      reasons: s.reasons,
    })),
  }));
}
