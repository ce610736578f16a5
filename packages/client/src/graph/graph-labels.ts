/**
 * Labels that never overlap. Labels keep one size on screen at every zoom (the stylesheet's font
 * sizes are divided by the zoom), and at each zoom only those that fit are shown: the most
 * important first (the selected node, highlighted ones, networks, then institutions, topics and
 * people by degree), each shown only if its box is clear of every label shown before it. Zooming
 * in spreads the nodes apart and shows more labels. Long names are shortened with an ellipsis;
 * the selected node shows its whole name.
 */
import type { Core, NodeSingular } from 'cytoscape';

/** A label's box on screen, in pixels. */
export interface LabelBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelCandidate {
  readonly id: string;
  /** Higher goes first. */
  readonly priority: number;
  readonly box: LabelBox;
}

/** Space kept free around each label, in pixels (its white outline and a little air). */
export const LABEL_PADDING = 3;

/** Labels longer than this many characters are shortened with an ellipsis. */
export const MAX_LABEL_CHARS = 32;

/** A label of at most {@link MAX_LABEL_CHARS} characters, cut at a word where possible. */
export function shortLabel(label: string, max = MAX_LABEL_CHARS): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const word = space > max / 2 ? cut.slice(0, space) : cut;
  return `${word.replace(/[\s,;:–-]+$/u, '')}…`;
}

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The labels to show: candidates in order of priority (ties by id), each taken when its box,
 * grown by {@link LABEL_PADDING}, overlaps no box taken before. A grid of cells keeps the check
 * near-linear for thousands of labels. Pure and deterministic.
 */
export function chooseLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const cell = 120;
  const grid = new Map<string, LabelBox[]>();
  const cellsOf = (box: LabelBox): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / cell); x <= Math.floor(box.x2 / cell); x += 1)
      for (let y = Math.floor(box.y1 / cell); y <= Math.floor(box.y2 / cell); y += 1)
        keys.push(`${x}:${y}`);
    return keys;
  };
  const shown = new Set<string>();
  for (const candidate of ordered) {
    const { x1, y1, x2, y2 } = candidate.box;
    const box = {
      x1: x1 - LABEL_PADDING,
      y1: y1 - LABEL_PADDING,
      x2: x2 + LABEL_PADDING,
      y2: y2 + LABEL_PADDING,
    };
    const keys = cellsOf(box);
    if (keys.some((key) => grid.get(key)?.some((other) => overlaps(box, other)))) continue;
    for (const key of keys) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
    shown.add(candidate.id);
  }
  return shown;
}

/** Font size on screen (px) of a node's label by kind; the stylesheet divides it by the zoom. */
export const LABEL_FONT_PX: Readonly<Record<string, number>> = {
  institution: 11,
  network: 12,
  topic: 11,
  person: 10,
};

/** The priority of a node's label: selected, highlighted, then by kind, then by degree. */
function priorityOf(node: NodeSingular): number {
  if (node.hasClass('selected')) return 4e6;
  const kind = String(node.data('kind'));
  const rank = { network: 4, institution: 3, topic: 2, person: 1 }[kind] ?? 0;
  const degree = Math.min(node.degree(false), 9999);
  return (node.hasClass('highlighted') ? 2e6 : 0) + rank * 1e4 + degree;
}

let measure: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Width of `text` at 10 px in the graph's font, measured once per text. */
function textWidthAt10(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (measure === undefined) {
    measure = document.createElement('canvas').getContext('2d');
    if (measure) measure.font = '10px "Helvetica Neue", Helvetica, sans-serif';
  }
  // Without a canvas (tests in Node), a generous estimate.
  const width = measure ? measure.measureText(text).width : text.length * 6.5;
  widths.set(text, width);
  return width;
}

/** The box the label of `node` takes on screen below the node (text-valign bottom). */
export function labelBox(node: NodeSingular, zoom: number): LabelBox {
  const text = String(node.data(node.hasClass('selected') ? 'label' : 'shortLabel') ?? '');
  const px = node.hasClass('selected') ? 13 : (LABEL_FONT_PX[String(node.data('kind'))] ?? 11);
  const bold = node.hasClass('selected') || node.hasClass('highlighted') ? 1.1 : 1;
  const width = (textWidthAt10(text) * px * bold) / 10;
  const { x, y } = node.renderedPosition();
  const top = y + (Number(node.data('size')) * zoom) / 2 + 3;
  return { x1: x - width / 2, y1: top, x2: x + width / 2, y2: top + px * 1.25 };
}

/**
 * Shows the labels {@link chooseLabels} picks at the current zoom and hides the others (class
 * `label-hidden`); records the zoom it did this for in the scratch pad (`labelsZoom`), so tests
 * and callers can tell when the labels follow the view.
 */
export function declutterLabels(cy: Core): void {
  const zoom = cy.zoom();
  const nodes = cy.nodes();
  const candidates: LabelCandidate[] = [];
  nodes.forEach((node) => {
    if (node.hasClass('dimmed')) return;
    candidates.push({ id: node.id(), priority: priorityOf(node), box: labelBox(node, zoom) });
  });
  const shown = chooseLabels(candidates);
  cy.batch(() => {
    nodes.forEach((node) => {
      const hide = !shown.has(node.id());
      if (hide !== node.hasClass('label-hidden')) node.toggleClass('label-hidden', hide);
    });
  });
  cy.scratch('labelsZoom', zoom);
}
