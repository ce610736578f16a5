/**
 * Resilience with people (decision 024): the link graph of institutions, people and networks,
 * and the people whose leaving cuts an institution off the networks.
 *
 * Nodes are the institutions, people and networks of the graph; undirected links join
 * - two institutions when a referral path runs between them, either direction (`referral`);
 * - a person and an institution they work at (`employment`, WORKS_AT);
 * - an institution or a person and a network they are a member of, any role (`membership`).
 * An institution is *on the network* when a chain of links leads from it to any network. A
 * person cuts an institution off when the institution is on the network and is no longer once
 * the person (with their links) is gone; a link of a person (employment or membership) cuts an
 * institution off in the same way when it alone is gone. Institutions that are not on the
 * network at all are what {@link findIsolation} lists, not cut-offs.
 */
import type { AnalysisGraph } from '../graph';

/** Kinds of node of the link graph. */
export type LinkNodeKind = 'institution' | 'person' | 'network';

/** A person whose leaving cuts institutions off the networks. */
export interface PersonCutPoint {
  readonly personId: string;
  /** The institutions on the network before and off it without the person, sorted. */
  readonly cutOff: readonly string[];
}

/** A link of a person whose loss alone cuts institutions off the networks. */
export interface PersonBridge {
  readonly personId: string;
  /** The institution (employment) or the network (membership) at the other end. */
  readonly otherId: string;
  readonly kind: 'employment' | 'membership';
  /** The institutions on the network before and off it without this link, sorted. */
  readonly cutOff: readonly string[];
}

/** The people on whom an institution's link to the networks hangs. */
export interface PersonLinkReport {
  readonly nodeCount: number;
  readonly linkCount: number;
  /** Most institutions cut off first, then by person id. */
  readonly cutPoints: readonly PersonCutPoint[];
  /** Most institutions cut off first, then by person id and the other end. */
  readonly bridges: readonly PersonBridge[];
}

/** The link graph as index-based adjacency lists. */
export interface LinkGraph {
  readonly ids: readonly string[];
  readonly kinds: readonly LinkNodeKind[];
  readonly neighbours: readonly (readonly number[])[];
  readonly linkCount: number;
}

/** Builds the link graph of `graph` (see the module comment for what links what). */
export function linkGraph(graph: AnalysisGraph): LinkGraph {
  const ids: string[] = [];
  const kinds: LinkNodeKind[] = [];
  const position = new Map<string, number>();
  const add = (id: string, kind: LinkNodeKind): void => {
    if (position.has(id)) return;
    position.set(id, ids.length);
    ids.push(id);
    kinds.push(kind);
  };
  for (const institution of graph.institutions) add(institution.id, 'institution');
  for (const person of graph.people) add(person.id, 'person');
  for (const network of graph.networks) add(network.id, 'network');
  const neighbours: number[][] = ids.map(() => []);
  const seen = new Set<number>();
  let linkCount = 0;
  const link = (a: string, b: string): void => {
    const i = position.get(a);
    const j = position.get(b);
    if (i === undefined || j === undefined || i === j) return;
    const key = Math.min(i, j) * ids.length + Math.max(i, j);
    if (seen.has(key)) return;
    seen.add(key);
    neighbours[i]?.push(j);
    neighbours[j]?.push(i);
    linkCount += 1;
  };
  for (const path of graph.referralPaths) {
    if (kinds[position.get(path.fromId) ?? -1] === 'institution') link(path.fromId, path.toId);
  }
  for (const person of graph.people) {
    for (const employment of person.employments) {
      if (kinds[position.get(employment.institutionId) ?? -1] === 'institution') {
        link(person.id, employment.institutionId);
      }
    }
  }
  for (const network of graph.networks) {
    for (const member of network.members) {
      if (kinds[position.get(member.memberId) ?? -1] !== 'network') {
        link(member.memberId, network.id);
      }
    }
  }
  return { ids, kinds, neighbours, linkCount };
}

/** A depth-first search forest of the link graph with low-links, subtree sizes and counts. */
interface Forest {
  readonly disc: Int32Array;
  readonly low: Int32Array;
  readonly parent: Int32Array;
  readonly size: Int32Array;
  /** The node discovered at each time. */
  readonly byDisc: Int32Array;
  readonly root: Int32Array;
  /** Networks discovered before each time: networks of a subtree by difference. */
  readonly networksBefore: Int32Array;
}

/** Tarjan's low-link search, iterative so that deep graphs do not overflow the stack. */
function searchForest({ kinds, neighbours }: LinkGraph): Forest {
  const n = kinds.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  const byDisc = new Int32Array(n);
  const root = new Int32Array(n);
  const next = new Int32Array(n);
  let time = 0;
  const discover = (v: number, r: number): void => {
    disc[v] = time;
    low[v] = time;
    byDisc[time] = v;
    root[v] = r;
    time += 1;
  };
  for (let r = 0; r < n; r += 1) {
    if (disc[r] !== -1) continue;
    discover(r, r);
    const stack = [r];
    while (stack.length > 0) {
      const v = stack[stack.length - 1] ?? r;
      const list = neighbours[v] ?? [];
      const i = next[v] ?? 0;
      if (i < list.length) {
        next[v] = i + 1;
        const w = list[i] ?? v;
        if (disc[w] === -1) {
          parent[w] = v;
          discover(w, r);
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v] ?? 0, disc[w] ?? 0);
        }
        continue;
      }
      stack.pop();
      size[v] = (size[v] ?? 0) + 1;
      const p = parent[v] ?? -1;
      if (p >= 0) {
        low[p] = Math.min(low[p] ?? 0, low[v] ?? 0);
        size[p] = (size[p] ?? 0) + (size[v] ?? 0);
      }
    }
  }
  const networksBefore = new Int32Array(n + 1);
  for (let d = 0; d < n; d += 1) {
    networksBefore[d + 1] =
      (networksBefore[d] ?? 0) + (kinds[byDisc[d] ?? 0] === 'network' ? 1 : 0);
  }
  return { disc, low, parent, size, byDisc, root, networksBefore };
}

