import type { GraphData } from '../graph/graph-model';
import { shortestPath, stepVerbKey } from './explorer-path';

const graph: GraphData = {
  nodes: [
    { id: 'school', kind: 'institution', label: 'Schule' },
    { id: 'asd', kind: 'institution', label: 'ASD' },
    { id: 'shelter', kind: 'institution', label: 'Frauenhaus' },
    { id: 'net', kind: 'network', label: 'Netzwerk' },
    { id: 'p1', kind: 'person', label: 'A. Beispiel' },
  ],
  edges: [
    { id: 'r1', kind: 'refers_to', source: 'school', target: 'asd' },
    { id: 'r2', kind: 'refers_to', source: 'asd', target: 'shelter' },
    { id: 'm1', kind: 'member_of', source: 'school', target: 'net' },
    { id: 'm2', kind: 'member_of', source: 'shelter', target: 'net' },
    { id: 'w1', kind: 'works_at', source: 'p1', target: 'asd' },
  ],
};

describe('shortestPath', () => {
  it('takes the fewest steps in either direction and names each step’s edge and direction', () => {
    const path = shortestPath(graph, 'shelter', 'school');
    expect(path?.nodeIds).toEqual(['shelter', 'asd', 'school']);
    expect(
      path?.steps.map((step) => `${step.from.label} ${stepVerbKey(step)} ${step.to.label}`),
    ).toEqual(['Frauenhaus refers_to.backward ASD', 'ASD refers_to.backward Schule']);
  });

  it('follows only referrals, in their direction, when asked', () => {
    expect(shortestPath(graph, 'school', 'shelter', true)?.edgeIds).toEqual(['r1', 'r2']);
    expect(shortestPath(graph, 'shelter', 'school', true)).toBeNull();
  });

  it('finds a person’s way through their employer', () => {
    expect(shortestPath(graph, 'p1', 'shelter')?.nodeIds).toEqual(['p1', 'asd', 'shelter']);
  });

  it('answers null for an unknown end and a one-node path for the same node', () => {
    expect(shortestPath(graph, 'school', 'nowhere')).toBeNull();
    expect(shortestPath(graph, 'asd', 'asd')).toEqual({ nodeIds: ['asd'], edgeIds: [], steps: [] });
  });
});
