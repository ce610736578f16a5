/**
 * Single points of failure: topics held by one person or one institution, and coverage cells
 * that only one institution serves.
 */
import type { RegionCode, TopicCode } from '@schutznetz/domain';
import {
  CATALOGUE_TOPICS,
  computeCoverage,
  personTopics,
  type CoverageReport,
} from '../coverage-report';
import type { AnalysisGraph } from '../graph';
import { graphIndex, type GraphIndex } from '../graph-index';
import { topicsMatch } from '../matching';

/** Who holds a topic in scope. */
export interface TopicHolders {
  readonly topic: TopicCode;
  /** People working in scope with a valid expertise on the topic. */
  readonly personIds: readonly string[];
  /** Institutions offering a service on it or employing one of those people. */
  readonly institutionIds: readonly string[];
  readonly singlePerson: boolean;
  readonly singleInstitution: boolean;
}

/** A coverage cell that only one institution serves. */
export interface SingleInstitutionCell {
  readonly topic: TopicCode;
  readonly municipality: RegionCode;
  readonly institutionId: string;
}

/** Single points of failure of a scope. */
export interface SinglePointsReport {
  /** Every topic of the rows, with its holders. */
  readonly topics: readonly TopicHolders[];
  /** Topics exactly one person holds. */
  readonly singlePersonTopics: readonly TopicCode[];
  /** Topics exactly one institution holds. */
  readonly singleInstitutionTopics: readonly TopicCode[];
  /** Cells (topic × municipality) served by a single institution. */
  readonly singleInstitutionCells: readonly SingleInstitutionCell[];
}

/** Options of {@link findSinglePoints}. */
export interface SinglePointsOptions {
  readonly topics?: readonly TopicCode[];
  /** Expertise must be valid on this date. */
  readonly asOf?: string;
  /** A coverage report of the same graph and options, to save computing it again. */
  readonly coverage?: CoverageReport;
}

export function holdersByTopic(
  graph: AnalysisGraph,
  index: GraphIndex,
  rows: readonly TopicCode[],
  asOf: string | undefined,
): TopicHolders[] {
  const people = new Map<TopicCode, Set<string>>(rows.map((t) => [t, new Set()]));
  const institutions = new Map<TopicCode, Set<string>>(rows.map((t) => [t, new Set()]));
  for (const person of graph.people) {
    // Someone who works nowhere in scope holds nothing for it (see coverage).
    if (!person.employments.some((e) => index.institutions.has(e.institutionId))) continue;
    for (const topic of personTopics(person, rows, asOf)) {
      people.get(topic)?.add(person.id);
      for (const e of person.employments) {
        if (index.institutions.has(e.institutionId)) {
          institutions.get(topic)?.add(e.institutionId);
        }
      }
    }
  }
  for (const service of graph.services) {
    for (const topic of rows) {
      if (topicsMatch(service.topics, topic)) institutions.get(topic)?.add(service.institutionId);
    }
  }
  return rows.map((topic) => {
    const personIds = [...(people.get(topic) ?? [])].sort();
    const institutionIds = [...(institutions.get(topic) ?? [])].sort();
    return {
      topic,
      personIds,
      institutionIds,
      singlePerson: personIds.length === 1,
      singleInstitution: institutionIds.length === 1,
    };
  });
}

/** Topics and coverage cells that hang on one person or one institution. */
export function findSinglePoints(
  graph: AnalysisGraph,
  options: SinglePointsOptions = {},
): SinglePointsReport {
  const index = graphIndex(graph);
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const topics = holdersByTopic(graph, index, rows, options.asOf);
  const coverage = options.coverage ?? computeCoverage(graph, { topics: rows, asOf: options.asOf });
  const singleInstitutionCells: SingleInstitutionCell[] = [];
  for (const cell of coverage.cells) {
    const only = cell.institutionIds[0];
    if (cell.institutionIds.length === 1 && only !== undefined) {
      singleInstitutionCells.push({
        topic: cell.topic,
        municipality: cell.municipality,
        institutionId: only,
      });
    }
  }
  return {
    topics,
    singlePersonTopics: topics.filter((t) => t.singlePerson).map((t) => t.topic),
    singleInstitutionTopics: topics.filter((t) => t.singleInstitution).map((t) => t.topic),
    singleInstitutionCells,
  };
}
