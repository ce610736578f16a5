/**
 * Who may sit in a training on a topic and who may lead it. The audience comes from the
 * institutions that should hold the topic — their kind expects it (domain rule
 * `EXPECTED_TOPICS_BY_KIND`) or they offer it — not only from the people recorded: an
 * institution with nobody recorded gets open seats ("1–2 Fachkräfte aus …"). Trainers are
 * people of the network with expert level in the topic, or failing that in a sibling topic.
 */
import {
  kindsExpectingTopic,
  topicByCode,
  TOPICS,
  type RegionCode,
  type TopicCode,
} from '@schutznetz/domain';
import { personTopics } from '../coverage-report';
import type { AnalysisGraph, AnalysisInstitution, AnalysisPerson } from '../graph';
import { listOf, type GraphIndex } from '../graph-index';
import { isExpertiseValid, topicsMatch } from '../matching';
import type { PlannedTrainer } from './types';
import type { Candidate } from './value';

/** Seats an institution with nobody recorded takes. */
export const OPEN_SEATS = 2;

/** The municipalities (of `columns`) an institution's staff reach: where it sits and serves. */
export function institutionReach(
  index: GraphIndex,
  institution: AnalysisInstitution,
  columns: readonly RegionCode[],
): RegionCode[] {
  const services = listOf(index.servicesOf, institution.id);
  return columns.filter(
    (code) =>
      code === institution.municipality || services.some((s) => index.region.covers(s.area, code)),
  );
}

/** What the audience of any topic needs to know of a person, computed once per plan. */
export interface PersonFacts {
  /** Catalogue topics the person holds (valid expertise in it, its group or a sub-topic). */
  readonly held: ReadonlySet<TopicCode>;
  /** Topics of valid expertise, and those at expert level. */
  readonly known: ReadonlySet<TopicCode>;
  readonly expert: ReadonlySet<TopicCode>;
}

/** What {@link audienceCandidates} reads, shared by every topic of a plan. */
export interface AudienceContext {
  readonly reachOf: ReadonlyMap<string, readonly RegionCode[]>;
  readonly institutionReachOf: (institution: AnalysisInstitution) => readonly RegionCode[];
  readonly factsOf: (person: AnalysisPerson) => PersonFacts;
  /** The catalogue topics an institution's services offer. */
  readonly offersOf: (institution: AnalysisInstitution) => ReadonlySet<TopicCode>;
}

/** The lookups of {@link AudienceContext}, memoised. */
export function audienceContext(
  index: GraphIndex,
  rows: readonly TopicCode[],
  asOf: string | undefined,
  reachOf: ReadonlyMap<string, readonly RegionCode[]>,
  columns: readonly RegionCode[],
): AudienceContext {
  const facts = new Map<string, PersonFacts>();
  const offers = new Map<string, ReadonlySet<TopicCode>>();
  const reaches = new Map<string, readonly RegionCode[]>();
  return {
    reachOf,
    institutionReachOf: (institution) => {
      let reach = reaches.get(institution.id);
      if (reach === undefined) {
        reach = institutionReach(index, institution, columns);
        reaches.set(institution.id, reach);
      }
      return reach;
    },
    factsOf: (person) => {
      let known = facts.get(person.id);
      if (known === undefined) {
        const valid = person.expertise.filter((e) => isExpertiseValid(e, asOf));
        known = {
          held: new Set(personTopics(person, rows, asOf)),
          known: new Set(valid.map((e) => e.topic)),
          expert: new Set(valid.filter((e) => e.level === 'expert').map((e) => e.topic)),
        };
        facts.set(person.id, known);
      }
      return known;
    },
    offersOf: (institution) => {
      let offered = offers.get(institution.id);
      if (offered === undefined) {
        const services = listOf(index.servicesOf, institution.id);
        offered = new Set(rows.filter((row) => services.some((s) => topicsMatch(s.topics, row))));
        offers.set(institution.id, offered);
      }
      return offered;
    },
  };
}

