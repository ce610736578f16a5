/**
 * XLSX workbooks: one sheet per table, each with an optional title and caption above a bold
 * header row that stays in view while scrolling.
 */
import type { Cell, Row } from 'write-excel-file/node' with { 'resolution-mode': 'import' };
import type { TableColumn } from './csv';

/** One sheet of a workbook. */
export interface XlsxSheet<Data> {
  /** The tab's name (Excel allows 31 characters; longer names are cut). */
  readonly name: string;
  /** A bold first line, e.g. the report's title. */
  readonly title?: string;
  /** A line under the title, e.g. the date and the filter in words. */
  readonly caption?: string;
  readonly columns: readonly TableColumn<Data>[];
  readonly rows: readonly Data[];
}

function cell(value: string | number | boolean | null | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return value;
}

/** Sheet names Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook. */
function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base =
      raw
        .replace(/[[\]:*?/\\]/g, ' ')
        .trim()
        .slice(0, 31) || 'Tabelle';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** A workbook with the given sheets, as the bytes of an .xlsx file. */
export async function toXlsx(
  // Each sheet may hold rows of its own type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  sheets: readonly XlsxSheet<any>[],
): Promise<Buffer> {
  const names = sheetNames(sheets.map((s) => s.name));
  const built = sheets.map((sheet, i) => {
    const heading: Row[] = [];
    if (sheet.title !== undefined) heading.push([{ value: sheet.title, fontWeight: 'bold' }]);
    if (sheet.caption !== undefined) heading.push([sheet.caption]);
    if (heading.length > 0) heading.push([]);
    const header: Row = sheet.columns.map((c) => ({ value: c.header, fontWeight: 'bold' }));
    const body: Row[] = sheet.rows.map((row) => sheet.columns.map((c) => cell(c.value(row))));
    const widths = sheet.columns.map((c, col) => {
      const longest = Math.max(
        c.header.length,
        ...body.slice(0, 500).map((r) => String((r[col] as string | number | null) ?? '').length),
      );
      return { width: Math.min(60, Math.max(8, longest + 2)) };
    });
    return {
      data: [...heading, header, ...body],
      sheet: names[i] ?? `Tabelle ${i + 1}`,
      columns: widths,
      stickyRowsCount: heading.length + 1,
    };
  });
  // An ES module: loaded on first use (the server is CommonJS).
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(built).toBuffer();
}
