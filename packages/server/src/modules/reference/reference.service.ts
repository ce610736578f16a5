import {
  COUNTY,
  EXTERNAL_REGIONS,
  MUNICIPALITIES,
  TARGET_GROUPS,
  TOPICS,
  type Region as DomainRegion,
} from '@schutznetz/domain';

/** Reference data lives in the domain package: reading it costs no database round trip. */
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

export interface RegionRecord {
  id: string;
  kind: string;
  name: { de: string; en: string };
  ags: string | null;
  population: number | null;
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

function toRegion(region: DomainRegion): RegionRecord {
  return {
    id: region.code,
    kind: region.kind,
    name: region.label,
    ags: region.ags,
    population: region.population?.count ?? null,
    neighbourCodes: region.kind === 'municipality' ? region.neighbours : [],
  };
}

const regions: RegionRecord[] = [COUNTY, ...MUNICIPALITIES, ...EXTERNAL_REGIONS].map(toRegion);
const topicsById = new Map(topics.map((topic) => [topic.id, topic]));
const regionsById = new Map(regions.map((region) => [region.id, region]));
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

  listRegions(kind?: string): RegionRecord[] {
    return kind ? regions.filter((region) => region.kind === kind) : regions;
  }

  findRegion(id: string): RegionRecord | undefined {
    return regionsById.get(id);
  }
}
