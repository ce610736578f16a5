/**
 * Opening a shared link `/explorer?view=<id>`: the saved view's state replaces the URL's (filters,
 * focus, size, styling — whatever the explorer keeps there), and its node positions are put back
 * exactly. The `view` parameter stays, so reloading the page restores the view again.
 */
import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import type { GraphCanvasHandle } from '../graph/graph-canvas';
import type { GraphPosition } from '../graph/graph-model';
import { SAVED_VIEW_QUERY } from './saved-views.query';

/** The URL parameter naming a saved view. */
export const VIEW_PARAM = 'view';

/** The explorer's state in the URL without the saved view's own parameter: what a view keeps. */
export function stateOf(params: URLSearchParams): string {
  const state = new URLSearchParams(params);
  state.delete(VIEW_PARAM);
  return state.toString();
}

/** The URL parameters that open a view: its state and its id. */
export function paramsOfView(id: string, state: string): URLSearchParams {
  const params = new URLSearchParams(state);
  params.delete(VIEW_PARAM);
  params.set(VIEW_PARAM, id);
  return params;
}

/**
 * The explorer's next URL parameters, keeping the open saved view while only the selection
 * changes (choosing a node to read its details leaves the picture as it was saved); any other
 * change makes the picture no longer the saved one, and the link drops the view.
 */
export function keepingView(
  current: URLSearchParams,
  next: URLSearchParams,
  changed: readonly string[],
): URLSearchParams {
  const view = current.get(VIEW_PARAM);
  if (view === null || !changed.every((key) => key === 'selected')) return next;
  const kept = new URLSearchParams(next);
  kept.set(VIEW_PARAM, view);
  return kept;
}

/** Positions with two decimals: well below a pixel, and a smaller request. */
export function roundPositions(
  positions: ReadonlyMap<string, GraphPosition>,
): { nodeId: string; x: number; y: number }[] {
  const round = (value: number) => Math.round(value * 100) / 100;
  return [...positions].map(([nodeId, { x, y }]) => ({ nodeId, x: round(x), y: round(y) }));
}

/**
 * Restores the view named by the URL once the graph is drawn (`ready`), once per version of the
 * view. `enabled` is false for roles that may not read saved views (the public).
 */
export function useSavedViewRestore(
  canvas: RefObject<GraphCanvasHandle | null>,
  ready: boolean,
  enabled: boolean,
) {
  const [params, setParams] = useSearchParams();
  const id = params.get(VIEW_PARAM);
  const result = useQuery(
    SAVED_VIEW_QUERY,
    id !== null && enabled ? { variables: { id } } : skipToken,
  );
  const restored = useRef<string | null>(null);
  const placed = useRef<string | null>(null);
  // The graph is drawn by a component loaded on demand: until it is there, look again shortly.
  const [attempt, setAttempt] = useState(0);
  const view = result.data?.savedView ?? null;

  useEffect(() => {
    if (!view || !ready || id !== view.id) return undefined;
    const key = `${view.id}:${String(view.version)}`;
    if (restored.current !== key) {
      restored.current = key;
      setParams(paramsOfView(view.id, view.state), { replace: true });
    }
    if (placed.current === key) return undefined;
    const handle = canvas.current;
    if (!handle) {
      const timer = setTimeout(() => {
        setAttempt((count) => count + 1);
      }, 100);
      return () => {
        clearTimeout(timer);
      };
    }
    placed.current = key;
    handle.place(
      new Map(
        view.positions.map((position) => [position.nodeId, { x: position.x, y: position.y }]),
      ),
    );
    return undefined;
  }, [view, ready, id, canvas, setParams, attempt]);

  return {
    id,
    view: id !== null && view?.id === id ? view : null,
    loading: result.loading,
    error: result.error,
    /** Marks a view as restored (after saving it, the drawing already shows it). */
    markRestored: (viewId: string, version: number) => {
      restored.current = `${viewId}:${String(version)}`;
      placed.current = restored.current;
    },
  };
}
