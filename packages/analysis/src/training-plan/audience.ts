/**
 * Who may sit in a training on a topic and who may lead it. The audience comes from the
 * institutions that should hold the topic — their kind expects it (domain rule
 * `EXPECTED_TOPICS_BY_KIND`) or they offer it — not only from the people recorded: an
 * institution with nobody recorded gets open seats ("1–2 Fachkräfte aus …"). Trainers are
 * people of the network with expert level in the topic, or failing that in a sibling topic.
 */
import {
  expectedTopicsOf,
  topicByCode,
  TOPICS,
  type RegionCode,
  type TopicCode,
} from '@schutznetz/domain';
import { personTopics } from '../coverage-report';
import type { AnalysisGraph, AnalysisInstitution, AnalysisPerson } from '../graph';
import { listOf, type GraphIndex } from '../graph-index';
import { areaCovers } from '../area';
import { isExpertiseValid } from '../matching';
import type { PlannedTrainer } from './types';
import { shouldHold, type Candidate } from './value';

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
    (code) => code === institution.municipality || services.some((s) => areaCovers(s.area, code)),
  );
}

/** The other topics of `topic`'s group. */
function siblingTopics(topic: TopicCode): ReadonlySet<TopicCode> {
  const parent = topicByCode(topic).parent;
  if (parent === null) return new Set();
  return new Set(TOPICS.filter((t) => t.parent === parent && t.code !== topic).map((t) => t.code));
}

function siblingExpertise(person: AnalysisPerson, topic: TopicCode, asOf: string | undefined) {
  const parent = topicByCode(topic).parent;
  return person.expertise.filter(
    (e) =>
      parent !== null &&
      e.topic !== topic &&
      isExpertiseValid(e, asOf) &&
      topicByCode(e.topic).parent === parent,
  );
}

/**
 * Everyone who could take a seat in a training on `topic`. Experts in a sibling topic are not
 * among them: they may lead it (see {@link chooseTrainer}), and a trainer is never an attendee.
 */
export function audienceCandidates(
  graph: AnalysisGraph,
  index: GraphIndex,
  topic: TopicCode,
  context: {
    readonly asOf: string | undefined;
    readonly reachOf: ReadonlyMap<string, readonly RegionCode[]>;
    readonly institutionReachOf: (institution: AnalysisInstitution) => readonly RegionCode[];
  },
): Candidate[] {
  const candidates: Candidate[] = [];
  const relevance = new Map<string, number>();
  const siblings = siblingTopics(topic);
  // 2 when the kind expects the topic, 2 more when it offers it; 1 when the kind only expects
  // a sibling topic (such people fill a group, they do not count as expected holders).
  const relevanceOf = (institution: AnalysisInstitution): number => {
    let value = relevance.get(institution.id);
    if (value === undefined) {
      const { expects, offers } = shouldHold(index, institution, topic);
      value = (expects ? 2 : 0) + (offers ? 2 : 0);
      if (value === 0 && expectedTopicsOf(institution.kind).some((t) => siblings.has(t))) value = 1;
      relevance.set(institution.id, value);
    }
    return value;
  };
  for (const person of graph.people) {
    const sibling = siblingExpertise(person, topic, context.asOf);
    if (sibling.some((e) => e.level === 'expert')) continue;
    const employers = person.employments
      .map((e) => index.institutions.get(e.institutionId))
      .filter((i): i is AnalysisInstitution => i !== undefined && relevanceOf(i) > 0)
      .sort((a, b) => relevanceOf(b) - relevanceOf(a));
    const home = employers[0];
    if (home === undefined || personTopics(person, [topic], context.asOf).length > 0) continue;
    candidates.push({
      key: person.id,
      personId: person.id,
      name: person.name,
      institution: home,
      reach: context.reachOf.get(person.id) ?? [],
      cost: 1,
      core: relevanceOf(home) >= 2,
      relevance: relevanceOf(home) + (sibling.length > 0 ? 1 : 0),
    });
  }
  for (const institution of graph.institutions) {
    if (
      !index.municipalities.has(institution.municipality) ||
      listOf(index.staffOf, institution.id).length > 0 ||
      relevanceOf(institution) === 0
    ) {
      continue;
    }
    candidates.push({
      key: `open:${institution.id}`,
      personId: null,
      name: null,
      institution,
      reach: context.institutionReachOf(institution),
      cost: OPEN_SEATS,
      core: relevanceOf(institution) >= 2,
      relevance: relevanceOf(institution),
    });
  }
  return candidates;
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
  const experts = graph.people.flatMap((person) => {
    const employer = person.employments.find((e) => index.institutions.has(e.institutionId));
    if (employer === undefined) return [];
    const own = person.expertise.some(
      (e) => e.level === 'expert' && isExpertiseValid(e, asOf) && e.topic === topic,
    );
    const sibling = siblingExpertise(person, topic, asOf).some((e) => e.level === 'expert');
    if (!own && !sibling) return [];
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
