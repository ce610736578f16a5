/**
 * Reading a coordinator's file into tables of text: XLSX (every sheet, with read-excel-file) or
 * CSV (one table, with csv-parse; `;` or `,`, UTF-8 with or without BOM, or Windows-1252).
 * Nothing here knows what the columns mean: that is the mapping's job.
 */
import iconv from 'iconv-lite';
import { parse as parseCsv, type Options } from 'csv-parse/sync';
import { InvalidInputError } from '../../errors';

/** One sheet (or the CSV file): its header row and its data rows, every cell as trimmed text. */
export interface ImportTable {
  /** The sheet's name; for a CSV file its file name. */
  readonly name: string;
  readonly headers: readonly string[];
  /** Data rows in file order; empty rows are left out. */
  readonly rows: readonly TableRow[];
}

/** A data row: its line in the file (1 is the header row) and one text per header. */
export interface TableRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export type ImportFileFormat = 'xlsx' | 'csv';

/** XLSX files are ZIP archives: they start with "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The format of a file: by its first bytes, else by its name. */
export function fileFormat(fileName: string, bytes: Uint8Array): ImportFileFormat {
  if (isZip(bytes)) return 'xlsx';
  if (/\.xlsx$/i.test(fileName)) {
    throw InvalidInputError.forField('contentBase64', 'is not an Excel workbook (.xlsx)');
  }
  return 'csv';
}

/**
 * The text of a CSV file: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else
 * Windows-1252, which Excel writes for „CSV (Trennzeichen-getrennt)“ on German Windows.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // iconv-lite, not TextDecoder: Node's 'windows-1252' decoder reads 0x80–0x9F (€, „, “, –)
    // as Latin-1 control characters.
    text = iconv.decode(Buffer.from(bytes), 'win1252');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `;` (German Excel) unless the header line holds more commas than semicolons outside quotes. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number' || typeof value === 'string') return String(value).trim();
  return '';
}

/** A table from rows of cells: the first non-empty row is the header row. */
function toTable(name: string, grid: readonly (readonly unknown[])[]): ImportTable {
  const texts = grid.map((row) => row.map(cellText));
  const headerIndex = texts.findIndex((row) => row.some((cell) => cell !== ''));
  if (headerIndex < 0) return { name, headers: [], rows: [] };
  const headers = (texts[headerIndex] ?? []).map((header) => header.replace(/\s+/g, ' '));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows: TableRow[] = [];
  texts.forEach((cells, index) => {
    if (index <= headerIndex || cells.every((cell) => cell === '')) return;
    rows.push({ line: index + 1, cells: headers.map((_, column) => cells[column] ?? '') });
  });
  return { name, headers, rows };
}

/** Reads a CSV file into one table named after the file. */
export function readCsv(fileName: string, bytes: Uint8Array): ImportTable {
  const text = decodeText(bytes);
  let grid: string[][];
  try {
    const options: Options = {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    };
    const parsed: unknown = parseCsv(text, options);
    grid = parsed as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw InvalidInputError.forField('contentBase64', `is not a readable CSV file: ${reason}`);
  }
  return toTable(fileName, grid);
}

/** Reads every sheet of an XLSX workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<ImportTable[]> {
  // An ES module: loaded on first use (the server is CommonJS).
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw InvalidInputError.forField('contentBase64', 'is not a readable Excel workbook (.xlsx)');
  }
  return sheets.map((sheet) => toTable(sheet.sheet, sheet.data as unknown[][]));
}

/** Reads a file (XLSX or CSV, told apart by its bytes) into its tables. */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ImportTable[]> {
  return fileFormat(fileName, bytes) === 'xlsx' ? readXlsx(bytes) : [readCsv(fileName, bytes)];
}
