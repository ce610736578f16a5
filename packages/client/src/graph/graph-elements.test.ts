import { NODE_APPEARANCE } from './graph-appearance';
import { NODE_SIZE_MAX, NODE_SIZE_MIN, nodeSize, toElements } from './graph-elements';
import type { GraphData } from './graph-model';

const graph: GraphData = {
  nodes: [
    {
      id: 'i1',
      kind: 'institution',
      label: 'Jugendamt',
      institutionKind: 'youth_welfare_office',
      degree: 4,
      articulationPoint: true,
    },
    {
      id: 'i2',
      kind: 'institution',
      label: 'Frauenhaus',
      institutionKind: 'womens_shelter',
      degree: 1,
      singlePointOfFailure: true,
    },
    { id: 'p1', kind: 'person', label: 'A. Beispiel', degree: 0 },
    { id: 'x', kind: 'institution', label: 'Unbekannt', institutionKind: 'no_such_kind' },
  ],
  edges: [
    { id: 'e1', source: 'i1', target: 'i2', kind: 'refers_to', bridge: true },
    { id: 'e2', source: 'p1', target: 'i1', kind: 'works_at' },
    { id: 'e3', source: 'p1', target: 'missing', kind: 'expertise' },
  ],
};

describe('toElements', () => {
  const elements = toElements(graph);
  const byId = new Map(elements.map((element) => [element.data.id, element]));

  it('gives every node its sector colour and shape, so kinds differ by shape as well', () => {
    expect(byId.get('i1')?.data).toMatchObject(NODE_APPEARANCE.child_youth_welfare);
    expect(byId.get('i2')?.data).toMatchObject(NODE_APPEARANCE.violence_protection);
    expect(byId.get('p1')?.data).toMatchObject(NODE_APPEARANCE.person);
    expect(byId.get('x')?.data).toMatchObject(NODE_APPEARANCE.institution_other);
    const shapes = Object.values(NODE_APPEARANCE).map((appearance) => appearance.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('marks articulation points, single points of failure and bridges with classes', () => {
    expect(byId.get('i1')?.classes).toContain('articulation');
    expect(byId.get('i2')?.classes).toContain('spof');
    expect(byId.get('e1')?.classes).toContain('bridge');
    expect(byId.get('e2')?.classes).not.toContain('bridge');
  });

  it('sizes nodes by the chosen metric, largest for the highest value', () => {
    expect(byId.get('i1')?.data['size']).toBe(NODE_SIZE_MAX);
    expect(byId.get('p1')?.data['size']).toBe(NODE_SIZE_MIN);
  });

  it('drops edges whose end is missing and puts nodes before edges', () => {
    expect(byId.has('e3')).toBe(false);
    const groups = elements.map((element) => element.group);
    expect(groups.lastIndexOf('nodes')).toBeLessThan(groups.indexOf('edges'));
  });

  it('keeps the first of duplicate ids', () => {
    const doubled = toElements({
      nodes: [...graph.nodes, { id: 'i1', kind: 'topic', label: 'x' }],
      edges: [],
    });
    expect(doubled.filter((element) => element.data.id === 'i1')).toHaveLength(1);
  });

  it('carries known positions', () => {
    const positioned = toElements(graph, { positions: new Map([['i1', { x: 5, y: 7 }]]) });
    expect(positioned.find((element) => element.data.id === 'i1')?.position).toEqual({
      x: 5,
      y: 7,
    });
    expect(positioned.find((element) => element.data.id === 'i2')?.position).toBeUndefined();
  });

  it('falls back to degree sizes when betweenness is unknown', () => {
    const sized = toElements(graph, { metric: 'betweenness' });
    expect(
      sized.every((element) => element.group === 'edges' || element.data['size'] === NODE_SIZE_MIN),
    ).toBe(true);
  });
});

describe('nodeSize', () => {
  it('grows with the square root of the value, between the bounds', () => {
    expect(nodeSize(0, 10)).toBe(NODE_SIZE_MIN);
    expect(nodeSize(10, 10)).toBe(NODE_SIZE_MAX);
    expect(nodeSize(2.5, 10)).toBe(
      Math.round(NODE_SIZE_MIN + 0.5 * (NODE_SIZE_MAX - NODE_SIZE_MIN)),
    );
    expect(nodeSize(null, 10)).toBe(NODE_SIZE_MIN);
    expect(nodeSize(3, 0)).toBe(NODE_SIZE_MIN);
  });
});
