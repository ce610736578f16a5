import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a search the user asked for, moves focus and scroll to its answer, as a page load would:
 * to the results heading, or to the explanation when there is no route. Keyboard and screen
 * reader users land on the answer, and on a phone it is on screen rather than below the form.
 * A search opened from a shared address keeps focus where it is.
 *
 * `search` is the query the shown `answer` belongs to: the router applies a new search in a
 * transition, so the answer to the previous one may still be on screen for a render.
 */
export function useFocusOnResults(
  search: string,
  answer: { readonly noRoute?: unknown } | undefined,
): {
  readonly resultsHeading: RefObject<HTMLHeadingElement | null>;
  readonly noRouteTarget: RefObject<HTMLDivElement | null>;
  /** Call when the user submits `nextSearch`: its answer takes focus. */
  readonly expectResults: (nextSearch: string) => void;
} {
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const noRouteTarget = useRef<HTMLDivElement>(null);
  const [expected, setExpected] = useState<{ readonly search: string } | null>(null);
  const expectResults = useCallback((nextSearch: string) => {
    setExpected({ search: nextSearch });
  }, []);

  useEffect(() => {
    if (!answer || expected?.search !== search) return;
    setExpected(null);
    const target = (answer.noRoute ? noRouteTarget.current : null) ?? resultsHeading.current;
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'start' });
  }, [answer, expected, search]);

  return { resultsHeading, noRouteTarget, expectResults };
}
