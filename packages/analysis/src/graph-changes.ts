/**
 * What changed between two states of the graph — the graph as it stood at the last meeting and
 * as it stands now: members who joined or left a network, institutions added or gone, and the
 * coverage gaps that opened or closed. Pure: two graphs in, a change list out (decision 027).
 */
import type {
  LocalizedLabel,
  MembershipRole,
  NetworkKindCode,
  RegionCode,
  TopicCode,
} from '@schutznetz/domain';
import { computeCoverage } from './coverage-report/compute';
import type { CoverageGap, CoverageGapKind, CoverageOptions } from './coverage-report/types';
import type { AnalysisGraph } from './graph';

/** A member who joined or left a network. */
export interface MemberChange {
  readonly networkId: string;
  readonly networkName: string;
  readonly networkKind: NetworkKindCode;
  readonly memberId: string;
  readonly memberKind: 'institution' | 'person';
  /** The member's name in the graph that holds it (the later one for a new member). */
  readonly memberName: string;
  readonly role: MembershipRole;
}

/** An institution recorded in one state and not in the other. */
export interface InstitutionChange {
  readonly id: string;
  readonly name: string;
  readonly municipality: RegionCode;
}

/** The part of a coverage gap a comparison reads and reports. */
export interface GapSummary {
  readonly id: string;
  readonly kind: CoverageGapKind;
  readonly topic: TopicCode;
  readonly municipality: RegionCode | null;
  readonly severity: number;
  readonly reason: LocalizedLabel;
}

/** What changed from `before` to `after`, each list in a stable order. */
export interface GraphChanges {
  readonly membersJoined: readonly MemberChange[];
  readonly membersLeft: readonly MemberChange[];
  readonly institutionsAdded: readonly InstitutionChange[];
  readonly institutionsRemoved: readonly InstitutionChange[];
  /** Gaps of `after` that `before` did not have, most severe first. */
  readonly gapsOpened: readonly GapSummary[];
  /** Gaps of `before` that `after` no longer has, most severe first. */
  readonly gapsClosed: readonly GapSummary[];
}

/** Options of {@link compareGraphs}. */
export interface CompareOptions {
  /** The coverage gaps of each state when already computed (else measured here). */
  readonly gapsBefore?: readonly GapSummary[];
  readonly gapsAfter?: readonly GapSummary[];
  /** Coverage options of each state (e.g. `asOf` its date), when measured here. */
  readonly coverageBefore?: CoverageOptions;
  readonly coverageAfter?: CoverageOptions;
}

function membersOf(graph: AnalysisGraph): Map<string, MemberChange> {
  const institutions = new Map(graph.institutions.map((i) => [i.id, i.name]));
  const people = new Map(graph.people.map((p) => [p.id, p.name]));
  const members = new Map<string, MemberChange>();
  for (const network of graph.networks) {
    for (const member of network.members) {
      const institution = institutions.get(member.memberId);
      const name = institution ?? people.get(member.memberId);
      if (name === undefined) continue;
      members.set(`${network.id} ${member.memberId}`, {
        networkId: network.id,
        networkName: network.name,
        networkKind: network.kind,
        memberId: member.memberId,
        memberKind: institution === undefined ? 'person' : 'institution',
        memberName: name,
        role: member.role,
      });
    }
  }
  return members;
}

/** Entries of `a` whose key `b` lacks. */
function missingFrom<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): T[] {
  return [...a].filter(([key]) => !b.has(key)).map(([, value]) => value);
}

const byMember = (x: MemberChange, y: MemberChange) =>
  x.networkName.localeCompare(y.networkName, 'de') ||
  x.memberName.localeCompare(y.memberName, 'de');

const byName = (x: InstitutionChange, y: InstitutionChange) =>
  x.name.localeCompare(y.name, 'de') || x.id.localeCompare(y.id);

const bySeverity = (x: GapSummary, y: GapSummary) =>
  y.severity - x.severity || x.id.localeCompare(y.id);

function institutionsOf(graph: AnalysisGraph): Map<string, InstitutionChange> {
  return new Map(
    graph.institutions.map((i) => [i.id, { id: i.id, name: i.name, municipality: i.municipality }]),
  );
}

function summary(gap: CoverageGap): GapSummary {
  const { id, kind, topic, municipality, severity, reason } = gap;
  return { id, kind, topic, municipality, severity, reason };
}

/**
 * The changes from `before` to `after`: network members by network and member, institutions by
 * id, coverage gaps by their stable id (kind, topic, municipality, language) — a gap whose
 * severity only moved is neither opened nor closed.
 */
export function compareGraphs(
  before: AnalysisGraph,
  after: AnalysisGraph,
  options: CompareOptions = {},
): GraphChanges {
  const membersBefore = membersOf(before);
  const membersAfter = membersOf(after);
  const institutionsBefore = institutionsOf(before);
  const institutionsAfter = institutionsOf(after);
  const gaps = (graph: AnalysisGraph, known?: readonly GapSummary[], coverage?: CoverageOptions) =>
    new Map(
      (known ?? computeCoverage(graph, coverage).gaps.map(summary)).map((gap) => [gap.id, gap]),
    );
  const gapsBefore = gaps(before, options.gapsBefore, options.coverageBefore);
  const gapsAfter = gaps(after, options.gapsAfter, options.coverageAfter);
  return {
    membersJoined: missingFrom(membersAfter, membersBefore).sort(byMember),
    membersLeft: missingFrom(membersBefore, membersAfter).sort(byMember),
    institutionsAdded: missingFrom(institutionsAfter, institutionsBefore).sort(byName),
    institutionsRemoved: missingFrom(institutionsBefore, institutionsAfter).sort(byName),
    gapsOpened: missingFrom(gapsAfter, gapsBefore).sort(bySeverity),
    gapsClosed: missingFrom(gapsBefore, gapsAfter).sort(bySeverity),
  };
}
