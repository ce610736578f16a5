/**
 * Choosing nodes by keyboard on the graph canvas: the keys that move the selection through an
 * order the owner gives (e.g. the visible nodes by name). Pure, so it is tested without a browser.
 */

/** A move of the keyboard selection. */
export type SelectionMove = 'next' | 'previous' | 'first' | 'last';

/** The selection moves these keys make (arrows without modifiers, Home, End). */
export const SELECTION_KEYS: Readonly<Record<string, SelectionMove>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * The id selected after `move` from `current` in `order`: next and previous wrap around; from no
 * selection (or one outside the order) next starts at the first and previous at the last.
 * Null when the order is empty.
 */
export function moveSelection(
  order: readonly string[],
  current: string | null,
  move: SelectionMove,
): string | null {
  if (order.length === 0) return null;
  const last = order.length - 1;
  const index = current === null ? -1 : order.indexOf(current);
  let next: number;
  switch (move) {
    case 'first':
      next = 0;
      break;
    case 'last':
      next = last;
      break;
    case 'next':
      next = index < 0 || index === last ? 0 : index + 1;
      break;
    case 'previous':
      next = index <= 0 ? last : index - 1;
      break;
  }
  return order[next] ?? null;
}
