/**
 * The measured effect of trainings: coverage computed again with the trainees' new expertise,
 * compared with the coverage before. Used for the effect of a plan (every seat trained; an
 * institution's open seats count as one new person there) and of a recorded training
 * (coverage without and with the expertise its participants gained from it).
 *
 * Only one kind of gap can be closed by training: "no qualified person" (a service reaches the
 * municipality, but nobody there holds the topic). The others need something a training does
 * not make: a service, a specialised institution, a service open around the clock, a service
 * in a language, shelter places.
 */
import type { LocalizedLabel, RegionCode, TopicCode } from '@schutznetz/domain';
import {
  computeCoverage,
  personTopics,
  type CoverageGapKind,
  type CoverageReport,
} from '../coverage-report';
import type { AnalysisGraph, AnalysisPerson, Expertise } from '../graph';
import { graphIndex } from '../graph-index';
import type { CellRef, TrainingEffect, UnclosableGaps } from './types';

/** The one kind of gap a training closes. */
export const CLOSABLE_BY_TRAINING: ReadonlySet<CoverageGapKind> = new Set(['no_qualified_person']);

/** Why a training cannot close the other kinds of gap. */
export const WHY_NOT_CLOSABLE: Readonly<Record<CoverageGapKind, LocalizedLabel>> = {
  no_qualified_person: {
    de: 'Schließbar: eine geschulte Fachkraft, die die Gemeinde erreicht, schließt die Lücke.',
    en: 'Closable: a trained professional who reaches the municipality closes the gap.',
  },
  no_service: {
    de: 'Es fehlt ein Angebot, keine Qualifikation: Geschulte Fachkräfte ersetzen keinen Dienst, der die Gemeinde versorgt.',
    en: 'A service is missing, not a qualification: trained professionals do not replace a service for the municipality.',
  },
  no_local_specialist: {
    de: 'Es fehlt eine spezialisierte Stelle im Kreis; eine Fortbildung macht aus einer allgemeinen Stelle keine Fachberatungsstelle.',
    en: 'A specialised institution inside the county is missing; a training does not turn a general service into one.',
  },
  no_24x7: {
    de: 'Es fehlt ein rund um die Uhr erreichbarer Dienst – eine Frage der Dienstzeiten und Finanzierung, nicht der Schulung.',
    en: 'A service reachable around the clock is missing: a matter of hours and funding, not of training.',
  },
  language: {
    de: 'Es fehlt ein Dienst in der Sprache (oder Sprachmittlung); Fachwissen ersetzt keine Sprachkenntnis.',
    en: 'A service in the language (or interpreting) is missing; expertise does not replace the language.',
  },
  shelter_capacity: {
    de: 'Es fehlen Schutzplätze; Plätze schafft Finanzierung, keine Fortbildung.',
    en: 'Shelter places are missing; funding creates places, training does not.',
  },
};

/** Trainings to count as done: a topic and who took part. */
export interface CompletedTraining {
  readonly topic: TopicCode;
  readonly personIds: readonly string[];
  /** Institutions sending people not recorded yet: one new trained person each. */
  readonly institutionIds?: readonly string[];
}

function basic(topic: TopicCode, since: string | null): Expertise {
  return { topic, level: 'basic', qualification: null, since, validUntil: null };
}

/**
 * The graph after trainings: every participant gains basic expertise in the topic from `date`
 * (no expiry); an institution's open seats become one new person there with that expertise.
 */
export function applyTrainings(
  graph: AnalysisGraph,
  trainings: readonly CompletedTraining[],
  date: string | null = null,
): AnalysisGraph {
  const added = new Map<string, TopicCode[]>();
  const newcomers: AnalysisPerson[] = [];
  for (const training of trainings) {
    for (const id of training.personIds) added.set(id, [...(added.get(id) ?? []), training.topic]);
    for (const institutionId of training.institutionIds ?? []) {
      newcomers.push({
        id: `planned:${training.topic}:${institutionId}:${newcomers.length}`,
        name: institutionId,
        phone: null,
        email: null,
        languages: [],
        qualifications: [],
        employments: [{ institutionId, role: 'Fachkraft', since: date }],
        expertise: [basic(training.topic, date)],
      });
    }
  }
  return {
    ...graph,
    version: `${graph.version}+trainings`,
    people: [
      ...graph.people.map((person) => {
        const topics = added.get(person.id);
        if (topics === undefined) return person;
        return {
          ...person,
          expertise: [...person.expertise, ...topics.map((t) => basic(t, date))],
        };
      }),
      ...newcomers,
    ],
  };
}

