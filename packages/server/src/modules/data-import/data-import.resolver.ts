import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { IMPORT_FIELDS, IMPORT_KINDS } from './data-import.fields';
import type { ImportMappingRecord } from './data-import.repository';
import type { PlannedRow, RowNote } from './data-import.types';
import { CommitImportInput, ImportFileInput, SaveImportMappingInput } from './data-import.input';
import {
  ImportCommitResult,
  ImportDryRun,
  ImportField,
  ImportMapping,
  ImportRow,
  ImportSheetPreview,
} from './data-import.type';

function toMapping(record: ImportMappingRecord): ImportMapping {
  return {
    ...record,
    mapping: record.headers.map((header, i) => ({
      header,
      field: nonEmpty(record.fields[i]),
    })),
  };
}

/** A field name, or null for a column left out (stored as ''). */
function nonEmpty(field: string | null | undefined): string | null {
  return field === undefined || field === null || field === '' ? null : field;
}

/** Importing spreadsheets (decision 031): coordinators only. */
@Resolver()
export class DataImportResolver {
  @Authorized<Role>('coordinator')
  @Query(() => [ImportField], { description: 'The fields an import can fill, per kind of entry.' })
  importFields(): ImportField[] {
    return IMPORT_KINDS.flatMap((kind) =>
      IMPORT_FIELDS[kind].map((field) => ({ ...field, kind, headers: [...field.headers] })),
    );
  }

  @Authorized<Role>('coordinator')
  @Query(() => [ImportSheetPreview], {
    description: 'The sheets of a file with their headers and the mapping proposed for each.',
  })
  async inspectImportFile(
    @Arg('input', () => ImportFileInput) input: ImportFileInput,
    @Ctx() ctx: Context,
  ): Promise<ImportSheetPreview[]> {
    const sheets = await ctx.services.dataImport.inspect(input);
    return sheets.map((sheet) => ({
      ...sheet,
      headers: [...sheet.headers],
      mapping: sheet.mapping.map((column) => ({
        header: column.header,
        field: nonEmpty(column.field),
      })),
      savedMapping: sheet.savedMapping && toMapping(sheet.savedMapping),
    }));
  }

  @Authorized<Role>('coordinator')
  @Query(() => ImportDryRun, {
    description:
      'Dry run: per row what a commit would create, change (old → new), leave unchanged or refuse and why; writes nothing.',
  })
  async importDryRun(
    @Arg('input', () => ImportFileInput) input: ImportFileInput,
    @Ctx() ctx: Context,
  ): Promise<ImportDryRun> {
    const plan = await ctx.services.dataImport.dryRun(input);
    return { ...plan, rows: plan.rows.map(toRow) };
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => ImportCommitResult, {
    description:
      'Imports the file of a dry run in one transaction, all or nothing, recorded in the history. BAD_USER_INPUT while a row is refused; CONFLICT (naming the entries) when anything changed since the dry run.',
  })
  async commitImport(
    @Arg('input', () => CommitImportInput) input: CommitImportInput,
    @Ctx() ctx: Context,
  ): Promise<ImportCommitResult> {
    const result = await ctx.services.dataImport.commit(input, input.token, ctx.actor);
    return { counts: result.counts, created: [...result.created] };
  }

  @Authorized<Role>('coordinator')
  @Query(() => [ImportMapping], { description: 'Saved column mappings, by name.' })
  async importMappings(
    @Arg('kind', () => String, { nullable: true, description: 'Only mappings of this kind.' })
    kind: string | null,
    @Ctx() ctx: Context,
  ): Promise<ImportMapping[]> {
    const page = await ctx.services.dataImport.listMappings({ kind }, { first: 200, after: null });
    return page.items.map(toMapping);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => ImportMapping, {
    description:
      'Saves a column mapping under a name (a new version with id and version; CONFLICT when stale).',
  })
  async saveImportMapping(
    @Arg('input', () => SaveImportMappingInput) input: SaveImportMappingInput,
    @Ctx() ctx: Context,
  ): Promise<ImportMapping> {
    return toMapping(await ctx.services.dataImport.saveMapping(input, ctx.actor));
  }
}

/** A planned row as the API shows it (also the HSDS import's, decision 032). */
export function toRow(row: PlannedRow): ImportRow {
  const note = (n: RowNote) => ({
    ...n,
    value: n.value ?? null,
    suggestion: n.suggestion ?? null,
  });
  return {
    kind: row.kind,
    sheet: row.ref.sheet,
    line: row.ref.line,
    action: row.action,
    label: row.label,
    entityId: row.entityId?.startsWith('new:') ? null : row.entityId,
    version: row.version,
    changes: [...row.changes],
    problems: row.problems.map(note),
    warnings: row.warnings.map(note),
  };
}

export const DATA_IMPORT_RESOLVERS = [DataImportResolver] as const;
