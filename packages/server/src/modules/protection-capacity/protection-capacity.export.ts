import type { ExportDefinition } from '../../exports/types';
import { toXlsx } from '../../exports/xlsx';
import { capacityTables, type CapacityTables } from './protection-capacity.tables';

/** "kapazitaetsbericht-2025-03-19": the file name names the snapshot's day. */
function filename(takenAt: string, extension: string): string {
  return `kapazitaetsbericht-gewalthilfegesetz-${takenAt.slice(0, 10)}.${extension}`;
}

/** The workbook: one sheet per table, each with the title and the snapshot's date above it. */
export function capacityReportXlsx(tables: CapacityTables): Promise<Buffer> {
  return toXlsx(
    tables.tables.map((table) => ({
      name: table.name,
      title: `${tables.title}: ${table.heading}`,
      caption: tables.caption,
      columns: table.columns,
      rows: table.rows,
    })),
  );
}

/**
 * `GET /export/capacity-report.xlsx|pdf?snapshot=<id>` or `?date=YYYY-MM-DD`: the county's
 * capacity tables of the Gewalthilfegesetz from a dated snapshot (without either, from the graph
 * as it stands, fixed in a snapshot first); for analysts and up (decision 028).
 */
export const CAPACITY_REPORT_EXPORT: ExportDefinition = {
  name: 'capacity-report',
  formats: ['xlsx', 'pdf'],
  minRole: 'analyst',
  describe: {
    de: 'Kapazitätsbericht nach dem Gewalthilfegesetz: Angebote, Plätze, Sprachen und 24/7 je Gemeinde, Gewaltform und Zielgruppe; Frauenhausplätze je 10.000 Einwohner (Istanbul-Konvention)',
    en: 'Capacity report under the Gewalthilfegesetz: services, places, languages and 24/7 per municipality, form of violence and target group; shelter places per 10,000 inhabitants (Istanbul Convention)',
  },
  async produce({ format, params, context }) {
    const request = { snapshot: params.get('snapshot'), date: params.get('date') };
    const service = context.services.protectionCapacity;
    if (format === 'pdf') {
      const { snapshot, bytes } = await service.pdf(request, context.viewer);
      return { filename: filename(snapshot.takenAt, 'pdf'), body: bytes };
    }
    const dated = await service.report(request, context.viewer);
    return {
      filename: filename(dated.snapshot.takenAt, 'xlsx'),
      body: await capacityReportXlsx(capacityTables(dated)),
    };
  },
};
