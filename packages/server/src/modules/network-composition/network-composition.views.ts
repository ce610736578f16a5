/** What network composition answers: expected partners present and missing, overlaps, bridges. */
import type { LocalizedLabel } from '@schutznetz/domain';
import type { InstitutionRef, NetworkRef, PersonRef, ScopeView } from '../analysis/analysis.views';

/** An expected partner, met or missing. */
export interface RequirementView {
  readonly requirementId: string;
  readonly label: LocalizedLabel;
  readonly provision: string;
}

export interface ExpectationView {
  readonly code: string;
  readonly label: LocalizedLabel;
  readonly basis: string;
  readonly source: string;
  readonly met: readonly (RequirementView & { readonly institutions: readonly InstitutionRef[] })[];
  readonly missing: readonly (RequirementView & {
    readonly anyOf: readonly string[];
    readonly candidates: readonly InstitutionRef[];
  })[];
}

export interface OverlapView {
  readonly other: NetworkRef;
  readonly sharedInstitutions: readonly InstitutionRef[];
  readonly sharedPersonCount: number;
  readonly sharedPeople: readonly PersonRef[];
  readonly jaccard: number;
}

export interface BridgingMemberView {
  readonly id: string;
  readonly kind: 'institution' | 'person';
  readonly name: string;
  readonly networks: readonly NetworkRef[];
}

export interface NetworkCompositionView extends ScopeView {
  readonly network: NetworkRef;
  readonly institutions: readonly InstitutionRef[];
  readonly personCount: number;
  readonly people: readonly PersonRef[];
  readonly presentKinds: readonly string[];
  readonly expectations: readonly ExpectationView[];
  readonly missingCount: number;
  readonly overlaps: readonly OverlapView[];
  readonly bridgingMembers: readonly BridgingMemberView[];
}
