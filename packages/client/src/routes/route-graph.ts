/**
 * The routes found, as a small graph for the graph component: every institution on a route is
 * a node, every hop an edge (a self-referral starts at a "person" node). Pure data.
 */
import type { GraphData, GraphEdge, GraphNode } from '../graph';

interface InstitutionOnRoute {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly municipality: string;
}

export interface RouteShape {
  readonly rank: number;
  readonly start?: InstitutionOnRoute | null;
  readonly hops: readonly {
    readonly from?: InstitutionOnRoute | null;
    readonly to: InstitutionOnRoute;
  }[];
}

/** Id of the node that stands for the person on their own. */
export const SELF_NODE_ID = 'route:self';

export function hopEdgeId(fromId: string, toId: string): string {
  return `route:${fromId}->${toId}`;
}

/** The nodes and edges of all routes, each once. */
export function routesToGraph(routes: readonly RouteShape[], selfLabel: string): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addInstitution = (institution: InstitutionOnRoute) => {
    if (!nodes.has(institution.id)) {
      nodes.set(institution.id, {
        id: institution.id,
        kind: 'institution',
        label: institution.name,
        institutionKind: institution.kind.toLowerCase(),
        municipality: institution.municipality,
      });
    }
  };
  for (const route of routes) {
    if (route.start) addInstitution(route.start);
    for (const hop of route.hops) {
      const fromId = hop.from?.id ?? SELF_NODE_ID;
      if (hop.from) addInstitution(hop.from);
      else if (!nodes.has(SELF_NODE_ID))
        nodes.set(SELF_NODE_ID, { id: SELF_NODE_ID, kind: 'person', label: selfLabel });
      addInstitution(hop.to);
      const id = hopEdgeId(fromId, hop.to.id);
      if (!edges.has(id)) {
        edges.set(id, { id, source: fromId, target: hop.to.id, kind: 'refers_to' });
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The ids of the nodes and edges of one route, to highlight it. */
export function routeElementIds(route: RouteShape): Set<string> {
  const ids = new Set<string>();
  if (route.start) ids.add(route.start.id);
  for (const hop of route.hops) {
    const fromId = hop.from?.id ?? SELF_NODE_ID;
    ids.add(fromId);
    ids.add(hop.to.id);
    ids.add(hopEdgeId(fromId, hop.to.id));
  }
  return ids;
}