/** A training that changed nothing. */
export const NO_EFFECT: TrainingEffect = {
  gapsClosed: [],
  severityRemoved: 0,
  cellsGained: [],
  cellsSecured: [],
  populationReached: 0,
};

/** What changed from `before` to `after`: gaps closed (by id), severity removed, cells. */
export function compareCoverage(
  graph: AnalysisGraph,
  before: CoverageReport,
  after: CoverageReport,
): TrainingEffect {
  const index = graphIndex(graph);
  const remaining = new Set(after.gaps.map((g) => g.id));
  const closed = before.gaps.filter((g) => !remaining.has(g.id));
  const cellsGained: CellRef[] = [];
  const cellsSecured: CellRef[] = [];
  const reached = new Set<RegionCode>();
  before.cells.forEach((cell, i) => {
    const next = after.cells[i];
    if (next === undefined) return;
    const ref = { topic: cell.topic, municipality: cell.municipality };
    if (cell.personCount === 0 && next.personCount > 0) cellsGained.push(ref);
    if (cell.personCount === 1 && next.personCount > 1) cellsSecured.push(ref);
  });
  for (const gap of closed) if (gap.municipality !== null) reached.add(gap.municipality);
  return {
    gapsClosed: closed.map((g) => g.id),
    severityRemoved: closed.reduce((sum, g) => sum + g.severity, 0),
    cellsGained,
    cellsSecured,
    populationReached: [...reached].reduce(
      (sum, code) => sum + (index.municipalities.get(code)?.population ?? 0),
      0,
    ),
  };
}

/** The gaps of `report` no training can close, by kind, with why. */
export function unclosableGaps(report: CoverageReport): UnclosableGaps[] {
  const byKind = new Map<CoverageGapKind, { count: number; severity: number }>();
  for (const gap of report.gaps) {
    if (CLOSABLE_BY_TRAINING.has(gap.kind)) continue;
    const entry = byKind.get(gap.kind) ?? { count: 0, severity: 0 };
    byKind.set(gap.kind, { count: entry.count + 1, severity: entry.severity + gap.severity });
  }
  return [...byKind]
    .map(([kind, { count, severity }]) => ({ kind, count, severity, why: WHY_NOT_CLOSABLE[kind] }))
    .sort((a, b) => b.severity - a.severity);
}

/** Topics (of `rows`) exactly one person working in scope holds. */
export function singlePersonTopics(
  graph: AnalysisGraph,
  rows: readonly TopicCode[],
  asOf: string | undefined,
): TopicCode[] {
  const index = graphIndex(graph);
  const working = graph.people.filter((p) =>
    p.employments.some((e) => index.institutions.has(e.institutionId)),
  );
  return rows.filter(
    (topic) => working.filter((p) => personTopics(p, [topic], asOf).length > 0).length === 1,
  );
}

/** A training recorded as completed, as the measure of its effect needs it. */
export interface RecordedTrainingInput {
  readonly id: string;
  readonly topics: readonly TopicCode[];
  readonly date: string | null;
  readonly participantIds: readonly string[];
}

/** A recorded training's effect: what coverage loses when its expertise is taken away again. */
export interface RecordedTrainingEffect extends TrainingEffect {
  readonly trainingId: string;
  /** Participants whose expertise in a topic of the training dates from it. */
  readonly peopleTrained: readonly string[];
}

/**
 * The effect of each recorded training: coverage of its topics with the graph as it is, and
 * without the expertise its participants hold since the training's date (what recording it
 * gave them). A participant who knew the topic before gains nothing and counts for nothing.
 */
export function measureRecordedTrainings(
  graph: AnalysisGraph,
  trainings: readonly RecordedTrainingInput[],
  asOf: string | undefined,
): RecordedTrainingEffect[] {
  return trainings.map((training) => {
    const participants = new Set(training.participantIds);
    const topics = new Set(training.topics);
    const gained = (person: AnalysisPerson, e: Expertise): boolean =>
      participants.has(person.id) &&
      topics.has(e.topic) &&
      training.date !== null &&
      e.since === training.date;
    const trained = graph.people.filter((p) => p.expertise.some((e) => gained(p, e)));
    const without: AnalysisGraph = {
      ...graph,
      people: graph.people.map((p) =>
        trained.includes(p) ? { ...p, expertise: p.expertise.filter((e) => !gained(p, e)) } : p,
      ),
    };
    const options = { topics: [...topics], asOf };
    const effect =
      trained.length === 0
        ? NO_EFFECT
        : compareCoverage(
            graph,
            computeCoverage(without, options),
            computeCoverage(graph, options),
          );
    return { trainingId: training.id, peopleTrained: trained.map((p) => p.id).sort(), ...effect };
  });
}
