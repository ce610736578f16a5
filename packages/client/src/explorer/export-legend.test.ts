import type { GraphData } from '../graph/graph-model';
import { legendInUse, SHAPE_ONLY_FILL, type LegendLabels } from './export-legend';

const LABELS: LegendLabels = {
  node: (key) => `Knoten ${key}`,
  edge: (kind) => `Kante ${kind}`,
  mark: (mark) => `Marke ${mark}`,
};

/** A shelter and a police station in one network, a person working at the shelter. */
const GRAPH: GraphData = {
  nodes: [
    { id: 'org:fh', kind: 'institution', label: 'Frauenhaus', institutionKind: 'womens_shelter' },
    {
      id: 'org:pol',
      kind: 'institution',
      label: 'Polizeirevier',
      institutionKind: 'police_station',
      articulationPoint: true,
    },
    { id: 'p:1', kind: 'person', label: 'Beraterin' },
    { id: 'net:ak', kind: 'network', label: 'AK' },
  ],
  edges: [
    { id: 'e1', source: 'p:1', target: 'org:fh', kind: 'works_at' },
    { id: 'e2', source: 'org:fh', target: 'net:ak', kind: 'member_of', bridge: true },
    { id: 'e3', source: 'org:pol', target: 'net:ak', kind: 'member_of' },
  ],
};

describe('the legend of an exported picture', () => {
  it('lists only the kinds, connections and marks the picture shows, in the legend’s order', () => {
    expect(legendInUse(GRAPH, LABELS).map((entry) => entry.label)).toEqual([
      'Knoten violence_protection',
      'Knoten police_justice',
      'Knoten person',
      'Knoten network',
      'Kante works_at',
      'Kante member_of',
      'Marke articulation',
      'Marke bridge',
    ]);
  });

  it('gives each kind its colour and shape', () => {
    expect(legendInUse(GRAPH, LABELS)[0]).toEqual({
      type: 'node',
      key: 'violence_protection',
      color: '#D55E00',
      shape: 'octagon',
      label: 'Knoten violence_protection',
    });
  });

  it('with colours by attribute, draws kinds by shape alone and names only the colours in use', () => {
    const colouring = {
      colourOf: (node: { id: string }) => (node.id === 'org:pol' ? '#0072B2' : '#C8CCD4'),
      entries: [
        { colour: '#0072B2', label: 'Zerbst/Anhalt' },
        { colour: '#D55E00', label: 'Köthen (Anhalt)' },
        { colour: '#C8CCD4', label: 'ohne Angabe' },
      ],
    };
    const legend = legendInUse(GRAPH, LABELS, colouring);
    expect(legend.filter((entry) => entry.type === 'swatch')).toEqual([
      { type: 'swatch', color: '#0072B2', label: 'Zerbst/Anhalt' },
      { type: 'swatch', color: '#C8CCD4', label: 'ohne Angabe' },
    ]);
    const fills = legend.flatMap((entry) => (entry.type === 'node' ? [entry.color] : []));
    expect(new Set(fills)).toEqual(new Set([SHAPE_ONLY_FILL]));
  });
});
