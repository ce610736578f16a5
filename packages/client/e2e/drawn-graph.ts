import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

/** A node as Cytoscape draws it: its id, kind, label and classes (`highlighted`, `dimmed`, …). */
export interface DrawnNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly classes: readonly string[];
}

/** What Cytoscape draws in a page's graph, read from the instance itself. */
export interface DrawnGraph {
  readonly nodes: readonly DrawnNode[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
}

/**
 * Reads the elements of the graph canvas (`data-testid="graph-canvas"`) from its Cytoscape
 * instance, which Cytoscape registers on its container (`_cyreg.cy`): the graph as drawn, not as
 * React meant it. Waits until it shows `nodeCount` nodes when given (a sync runs after React's
 * render), so a test can compare the drawing with the count the page states.
 */
export async function readDrawnGraph(page: Page, nodeCount?: number): Promise<DrawnGraph> {
  const handle = await page.waitForFunction((expected) => {
    const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(
      '[data-testid="graph-canvas"]',
    );
    const cy = container?._cyreg?.cy;
    if (!cy || cy.destroyed()) return null;
    if (expected !== undefined && cy.nodes().length !== expected) return null;
    return {
      nodes: cy.nodes().map((node) => ({
        id: node.id(),
        kind: String(node.data('kind')),
        label: String(node.data('label')),
        classes: node.classes(),
      })),
      edges: cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
    };
  }, nodeCount);
  return (await handle.jsonValue()) as DrawnGraph;
}

/** The node and edge counts of the explorer's summary („312 Knoten und 540 Verbindungen sichtbar.“). */
export async function readStatedCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const summary = page.getByText(/[\d.]+ Knoten und [\d.]+ Verbindungen sichtbar\./);
  await summary.waitFor();
  // German figures group thousands with a dot („1.204“).
  const [nodes, edges] = [...((await summary.textContent()) ?? '').matchAll(/\d[\d.]*/g)].map(
    (match) => Number(match[0].replaceAll('.', '')),
  );
  return { nodes: nodes ?? 0, edges: edges ?? 0 };
}

/** The ids of the drawn nodes at most `depth` drawn edges away from `rootId` (the root included). */
export function drawnWithin(graph: DrawnGraph, rootId: string, depth: number): Set<string> {
  const reached = new Set([rootId]);
  let frontier = [rootId];
  for (let step = 0; step < depth; step += 1) {
    const next: string[] = [];
    for (const edge of graph.edges) {
      for (const [from, to] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        if (frontier.includes(from) && !reached.has(to)) {
          reached.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return reached;
}
