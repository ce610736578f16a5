/**
 * The Cytoscape stylesheet. Colour, shape and size come from each element's data (set once by
 * `toElements`), so the stylesheet stays small and fast. Flags are drawn with border style and
 * width as well as colour: articulation points get a thick double border, single points of
 * failure a dashed one, highlighted elements a thick outline and the rest fades. Node labels keep
 * one size on screen: the sheet is made for a zoom, and `graph-labels` shows only those that fit.
 */
import type { StylesheetJson } from 'cytoscape';
import { LABEL_FONT_PX } from './graph-labels';

/** Colours of the decorations (the app's palette, see styles.css). */
const ACCENT = '#1f4f8b';
const WARNING = '#a4231b';
const FOCUS = '#b35c00';
const TEXT = '#1d2330';

/** Labels below this on-screen size are not drawn: they cost time and nobody can read them. */
export const MIN_ZOOMED_FONT_SIZE = 9;

/** The stylesheet for `zoom`: node labels at their size on screen ({@link LABEL_FONT_PX}). */
export function graphStylesheet(zoom = 1): StylesheetJson {
  const px = (size: number) => size / zoom;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#ffffff',
        label: 'data(shortLabel)',
        'font-size': px(LABEL_FONT_PX['institution'] ?? 11),
        color: TEXT,
        'text-valign': 'bottom',
        'text-margin-y': px(3),
        // A white outline keeps labels readable over edges; cheaper than a label background box.
        'text-outline-color': '#ffffff',
        'text-outline-width': px(2),
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.kind-person', style: { 'font-size': px(LABEL_FONT_PX['person'] ?? 10) } },
    { selector: 'node.kind-network', style: { 'font-size': px(LABEL_FONT_PX['network'] ?? 12) } },
    // Labels that would overlap others at this zoom (graph-labels.ts).
    { selector: 'node.label-hidden', style: { label: '' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as 'solid',
        // Haystack edges are the cheapest Cytoscape draws; only referrals need an arrow.
        'curve-style': 'haystack',
        'haystack-radius': 0,
        opacity: 0.75,
      },
    },
    {
      selector: 'edge.kind-refers_to',
      style: {
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': 'data(color)',
        'arrow-scale': 0.8,
      },
    },
    {
      selector: 'edge[label]',
      style: {
        label: 'data(label)',
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      },
    },
    { selector: 'edge.bridge', style: { width: 4, opacity: 1 } },
    {
      selector: 'node.spof',
      style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': WARNING },
    },
    {
      selector: 'node.articulation',
      style: { 'border-width': 6, 'border-style': 'double', 'border-color': TEXT },
    },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    {
      selector: 'node.highlighted',
      style: {
        'overlay-color': FOCUS,
        'overlay-opacity': 0.25,
        'overlay-padding': 6,
        'z-index': 10,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.highlighted',
      style: {
        width: 4,
        opacity: 1,
        'line-color': FOCUS,
        'target-arrow-color': FOCUS,
        'z-index': 10,
      },
    },
    {
      selector: 'node.selected',
      style: {
        'overlay-color': ACCENT,
        'overlay-opacity': 0.3,
        'overlay-padding': 8,
        'z-index': 20,
        'font-weight': 'bold',
        label: 'data(label)',
        'font-size': px(13),
      },
    },
  ];
}

/** The stylesheet at zoom 1 (headless layouts, tests). */
export const GRAPH_STYLESHEET: StylesheetJson = graphStylesheet(1);
