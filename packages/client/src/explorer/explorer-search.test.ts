import type { GraphNode } from '../graph/graph-model';
import { foldText, keyboardOrder, suggestNodes } from './explorer-search';

const nodes: GraphNode[] = [
  { id: '1', kind: 'institution', label: 'Jugendamt Köthen' },
  { id: '2', kind: 'institution', label: 'Frauenhaus Anhalt-Bitterfeld' },
  { id: '3', kind: 'person', label: 'Petra Köhler' },
  { id: '4', kind: 'institution', label: 'Beratungsstelle Köthen' },
  { id: '5', kind: 'institution', label: 'Köthener Tafel' },
];
const subtitles = (id: string) => (id === '3' ? 'Kinderschutzfachkraft' : null);

describe('suggestNodes', () => {
  it('folds case and umlauts', () => {
    expect(foldText('Köthen STRAßE')).toBe('kothen strasse');
    expect(suggestNodes(nodes, 'kothen', subtitles).map((s) => s.node.id)).toContain('1');
  });

  it('ranks labels starting with the query first', () => {
    // "Köthener Tafel" starts with it; the others have it at a word start, alphabetically.
    expect(suggestNodes(nodes, 'kothen', subtitles).map((s) => s.node.id)).toEqual(['5', '4', '1']);
  });

  it('matches every word, also in the subtitle', () => {
    expect(suggestNodes(nodes, 'petra kinderschutz', subtitles).map((s) => s.node.id)).toEqual([
      '3',
    ]);
    expect(suggestNodes(nodes, 'jugendamt zerbst', subtitles)).toEqual([]);
  });

  it('suggests nothing for a blank query and respects the limit', () => {
    expect(suggestNodes(nodes, '  ', subtitles)).toEqual([]);
    expect(suggestNodes(nodes, 'e', subtitles, 2)).toHaveLength(2);
  });
});

describe('keyboardOrder', () => {
  it('orders nodes by label in the locale, umlauts where German readers expect them', () => {
    expect(keyboardOrder(nodes, 'de')).toEqual(['4', '2', '1', '5', '3']);
  });
});
