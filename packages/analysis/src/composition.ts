/**
 * Network composition: the partner kinds that § 3 KKG, § 3 KiSchG LSA and practice expect in
 * a network, which are present and which missing; how networks overlap; and the members that
 * bridge them. An institution counts as a member when it is one itself or when someone who
 * works there is a member (people represent their institution in a network).
 */
import {
  partnerExpectationsFor,
  type InstitutionKindCode,
  type LocalizedLabel,
  type NetworkKindCode,
  type PartnerExpectation,
} from '@schutznetz/domain';
import type { AnalysisGraph, AnalysisNetwork } from './graph';
import { graphIndex, type GraphIndex } from './graph-index';

/** A requirement of a partner expectation, as checked against a network. */
export interface CheckedRequirement {
  readonly requirementId: string;
  readonly label: LocalizedLabel;
  readonly provision: string;
}

/** A requirement some member meets. */
export interface MetRequirement extends CheckedRequirement {
  readonly institutionIds: readonly string[];
}

/** A requirement no member meets. */
export interface MissingRequirement extends CheckedRequirement {
  /** Any of these kinds would meet it. */
  readonly anyOf: readonly InstitutionKindCode[];
  /** Institutions in the graph of those kinds that are not members: whom to invite. */
  readonly candidateInstitutionIds: readonly string[];
}

/** One partner expectation checked against a network. */
export interface ExpectationCheck {
  readonly code: string;
  readonly label: LocalizedLabel;
  readonly basis: PartnerExpectation['basis'];
  readonly source: string;
  readonly met: readonly MetRequirement[];
  readonly missing: readonly MissingRequirement[];
}

/** The composition of one network. */
export interface NetworkComposition {
  readonly networkId: string;
  readonly name: string;
  readonly kind: NetworkKindCode;
  /** Member institutions, directly or through their staff. */
  readonly institutionIds: readonly string[];
  readonly personIds: readonly string[];
  readonly presentKinds: readonly InstitutionKindCode[];
  readonly expectations: readonly ExpectationCheck[];
}

/** Two networks and what they share. */
export interface NetworkOverlap {
  readonly networkA: string;
  readonly networkB: string;
  readonly sharedInstitutionIds: readonly string[];
  readonly sharedPersonIds: readonly string[];
  /** Shared institutions over all institutions of the two. */
  readonly jaccard: number;
}

/** A member of more than one network. */
export interface BridgingMember {
  readonly memberId: string;
  readonly kind: 'institution' | 'person';
  readonly name: string;
  readonly networkIds: readonly string[];
}

/** Composition of all networks of a scope. */
export interface CompositionReport {
  readonly networks: readonly NetworkComposition[];
  /** Pairs that share at least one member, most shared first. */
  readonly overlaps: readonly NetworkOverlap[];
  /** Members of two or more networks, most networks first. */
  readonly bridgingMembers: readonly BridgingMember[];
}

function memberSets(
  index: GraphIndex,
  network: AnalysisNetwork,
): { institutions: Set<string>; people: Set<string> } {
  const institutions = new Set<string>();
  const people = new Set<string>();
  for (const member of network.members) {
    const person = index.people.get(member.memberId);
    if (person !== undefined) {
      people.add(person.id);
      for (const e of person.employments) {
        if (index.institutions.has(e.institutionId)) institutions.add(e.institutionId);
      }
    } else if (index.institutions.has(member.memberId)) {
      institutions.add(member.memberId);
    }
  }
  return { institutions, people };
}

function checkExpectation(
  index: GraphIndex,
  expectation: PartnerExpectation,
  members: ReadonlySet<string>,
): ExpectationCheck {
  const met: MetRequirement[] = [];
  const missing: MissingRequirement[] = [];
  for (const requirement of expectation.requirements) {
    const kinds: readonly InstitutionKindCode[] = requirement.anyOf;
    const meeting = [...members]
      .filter((id) => {
        const kind = index.institutions.get(id)?.kind;
        return kind !== undefined && kinds.includes(kind);
      })
      .sort();
    const checked: CheckedRequirement = {
      requirementId: requirement.id,
      label: requirement.label,
      provision: requirement.provision,
    };
    if (meeting.length > 0) {
      met.push({ ...checked, institutionIds: meeting });
    } else {
      missing.push({
        ...checked,
        anyOf: kinds,
        candidateInstitutionIds: kinds
          .flatMap((kind) => (index.institutionsByKind.get(kind) ?? []).map((i) => i.id))
          .sort(),
      });
    }
  }
  return {
    code: expectation.code,
    label: expectation.label,
    basis: expectation.basis,
    source: expectation.source,
    met,
    missing,
  };
}

/** Partner kinds present and missing per network, overlaps and bridging members. */
export function analyseNetworkComposition(graph: AnalysisGraph): CompositionReport {
  const index = graphIndex(graph);
  const sets = graph.networks.map((network) => ({ network, ...memberSets(index, network) }));

  const networks = sets.map(({ network, institutions, people }) => {
    const presentKinds = [
      ...new Set(
        [...institutions]
          .map((id) => index.institutions.get(id)?.kind)
          .filter((kind) => kind !== undefined),
      ),
    ].sort();
    return {
      networkId: network.id,
      name: network.name,
      kind: network.kind,
      institutionIds: [...institutions].sort(),
      personIds: [...people].sort(),
      presentKinds,
      expectations: partnerExpectationsFor(network.kind).map((expectation) =>
        checkExpectation(index, expectation, institutions),
      ),
    };
  });

  const overlaps: NetworkOverlap[] = [];
  for (let i = 0; i < sets.length; i += 1) {
    for (let j = i + 1; j < sets.length; j += 1) {
      const a = sets[i];
      const b = sets[j];
      if (a === undefined || b === undefined) continue;
      const sharedInstitutionIds = [...a.institutions]
        .filter((id) => b.institutions.has(id))
        .sort();
      const sharedPersonIds = [...a.people].filter((id) => b.people.has(id)).sort();
      if (sharedInstitutionIds.length === 0 && sharedPersonIds.length === 0) continue;
      const union = new Set([...a.institutions, ...b.institutions]).size;
      overlaps.push({
        networkA: a.network.id,
        networkB: b.network.id,
        sharedInstitutionIds,
        sharedPersonIds,
        jaccard: union === 0 ? 0 : sharedInstitutionIds.length / union,
      });
    }
  }
  overlaps.sort(
    (x, y) =>
      y.sharedInstitutionIds.length - x.sharedInstitutionIds.length ||
      y.sharedPersonIds.length - x.sharedPersonIds.length ||
      x.networkA.localeCompare(y.networkA) ||
      x.networkB.localeCompare(y.networkB),
  );

  const networksOfMember = new Map<string, Set<string>>();
  for (const { network, institutions, people } of sets) {
    for (const id of [...institutions, ...people]) {
      const set = networksOfMember.get(id) ?? new Set<string>();
      set.add(network.id);
      networksOfMember.set(id, set);
    }
  }
  const bridgingMembers: BridgingMember[] = [...networksOfMember.entries()]
    .filter(([, ids]) => ids.size >= 2)
    .map(([memberId, ids]) => {
      const person = index.people.get(memberId);
      return {
        memberId,
        kind: person === undefined ? ('institution' as const) : ('person' as const),
        name: person?.name ?? index.institutions.get(memberId)?.name ?? memberId,
        networkIds: [...ids].sort(),
      };
    })
    .sort(
      (x, y) => y.networkIds.length - x.networkIds.length || x.memberId.localeCompare(y.memberId),
    );

  return { networks, overlaps, bridgingMembers };
}
