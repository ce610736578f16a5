/**
 * The graph component and what goes with it. Typical use:
 *
 * ```tsx
 * const elements = useMemo(() => toElements(data, { metric: 'degree' }), [data]);
 * <GraphCanvas elements={elements} highlightedIds={ids} selectedId={id} onSelect={setId}
 *              ariaLabel={t('graph.label')} />
 * ```
 */
export { GraphCanvas, type GraphCanvasHandle, type GraphCanvasProps } from './graph-canvas';
export { toElements, nodeSize, metricValue, type ElementOptions } from './graph-elements';
export {
  APPEARANCE_KEYS,
  EDGE_APPEARANCE,
  EDGE_KINDS,
  NODE_APPEARANCE,
  appearanceKeyOf,
  type AppearanceKey,
} from './graph-appearance';
export { downloadBlob } from './graph-export';
export type { PositionCache } from './graph-layout';
export * from './graph-model';
