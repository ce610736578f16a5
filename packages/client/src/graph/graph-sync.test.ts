import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { PositionCache } from './graph-layout';
import { syncElements } from './graph-sync';

// The SVG export extension reads `window` when it loads; syncing never uses it.
jest.mock('cytoscape-svg', () => () => undefined);

/** A node as `toElements` makes one: an id, a label and the classes of its kind. */
function node(
  id: string,
  label: string,
  classes = 'kind-institution',
  position?: { x: number; y: number },
): ElementDefinition {
  return { group: 'nodes', data: { id, label }, classes, ...(position ? { position } : {}) };
}

function edge(source: string, target: string, label = ''): ElementDefinition {
  return { group: 'edges', data: { id: `${source}->${target}`, source, target, label } };
}

/** What is drawn: every element's id with its label and classes, sorted by id. */
function drawn(cy: Core): string[] {
  return cy
    .elements()
    .map((element) => {
      const label = String(element.data('label') ?? '');
      return `${element.id()} "${label}" [${element.classes().join(' ')}]`;
    })
    .sort();
}

describe('syncElements', () => {
  let cy: Core;
  let cache: PositionCache;

  beforeEach(() => {
    cy = cytoscape({ headless: true });
    cache = new Map();
    syncElements(
      cy,
      [
        node('a', 'Jugendamt', 'kind-institution spof', { x: 0, y: 0 }),
        node('b', 'Frauenhaus', 'kind-institution', { x: 100, y: 0 }),
        node('c', 'Polizei', 'kind-institution', { x: 0, y: 100 }),
        edge('a', 'b'),
        edge('a', 'c'),
      ],
      cache,
    );
  });

  afterEach(() => {
    cy.destroy();
  });

  it('draws exactly the elements it is given', () => {
    expect(drawn(cy)).toEqual([
      'a "Jugendamt" [kind-institution spof]',
      'a->b "" []',
      'a->c "" []',
      'b "Frauenhaus" [kind-institution]',
      'c "Polizei" [kind-institution]',
    ]);
  });

  it('adds the new elements, removes the ones no longer given and updates changed data and classes', () => {
    const kept = cy.getElementById('b');
    const result = syncElements(
      cy,
      [
        node('a', 'Jugendamt Köthen', 'kind-institution'),
        node('b', 'Frauenhaus', 'kind-institution'),
        node('d', 'Beratungsstelle', 'kind-service', { x: 100, y: 100 }),
        edge('a', 'b', 'überweist'),
        edge('b', 'd'),
      ],
      cache,
    );

    expect(drawn(cy)).toEqual([
      'a "Jugendamt Köthen" [kind-institution]',
      'a->b "überweist" []',
      'b "Frauenhaus" [kind-institution]',
      'b->d "" []',
      'd "Beratungsstelle" [kind-service]',
    ]);
    // Removed: c and its edge a->c; added: d and b->d.
    expect(result).toMatchObject({ added: 2, removed: 2 });
    // An unchanged element is patched in place, not drawn anew.
    expect(kept.removed()).toBe(false);
    expect(cy.getElementById('a').position()).toEqual({ x: 0, y: 0 });
  });

  it('changes nothing when given the same elements again', () => {
    const result = syncElements(
      cy,
      [
        node('a', 'Jugendamt', 'kind-institution spof'),
        node('b', 'Frauenhaus'),
        node('c', 'Polizei'),
        edge('a', 'b'),
        edge('a', 'c'),
      ],
      cache,
    );
    expect(result).toEqual({ added: 0, removed: 0, layout: 'none' });
    expect(drawn(cy)).toHaveLength(5);
  });

  it('places a new node without a position next to its neighbour and remembers where', () => {
    const result = syncElements(
      cy,
      [
        node('a', 'Jugendamt'),
        node('b', 'Frauenhaus'),
        node('c', 'Polizei'),
        node('n', 'Neue Stelle'),
        edge('a', 'b'),
        edge('a', 'c'),
        edge('n', 'b'),
      ],
      cache,
    );
    expect(result).toEqual({ added: 2, removed: 0, layout: 'placed' });
    const placed = cy.getElementById('n').position();
    expect(Math.hypot(placed.x - 100, placed.y)).toBeLessThanOrEqual(80);
    expect(cache.get('n')).toEqual(placed);
    expect(cy.getElementById('b').position()).toEqual({ x: 100, y: 0 });
  });

  it('puts a node that comes back at its cached position', () => {
    syncElements(cy, [node('a', 'Jugendamt'), node('b', 'Frauenhaus')], cache);
    expect(cy.getElementById('c').empty()).toBe(true);
    cache.set('c', { x: 5, y: 105 });
    const result = syncElements(
      cy,
      [node('a', 'Jugendamt'), node('b', 'Frauenhaus'), node('c', 'Polizei')],
      cache,
    );
    expect(result).toEqual({ added: 1, removed: 0, layout: 'none' });
    expect(cy.getElementById('c').position()).toEqual({ x: 5, y: 105 });
  });
});
