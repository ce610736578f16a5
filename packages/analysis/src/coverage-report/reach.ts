/**
 * Who reaches which cell: the municipalities (and target groups) a person reaches through their
 * employers, and the topics they hold a valid expertise on.
 */
import type { RegionCode, TargetGroupCode, TopicCode } from '@schutznetz/domain';
import type { AnalysisPerson } from '../graph';
import { listOf, type GraphIndex } from '../graph-index';
import { isExpertiseValid, relatedTopics } from '../matching';

/**
 * The municipalities (of `columns`) a person reaches: where an employer sits, and what an
 * employer's services cover.
 */
export function personReach(
  index: GraphIndex,
  person: AnalysisPerson,
  columns: readonly RegionCode[],
): RegionCode[] {
  const reached = new Set<RegionCode>();
  for (const employment of person.employments) {
    const institution = index.institutions.get(employment.institutionId);
    if (institution === undefined) continue;
    reached.add(institution.municipality);
    for (const service of listOf(index.servicesOf, institution.id)) {
      for (const code of columns) if (index.region.covers(service.area, code)) reached.add(code);
    }
  }
  return columns.filter((code) => reached.has(code));
}

/** The topics (of `rows`) a person holds a valid expertise for. */
export function personTopics(
  person: AnalysisPerson,
  rows: readonly TopicCode[],
  asOf: string | undefined,
): TopicCode[] {
  const held = person.expertise.filter((e) => isExpertiseValid(e, asOf)).map((e) => e.topic);
  return rows.filter((row) => {
    const related = relatedTopics(row);
    return held.some((topic) => related.has(topic));
  });
}

/**
 * The (municipality, target group) pairs a person reaches: those of their employers' services
 * (a service without target groups serves all of `groups`).
 */
export function personGroupReach(
  index: GraphIndex,
  person: AnalysisPerson,
  columns: readonly RegionCode[],
  groups: readonly TargetGroupCode[],
): [RegionCode, TargetGroupCode][] {
  const pairs = new Set<string>();
  const result: [RegionCode, TargetGroupCode][] = [];
  for (const employment of person.employments) {
    for (const service of listOf(index.servicesOf, employment.institutionId)) {
      const served =
        service.targetGroups.length === 0
          ? groups
          : groups.filter((g) => service.targetGroups.includes(g));
      for (const code of columns) {
        if (!index.region.covers(service.area, code)) continue;
        for (const group of served) {
          const key = `${code}|${group}`;
          if (!pairs.has(key)) {
            pairs.add(key);
            result.push([code, group]);
          }
        }
      }
    }
  }
  return result;
}
