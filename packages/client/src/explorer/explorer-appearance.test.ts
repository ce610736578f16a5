import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import type { GraphData } from '../graph/graph-model';
import {
  CATEGORY_COLOURS,
  NO_CATEGORY_COLOUR,
  SCALE_COLOURS,
  colouring,
  nodeCategories,
} from './explorer-appearance';
import type { InstitutionFacets } from './explorer-filters';

const graph: GraphData = {
  nodes: [
    { id: 'a', kind: 'institution', label: 'A', municipality: 'zerbst', degree: 4 },
    { id: 'b', kind: 'institution', label: 'B', municipality: 'zerbst', degree: 2 },
    { id: 'c', kind: 'institution', label: 'C', municipality: 'aken', degree: 0 },
    { id: 'p', kind: 'person', label: 'P', degree: 1 },
    { id: 'n1', kind: 'network', label: 'Frühe Hilfen', degree: 2 },
    { id: 'n2', kind: 'network', label: 'Kinderschutz', degree: 1 },
    { id: 't', kind: 'topic', label: 'Thema', degree: 1 },
  ],
  edges: [
    { id: 'w', kind: 'works_at', source: 'p', target: 'c' },
    { id: 'm1', kind: 'member_of', source: 'a', target: 'n1' },
    { id: 'm2', kind: 'member_of', source: 'b', target: 'n1' },
    { id: 'm3', kind: 'member_of', source: 'b', target: 'n2' },
  ],
};
const none: InstitutionFacets = { topics: [], targetGroups: [], networks: [] };
const facets = new Map<string, InstitutionFacets>([
  ['a', { ...none, networks: ['n1'] }],
  ['b', { ...none, networks: ['n1', 'n2'] }],
  ['c', none],
]);
const labels = {
  locale: 'de' as const,
  region: DEMO_REGION_CATALOG,
  none: 'keine Angabe',
  other: 'weitere',
};

describe('nodeCategories', () => {
  it('takes institutions’ municipality and people’s employer’s; topics and networks have none', () => {
    expect(Object.fromEntries(nodeCategories(graph, facets, 'municipality'))).toEqual({
      a: 'zerbst',
      b: 'zerbst',
      c: 'aken',
      p: 'aken',
    });
  });

  it('takes each member’s largest network, a network its own', () => {
    expect(Object.fromEntries(nodeCategories(graph, facets, 'network'))).toEqual({
      a: 'n1',
      b: 'n1',
      n1: 'n1',
      n2: 'n2',
    });
  });
});

describe('colouring', () => {
  it('colours municipalities by size (ties by code) and lists them in the legend by name, then “keine Angabe”', () => {
    const byMunicipality = colouring(graph, facets, 'municipality', labels);
    const colourOf = (id: string) =>
      byMunicipality.colourOf?.(graph.nodes.find((n) => n.id === id)!);
    expect(colourOf('a')).toBe(CATEGORY_COLOURS[1]);
    expect(colourOf('c')).toBe(CATEGORY_COLOURS[0]);
    expect(colourOf('p')).toBe(CATEGORY_COLOURS[0]);
    expect(colourOf('t')).toBe(NO_CATEGORY_COLOUR);
    expect(byMunicipality.entries.map((entry) => entry.label)).toEqual([
      'Aken (Elbe)',
      'Zerbst/Anhalt',
      'keine Angabe',
    ]);
  });

  it('colours degree on a light-to-dark scale with ranges in the legend', () => {
    const byDegree = colouring(graph, facets, 'degree', labels);
    const colourOf = (id: string) => byDegree.colourOf?.(graph.nodes.find((n) => n.id === id)!);
    expect(colourOf('a')).toBe(SCALE_COLOURS.at(-1));
    expect(colourOf('c')).toBe(SCALE_COLOURS[0]);
    expect(byDegree.entries[0]?.label).toBe('0–1');
  });

  it('leaves the kind’s own colours alone for “kind”', () => {
    expect(colouring(graph, facets, 'kind', labels)).toEqual({
      by: 'kind',
      colourOf: undefined,
      entries: [],
    });
  });
});
