/**
 * Generated networks for the client benchmark: the county's shape (institutions clustered by
 * municipality, people working at them, referrals mostly within a municipality, a few networks,
 * ~30 topics) at any size, from a fixed seed so every run draws the same graph.
 */
// The analysis package's seeded generator, from its file: the package's index would bundle graphology.
import { createRandom } from '../../analysis/src/random';
import type { GraphData, GraphEdge, GraphNode } from '../src/graph/graph-model';

const KINDS = [
  'youth_welfare_office',
  'women_shelter',
  'police_station',
  'family_counselling_centre',
  'paediatric_practice',
  'school',
  'jobcentre',
  'childcare_centre',
];

/**
 * A graph with about `elements` nodes plus edges, in the county's proportions
 * (≈ 0.3 nodes per element: 271 nodes and 901 edges in the demo data).
 */
export function generateNetworkGraph(elements: number, seed = 20240605): GraphData {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const nodeCount = Math.max(10, Math.round(elements * 0.3));
  const topicCount = Math.min(30, Math.max(3, Math.round(nodeCount / 10)));
  const networkCount = Math.max(1, Math.round(nodeCount / 60));
  const institutionCount = Math.round((nodeCount - topicCount - networkCount) * 0.43);
  const personCount = nodeCount - topicCount - networkCount - institutionCount;
  const municipalities = Math.max(1, Math.round(institutionCount / 10));

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const topics = Array.from({ length: topicCount }, (_, i) => `topic:${i}`);
  const networks = Array.from({ length: networkCount }, (_, i) => `net:${i}`);
  for (const id of topics) nodes.push({ id, kind: 'topic', label: `Thema ${id.slice(6)}` });
  for (const id of networks) nodes.push({ id, kind: 'network', label: `Netzwerk ${id.slice(4)}` });
  const institutions: { id: string; municipality: number }[] = [];
  for (let i = 0; i < institutionCount; i += 1) {
    const municipality = Math.floor(random() * municipalities);
    const id = `inst:${i}`;
    institutions.push({ id, municipality });
    nodes.push({
      id,
      kind: 'institution',
      label: `Einrichtung ${i} (Gemeinde ${municipality})`,
      institutionKind: pick(KINDS),
      municipality: `m${municipality}`,
    });
  }
  const people = Array.from({ length: personCount }, (_, i) => `person:${i}`);
  for (const [i, id] of people.entries())
    nodes.push({ id, kind: 'person', label: `Fachkraft ${i}` });

  const byMunicipality = new Map<number, string[]>();
  for (const { id, municipality } of institutions) {
    const list = byMunicipality.get(municipality);
    if (list) list.push(id);
    else byMunicipality.set(municipality, [id]);
  }
  const institutionIds = institutions.map((institution) => institution.id);
  const edgeTarget = elements - nodes.length;
  const seen = new Set<string>();
  const add = (kind: GraphEdge['kind'], source: string, target: string) => {
    const id = `${kind}:${source}:${target}`;
    if (seen.has(id) || source === target) return;
    seen.add(id);
    edges.push({ id, kind, source, target });
  };
  for (const person of people) add('works_at', person, pick(institutions).id);
  // The rest in the county's mix: expertise, offers, memberships and referrals.
  while (edges.length < edgeTarget) {
    const roll = random();
    if (roll < 0.32) add('expertise', pick(people), pick(topics));
    else if (roll < 0.55) add('offers_topic', pick(institutions).id, pick(topics));
    else if (roll < 0.75)
      add('member_of', pick(random() < 0.5 ? people : institutionIds), pick(networks));
    else {
      const from = pick(institutions);
      const local = byMunicipality.get(from.municipality) ?? [];
      const to = random() < 0.8 && local.length > 1 ? pick(local) : pick(institutions).id;
      add('refers_to', from.id, to);
    }
  }
  return { nodes, edges };
}