/** The other topics of `topic`'s group. */
export function siblingTopics(topic: TopicCode): ReadonlySet<TopicCode> {
  const parent = topicByCode(topic).parent;
  if (parent === null) return new Set();
  return new Set(TOPICS.filter((t) => t.parent === parent && t.code !== topic).map((t) => t.code));
}

const hasAny = (set: ReadonlySet<TopicCode>, of: ReadonlySet<TopicCode>): boolean =>
  [...of].some((topic) => set.has(topic));

/**
 * Everyone who could take a seat in a training on `topic`: the staff of institutions whose kind
 * should hold it (2), that offer it (2 more), or whose kind should hold a sibling topic (1: they
 * fill a group, they are no expected holders), and open seats where such an institution has
 * nobody recorded. Experts in a sibling topic are not among them: they may lead it (see
 * {@link chooseTrainer}), and a trainer is never an attendee.
 */
export function audienceCandidates(
  graph: AnalysisGraph,
  index: GraphIndex,
  topic: TopicCode,
  context: AudienceContext,
): Candidate[] {
  const siblings = siblingTopics(topic);
  const expecting = new Set(kindsExpectingTopic(topic));
  const expectingSibling = new Set([...siblings].flatMap((t) => kindsExpectingTopic(t)));
  const byPerson = new Map<string, Candidate>();
  const open: Candidate[] = [];
  for (const institution of graph.institutions) {
    const own =
      (expecting.has(institution.kind) ? 2 : 0) +
      (context.offersOf(institution).has(topic) ? 2 : 0);
    const relevance = own > 0 ? own : expectingSibling.has(institution.kind) ? 1 : 0;
    if (relevance === 0) continue;
    const staff = listOf(index.staffOf, institution.id);
    if (staff.length === 0) {
      if (!index.municipalities.has(institution.municipality)) continue;
      open.push({
        key: `open:${institution.id}`,
        personId: null,
        name: null,
        institution,
        reach: context.institutionReachOf(institution),
        cost: OPEN_SEATS,
        core: relevance >= 2,
        relevance,
      });
      continue;
    }
    for (const person of staff) {
      const facts = context.factsOf(person);
      if (facts.held.has(topic) || hasAny(facts.expert, siblings)) continue;
      const score = relevance + (hasAny(facts.known, siblings) ? 1 : 0);
      const earlier = byPerson.get(person.id);
      if (earlier !== undefined && earlier.relevance >= score) continue;
      byPerson.set(person.id, {
        key: person.id,
        personId: person.id,
        name: person.name,
        institution,
        reach: context.reachOf.get(person.id) ?? [],
        cost: 1,
        core: relevance >= 2,
        relevance: score,
      });
    }
  }
  return [...byPerson.values(), ...open];
}

/**
 * The trainer for `topic`: a person working in scope with valid expert-level expertise in the
 * topic (or, failing that, in a sibling topic of the same group), the least busy in the plan
 * first; `null` when the network has none (an external trainer is needed).
 */
export function chooseTrainer(
  graph: AnalysisGraph,
  index: GraphIndex,
  topic: TopicCode,
  asOf: string | undefined,
  busy: ReadonlyMap<string, number>,
): PlannedTrainer | null {
  const siblings = siblingTopics(topic);
  const experts = graph.people.flatMap((person) => {
    const employer = person.employments.find((e) => index.institutions.has(e.institutionId));
    if (employer === undefined) return [];
    const valid = person.expertise.filter((e) => e.level === 'expert' && isExpertiseValid(e, asOf));
    const own = valid.some((e) => e.topic === topic);
    if (!own && !valid.some((e) => siblings.has(e.topic))) return [];
    return [{ person, institutionId: employer.institutionId, sibling: !own }];
  });
  experts.sort(
    (a, b) =>
      Number(a.sibling) - Number(b.sibling) ||
      (busy.get(a.person.id) ?? 0) - (busy.get(b.person.id) ?? 0) ||
      a.person.id.localeCompare(b.person.id),
  );
  const chosen = experts[0];
  return chosen === undefined
    ? null
    : {
        personId: chosen.person.id,
        name: chosen.person.name,
        institutionId: chosen.institutionId,
        sibling: chosen.sibling,
      };
}
