/**
 * The import's operations, typed by hand (parsed here, not by codegen): the page sends a file
 * several times (inspect, dry run, commit) and reads plain results.
 */
import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';

export interface ColumnMapping {
  readonly header: string;
  readonly field: string | null;
}

export interface ImportFieldInfo {
  readonly kind: string;
  readonly name: string;
  readonly required: boolean;
  readonly list: boolean;
}

export interface SheetPreview {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
  readonly kind: string | null;
  readonly mapping: readonly ColumnMapping[];
  readonly savedMapping: {
    readonly id: string;
    readonly version: number;
    readonly name: string;
  } | null;
}

export interface RowNote {
  readonly field: string;
  readonly code: string;
  readonly message: string;
  readonly value: string | null;
  readonly suggestion: string | null;
}

export interface ImportRow {
  readonly kind: string;
  readonly sheet: string;
  readonly line: number;
  readonly action: 'create' | 'update' | 'unchanged' | 'refused';
  readonly label: string;
  readonly changes: readonly {
    readonly field: string;
    readonly before: string | null;
    readonly after: string | null;
  }[];
  readonly problems: readonly RowNote[];
  readonly warnings: readonly RowNote[];
}

export interface ImportCounts {
  readonly create: number;
  readonly update: number;
  readonly unchanged: number;
  readonly refused: number;
}

/** A file as the operations send it. */
export interface ImportFileVariables {
  readonly fileName: string;
  readonly contentBase64: string;
  readonly sheets?: readonly { sheet: string; kind: string; mapping: readonly ColumnMapping[] }[];
}

export const IMPORT_FIELDS: TypedDocumentNode<{ importFields: ImportFieldInfo[] }> = parse(`
  query ImportFieldsOfKinds {
    importFields { kind name required list }
  }
`);

export const INSPECT_IMPORT_FILE: TypedDocumentNode<
  { inspectImportFile: SheetPreview[] },
  { input: ImportFileVariables }
> = parse(`
  query InspectImportFile($input: ImportFileInput!) {
    inspectImportFile(input: $input) {
      sheet headers rowCount kind
      mapping { header field }
      savedMapping { id version name }
    }
  }
`);

export const IMPORT_DRY_RUN: TypedDocumentNode<
  { importDryRun: { token: string; counts: ImportCounts; rows: ImportRow[] } },
  { input: ImportFileVariables }
> = parse(`
  query ImportDryRunOfFile($input: ImportFileInput!) {
    importDryRun(input: $input) {
      token
      counts { create update unchanged refused }
      rows {
        kind sheet line action label
        changes { field before after }
        problems { field code message value suggestion }
        warnings { field code message value suggestion }
      }
    }
  }
`);

export const COMMIT_IMPORT: TypedDocumentNode<
  {
    commitImport: { counts: ImportCounts; created: { sheet: string; line: number; id: string }[] };
  },
  { input: ImportFileVariables & { token: string } }
> = parse(`
  mutation CommitImportOfFile($input: CommitImportInput!) {
    commitImport(input: $input) {
      counts { create update unchanged refused }
      created { sheet line id }
    }
  }
`);

export const SAVE_IMPORT_MAPPING: TypedDocumentNode<
  { saveImportMapping: { id: string; version: number; name: string } },
  {
    input: {
      id?: string | null;
      version?: number | null;
      name: string;
      kind: string;
      mapping: readonly ColumnMapping[];
    };
  }
> = parse(`
  mutation SaveImportMappingOfSheet($input: SaveImportMappingInput!) {
    saveImportMapping(input: $input) { id version name }
  }
`);
