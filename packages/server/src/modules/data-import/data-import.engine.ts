import { createHash } from 'node:crypto';
import { ConflictError, InvalidInputError } from '../../errors';
import type { TxRunner } from '../../neo4j/executor';
import { lockedVersions, type DataImportRepository } from './data-import.repository';
import {
  ImportState,
  type ImportKindHandler,
  type ImportRecord,
  type KnownEntity,
  type PlannedRow,
  type RowAction,
} from './data-import.types';
import type { ImportRegion } from './data-import.values';
import { institutionImport } from './kinds/institution.import';
import { membershipImport } from './kinds/membership.import';
import { personImport } from './kinds/person.import';
import { serviceImport } from './kinds/service.import';

/** The kinds the engine knows, in the order they are planned and written (later rows refer to earlier). */
export const IMPORT_HANDLERS: readonly ImportKindHandler[] = [
  institutionImport,
  serviceImport,
  personImport,
  membershipImport,
];

/** How many rows of each action a plan or commit holds. */
export type ImportCounts = Readonly<Record<RowAction, number>>;

/** The dry run's answer. */
export interface ImportPlan {
  readonly rows: readonly PlannedRow[];
  readonly counts: ImportCounts;
  /** Hands the plan to the commit: the commit refuses (CONFLICT) when its plan differs. */
  readonly token: string;
}

/** The commit's answer: the plan it carried out, with the ids of what it created by row. */
export interface ImportResult {
  readonly counts: ImportCounts;
  readonly created: readonly {
    readonly sheet: string;
    readonly line: number;
    readonly id: string;
  }[];
}

/** An entry changed by someone else since the dry run. */
export interface ImportConflict {
  readonly sheet: string;
  readonly line: number;
  readonly id: string;
  readonly name: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

function countActions(rows: readonly PlannedRow[]): ImportCounts {
  const counts = { create: 0, update: 0, unchanged: 0, refused: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
}

/** Everything a plan's outcome depends on: each row's action, entry, version and changes. */
function digestOf(rows: readonly PlannedRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows) {
    hash.update(
      JSON.stringify([row.kind, row.ref, row.action, row.entityId, row.version, row.changes]),
    );
  }
  return hash.digest('base64url');
}

interface Token {
  readonly at: string;
  readonly digest: string;
}

function encodeToken(token: Token): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(text: string): Token {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Token>;
    if (typeof token.at === 'string' && typeof token.digest === 'string') {
      return { at: token.at, digest: token.digest };
    }
  } catch {
    // fall through: a token the dry run did not make
  }
  throw InvalidInputError.forField('token', 'is not the token of a dry run');
}

const isPlaceholder = (id: string | null): boolean => id === null || id.startsWith('new:');

/**
 * The import engine: plans records against the graph (dry run) and carries a plan out in one
 * write transaction (commit). See index.ts for the contract.
 */
export class ImportEngine {
  constructor(
    private readonly repository: DataImportRepository,
    private readonly region: () => Promise<ImportRegion>,
    private readonly handlers: readonly ImportKindHandler[] = IMPORT_HANDLERS,
  ) {}

  /** What a commit of `records` would do, row by row; writes nothing. */
  async dryRun(records: readonly ImportRecord[]): Promise<ImportPlan> {
    const region = await this.region();
    const at = new Date().toISOString();
    const { rows } = await this.repository.read((tx) => this.plan(tx, records, region));
    return { rows, counts: countActions(rows), token: encodeToken({ at, digest: digestOf(rows) }) };
  }

