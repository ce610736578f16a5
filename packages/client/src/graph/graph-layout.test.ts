import { needsFullLayout, placeNewNodes } from './graph-layout';

describe('needsFullLayout', () => {
  it('lays out everything when half or more of the nodes are new', () => {
    expect(needsFullLayout(10, 5)).toBe(true);
    expect(needsFullLayout(10, 4)).toBe(false);
    expect(needsFullLayout(10, 0)).toBe(false);
  });
});

describe('placeNewNodes', () => {
  const known = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 0 }],
  ]);

  it('puts a new node near the mean of its placed neighbours', () => {
    const placed = placeNewNodes(
      ['n'],
      [
        { source: 'n', target: 'a' },
        { source: 'b', target: 'n' },
      ],
      known,
    );
    const position = placed.get('n')!;
    expect(Math.hypot(position.x - 50, position.y)).toBeLessThanOrEqual(80);
  });

  it('puts a node without placed neighbours in a row below the graph', () => {
    const placed = placeNewNodes(['lonely'], [], known);
    expect(placed.get('lonely')!.y).toBeGreaterThan(0);
  });

  it('is deterministic and keeps siblings apart', () => {
    const edges = [
      { source: 'n1', target: 'a' },
      { source: 'n2', target: 'a' },
    ];
    const first = placeNewNodes(['n1', 'n2'], edges, known);
    expect(placeNewNodes(['n1', 'n2'], edges, known)).toEqual(first);
    expect(first.get('n1')).not.toEqual(first.get('n2'));
  });
});
