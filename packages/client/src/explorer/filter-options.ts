/** The choices the filter panel offers: only values that occur in the loaded network. */
import { TARGET_GROUPS, TOPICS, type Locale, type RegionCatalog } from '@schutznetz/domain';
import type { ExplorerData } from './explorer-data';
import { byLabel, institutionKindLabel, targetGroupLabel, topicLabel } from './explorer-labels';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
  /** A group topic: shown above its topics, which are indented. */
  readonly isGroup?: boolean;
}

export interface FilterOptions {
  readonly networks: readonly FilterOption[];
  readonly kinds: readonly FilterOption[];
  readonly topics: readonly FilterOption[];
  readonly targetGroups: readonly FilterOption[];
  readonly municipalities: readonly FilterOption[];
}

/** Options for each filter, sorted by label (topics and target groups in taxonomy order). */
export function buildFilterOptions(
  data: Pick<ExplorerData, 'graph' | 'facets'>,
  locale: Locale,
  region: RegionCatalog,
): FilterOptions {
  const kinds = new Set<string>();
  const municipalities = new Set<string>();
  const networks: FilterOption[] = [];
  for (const node of data.graph.nodes) {
    if (node.kind === 'institution') {
      if (node.institutionKind) kinds.add(node.institutionKind);
      if (node.municipality) municipalities.add(node.municipality);
    }
    if (node.kind === 'network') networks.push({ value: node.id, label: node.label });
  }
  const topics = new Set<string>();
  const groups = new Set<string>();
  for (const facet of data.facets.values()) {
    for (const topic of facet.topics) topics.add(topic);
    for (const group of facet.targetGroups) groups.add(group);
  }
  const sort = byLabel<FilterOption>(locale);
  return {
    networks: networks.sort(sort),
    kinds: [...kinds]
      .map((value) => ({ value, label: institutionKindLabel(value, locale) }))
      .sort(sort),
    topics: TOPICS.filter(
      (topic) =>
        topics.has(topic.code) ||
        (topic.isGroup &&
          TOPICS.some((child) => child.parent === topic.code && topics.has(child.code))),
    ).map((topic) => ({
      value: topic.code,
      label: topicLabel(topic.code, locale),
      isGroup: topic.isGroup,
    })),
    targetGroups: TARGET_GROUPS.filter((group) => groups.has(group.code)).map((group) => ({
      value: group.code,
      label: targetGroupLabel(group.code, locale),
    })),
    municipalities: [...municipalities]
      .map((value) => ({ value, label: region.label(value, locale) }))
      .sort(sort),
  };
}
