import { TARGET_GROUPS, TOPICS, type RegionEntry } from '@schutznetz/domain';
import { currentRegion } from '../region/region.current';

/**
 * Reference data: the taxonomies live in the domain package, the region is the loaded one
 * (decision 030) as this process last read it; reading either costs no database round trip.
 */
export interface TopicRecord {
  id: string;
  label: { de: string; en: string };
  criticality: number;
  isGroup: boolean;
  parentCode: string | null;
}

export interface TargetGroupRecord {
  id: string;
  label: { de: string; en: string };
  minAge: number | null;
  maxAge: number | null;
}

/** A region as the API shows it: the loaded region's entry with the file's fields. */
export interface RegionRecord {
  id: string;
  kind: string;
  name: { de: string; en: string };
  ags: string | null;
  population: number | null;
  populationYear: number | null;
  approximate: boolean | null;
  isTown: boolean | null;
  courtDistrict: string | null;
  seat: string | null;
  level: string | null;
  hosts: { de: string; en: string } | null;
  boundary: unknown;
  neighbourCodes: readonly string[];
}

const topics: TopicRecord[] = TOPICS.map((topic) => ({
  id: topic.code,
  label: topic.label,
  criticality: topic.criticality,
  isGroup: topic.isGroup,
  parentCode: topic.parent,
}));

const targetGroups: TargetGroupRecord[] = TARGET_GROUPS.map((group) => ({
  id: group.code,
  label: group.label,
  minAge: group.minAge,
  maxAge: group.maxAge,
}));

/** The API's view of a region of the loaded region. */
export function regionRecord(region: RegionEntry): RegionRecord {
  const municipality = region.kind === 'municipality' ? region : null;
  const population = region.kind === 'external' ? null : region.population;
  return {
    id: region.code,
    kind: region.kind,
    name: region.name,
    ags: region.ags,
    population: population?.count ?? null,
    populationYear: population?.year ?? null,
    approximate: population === null ? null : (population.approximate ?? false),
    isTown: municipality?.isTown ?? null,
    courtDistrict: municipality?.courtDistrict ?? null,
    seat: region.kind === 'county' ? region.seat : null,
    level: region.kind === 'external' ? region.level : null,
    hosts: region.kind === 'external' ? (region.hosts ?? null) : null,
    boundary: municipality?.boundary ?? null,
    neighbourCodes: municipality?.neighbours ?? [],
  };
}

const topicsById = new Map(topics.map((topic) => [topic.id, topic]));
const targetGroupsById = new Map(targetGroups.map((group) => [group.id, group]));

export class ReferenceService {
  listTopics(): TopicRecord[] {
    return topics;
  }

  findTopic(id: string): TopicRecord | undefined {
    return topicsById.get(id);
  }

  childTopics(id: string): TopicRecord[] {
    return topics.filter((topic) => topic.parentCode === id);
  }

  listTargetGroups(): TargetGroupRecord[] {
    return targetGroups;
  }

  findTargetGroup(id: string): TargetGroupRecord | undefined {
    return targetGroupsById.get(id);
  }

  /** The loaded region's entries, of one kind if given, in the file's order. */
  listRegions(kind?: string): RegionRecord[] {
    const all = currentRegion().all;
    return (kind ? all.filter((region) => region.kind === kind) : all).map(regionRecord);
  }

  findRegion(id: string): RegionRecord | undefined {
    const region = currentRegion().get(id);
    return region === undefined ? undefined : regionRecord(region);
  }
}
