/** Suggestions for the explorer's search box, over the loaded nodes (instant, no round trip). */
import type { GraphNode } from '../graph/graph-model';

/** Lower case without diacritics, so "kothen" finds "Köthen" (ß → ss as in German). */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export interface Suggestion {
  readonly node: GraphNode;
  readonly subtitle: string | null;
}

/**
 * Nodes whose label (or subtitle, e.g. a function) contains every word of `query`; labels that
 * start with the query first, then word starts, then the rest, each alphabetically.
 */
export function suggestNodes(
  nodes: readonly GraphNode[],
  query: string,
  subtitles: (id: string) => string | null,
  limit = 8,
): Suggestion[] {
  const folded = foldText(query.trim());
  const words = folded.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return [];
  const scored: { suggestion: Suggestion; rank: number; label: string }[] = [];
  for (const node of nodes) {
    const subtitle = subtitles(node.id);
    const label = foldText(node.label);
    const haystack = `${label} ${subtitle ? foldText(subtitle) : ''}`;
    if (!words.every((word) => haystack.includes(word))) continue;
    const rank = label.startsWith(folded)
      ? 0
      : new RegExp(`(^|[^a-z0-9])${escape(words[0] ?? '')}`).test(label)
        ? 1
        : 2;
    scored.push({ suggestion: { node, subtitle }, rank, label });
  }
  scored.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'de'));
  return scored.slice(0, limit).map((entry) => entry.suggestion);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The ids of `nodes` by label in the locale's collation (ties by id): the order the arrow keys
 * step through on the graph, predictable whether or not one sees the picture.
 */
export function keyboardOrder(nodes: readonly GraphNode[], locale: string): string[] {
  const collator = new Intl.Collator(locale);
  return [...nodes]
    .sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1))
    .map((node) => node.id);
}
