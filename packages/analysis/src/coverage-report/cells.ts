/**
 * The matrix of the coverage analysis: for each topic × municipality (× target group) cell the
 * services whose area covers the municipality and whose topics match, their institutions,
 * 24/7 reachability and languages, and the qualified people who reach it.
 */
import type { LanguageCode, RegionCode, TargetGroupCode, TopicCode } from '@schutznetz/domain';
import type { AnalysisGraph } from '../graph';
import type { GraphIndex } from '../graph-index';
import { isServiceAlwaysOpen, relatedTopics, serviceLanguages } from '../matching';
import { personGroupReach, personReach, personTopics } from './reach';
import type { CoverageCell } from './types';

interface CellAccumulator {
  readonly services: Set<string>;
  readonly institutions: Set<string>;
  readonly people: Set<string>;
  readonly services24x7: Set<string>;
  readonly languages: Set<LanguageCode>;
}

function accumulator(): CellAccumulator {
  return {
    services: new Set(),
    institutions: new Set(),
    people: new Set(),
    services24x7: new Set(),
    languages: new Set(),
  };
}

function cellKey(topic: string, municipality: string, group: string | null): string {
  return group === null ? `${topic}|${municipality}` : `${topic}|${municipality}|${group}`;
}

function finishCell(
  topic: TopicCode,
  municipality: RegionCode,
  targetGroup: TargetGroupCode | null,
  acc: CellAccumulator | undefined,
): CoverageCell {
  const sorted = <T extends string>(set: Set<T> | undefined): T[] => [...(set ?? [])].sort();
  const serviceIds = sorted(acc?.services);
  const personIds = sorted(acc?.people);
  return {
    topic,
    municipality,
    targetGroup,
    serviceCount: serviceIds.length,
    serviceIds,
    institutionIds: sorted(acc?.institutions),
    personCount: personIds.length,
    personIds,
    services24x7Ids: sorted(acc?.services24x7),
    languages: sorted(acc?.languages),
  };
}

/** The cells of the matrix, row by row, and (for `groups`) their target-group break-down. */
export function coverageCells(
  graph: AnalysisGraph,
  index: GraphIndex,
  rows: readonly TopicCode[],
  columns: readonly RegionCode[],
  groups: readonly TargetGroupCode[],
  asOf: string | undefined,
): { cells: CoverageCell[]; targetGroupCells: CoverageCell[] } {
  const acc = new Map<string, CellAccumulator>();
  const touch = (key: string): CellAccumulator => {
    let cell = acc.get(key);
    if (cell === undefined) {
      cell = accumulator();
      acc.set(key, cell);
    }
    return cell;
  };
  const relatedRows = rows.map((row) => ({ row, related: relatedTopics(row) }));

  for (const service of graph.services) {
    const institution = index.institutions.get(service.institutionId);
    const topicRows = relatedRows
      .filter(({ related }) => service.topics.some((t) => related.has(t)))
      .map(({ row }) => row);
    if (topicRows.length === 0) continue;
    const covered = columns.filter((code) => graph.region.covers(service.area, code));
    const always = isServiceAlwaysOpen(service, institution);
    const languages = serviceLanguages(service, institution);
    const serviceGroups =
      service.targetGroups.length === 0
        ? groups
        : groups.filter((g) => service.targetGroups.includes(g));
    for (const topic of topicRows) {
      for (const code of covered) {
        for (const group of [null, ...serviceGroups]) {
          const cell = touch(cellKey(topic, code, group));
          cell.services.add(service.id);
          cell.institutions.add(service.institutionId);
          if (always) cell.services24x7.add(service.id);
          for (const language of languages) cell.languages.add(language);
        }
      }
    }
  }

  for (const person of graph.people) {
    const topics = personTopics(person, rows, asOf);
    if (topics.length === 0) continue;
    const reach = personReach(index, person, columns);
    const groupReach = groups.length === 0 ? [] : personGroupReach(index, person, columns, groups);
    for (const topic of topics) {
      for (const code of reach) touch(cellKey(topic, code, null)).people.add(person.id);
      for (const [code, group] of groupReach) {
        touch(cellKey(topic, code, group)).people.add(person.id);
      }
    }
  }

  const cells: CoverageCell[] = [];
  const targetGroupCells: CoverageCell[] = [];
  for (const topic of rows) {
    for (const code of columns) {
      cells.push(finishCell(topic, code, null, acc.get(cellKey(topic, code, null))));
      for (const group of groups) {
        targetGroupCells.push(finishCell(topic, code, group, acc.get(cellKey(topic, code, group))));
      }
    }
  }

  return { cells, targetGroupCells };
}
