/**
 * The capacity report's tables in German, as both the XLSX and the PDF print them: one model,
 * so the two files always hold the same figures. Numbers stay numbers (the writers format them);
 * nothing here reads or prints an address.
 */
import type { CapacityRow, CapacityServiceLine, ShelterPlacesRow } from '@schutznetz/analysis';
import {
  institutionKindByCode,
  targetGroupByCode,
  topicByCode,
  type TargetGroupCode,
  type TopicCode,
} from '@schutznetz/domain';
import type { TableColumn } from '../../exports/csv';
import type { DatedCapacityReport } from './protection-capacity.service';

/** A column, with its share of the page width in the PDF. */
export interface ReportColumn<Row> extends TableColumn<Row> {
  readonly width: number;
}

/** One table of the report (a sheet of the workbook, a section of the PDF). */
export interface ReportTable<Row> {
  readonly name: string;
  readonly heading: string;
  readonly columns: readonly ReportColumn<Row>[];
  readonly rows: readonly Row[];
  /**
   * The PDF prints the first `groupedColumns` columns once as a heading whenever they change,
   * not on every row (the workbook keeps them on every row, for filtering).
   */
  readonly groupedColumns?: number;
}

/** The whole report: its title, what it stands on, and its tables. */
export interface CapacityTables {
  readonly title: string;
  /** The snapshot's date and time in Berlin, e.g. "19.03.2025, 20:00 Uhr". */
  readonly standsAt: string;
  readonly caption: string;
  readonly notes: readonly string[];
  readonly tables: readonly [
    ReportTable<CapacityRow>,
    ReportTable<ShelterPlacesRow>,
    ReportTable<CapacityServiceLine>,
  ];
}

/** The report's title, naming the county of the snapshot's region (decision 030). */
export function reportTitle(countyName: string | null): string {
  return `Kapazitätsbericht Gewalthilfegesetz – ${countyName ?? 'kein Landkreis geladen'}`;
}

const BERLIN = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const LANGUAGE_NAMES = new Intl.DisplayNames('de', { type: 'language' });

/** "19.03.2025, 20:00 Uhr" for an ISO instant. */
export function berlinDateTime(iso: string): string {
  return `${BERLIN.format(new Date(iso))} Uhr`;
}

function languageName(code: string): string {
  if (code === 'dgs') return 'Deutsche Gebärdensprache';
  return LANGUAGE_NAMES.of(code) ?? code;
}

const languages = (codes: readonly string[]): string =>
  codes
    .map(languageName)
    .sort((a, b) => a.localeCompare(b, 'de'))
    .join(', ');
const formName = (code: TopicCode): string => topicByCode(code).label.de;
const targetGroupName = (code: TargetGroupCode): string => targetGroupByCode(code).label.de;

/** Two decimals, as a number (the writers print it with a decimal comma). */
const round2 = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 100) / 100;

