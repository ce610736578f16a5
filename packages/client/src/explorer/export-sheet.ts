/**
 * A sheet for the meeting: the drawn graph (Cytoscape's SVG) with a title, the date, the filter
 * in words and the legend of what it shows, as one SVG document that the PNG and the PDF are made
 * from. Pure string work, so it is tested without a browser.
 */
import type { NodeShape } from '../graph/graph-appearance';
import type { LegendEntry } from './export-legend';

/** The words of a sheet, in the UI language. */
export interface SheetText {
  readonly title: string;
  /** e.g. "Stand: 06.12.2026" */
  readonly date: string;
  /** e.g. "Auswahl: Netzwerk: Arbeitskreis gegen Gewalt; Gemeinde: Köthen (Anhalt)" */
  readonly caption: string;
  readonly legendHeading: string;
  /** e.g. "Größe der Knoten: Verbindungen (Grad)" */
  readonly sizeNote: string;
}

export interface Sheet {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const MARGIN = 32;
const MIN_WIDTH = 900;
const MAX_GRAPH_WIDTH = 2400;
const FONT = 'Helvetica, Arial, sans-serif';
const INK = '#1d2330';
const LEGEND_COLUMN = 300;
const LEGEND_ROW = 24;
const CAPTION_SIZE = 14;
/** Average advance of a character of the caption, to wrap it without measuring. */
const CHAR_WIDTH = CAPTION_SIZE * 0.52;

/** Escapes text for an XML text node or attribute. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Breaks `text` into lines of at most `max` characters at spaces (longer words stay whole). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The root `<svg …>` tag's number attribute, if it has one. */
function rootNumber(tag: string, name: string): number | null {
  const match = new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(tag);
  return match?.[1] ? Number(match[1]) : null;
}

/** The drawn graph's size and its content without the root element and the XML prologue. */
export function splitGraphSvg(markup: string): { width: number; height: number; inner: string } {
  const start = markup.indexOf('<svg');
  const open = markup.indexOf('>', start);
  const close = markup.lastIndexOf('</svg>');
  if (start < 0 || open < 0 || close < open) throw new Error('not an SVG document');
  const tag = markup.slice(start, open + 1);
  const viewBox = /\sviewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(tag);
  const width = rootNumber(tag, 'width') ?? Number(viewBox?.[1] ?? 0);
  const height = rootNumber(tag, 'height') ?? Number(viewBox?.[2] ?? 0);
  return { width: width || 1, height: height || 1, inner: markup.slice(open + 1, close) };
}

/** Corner points of a regular polygon with `corners` corners around (cx, cy). */
function polygon(corners: number, cx: number, cy: number, r: number, turn = -Math.PI / 2): string {
  return Array.from({ length: corners }, (_, i) => {
    const angle = turn + (i * 2 * Math.PI) / corners;
    return `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

/** A node symbol of `shape` centred at (cx, cy), about 16 px across. */
function shapeIcon(shape: NodeShape, color: string, cx: number, cy: number): string {
  const paint = `fill="${color}" stroke="${INK}" stroke-width="1"`;
  const r = 8;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" ${paint}/>`;
    case 'round-rectangle':
    case 'barrel':
    case 'rectangle': {
      const corner = shape === 'rectangle' ? 0 : shape === 'barrel' ? 6 : 3;
      return `<rect x="${cx - r}" y="${cy - 6}" width="${2 * r}" height="12" rx="${corner}" ${paint}/>`;
    }
    case 'diamond':
      return `<polygon points="${polygon(4, cx, cy, r)}" ${paint}/>`;
    case 'triangle':
      return `<polygon points="${polygon(3, cx, cy + 2, r + 1)}" ${paint}/>`;
    case 'pentagon':
      return `<polygon points="${polygon(5, cx, cy, r)}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${polygon(6, cx, cy, r, 0)}" ${paint}/>`;
    case 'octagon':
      return `<polygon points="${polygon(8, cx, cy, r, Math.PI / 8)}" ${paint}/>`;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
      });
      return `<polygon points="${points.join(' ')}" ${paint}/>`;
    }
    case 'round-tag':
      return `<polygon points="${cx - r},${cy - 6} ${cx + 3},${cy - 6} ${cx + r},${cy} ${cx + 3},${cy + 6} ${cx - r},${cy + 6}" ${paint}/>`;
  }
}

