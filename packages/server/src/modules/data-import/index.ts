/**
 * Importing what coordinators already have (decision 031), and the import engine other imports
 * (HSDS, decision 032) feed.
 *
 * ## The engine
 *
 * 1. **Records in.** An {@link ImportRecord} is one row, normalised: `kind` (`institution`,
 *    `service`, `person`, `membership`, or a kind another module adds), `ref` (`sheet`, `line`:
 *    where the row comes from, as the dry run names it) and `values` by field name — text as
 *    written or a list of texts. A code is accepted wherever a label is (`womens_shelter` or
 *    „Frauenhaus“; `koethen`, „Köthen“ or the AGS). Empty values leave a stored value alone. The
 *    fields of the built-in kinds are {@link IMPORT_FIELDS}; references between rows go by
 *    external id, id or unique name (a service's `institution`, a person's `institution`, a
 *    membership's `network` and `institution` or `person`), also to entries created by earlier
 *    rows of the same import.
 * 2. **Plan (dry run).** `engine.dryRun(records)` reads the graph in one read transaction and
 *    answers an {@link ImportPlan}: per row a {@link PlannedRow} — `create`, `update` (with each
 *    field's old → new), `unchanged`, or `refused` with {@link RowNote}s (stable `code`, field,
 *    value, suggestion); warnings such as a dropped shelter address
 *    (`protected_address_dropped`). Matching: by `externalId` (stored on the entry, unique per
 *    kind), else by folded name + municipality (institutions), name + institution (services),
 *    name or function + institution (people), network + member (memberships). Values go through
 *    the forms' own input classes and rules, so an import stores nothing a form refuses. The plan
 *    carries a `token`.
 * 3. **Commit.** `engine.commit(records, token, actor)` plans again inside ONE write transaction,
 *    locks every matched entry and compares with the dry run: any difference (an entry edited,
 *    added or deleted since) → CONFLICT naming the entries (`extensions.entries`), nothing
 *    written; any refused row → BAD_USER_INPUT naming `rows.<sheet>.<line>.<field>`, nothing
 *    written. Otherwise every create and update is written in bulk and recorded in the audit
 *    trail as `actor`'s, like a form edit. Unchanged rows write nothing (no version bump).
 * 4. **More kinds.** Another module adds a kind by writing an {@link ImportKindHandler} (`load`
 *    the stored entries into the {@link ImportState}, `plan` one record with a `RowBuilder`,
 *    `write` its rows audited) and constructing `new ImportEngine(repository, region,
 *    [...IMPORT_HANDLERS, itsHandler])`; kinds are planned and written in that order.
 *
 * The spreadsheet side ({@link DataImportService}): a file (XLSX or CSV) is read into tables
 * (`data-import.parse`), each sheet's columns mapped to fields (proposed from German headers,
 * saved under a name) and turned into records (`recordsOf`).
 */
export { ImportEngine, IMPORT_HANDLERS } from './data-import.engine';
export type { ImportConflict, ImportCounts, ImportPlan, ImportResult } from './data-import.engine';
export {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  proposeMapping,
  type ColumnMapping,
  type ImportField,
  type ImportKind,
} from './data-import.fields';
export { readImportFile, type ImportTable } from './data-import.parse';
export { DataImportRepository } from './data-import.repository';
export { matchEntity, refuseRepeated, RowBuilder } from './data-import.rows';
export { DataImportService, recordsOf } from './data-import.service';
export {
  EntityIndex,
  ImportState,
  type FieldDiff,
  type ImportKindHandler,
  type ImportRecord,
  type KnownEntity,
  type PlannedRow,
  type RowAction,
  type RowNote,
  type RowRef,
  type WriteContext,
} from './data-import.types';
export { CodeLookup, foldText, VALUE_LOOKUPS, type ImportRegion } from './data-import.values';