  /**
   * Carries out the plan the dry run showed, all or nothing, recorded in the audit trail as
   * `actor`'s. BAD_USER_INPUT when a row is refused; CONFLICT (naming the entries) when anything
   * the plan depends on changed since the dry run that made `token`.
   */
  async commit(
    records: readonly ImportRecord[],
    token: string,
    actor: string,
  ): Promise<ImportResult> {
    const expected = decodeToken(token);
    const region = await this.region();
    return this.repository.write(async (tx) => {
      const { rows, state } = await this.plan(tx, records, region);
      refuseRefused(rows);
      const moved = await this.lockMatched(tx, rows);
      if (moved.length || digestOf(rows) !== expected.digest) {
        throw conflictOf(rows, state, expected.at, moved);
      }
      const assigned = new Map<string, string>();
      const context = {
        stamp: { now: new Date().toISOString(), actor },
        resolve: (id: string) => assigned.get(id) ?? id,
        assign: (placeholder: string, id: string) => void assigned.set(placeholder, id),
      };
      for (const handler of this.handlers) {
        const mine = rows.filter(
          (row) =>
            row.kind === handler.kind && (row.action === 'create' || row.action === 'update'),
        );
        if (mine.length) await handler.write(tx, mine, context);
      }
      const created = rows
        .filter((row) => row.action === 'create' && row.entityId && assigned.has(row.entityId))
        .map((row) => ({ ...row.ref, id: assigned.get(row.entityId ?? '') ?? '' }));
      return { counts: countActions(rows), created };
    });
  }

  private async plan(
    tx: TxRunner,
    records: readonly ImportRecord[],
    region: ImportRegion,
  ): Promise<{ rows: PlannedRow[]; state: ImportState }> {
    const known = new Set(this.handlers.map((handler) => handler.kind));
    const unknown = records.find((record) => !known.has(record.kind));
    if (unknown)
      throw InvalidInputError.forField('kind', `unknown kind of entry '${unknown.kind}'`);
    const state = new ImportState(region);
    for (const handler of this.handlers) await handler.load(tx, state);
    const rows: PlannedRow[] = [];
    for (const handler of this.handlers) {
      for (const record of records)
        if (record.kind === handler.kind) rows.push(handler.plan(record, state));
    }
    return { rows, state };
  }

  /** Locks every stored entry the plan matched; answers those whose version moved meanwhile. */
  private async lockMatched(tx: TxRunner, rows: readonly PlannedRow[]): Promise<string[]> {
    const moved: string[] = [];
    for (const handler of this.handlers) {
      const matched = rows.filter(
        (row) => row.kind === handler.kind && !isPlaceholder(row.entityId),
      );
      const ids = [...new Set(matched.map((row) => row.entityId ?? ''))];
      const versions = await lockedVersions(tx, handler.label, ids);
      for (const row of matched) {
        if (versions.get(row.entityId ?? '') !== row.version) moved.push(row.entityId ?? '');
      }
    }
    return moved;
  }
}

/** BAD_USER_INPUT naming every refused row's fields as `rows.<sheet>.<line>.<field>`. */
function refuseRefused(rows: readonly PlannedRow[]): void {
  const problems = rows.flatMap((row) =>
    row.problems.map((problem) => ({
      field: `rows.${row.ref.sheet}.${row.ref.line}.${problem.field}`,
      message: problem.message,
    })),
  );
  if (problems.length) throw new InvalidInputError(problems);
}

function conflictOf(
  rows: readonly PlannedRow[],
  state: ImportState,
  since: string,
  moved: readonly string[],
): ConflictError {
  const entries: ImportConflict[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const entity: KnownEntity | undefined = row.entityId ? state.find(row.entityId) : undefined;
    if (!entity || seen.has(entity.id)) continue;
    if (entity.updatedAt > since || moved.includes(entity.id)) {
      seen.add(entity.id);
      entries.push({
        ...row.ref,
        id: entity.id,
        name: entity.name,
        updatedBy: entity.updatedBy,
        updatedAt: entity.updatedAt,
      });
    }
  }
  const named = entries
    .slice(0, 5)
    .map(
      (entry) =>
        `'${entry.name}' (${entry.sheet}, line ${entry.line}) by ${entry.updatedBy} at ${entry.updatedAt}`,
    )
    .join('; ');
  return new ConflictError(
    `Changed since the dry run${named ? `: ${named}${entries.length > 5 ? ` and ${entries.length - 5} more` : ''}` : ' (an entry was added or deleted)'}. Nothing was imported; run the dry run again.`,
    { field: 'token', entries },
  );
}
