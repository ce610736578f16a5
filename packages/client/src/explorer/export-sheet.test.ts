import { composeSheet, splitGraphSvg, wrapText } from './export-sheet';
import type { LegendEntry } from './export-legend';

const GRAPH =
  '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">' +
  '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="1200" height="800"><defs/><g><circle cx="10" cy="10" r="5"/></g></svg>';

const LEGEND: LegendEntry[] = [
  {
    type: 'node',
    key: 'violence_protection',
    color: '#D55E00',
    shape: 'octagon',
    label: 'Gewaltschutz',
  },
  {
    type: 'edge',
    key: 'refers_to',
    color: '#1F4F8B',
    lineStyle: 'solid',
    width: 2,
    arrow: true,
    label: 'verweist an (Hilfeweg)',
  },
  { type: 'mark', key: 'bridge', label: 'Brücke' },
];

const WORDS = {
  title: 'AK gegen Gewalt – Köthen & Aken',
  date: 'Stand: 06.12.2026',
  caption: 'Auswahl: Netzwerk: Arbeitskreis gegen Gewalt; Gemeinde: Köthen (Anhalt)',
  legendHeading: 'Legende',
  sizeNote: 'Größe der Knoten: Verbindungen (Grad)',
};

describe('the sheet an exported picture is drawn on', () => {
  it('holds the title, the date, the filter in words and each legend entry as text', () => {
    const { svg } = composeSheet(GRAPH, WORDS, LEGEND);
    expect(svg).toContain('>AK gegen Gewalt – Köthen &amp; Aken</text>');
    expect(svg).toContain('<title>AK gegen Gewalt – Köthen &amp; Aken</title>');
    expect(svg).toContain('>Stand: 06.12.2026</text>');
    expect(svg).toContain(
      '>Auswahl: Netzwerk: Arbeitskreis gegen Gewalt; Gemeinde: Köthen (Anhalt)</text>',
    );
    for (const label of ['Gewaltschutz', 'verweist an (Hilfeweg)', 'Brücke']) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toContain('>Größe der Knoten: Verbindungen (Grad)</text>');
  });

  it('embeds the graph once, at its size, below the words and above the legend', () => {
    const sheet = composeSheet(GRAPH, WORDS, LEGEND);
    expect(sheet.svg.match(/<svg /g)).toHaveLength(2);
    expect(sheet.svg).toContain('width="1200.0" height="800.0" viewBox="0 0 1200 800"><defs/><g>');
    expect(sheet.svg).not.toContain('<!DOCTYPE');
    expect(sheet.width).toBe(1264);
    const graphTop = Number(/<svg x="[\d.]+" y="(\d+)"/.exec(sheet.svg)?.[1]);
    expect(graphTop).toBeGreaterThan(60);
    expect(sheet.height).toBeGreaterThan(graphTop + 800 + 3 * 24);
  });

  it('scales a graph wider than 2400 down to that width', () => {
    const wide = GRAPH.replace('width="1200" height="800"', 'width="4800" height="1000"');
    const sheet = composeSheet(wide, WORDS, LEGEND);
    expect(sheet.svg).toContain('width="2400.0" height="500.0" viewBox="0 0 4800 1000"');
    expect(sheet.width).toBe(2464);
  });

  it('reads the graph size from the root element', () => {
    expect(splitGraphSvg(GRAPH)).toMatchObject({ width: 1200, height: 800 });
  });
});

describe('wrapping a long caption', () => {
  it('breaks at spaces so no line is longer than asked', () => {
    expect(wrapText('Netzwerk: Arbeitskreis gegen Gewalt; Gemeinde: Köthen', 20)).toEqual([
      'Netzwerk:',
      'Arbeitskreis gegen',
      'Gewalt; Gemeinde:',
      'Köthen',
    ]);
  });
});
