import { analyseNetworkComposition } from '@schutznetz/analysis';
import type { Viewer } from '../../auth';
import { InvalidInputError } from '../../errors';
import { Problems } from '../../validation';
import { lookupOf, peopleVisibleTo, Refs } from '../analysis/analysis.refs';
import {
  checkScope,
  scopeView,
  type AnalysisGraphs,
  type ScopeRequest,
} from '../analysis/analysis.scope';
import type { NetworkCompositionView } from './network-composition.views';

/**
 * Network composition (issue 4.4) over the cached graph: the partner kinds law and practice
 * expect in a network, present or missing (with candidates to invite), its overlaps with other
 * networks and the members who bridge them. People appear only for members and up.
 */
export class NetworkCompositionService {
  constructor(private readonly graphs: AnalysisGraphs) {}

  /** Expected partner kinds present and missing in a network, its overlaps and bridging members. */
  async analyseNetwork(
    networkId: string,
    scopeRequest: ScopeRequest | null | undefined,
    viewer: Viewer,
  ): Promise<NetworkCompositionView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    problems.throwIfAny();
    const scoped = await this.graphs.open(resolved);
    const { snapshot, graph } = scoped;
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
    const refs = new Refs(graph, peopleVisibleTo(viewer));
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
      ...scopeView(scoped),
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
}