/** Reads a forest: networks and institutions of subtrees and of what is left around them. */
class ForestView {
  constructor(
    private readonly links: LinkGraph,
    private readonly forest: Forest,
  ) {}

  /** Networks in the subtree of `v`. */
  networksBelow(v: number): number {
    const { disc, size, networksBefore } = this.forest;
    const start = disc[v] ?? 0;
    return (networksBefore[start + (size[v] ?? 0)] ?? 0) - (networksBefore[start] ?? 0);
  }

  /** Networks in the component of `v`. */
  networksAround(v: number): number {
    return this.networksBelow(this.forest.root[v] ?? v);
  }

  /** Institution ids in the subtrees `subtrees`, sorted. */
  institutionsIn(subtrees: readonly number[]): string[] {
    const { disc, size } = this.forest;
    return this.collect(subtrees.map((s) => [disc[s] ?? 0, (disc[s] ?? 0) + (size[s] ?? 0)]));
  }

  /** Institution ids of the component of `v` outside the subtrees `subtrees`, sorted. */
  institutionsOutside(v: number, subtrees: readonly number[]): string[] {
    const { disc, size, root } = this.forest;
    const r = root[v] ?? v;
    const cuts = subtrees
      .map((s) => [disc[s] ?? 0, (disc[s] ?? 0) + (size[s] ?? 0)] as const)
      .sort((a, b) => a[0] - b[0]);
    const ranges: [number, number][] = [];
    let from = disc[r] ?? 0;
    for (const [start, end] of cuts) {
      ranges.push([from, start]);
      from = end;
    }
    ranges.push([from, (disc[r] ?? 0) + (size[r] ?? 0)]);
    return this.collect(ranges);
  }

  private collect(ranges: readonly (readonly [number, number])[]): string[] {
    const result: string[] = [];
    for (const [start, end] of ranges) {
      for (let d = start; d < end; d += 1) {
        const node = this.forest.byDisc[d] ?? 0;
        if (this.links.kinds[node] === 'institution') result.push(this.links.ids[node] ?? '');
      }
    }
    return result.sort();
  }
}

/**
 * The people whose leaving, or one of whose links, cuts an institution off the networks (see
 * the module comment), from one depth-first search: linear in the size of the link graph plus
 * the institutions reported.
 */
export function findPersonLinks(graph: AnalysisGraph): PersonLinkReport {
  const links = linkGraph(graph);
  const forest = searchForest(links);
  const view = new ForestView(links, forest);
  const { kinds, ids } = links;
  const { disc, low, parent } = forest;
  const separated = new Map<number, number[]>();
  const bridges: PersonBridge[] = [];
  for (let v = 0; v < kinds.length; v += 1) {
    const p = parent[v] ?? -1;
    if (p < 0 || view.networksAround(v) === 0) continue;
    if (kinds[p] === 'person' && (low[v] ?? 0) >= (disc[p] ?? 0)) {
      const children = separated.get(p);
      if (children === undefined) separated.set(p, [v]);
      else children.push(v);
    }
    const person = kinds[p] === 'person' ? p : kinds[v] === 'person' ? v : -1;
    if (person < 0 || (low[v] ?? 0) <= (disc[p] ?? 0)) continue;
    // A bridge: the side without any network is cut off.
    const below = view.networksBelow(v);
    const cutOff =
      below === 0
        ? view.institutionsIn([v])
        : below === view.networksAround(v)
          ? view.institutionsOutside(v, [v])
          : [];
    if (cutOff.length > 0) {
      bridges.push({
        personId: ids[person] ?? '',
        otherId: ids[person === p ? v : p] ?? '',
        kind: kinds[person === p ? v : p] === 'network' ? 'membership' : 'employment',
        cutOff,
      });
    }
  }
  const cutPoints: PersonCutPoint[] = [];
  for (const [person, children] of separated) {
    const alone = children.filter((c) => view.networksBelow(c) === 0);
    const cutOff = view.institutionsIn(alone);
    const networksLeft =
      view.networksAround(person) - children.reduce((sum, c) => sum + view.networksBelow(c), 0);
    if (networksLeft === 0) cutOff.push(...view.institutionsOutside(person, children));
    if (cutOff.length > 0) cutPoints.push({ personId: ids[person] ?? '', cutOff: cutOff.sort() });
  }
  cutPoints.sort(
    (a, b) => b.cutOff.length - a.cutOff.length || a.personId.localeCompare(b.personId),
  );
  bridges.sort(
    (a, b) =>
      b.cutOff.length - a.cutOff.length ||
      a.personId.localeCompare(b.personId) ||
      a.otherId.localeCompare(b.otherId),
  );
  return { nodeCount: ids.length, linkCount: links.linkCount, cutPoints, bridges };
}
