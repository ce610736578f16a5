import { Suspense, lazy, useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { GraphCanvasHandle } from '../graph/graph-canvas';
import { GRAPH_METRICS, type GraphData, type GraphMetric } from '../graph/graph-model';
import { useRegion } from '../region/region-context';
import { useDocumentTitle } from '../views/use-document-title';
import { DetailPanel } from './detail-panel';
import { resolveHighlights } from './explorer-data';
import {
  NODE_KINDS,
  NO_FILTERS,
  filterGraph,
  inducedSubgraph,
  neighbourhood,
  type GraphFilters,
} from './explorer-filters';
import {
  MAX_DEPTH,
  MIN_DEPTH,
  parseExplorerState,
  toSearchParams,
  writeFilters,
  type ExplorerState,
} from './explorer-url';
import { FilterPanel } from './filter-panel';
import { buildFilterOptions } from './filter-options';
import { GraphLegend } from './graph-legend';
import { HiddenNotice } from './hidden-notice';
import { NetworkLoadStatus } from './network-load-status';
import { keyboardOrder } from './explorer-search';
import { NodeSearch } from './node-search';
import { ExportPanel } from './export-panel';
import { SavedViewsPanel } from './saved-views-panel';
import { keepingView } from './saved-views-restore';
import { useExplorerData } from './use-explorer-data';
import { AppearanceControls } from './appearance-controls';
import { PathPanel } from './path-panel';
import { useExplorerPath, useGraphElements } from './use-graph-elements';
import './explorer.css';

const EMPTY_GRAPH: GraphData = { nodes: [], edges: [] };

/**
 * The canvas and Cytoscape load in their own chunk, fetched as soon as this view's code runs, so
 * the network's request and the graph library travel at the same time (issue 13: time to
 * interactive).
 */
const canvasModule = import('../graph/graph-canvas');
const GraphCanvas = lazy(async () => ({ default: (await canvasModule).GraphCanvas }));

/** The node kinds the public view can show: the server gives it no people. */
const PUBLIC_LAYERS = NODE_KINDS.filter((kind) => kind !== 'person');

/** The network explorer: filters, search, focus, the graph, legend and details, all in the URL. */
export function ExplorerView() {
  const { t } = useTranslation('explorer');
  const headingId = useId();
  const summaryId = useId();
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseExplorerState(params), [params]);
  const update = useCallback(
    (patch: Partial<ExplorerState>) => {
      const next = toSearchParams({ ...state, ...patch });
      setParams(keepingView(params, next, Object.keys(patch)), { replace: true });
    },
    [state, params, setParams],
  );
  const { data, loading, error, retry, locale, peopleVisible, canEdit, narrowed } = useExplorerData(
    state.filters,
    state.grouping,
  );
  const region = useRegion();
  const canvas = useRef<GraphCanvasHandle>(null);

  const full = data?.graph ?? EMPTY_GRAPH;
  const filtered = useMemo(
    () => (data ? filterGraph(data.graph, data.facets, state.filters) : EMPTY_GRAPH),
    [data, state.filters],
  );
  const focusNode = state.focus ? full.nodes.find((node) => node.id === state.focus) : undefined;
  const focusVisible = state.focus !== null && filtered.nodes.some((n) => n.id === state.focus);
  const shown = useMemo(
    () =>
      state.focus && focusVisible
        ? inducedSubgraph(filtered, neighbourhood(filtered, state.focus, state.depth))
        : filtered,
    [filtered, state.focus, state.depth, focusVisible],
  );
  const shownIds = useMemo(() => new Set(shown.nodes.map((node) => node.id)), [shown]);
  const order = useMemo(() => keyboardOrder(shown.nodes, locale), [shown, locale]);

  const hasBetweenness = full.nodes.some((node) => typeof node.betweenness === 'number');
  const metric: GraphMetric =
    state.metric === 'betweenness' && hasBetweenness ? 'betweenness' : 'degree';
  const { layoutElements, elements, colouring, positionCache } = useGraphElements(
    data,
    full,
    shown,
    { metric, grouping: state.grouping, colour: state.colour, locale },
  );
  const path = useExplorerPath(filtered, state.pathFrom, state.pathTo, state.referralsOnly);
  const highlighted = useMemo(
    () =>
      path
        ? new Set([...path.nodeIds, ...path.edgeIds])
        : data
          ? resolveHighlights(state.highlight, data)
          : new Set<string>(),
    [data, state.highlight, path],
  );
  const options = useMemo(
    () => (data ? buildFilterOptions(data, locale, region) : undefined),
    [data, locale, region],
  );
  const subtitles = useCallback((id: string) => data?.info.get(id)?.subtitle ?? null, [data]);

  // A link with ?highlight= opens on what it highlights.
  const highlightKey = [...highlighted].join(',');
  useEffect(() => {
    if (highlightKey) canvas.current?.fit(highlightKey.split(','));
  }, [highlightKey, elements]);

  const selectedNode = state.selected
    ? (full.nodes.find((node) => node.id === state.selected) ?? null)
    : null;
  const searchFor = (id: string) => `?${toSearchParams({ ...state, selected: id }).toString()}`;
  const directoryParams = new URLSearchParams();
  writeFilters(directoryParams, state.filters);
  const clearFilters = () => {
    update({ filters: { ...NO_FILTERS, layers: state.filters.layers } });
  };

  return (
    <section className="view explorer-view" aria-labelledby={headingId}>
      <div className="explorer-heading">
        <h1 id={headingId}>{t('title')}</h1>
        <p>{t('intro')}</p>
      </div>
      <NetworkLoadStatus
        namespace="explorer"
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={retry}
      />
      {data && <HiddenNotice hidden={data.hidden} narrowed={narrowed} />}
      {data && !peopleVisible && <p className="notice">{t('peopleHidden')}</p>}
      {data && options && (
        <div className="explorer-layout">
          <aside className="explorer-sidebar">
            <NodeSearch
              nodes={full.nodes}
              subtitles={subtitles}
              visibleIds={shownIds}
              onChoose={(id) => {
                update({ selected: id });
              }}
            />
            <PathPanel
              nodes={full.nodes}
              subtitles={subtitles}
              visibleIds={shownIds}
              fromId={state.pathFrom}
              toId={state.pathTo}
              referralsOnly={state.referralsOnly}
              path={path}
              onChange={update}
            />
            <FilterPanel
              filters={state.filters}
              options={options}
              layers={peopleVisible ? NODE_KINDS : PUBLIC_LAYERS}
              onChange={(filters: GraphFilters) => {
                update({ filters });
              }}
            />
            <p>
              <Link to={{ pathname: '/directory', search: directoryParams.toString() }}>
                {t('directoryLink')}
              </Link>
            </p>
            <SavedViewsPanel canvas={canvas} ready canRead={peopleVisible} canEdit={canEdit} />
            <ExportPanel
              canvas={canvas}
              network={full}
              shown={shown}
              filters={state.filters}
              focusName={focusVisible ? (focusNode?.label ?? null) : null}
              depth={state.depth}
              metric={metric}
              locale={locale}
              colouring={colouring}
            />
          </aside>

          <div className="explorer-main">
            <div className="explorer-toolbar" role="group" aria-label={t('actions.label')}>
              {state.focus && (
                <div className="explorer-focus">
                  <span>
                    {focusVisible
                      ? t('focus.active', {
                          name: focusNode?.label ?? state.focus,
                          depth: state.depth,
                        })
                      : t('focus.missing', { name: focusNode?.label ?? state.focus })}
                  </span>{' '}
                  <label>
                    {t('focus.depth')}{' '}
                    <select
                      value={state.depth}
                      onChange={(event) => {
                        update({ depth: Number(event.target.value) });
                      }}
                    >
                      {Array.from(
                        { length: MAX_DEPTH - MIN_DEPTH + 1 },
                        (_, i) => MIN_DEPTH + i,
                      ).map((depth) => (
                        <option key={depth} value={depth}>
                          {depth}
                        </option>
                      ))}
                    </select>
                  </label>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      update({ focus: null, depth: 1 });
                    }}
                  >
                    {t('focus.clear')}
                  </button>
                </div>
              )}
              {highlighted.size > 0 && !path && (
                <div className="explorer-highlight">
                  <span>{t('highlight.active', { count: highlighted.size })}</span>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      update({ highlight: [] });
                    }}
                  >
                    {t('highlight.clear')}
                  </button>
                </div>
              )}
              <label>
                {t('size.label')}{' '}
                <select
                  value={metric}
                  onChange={(event) => {
                    update({
                      metric: event.target.value === 'betweenness' ? 'betweenness' : 'degree',
                    });
                  }}
                >
                  {GRAPH_METRICS.map((value) => (
                    <option
                      key={value}
                      value={value}
                      disabled={value === 'betweenness' && !hasBetweenness}
                    >
                      {t(`size.${value}`)}
                    </option>
                  ))}
                </select>
              </label>
              <AppearanceControls
                grouping={state.grouping}
                colour={state.colour}
                hasBetweenness={hasBetweenness}
                onChange={update}
              />
              <button type="button" onClick={() => canvas.current?.fit()}>
                {t('actions.fit')}
              </button>
              <button type="button" onClick={() => canvas.current?.relayout()}>
                {t('actions.relayout')}
              </button>
            </div>
            <div className="explorer-canvas">
              <Suspense fallback={<p role="status">{t('loading')}</p>}>
                <GraphCanvas
                  ref={canvas}
                  elements={elements}
                  layoutElements={layoutElements}
                  positionCache={positionCache}
                  highlightedIds={highlighted}
                  selectedId={state.selected}
                  onSelect={(id) => {
                    update({ selected: id });
                  }}
                  keyboardOrder={order}
                  ariaLabel={t('graph.label')}
                  ariaDescribedBy={summaryId}
                />
              </Suspense>
            </div>
            <p id={summaryId} className="explorer-summary" aria-live="polite">
              {shown.nodes.length === 0
                ? t('graph.empty')
                : t('graph.summary', {
                    nodes: t('graph.nodes', { count: shown.nodes.length }),
                    edges: t('graph.edges', { count: shown.edges.length }),
                  })}{' '}
              <span className="visually-hidden">{t('graph.keyboard')}</span>
            </p>
            <p className="visually-hidden" aria-live="polite">
              {selectedNode &&
                (shownIds.has(selectedNode.id)
                  ? t('graph.selected', {
                      name: selectedNode.label,
                      kind: t(`kinds.${selectedNode.kind}`),
                      position: order.indexOf(selectedNode.id) + 1,
                      total: order.length,
                    })
                  : t('graph.selectedHidden', {
                      name: selectedNode.label,
                      kind: t(`kinds.${selectedNode.kind}`),
                    }))}
            </p>
            {state.metric === 'betweenness' && !hasBetweenness && (
              <p className="notice">{t('size.betweennessMissing')}</p>
            )}
            <GraphLegend
              locale={locale}
              metric={metric}
              peopleVisible={peopleVisible}
              colourBy={colouring.by}
              colours={colouring.entries}
            />
          </div>

          <aside className="explorer-details">
            <DetailPanel
              node={selectedNode}
              hidden={selectedNode !== null && !shownIds.has(selectedNode.id)}
              locale={locale}
              searchFor={searchFor}
              onFocus={(id) => {
                update({ focus: id, selected: id });
              }}
              onClose={() => {
                update({ selected: null });
              }}
              onClearFilters={clearFilters}
              peopleVisible={peopleVisible}
              canEdit={canEdit}
            />
          </aside>
        </div>
      )}
    </section>
  );
}
