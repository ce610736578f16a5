import { useEffect } from 'react';

/**
 * Where the quick exit goes: a neutral, everyday site that says nothing about why the page was
 * left. The one place to change it.
 */
export const QUICK_EXIT_URL = 'https://www.google.de/';

/** How close together two presses of Escape must be to leave the site. */
export const DOUBLE_ESCAPE_MS = 1000;

/**
 * Leaves the site at once. `location.replace` swaps the current history entry, so “Back” in the
 * browser does not return to Schutznetz.
 */
export function leaveSite(): void {
  window.location.replace(QUICK_EXIT_URL);
}

/** True when the key went to a field the user types in: Escape there belongs to the field. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Whether a press of Escape at `now` completes a double press, given the time of the previous
 * one (null when there was none that counts).
 */
export function isDoubleEscape(previous: number | null, now: number): boolean {
  return previous !== null && now - previous <= DOUBLE_ESCAPE_MS;
}

/** Leaves the site when Escape is pressed twice within a second outside an input field. */
export function useQuickExitShortcut(): void {
  useEffect(() => {
    let previous: number | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.repeat || isTypingTarget(event.target)) {
        previous = null;
        return;
      }
      const now = event.timeStamp;
      if (isDoubleEscape(previous, now)) leaveSite();
      previous = now;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
