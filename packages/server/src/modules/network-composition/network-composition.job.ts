import { analyseNetworkComposition } from '@schutznetz/analysis';
import { InvalidInputError } from '../../errors';
import { lookupOf, Refs } from '../analysis/analysis.refs';
import { scopeView, type ResolvedScope, type ScopedGraph } from '../analysis/analysis.scope';
import type { NetworkCompositionView } from './network-composition.views';

/** A checked composition request: what the job needs, as plain data. */
export interface CompositionJob {
  readonly scope: ResolvedScope;
  readonly networkId: string;
  /** False for the public view: no people, not even their names. */
  readonly peopleVisible: boolean;
}

/** A network's expected partners, overlaps and bridging members (runs in an analysis worker). */
export function networkCompositionView(
  scoped: ScopedGraph,
  job: CompositionJob,
): NetworkCompositionView {
  const { networkId } = job;
  const resolved = job.scope;
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
  const refs = new Refs(graph, job.peopleVisible);
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
        (m) => m.networkIds.includes(networkId) && (m.kind === 'institution' || refs.peopleVisible),
      )
      .map((m) => ({
        id: m.memberId,
        kind: m.kind,
        name: m.name,
        networks: refs.networks(m.networkIds),
      })),
  };
}
