/**
 * The structure of the collaboration graph: its weak points (articulation points, bridges) and
 * the institutions without any link.
 */
import type { InstitutionKindCode, RegionCode } from '@schutznetz/domain';
import {
  analyseStructure,
  collaborationGraph,
  type CollaborationOptions,
  type CollaborationStructure,
} from '../collaboration';
import type { AnalysisGraph } from '../graph';
import { graphIndex, listOf } from '../graph-index';

/** Articulation points and bridges of the collaboration graph. */
export function findStructuralWeakPoints(
  graph: AnalysisGraph,
  options: CollaborationOptions = {},
): CollaborationStructure {
  return analyseStructure(collaborationGraph(graph, options));
}

/** An institution without referral paths and without any network. */
export interface IsolatedInstitution {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKindCode;
  readonly municipality: RegionCode;
}

/**
 * Institutions with no referral path in or out and no network membership, neither their own
 * nor through anyone who works there.
 */
export function findIsolatedInstitutions(graph: AnalysisGraph): IsolatedInstitution[] {
  const index = graphIndex(graph);
  return graph.institutions
    .filter(
      (i) =>
        listOf(index.outPaths, i.id).length === 0 &&
        listOf(index.inPaths, i.id).length === 0 &&
        listOf(index.networksOf, i.id).length === 0 &&
        listOf(index.staffOf, i.id).every((p) => listOf(index.networksOf, p.id).length === 0),
    )
    .map((i) => ({ id: i.id, name: i.name, kind: i.kind, municipality: i.municipality }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