/** The tables of a dated capacity report. */
export function capacityTables({ snapshot, report }: DatedCapacityReport): CapacityTables {
  const groupName = new Map(report.targetGroups.map((g) => [g.code, g.label.de]));
  const regionName = (code: string | null): string =>
    code === null
      ? `${report.countyName ?? 'Landkreis'} (gesamt)`
      : (report.regionNames[code] ?? code);
  const population = new Map<string | null, number | null>(
    report.shelters.map((s) => [s.municipality, s.population]),
  );
  const standsAt = berlinDateTime(snapshot.takenAt);
  const benchmark = report.benchmarkPer10k.toLocaleString('de-DE');
  const county = report.shelters[report.shelters.length - 1];
  const countyFigures =
    county?.placesPer10k === null || county === undefined
      ? ''
      : ` Landkreis: ${county.places} Frauenhausplätze, ${round2(county.placesPer10k)?.toLocaleString('de-DE')} je 10.000 Einwohner; nötig wären ${round2(county.requiredPlaces)?.toLocaleString('de-DE')}, es fehlen ${round2(county.gap)?.toLocaleString('de-DE')}.`;

  const services: ReportTable<CapacityRow> = {
    name: 'Angebote',
    heading: 'Angebote je Gemeinde, Gewaltform und Zielgruppe',
    columns: [
      { header: 'Gemeinde', width: 3, value: (r) => regionName(r.municipality) },
      { header: 'Einwohner', width: 1.6, value: (r) => population.get(r.municipality) ?? null },
      { header: 'Gewaltform', width: 4, value: (r) => formName(r.form) },
      {
        header: 'Zielgruppe',
        width: 2.6,
        value: (r) => groupName.get(r.targetGroup) ?? r.targetGroup,
      },
      { header: 'Angebote', width: 1.4, value: (r) => r.serviceIds.length },
      { header: 'Einrichtungen', width: 1.6, value: (r) => r.institutionIds.length },
      { header: 'Plätze', width: 1.1, value: (r) => r.places },
      { header: 'Sprachen', width: 4, value: (r) => languages(r.languages) },
      { header: 'Rund um die Uhr', width: 1.7, value: (r) => r.services24x7Ids.length > 0 },
      { header: 'Angebote rund um die Uhr', width: 1.7, value: (r) => r.services24x7Ids.length },
    ],
    rows: report.rows,
    groupedColumns: 2,
  };

  const shelters: ReportTable<ShelterPlacesRow> = {
    name: 'Frauenhausplätze',
    heading: `Frauenhausplätze je 10.000 Einwohner (Richtwert Istanbul-Konvention: ${benchmark})`,
    columns: [
      { header: 'Gemeinde', width: 3, value: (r) => regionName(r.municipality) },
      { header: 'Einwohner', width: 1.5, value: (r) => r.population },
      { header: 'Frauenhausplätze', width: 1.8, value: (r) => r.places },
      { header: 'Plätze je 10.000 Einwohner', width: 2.2, value: (r) => round2(r.placesPer10k) },
      { header: 'Richtwert je 10.000 Einwohner', width: 2.2, value: () => report.benchmarkPer10k },
      { header: 'Nötige Plätze', width: 1.6, value: (r) => round2(r.requiredPlaces) },
      { header: 'Fehlende Plätze', width: 1.6, value: (r) => round2(r.gap) },
      { header: 'Richtwert erfüllt', width: 1.6, value: (r) => r.benchmarkMet },
    ],
    rows: report.shelters,
  };

  const list: ReportTable<CapacityServiceLine> = {
    name: 'Angebotsliste',
    heading: 'Angebote zu Gewaltformen des Gewalthilfegesetzes (ohne Adressen)',
    columns: [
      { header: 'Einrichtung', width: 4, value: (s) => s.institutionName },
      {
        header: 'Art',
        width: 3,
        value: (s) =>
          s.institutionKind ? institutionKindByCode(s.institutionKind).label.de : null,
      },
      { header: 'Sitz', width: 2.2, value: (s) => (s.seat === null ? null : regionName(s.seat)) },
      { header: 'Angebot', width: 3.5, value: (s) => s.serviceName },
      { header: 'Gewaltformen', width: 4, value: (s) => s.forms.map(formName).join(', ') },
      {
        header: 'Zielgruppen',
        width: 3,
        value: (s) =>
          s.targetGroups.length === 0 ? 'alle' : s.targetGroups.map(targetGroupName).join(', '),
      },
      { header: 'Plätze', width: 1, value: (s) => s.places },
      { header: 'Sprachen', width: 2.5, value: (s) => languages(s.languages) },
      { header: 'Rund um die Uhr', width: 1.4, value: (s) => s.available24x7 },
      { header: 'Erreicht', width: 4, value: (s) => s.reaches.map(regionName).join(', ') },
    ],
    rows: report.services,
  };

  return {
    title: reportTitle(report.countyName),
    standsAt,
    caption: `Stand: ${standsAt} – Schnappschuss „${snapshot.label}“ (${snapshot.id})`,
    notes: [
      `Richtwert der Istanbul-Konvention (Art. 23, erläuternder Bericht): ${benchmark} Familienplatz je 10.000 Einwohner.${countyFigures}`,
      'Angebote und Plätze: was die Gemeinde erreicht (ein Angebot zählt in jeder Gemeinde, die es versorgt; „gesamt“ zählt es einmal). Frauenhausplätze: Schutzeinrichtungen mit Sitz in der Gemeinde.',
      'Adressen von Frauenhäusern und Schutzwohnungen werden nie gespeichert und nie ausgegeben.',
    ],
    tables: [services, shelters, list],
  };
}
