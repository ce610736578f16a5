/**
 * Choosing the plan: greedy weighted maximum coverage under a budget of trainings and seats.
 * Each round takes, over all topics, the training whose seats add the most value (value.ts);
 * inside a training, seats go greedily by value per seat (lazily re-evaluated: a seat's value
 * only falls as others are seated, so the best stale bound that holds up is the best), then the
 * group is filled to a workable size with further people who should hold the topic. Greedy
 * maximum coverage is within 1 − 1/e of the best plan (Nemhauser, Wolsey, Fisher 1978).
 */
import type { RegionCode, TopicCode } from '@schutznetz/domain';
import Heap from 'mnemonist/heap';
import type { GraphIndex } from '../graph-index';
import type { PlannedSeat, PlannedTrainer, SeatReason } from './types';
import { addTrainee, marginal, type Candidate, type Marginal, type TopicState } from './value';

/** A training is a group: it is filled to this many seats where people are there to fill them. */
export const MIN_GROUP = 8;
/** Trainings one person is proposed for in a year at most. */
export const MAX_SEATS_PER_PERSON = 2;

/** A training as chosen, before its slot in the year. */
export interface ChosenTraining {
  readonly topic: TopicCode;
  /** 1 for the first training on the topic, 2 for the second… */
  readonly ordinal: number;
  readonly criticality: number;
  readonly seats: readonly (PlannedSeat & { readonly secured: readonly RegionCode[] })[];
  readonly value: number;
  readonly trainer: PlannedTrainer | null;
  readonly holdersBefore: number;
}

interface Built {
  readonly chosen: readonly { candidate: Candidate; gain: Marginal }[];
  readonly value: number;
}

function reasonOf(gain: Marginal): SeatReason {
  if (gain.newlyCovered.length > 0) return 'closes_gap';
  if (gain.secured.length > 0) return 'second_holder';
  return gain.expected ? 'expected_holder' : 'group';
}

/** The best group of at most `seats` seats on `state`'s topic, without changing `state`. */
function buildTraining(
  index: GraphIndex,
  state: TopicState,
  candidates: readonly Candidate[],
  seats: number,
  load: ReadonlyMap<string, number>,
): Built {
  // Work on a copy: the seats chosen here change the value of the next ones.
  const trial: TopicState = {
    ...state,
    holders: new Map(state.holders),
    heldAt: new Set(state.heldAt),
  };
  const free = candidates.filter((c) => (load.get(c.key) ?? 0) < MAX_SEATS_PER_PERSON);
  const heap = new Heap<{ candidate: Candidate; bound: number }>(
    (a, b) =>
      b.bound - a.bound ||
      b.candidate.relevance - a.candidate.relevance ||
      (load.get(a.candidate.key) ?? 0) - (load.get(b.candidate.key) ?? 0) ||
      a.candidate.key.localeCompare(b.candidate.key),
  );
  for (const candidate of free) {
    heap.push({ candidate, bound: marginal(index, trial, candidate).value / candidate.cost });
  }
  const chosen: { candidate: Candidate; gain: Marginal }[] = [];
  let used = 0;
  let value = 0;
  const take = (candidate: Candidate, gain: Marginal): void => {
    chosen.push({ candidate, gain });
    addTrainee(trial, candidate);
    used += candidate.cost;
    value += gain.value;
  };
  while (used < seats) {
    const top = heap.pop();
    // Bounds only fall: once the best is worth nothing, so is everyone left.
    if (top === undefined || top.bound <= 0) break;
    if (used + top.candidate.cost > seats) continue;
    const gain = marginal(index, trial, top.candidate);
    const bound = gain.value / top.candidate.cost;
    const next = heap.peek();
    if (next === undefined || bound >= next.bound) {
      if (bound > 0) take(top.candidate, gain);
    } else {
      heap.push({ candidate: top.candidate, bound });
    }
  }
  if (value <= 0) return { chosen: [], value: 0 };
  // A training of one or two is no training: fill the group with others who should hold it,
  // institutions not yet in the group first.
  const target = Math.min(MIN_GROUP, seats);
  const seated = new Set(chosen.map((c) => c.candidate.key));
  const rest = free.filter((candidate) => !seated.has(candidate.key));
  const inGroup = new Set(chosen.map((c) => c.candidate.institution.id));
  const order = (a: Candidate, b: Candidate): number =>
    Number(inGroup.has(a.institution.id)) - Number(inGroup.has(b.institution.id)) ||
    b.relevance - a.relevance ||
    a.key.localeCompare(b.key);
  // A few seats at most: pick the next best by a linear scan each time, not a full sort.
  while (used < target) {
    let next: Candidate | undefined;
    for (const candidate of rest) {
      if (used + candidate.cost > seats) continue;
      if (next === undefined || order(candidate, next) < 0) next = candidate;
    }
    if (next === undefined) break;
    rest.splice(rest.indexOf(next), 1);
    take(next, marginal(index, trial, next));
    inGroup.add(next.institution.id);
  }
  return { chosen, value };
}

/** What {@link choosePlan} works on: each topic's state, audience and trainer. */
export interface TopicPlanning {
  readonly state: TopicState;
  /** Who could still take a seat: those seated on the topic leave it. */
  candidates: readonly Candidate[];
  readonly trainer: () => PlannedTrainer | null;
}

/**
 * Up to `count` trainings of at most `seats` seats, most valuable first. Stops early when no
 * training adds value any more.
 */
export function choosePlan(
  index: GraphIndex,
  topics: ReadonlyMap<TopicCode, TopicPlanning>,
  count: number,
  seats: number,
): ChosenTraining[] {
  const load = new Map<string, number>();
  const best = new Map<TopicCode, Built>();
  const build = (topic: TopicCode, planning: TopicPlanning): void => {
    best.set(topic, buildTraining(index, planning.state, planning.candidates, seats, load));
  };
  for (const [topic, planning] of topics) build(topic, planning);
  const plan: ChosenTraining[] = [];
  while (plan.length < count) {
    let topic: TopicCode | null = null;
    let top: Built | null = null;
    for (const [code, built] of best) {
      if (top === null || built.value > top.value) {
        topic = code;
        top = built;
      }
    }
    const planning = topic === null ? undefined : topics.get(topic);
    if (topic === null || top === null || planning === undefined || top.value <= 0) break;
    // Someone in it may have been seated elsewhere since it was built: build it again.
    if (top.chosen.some((c) => (load.get(c.candidate.key) ?? 0) >= MAX_SEATS_PER_PERSON)) {
      build(topic, planning);
      continue;
    }
    const state = planning.state;
    const holdersBefore = state.holdersBefore + state.planned;
    for (const { candidate } of top.chosen) {
      addTrainee(state, candidate);
      load.set(candidate.key, (load.get(candidate.key) ?? 0) + 1);
    }
    state.trainings += 1;
    const seated = new Set(top.chosen.map((c) => c.candidate.key));
    planning.candidates = planning.candidates.filter((c) => !seated.has(c.key));
    plan.push({
      topic,
      ordinal: state.trainings,
      criticality: state.criticality,
      value: top.value,
      trainer: planning.trainer(),
      holdersBefore,
      seats: top.chosen.map(({ candidate, gain }) => ({
        personId: candidate.personId,
        name: candidate.name,
        institutionId: candidate.institution.id,
        seats: candidate.cost,
        newlyCovered: gain.newlyCovered,
        secured: gain.secured,
        reason: reasonOf(gain),
      })),
    });
    build(topic, planning);
  }
  return plan;
}
