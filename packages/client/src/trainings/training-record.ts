/**
 * Recording a completed training (proposed or not, with anyone as participant), and how the
 * year plan is grouped for display. Pure.
 */
import { isIsoDate } from '@schutznetz/domain';

export interface RecordDraft {
  readonly topic: string;
  readonly title: string;
  readonly date: string;
  readonly provider: string;
  readonly level: string;
  /** Chosen participants: id and the name shown. */
  readonly people: readonly { readonly id: string; readonly name: string }[];
}

export type RecordProblem = 'topic' | 'title' | 'date' | 'provider' | 'people';

/**
 * What is wrong with a draft, mirroring the server: a topic, a title of 2–300, a date not in the
 * future, a provider of 2–300 if any, 1–200 people.
 */
export function recordProblems(draft: RecordDraft, today: string): RecordProblem[] {
  const problems: RecordProblem[] = [];
  if (draft.topic === '') problems.push('topic');
  const title = draft.title.trim();
  if (title.length < 2 || title.length > 300) problems.push('title');
  if (!isIsoDate(draft.date) || draft.date > today) problems.push('date');
  const provider = draft.provider.trim();
  if (provider !== '' && (provider.length < 2 || provider.length > 300)) problems.push('provider');
  if (draft.people.length === 0 || draft.people.length > 200) problems.push('people');
  return problems;
}

/** The mutation input for a draft. */
export function toRecordInput(draft: RecordDraft) {
  const provider = draft.provider.trim();
  return {
    topic: draft.topic,
    title: draft.title.trim(),
    date: draft.date,
    level: draft.level,
    ...(provider === '' ? {} : { provider }),
    personIds: [...new Set(draft.people.map((person) => person.id))],
  };
}

/** Adds a person to the chosen participants once. */
export function withPerson(
  people: RecordDraft['people'],
  person: RecordDraft['people'][number],
): RecordDraft['people'] {
  return people.some((p) => p.id === person.id) ? people : [...people, person];
}

/** Trainings by quarter (1–4), each quarter in date order. */
export function byQuarter<T extends { readonly quarter: number; readonly date: string }>(
  trainings: readonly T[],
): { readonly quarter: number; readonly trainings: readonly T[] }[] {
  return [1, 2, 3, 4].map((quarter) => ({
    quarter,
    trainings: trainings
      .filter((t) => t.quarter === quarter)
      .sort((a, b) => a.date.localeCompare(b.date)),
  }));
}