const DASH = { solid: '', dashed: ' stroke-dasharray="6 3"', dotted: ' stroke-dasharray="2 3"' };

/** The symbol of a legend entry, its left edge at x and centred on y. */
function legendSymbol(entry: LegendEntry, x: number, y: number): string {
  if (entry.type === 'node') return shapeIcon(entry.shape, entry.color, x + 10, y);
  if (entry.type === 'swatch') {
    return `<rect x="${x + 3}" y="${y - 7}" width="14" height="14" fill="${entry.color}" stroke="${INK}"/>`;
  }
  if (entry.type === 'edge') {
    const end = entry.arrow ? x + 20 : x + 26;
    const line = `<line x1="${x}" y1="${y}" x2="${end}" y2="${y}" stroke="${entry.color}" stroke-width="${Math.max(entry.width, 1.5)}"${DASH[entry.lineStyle]}/>`;
    const arrow = entry.arrow
      ? `<polygon points="${x + 19},${y - 4} ${x + 26},${y} ${x + 19},${y + 4}" fill="${entry.color}"/>`
      : '';
    return line + arrow;
  }
  if (entry.key === 'articulation') {
    return `<circle cx="${x + 10}" cy="${y}" r="6" fill="#fff" stroke="${INK}"/><circle cx="${x + 10}" cy="${y}" r="8.5" fill="none" stroke="${INK}"/>`;
  }
  if (entry.key === 'spof') {
    return `<circle cx="${x + 10}" cy="${y}" r="7.5" fill="#fff" stroke="#a4231b" stroke-width="2.5" stroke-dasharray="3 2"/>`;
  }
  return `<line x1="${x}" y1="${y}" x2="${x + 26}" y2="${y}" stroke="#4a5263" stroke-width="4"/>`;
}

function text(x: number, y: number, size: number, content: string, bold = false): string {
  const weight = bold ? ' font-weight="bold"' : '';
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}"${weight} fill="${INK}">${escapeXml(content)}</text>`;
}

/**
 * Puts the drawn graph on a sheet: the title on top, the date and the filter in words below it,
 * the graph (scaled to at most {@link MAX_GRAPH_WIDTH} wide) and the legend under the graph.
 */
export function composeSheet(
  graphSvg: string,
  words: SheetText,
  legend: readonly LegendEntry[],
): Sheet {
  const graph = splitGraphSvg(graphSvg);
  const scale = Math.min(1, MAX_GRAPH_WIDTH / graph.width);
  const graphWidth = graph.width * scale;
  const graphHeight = graph.height * scale;
  const width = Math.ceil(Math.max(MIN_WIDTH, graphWidth + 2 * MARGIN));
  const inner = width - 2 * MARGIN;

  const parts: string[] = [];
  let y = MARGIN + 24;
  parts.push(text(MARGIN, y, 26, words.title, true));
  y += 28;
  parts.push(text(MARGIN, y, CAPTION_SIZE, words.date));
  for (const line of wrapText(words.caption, Math.floor(inner / CHAR_WIDTH))) {
    y += CAPTION_SIZE + 6;
    parts.push(text(MARGIN, y, CAPTION_SIZE, line));
  }
  y += 16;
  const graphX = MARGIN + (inner - graphWidth) / 2;
  parts.push(
    `<svg x="${graphX.toFixed(1)}" y="${y}" width="${graphWidth.toFixed(1)}" height="${graphHeight.toFixed(1)}" viewBox="0 0 ${graph.width} ${graph.height}">${graph.inner}</svg>`,
  );
  y += graphHeight + 28;
  parts.push(text(MARGIN, y, 16, words.legendHeading, true));
  const columns = Math.max(1, Math.floor(inner / LEGEND_COLUMN));
  const rows = Math.ceil(legend.length / columns);
  legend.forEach((entry, index) => {
    const column = Math.floor(index / rows);
    const row = index % rows;
    const x = MARGIN + column * LEGEND_COLUMN;
    const rowY = y + 14 + row * LEGEND_ROW;
    parts.push(legendSymbol(entry, x, rowY), text(x + 34, rowY + 4, 13, entry.label));
  });
  y += 14 + rows * LEGEND_ROW;
  parts.push(text(MARGIN, y + 4, 13, words.sizeNote));
  const height = Math.ceil(y + MARGIN);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(words.title)}</title>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}
