/**
 * CSV as German Excel opens it with a double click: `;` between fields, CRLF line ends, and a
 * UTF-8 byte order mark so umlauts survive.
 */
import { stringify } from 'csv-stringify/sync';

/** A column: its header and how a row fills it. */
export interface TableColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | boolean | null | undefined;
}

const BOM = '\uFEFF';

/** A cell as Excel reads it in German: decimal comma, „ja“/„nein“, empty for nothing. */
function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return value;
}

/** The rows as CSV with a header line. */
export function toCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  const records = [
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => cellText(c.value(row)))),
  ];
  return BOM + stringify(records, { delimiter: ';', record_delimiter: '\r\n' });
}
