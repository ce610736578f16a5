import { InvalidInputError, NotFoundError } from '../../errors';
import type { Page, PageRequest } from '../../pagination';
import { StoredEntries } from '../../stored-entries';
import { ImportEngine, type ImportPlan, type ImportResult } from './data-import.engine';
import {
  fieldsByName,
  IMPORT_KINDS,
  kindOfSheet,
  proposeMapping,
  type ColumnMapping,
  type ImportKind,
} from './data-import.fields';
import { readImportFile, type ImportTable } from './data-import.parse';
import type { DataImportRepository, ImportMappingRecord } from './data-import.repository';
import type { ImportRecord } from './data-import.types';
import { foldText, type ImportRegion } from './data-import.values';

/** Largest file an import reads (decoded), and most rows. */
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

/** A sheet to import: which kind of entry it holds and which column fills which field. */
export interface SheetChoice {
  readonly sheet: string;
  readonly kind: string;
  readonly mapping: readonly ColumnMapping[];
}

/** A file as the client sends it, and what to take from it (all sheets it recognises if none given). */
export interface ImportFile {
  readonly fileName: string;
  readonly contentBase64: string;
  readonly sheets?: readonly SheetChoice[] | null;
}

/** A sheet of a file as the client first sees it. */
export interface SheetPreview {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
  /** The kind its name suggests (or its saved mapping's). */
  readonly kind: ImportKind | null;
  readonly mapping: readonly ColumnMapping[];
  /** The saved mapping of these headers, if one is stored. */
  readonly savedMapping: ImportMappingRecord | null;
}

/** The key of a set of headers: a later file with the same headers finds the saved mapping. */
export function headerKey(headers: readonly string[]): string {
  return headers.map(foldText).filter(Boolean).sort().join('|');
}

function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

function decode(file: ImportFile): Uint8Array {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length === 0) throw InvalidInputError.forField('contentBase64', 'must not be empty');
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw InvalidInputError.forField('contentBase64', `must be at most ${IMPORT_MAX_BYTES} bytes`);
  }
  return bytes;
}

/** The records of one table under a mapping: one per data row, values by field name. */
export function recordsOf(
  table: ImportTable,
  kind: ImportKind,
  mapping: readonly ColumnMapping[],
): ImportRecord[] {
  const fields = fieldsByName(kind);
  const columns: { index: number; field: string }[] = [];
  for (const column of mapping) {
    if (!column.field) continue;
    if (!fields.has(column.field)) {
      throw InvalidInputError.forField('mapping', `'${column.field}' is no field of a ${kind}`);
    }
    const index = table.headers.indexOf(column.header);
    if (index < 0)
      throw InvalidInputError.forField('mapping', `the file has no column '${column.header}'`);
    columns.push({ index, field: column.field });
  }
  return table.rows.map((row) => ({
    kind,
    ref: { sheet: table.name, line: row.line },
    values: Object.fromEntries(columns.map(({ index, field }) => [field, row.cells[index] ?? ''])),
  }));
}

/**
 * Imports coordinators' spreadsheets (decision 031): reads the file, maps its columns, and hands
 * the rows to the import engine; keeps the saved column mappings.
 */
export class DataImportService {
  readonly engine: ImportEngine;
  private readonly mappings: StoredEntries<ImportMappingRecord>;

  constructor(
    private readonly repository: DataImportRepository,
    region: () => Promise<ImportRegion>,
  ) {
    this.engine = new ImportEngine(repository, region);
    this.mappings = new StoredEntries(repository.mappings, 'imap');
  }

