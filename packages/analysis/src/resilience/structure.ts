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
import type { AnalysisGraph, AnalysisInstitution } from '../graph';
import { graphIndex, listOf } from '../graph-index';

/** Articulation points and bridges of the collaboration graph. */
export function findStructuralWeakPoints(
  graph: AnalysisGraph,
  options: CollaborationOptions = {},
): CollaborationStructure {
  return analyseStructure(collaborationGraph(graph, options));
}

/** An institution isolated in the referral graph, in the networks, or in both. */
export interface IsolatedInstitution {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKindCode;
  readonly municipality: RegionCode;
}

/** The two kinds of isolation, each sorted by id (decision 024). */
export interface IsolationReport {
  /**
   * No referral path in or out (to or from another institution of the graph). A network
   * membership, the institution's own or its staff's, does not count: it is no referral path.
   */
  readonly inReferrals: readonly IsolatedInstitution[];
  /** No network membership, neither its own nor through anyone who works there. */
  readonly inNetworks: readonly IsolatedInstitution[];
}

/** Institutions isolated in the referral graph and institutions isolated in the networks. */
export function findIsolation(graph: AnalysisGraph): IsolationReport {
  const index = graphIndex(graph);
  const referring = new Set<string>();
  for (const path of graph.referralPaths) {
    if (path.fromId !== path.toId && index.institutions.has(path.fromId)) {
      if (index.institutions.has(path.toId)) {
        referring.add(path.fromId);
        referring.add(path.toId);
      }
    }
  }
  const inNetwork = (id: string): boolean =>
    listOf(index.networksOf, id).length > 0 ||
    listOf(index.staffOf, id).some((p) => listOf(index.networksOf, p.id).length > 0);
  const list = (isolated: (i: AnalysisInstitution) => boolean): IsolatedInstitution[] =>
    graph.institutions
      .filter(isolated)
      .map((i) => ({ id: i.id, name: i.name, kind: i.kind, municipality: i.municipality }))
      .sort((a, b) => a.id.localeCompare(b.id));
  return {
    inReferrals: list((i) => !referring.has(i.id)),
    inNetworks: list((i) => !inNetwork(i.id)),
  };
}

/**
 * Institutions isolated in both senses of {@link findIsolation}: no referral path in or out and
 * no network membership, neither their own nor through anyone who works there.
 */
export function findIsolatedInstitutions(graph: AnalysisGraph): IsolatedInstitution[] {
  const { inReferrals, inNetworks } = findIsolation(graph);
  const unlinked = new Set(inNetworks.map((i) => i.id));
  return inReferrals.filter((i) => unlinked.has(i.id));
}
