import type { StoredValue } from '../../neo4j/property-values';

/**
 * The backup file (decision 034): gzip'd JSON lines. The first line is the {@link BackupHeader},
 * then one line per node, then one per relationship, then the {@link BackupEnd} line, whose
 * counts must match the header's: a file without it was cut off and is never restored.
 */
export const BACKUP_FORMAT = 'schutznetz-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** A constraint or index as `SHOW CONSTRAINTS` / `SHOW INDEXES` describe it. */
export interface SchemaEntry {
  readonly name: string;
  /** RANGE, FULLTEXT, LOOKUP, … for indexes; UNIQUENESS, … for constraints. */
  readonly type: string;
  /** The statement that creates it exactly as it is (options and analyzer included). */
  readonly createStatement: string;
}

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  /** When the read transaction ran (ISO date-time). */
  readonly takenAt: string;
  readonly neo4j: { readonly version: string; readonly edition: string };
  readonly database: string;
  /** The schema migrations of the code that took the backup (neo4j/migrations.ts), in order. */
  readonly migrations: readonly string[];
  readonly counts: BackupCounts;
  readonly schema: {
    readonly constraints: readonly SchemaEntry[];
    /** Indexes other than those that back a constraint (the constraint creates them). */
    readonly indexes: readonly SchemaEntry[];
  };
}

export interface BackupCounts {
  readonly nodes: number;
  readonly relationships: number;
}

/**
 * A node: `n` is its number in this file (0, 1, 2, … in order); it stands for the node only
 * within the file. Labels and property keys are sorted.
 */
export interface NodeLine {
  readonly n: number;
  readonly l: readonly string[];
  readonly p: Readonly<Record<string, StoredValue>>;
}

/** A relationship from node `s` to node `e` (their numbers in the file) of type `t`. */
export interface RelationshipLine {
  readonly s: number;
  readonly t: string;
  readonly e: number;
  readonly p: Readonly<Record<string, StoredValue>>;
}

export interface BackupEnd {
  readonly end: true;
  readonly counts: BackupCounts;
}

/** What a backup or a restore did, for the commands and the benchmark. */
export interface BackupSummary {
  readonly file: string;
  readonly counts: BackupCounts;
  /** Size of the file in bytes. */
  readonly bytes: number;
  readonly ms: number;
}

export function isBackupHeader(value: unknown): value is BackupHeader {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === BACKUP_FORMAT &&
    'formatVersion' in value &&
    typeof value.formatVersion === 'number'
  );
}
