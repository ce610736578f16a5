import { chooseLabels, shortLabel } from './graph-labels';

const box = (x: number, y: number, width = 50, height = 12) => ({
  x1: x,
  y1: y,
  x2: x + width,
  y2: y + height,
});

describe('chooseLabels', () => {
  it('shows the more important of two overlapping labels and every label that is clear', () => {
    const shown = chooseLabels([
      { id: 'person', priority: 1, box: box(0, 0) },
      { id: 'network', priority: 9, box: box(30, 5) },
      { id: 'far', priority: 1, box: box(300, 300) },
    ]);
    expect([...shown].sort()).toEqual(['far', 'network']);
  });

  it('keeps a little air between labels (padding), and decides ties by id', () => {
    expect([
      ...chooseLabels([
        { id: 'b', priority: 1, box: box(0, 0) },
        { id: 'a', priority: 1, box: box(52, 0) },
      ]),
    ]).toEqual(['a']);
    expect(
      chooseLabels([
        { id: 'a', priority: 1, box: box(0, 0) },
        { id: 'b', priority: 1, box: box(60, 0) },
      ]).size,
    ).toBe(2);
  });
});

describe('shortLabel', () => {
  it('cuts a long name at a word and ends it with an ellipsis', () => {
    expect(
      shortLabel('Landkreis Anhalt-Bitterfeld, Fachbereich Kinder, Jugend und Familie (Jugendamt)'),
    ).toBe('Landkreis Anhalt-Bitterfeld…');
    expect(shortLabel('ASD Köthen')).toBe('ASD Köthen');
  });
});