  /** The sheets of a file with their headers and the mapping proposed (or saved) for each. */
  async inspect(file: ImportFile): Promise<SheetPreview[]> {
    const tables = await readImportFile(file.fileName, decode(file));
    return Promise.all(
      tables.map(async (table) => {
        const filter: object = { headerKey: headerKey(table.headers) };
        const found = await this.repository.mappings.findPage(filter, { first: 1, after: null });
        const saved = found.items[0] ?? null;
        const kind =
          (saved && isImportKind(saved.kind) ? saved.kind : null) ??
          kindOfSheet(table.name) ??
          null;
        const mapping = saved
          ? table.headers.map((header) => ({
              header,
              field: saved.fields[saved.headers.indexOf(header)] ?? null,
            }))
          : kind
            ? proposeMapping(kind, table.headers)
            : table.headers.map((header) => ({ header, field: null }));
        return {
          sheet: table.name,
          headers: table.headers,
          rowCount: table.rows.length,
          kind,
          mapping,
          savedMapping: saved,
        };
      }),
    );
  }

  /** The records of a file: each chosen sheet (or each it recognises) under its mapping. */
  async records(file: ImportFile): Promise<ImportRecord[]> {
    const tables = await readImportFile(file.fileName, decode(file));
    const choices: SheetChoice[] =
      file.sheets && file.sheets.length > 0
        ? [...file.sheets]
        : tables.flatMap((table) => {
            const kind = kindOfSheet(table.name) ?? (tables.length === 1 ? undefined : undefined);
            return kind
              ? [{ sheet: table.name, kind, mapping: proposeMapping(kind, table.headers) }]
              : [];
          });
    if (choices.length === 0) {
      throw InvalidInputError.forField('sheets', 'name the kind of entry each sheet holds');
    }
    const records = choices.flatMap((choice) => {
      const table = tables.find((candidate) => candidate.name === choice.sheet);
      if (!table)
        throw InvalidInputError.forField('sheets', `the file has no sheet '${choice.sheet}'`);
      if (!isImportKind(choice.kind))
        throw InvalidInputError.forField('sheets', `unknown kind '${choice.kind}'`);
      return recordsOf(table, choice.kind, choice.mapping);
    });
    if (records.length > IMPORT_MAX_ROWS) {
      throw InvalidInputError.forField(
        'contentBase64',
        `must hold at most ${IMPORT_MAX_ROWS} rows`,
      );
    }
    return records;
  }

  async dryRun(file: ImportFile): Promise<ImportPlan> {
    return this.engine.dryRun(await this.records(file));
  }

  async commit(file: ImportFile, token: string, actor: string): Promise<ImportResult> {
    return this.engine.commit(await this.records(file), token, actor);
  }

  listMappings(
    filter: { kind?: string | null },
    page: PageRequest,
  ): Promise<Page<ImportMappingRecord>> {
    return this.mappings.list(filter.kind ? { kind: filter.kind } : {}, page);
  }

  findMapping(id: string): Promise<ImportMappingRecord | null> {
    return this.mappings.find(id);
  }

  /**
   * Saves a mapping under a name: a new one, or (with `id` and the version read) a new version of
   * a stored one; CONFLICT when it changed meanwhile.
   */
  async saveMapping(
    input: {
      id?: string | null;
      version?: number | null;
      name: string;
      kind: string;
      mapping: readonly ColumnMapping[];
    },
    actor: string,
  ): Promise<ImportMappingRecord> {
    if (!isImportKind(input.kind))
      throw InvalidInputError.forField('kind', `unknown kind '${input.kind}'`);
    const fields = fieldsByName(input.kind);
    const unknown = input.mapping.find((column) => column.field && !fields.has(column.field));
    if (unknown)
      throw InvalidInputError.forField(
        'mapping',
        `'${unknown.field}' is no field of a ${input.kind}`,
      );
    const headers = input.mapping.map((column) => column.header);
    const properties = {
      name: input.name,
      kind: input.kind,
      headers,
      fields: input.mapping.map((column) => column.field ?? ''),
      headerKey: headerKey(headers),
      sortKey: foldText(input.name),
    };
    if (!input.id) return this.mappings.create({ ...properties, createdBy: actor }, {}, actor);
    if (input.version == null)
      throw InvalidInputError.forField('version', 'is needed to change a saved mapping');
    const current = await this.mappings.find(input.id);
    if (!current) throw new NotFoundError('ImportMapping', input.id, 'id');
    return this.mappings.update(input.id, input.version, properties, {}, actor);
  }
}
