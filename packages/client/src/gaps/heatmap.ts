/**
 * The coverage heatmap as a table: topics as rows, municipalities as columns, each cell with the
 * number of services and qualified people reaching it, a level in words (never colour alone) and
 * a link that highlights what stands behind it on the graph. Pure data.
 */

export interface CellInput {
  readonly topic: { readonly id: string };
  readonly municipality: { readonly id: string };
  readonly serviceCount: number;
  readonly personCount: number;
  readonly services: readonly { readonly id: string; readonly institutionId: string }[];
  readonly institutions: readonly { readonly id: string }[];
  readonly people: readonly { readonly id: string }[];
}

/** How well a topic is covered in a municipality. */
export type CoverageLevel = 'none' | 'peopleOnly' | 'thin' | 'covered';

/**
 * No service and nobody qualified: none; qualified people but no service: peopleOnly; one
 * service: thin (a single point of failure); two or more: covered.
 */
export function coverageLevel(
  cell: Pick<CellInput, 'serviceCount' | 'personCount'>,
): CoverageLevel {
  if (cell.serviceCount === 0) return cell.personCount > 0 ? 'peopleOnly' : 'none';
  return cell.serviceCount === 1 ? 'thin' : 'covered';
}

/** The CSS class of a cell; the level is also written in the cell. */
export function heatmapCellClass(cell: Pick<CellInput, 'serviceCount' | 'personCount'>): string {
  return `heat heat-${coverageLevel(cell)}`;
}

export interface Heatmap<Cell extends CellInput> {
  readonly topics: readonly string[];
  readonly municipalities: readonly string[];
  readonly cell: (topic: string, municipality: string) => Cell | undefined;
}

/** Rows and columns in the given orders, keeping only topics that have cells. */
export function buildHeatmap<Cell extends CellInput>(
  cells: readonly Cell[],
  topicOrder: readonly string[],
  municipalityOrder: readonly string[],
): Heatmap<Cell> {
  const byKey = new Map(cells.map((cell) => [`${cell.topic.id}|${cell.municipality.id}`, cell]));
  const topicsWithCells = new Set(cells.map((cell) => cell.topic.id));
  const municipalitiesWithCells = new Set(cells.map((cell) => cell.municipality.id));
  return {
    topics: topicOrder.filter((topic) => topicsWithCells.has(topic)),
    municipalities: municipalityOrder.filter((code) => municipalitiesWithCells.has(code)),
    cell: (topic, municipality) => byKey.get(`${topic}|${municipality}`),
  };
}

/** The ids behind a cell: its services, their institutions and the qualified people. */
export function cellIds(cell: CellInput): string[] {
  return [
    ...new Set([
      ...cell.services.map((service) => service.institutionId),
      ...cell.institutions.map((institution) => institution.id),
      ...cell.people.map((person) => person.id),
      ...cell.services.map((service) => service.id),
    ]),
  ];
}

/** The explorer address that highlights the given ids on the graph. */
export function explorerHighlightUrl(ids: readonly string[]): string {
  const params = new URLSearchParams({ highlight: ids.join(',') });
  return `/explorer?${params.toString()}`;
}
