/** The Notfallkarte pages: the index, one card per municipality, one per route search. */
export const EMERGENCY_CARD_PATH = '/notfallkarte';

/** The card of a route search: the search's own query, plus `rank` for one route. */
export const ROUTE_CARD_PATH = `${EMERGENCY_CARD_PATH}/route`;

/** The card of one municipality. */
export function municipalityCardPath(code: string): string {
  return `${EMERGENCY_CARD_PATH}/${encodeURIComponent(code)}`;
}
