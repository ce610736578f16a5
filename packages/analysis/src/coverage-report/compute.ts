/**
 * Coverage: which services and qualified people reach each municipality for each topic
 * (optionally per target group), around the clock and in which languages; shelter places
 * against the Istanbul Convention benchmark; and the gaps, ranked by severity
 * (people affected × topic criticality × a weight per kind of gap).
 *
 * A service reaches a municipality when its area covers it. A person reaches the municipalities
 * their employers sit in and those their employers' services cover; they count for a topic when
 * they hold a valid expertise on it. Topics match as everywhere in this package: a service or
 * an expertise on a topic, its group or one of its sub-topics counts.
 */
import { TOPICS, type TargetGroupCode, type TopicCode } from '@schutznetz/domain';
import type { AnalysisGraph } from '../graph';
import { graphIndex } from '../graph-index';
import { coverageCells } from './cells';
import { cellGaps, specialistSituation } from './gaps';
import { shelterCapacity, shelterGap } from './shelter';
import type { CoverageOptions, CoverageReport, CoverageSummary } from './types';

/** The catalogue topics (without groups): the default rows. */
export const CATALOGUE_TOPICS: readonly TopicCode[] = TOPICS.filter((t) => !t.isGroup).map(
  (t) => t.code,
);

/**
 * The coverage of `graph`'s municipalities: cells with the services, institutions and people
 * behind them, 24/7 and language coverage, shelter capacity and the ranked gap list.
 */
export function computeCoverage(
  graph: AnalysisGraph,
  options: CoverageOptions = {},
): CoverageReport {
  const index = graphIndex(graph);
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const columns = graph.municipalities.map((m) => m.code);
  const groupOption = options.targetGroups ?? false;
  const groups: readonly TargetGroupCode[] =
    groupOption === true
      ? [...new Set(graph.services.flatMap((s) => s.targetGroups))].sort()
      : groupOption === false
        ? []
        : groupOption;
  const { cells, targetGroupCells } = coverageCells(
    graph,
    index,
    rows,
    columns,
    groups,
    options.asOf,
  );
  const capacity = shelterCapacity(graph, index, options.shelterPlacesPer10k ?? 1);
  const inScope = new Set(columns);
  const gaps = [
    ...cells.flatMap((cell) => {
      const municipality = index.municipalities.get(cell.municipality);
      return cellGaps(
        cell,
        municipality?.name ?? cell.municipality,
        municipality?.population ?? 0,
        options.languages ?? [],
        specialistSituation(index, inScope, cell),
      );
    }),
    ...shelterGap(capacity, (code) => index.municipalities.get(code)?.name ?? code),
  ].sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id));

  return {
    topics: rows,
    municipalities: columns,
    cells,
    targetGroupCells,
    shelterCapacity: capacity,
    gaps,
  };
}

/** Headline numbers of a coverage report. */
export function summarizeCoverage(report: CoverageReport): CoverageSummary {
  return {
    cells: report.cells.length,
    cellsWithService: report.cells.filter((c) => c.serviceCount > 0).length,
    cellsWithPerson: report.cells.filter((c) => c.personCount > 0).length,
    gaps: report.gaps.length,
    totalSeverity: report.gaps.reduce((sum, g) => sum + g.severity, 0),
  };
}
