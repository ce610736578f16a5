import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { MIGRATIONS } from '../../neo4j/migrations';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  isBackupHeader,
  type BackupEnd,
  type BackupHeader,
  type BackupSummary,
  type NodeLine,
  type RelationshipLine,
} from './backup.format';
import type {
  BackupRepository,
  ConsistentRead,
  IndexEntry,
  NewNode,
  NewRelationship,
} from './backup.repository';

/** A backup that cannot be taken or restored, with what to do about it. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Rows per write transaction of a restore, and the JSON characters a batch may hold. */
const BATCH_ROWS = 2_000;
const BATCH_CHARS = 8_000_000;

/**
 * Takes a backup of the whole database into `file` (gzip'd JSON lines, decision 034) from one read
 * transaction. It is written to `<file>.partial` and renamed when complete, so a file under the
 * name asked for is always whole.
 */
export async function takeBackup(
  repository: BackupRepository,
  database: string,
  file: string,
): Promise<BackupSummary> {
  const started = Date.now();
  const partial = `${file}.partial`;
  try {
    const counts = await repository.readConsistently(async (read) => {
      await pipeline(
        Readable.from(backupLines(read, database)),
        createGzip(),
        createWriteStream(partial),
      );
      return read.counts;
    });
    await rename(partial, file);
    return { file, counts, bytes: (await stat(file)).size, ms: Date.now() - started };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function* backupLines(read: ConsistentRead, database: string): AsyncGenerator<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    takenAt: new Date().toISOString(),
    neo4j: read.neo4j,
    database,
    migrations: MIGRATIONS.map((migration) => migration.name),
    counts: read.counts,
    schema: { constraints: read.constraints, indexes: read.indexes },
  };
  yield `${JSON.stringify(header)}\n`;
  // A node's number in the file by its element id: the only part of the graph held in memory.
  const numbers = new Map<string, number>();
  for await (const node of read.nodes()) {
    const line: NodeLine = { n: numbers.size, l: node.labels, p: node.properties };
    numbers.set(node.elementId, line.n);
    yield `${JSON.stringify(line)}\n`;
  }
  let relationships = 0;
  for await (const relationship of read.relationships()) {
    const line: RelationshipLine = {
      s: numberOf(numbers, relationship.startElementId),
      t: relationship.type,
      e: numberOf(numbers, relationship.endElementId),
      p: relationship.properties,
    };
    relationships += 1;
    yield `${JSON.stringify(line)}\n`;
  }
  const counts = { nodes: numbers.size, relationships };
  if (counts.nodes !== read.counts.nodes || counts.relationships !== read.counts.relationships) {
    throw new BackupError(
      `The backup read ${counts.nodes} nodes and ${counts.relationships} relationships, but counted ${read.counts.nodes} and ${read.counts.relationships}`,
    );
  }
  const end: BackupEnd = { end: true, counts };
  yield `${JSON.stringify(end)}\n`;
}

function numberOf(numbers: ReadonlyMap<string, number>, elementId: string): number {
  const n = numbers.get(elementId);
  if (n === undefined)
    throw new BackupError(
      `A relationship ends at node ${elementId}, which the backup did not read`,
    );
  return n;
}

export interface RestoreOptions {
  /** Delete everything in the database first instead of refusing a database that is not empty. */
  readonly force?: boolean;
}

/**
 * Restores a backup into the database: refuses one that holds anything (unless `force`, which
 * deletes it all first), then creates the schema, the nodes and the relationships in batches of
 * their own write transactions, and checks the counts against the file's. A file cut off before
 * its end line fails the restore (what was written stays; restore again with `force`).
 */
export async function restoreBackup(
  repository: BackupRepository,
  file: string,
  options: RestoreOptions = {},
): Promise<BackupSummary & { readonly header: BackupHeader }> {
  const started = Date.now();
  const { lines, readError } = readLines(file);
  const iterator = lines[Symbol.asyncIterator]();
  try {
    const first = await iterator.next();
    const header = checkHeader(first.done ? undefined : first.value, file);
    await ensureEmpty(repository, options.force ?? false);
    await repository.createSchema(header.schema.constraints, header.schema.indexes as IndexEntry[]);
    const counts = await restoreGraph(
      repository,
      { [Symbol.asyncIterator]: () => iterator },
      header,
    );
    await repository.settle();
    return { file, header, counts, bytes: (await stat(file)).size, ms: Date.now() - started };
  } catch (error) {
    throw readError() ?? error;
  } finally {
    lines.close();
  }
}

/**
 * The file's lines, unzipped. An error of the file or of gzip (a missing file, a file that is not
 * gzip) ends the lines; `readError` then tells what it was, with the file's name.
 */
function readLines(file: string): {
  lines: ReturnType<typeof createInterface>;
  readError: () => BackupError | undefined;
} {
  let failure: BackupError | undefined;
  const source = createReadStream(file);
  const unzipped = createGunzip();
  const lines = createInterface({ input: unzipped, crlfDelay: Infinity });
  const fail = (error: Error): void => {
    failure ??= new BackupError(`Cannot read the backup ${file}: ${error.message}`);
    lines.close();
  };
  source.on('error', fail);
  unzipped.on('error', fail);
  source.pipe(unzipped);
  return { lines, readError: () => failure };
}

function checkHeader(line: string | undefined, file: string): BackupHeader {
  let parsed: unknown;
  try {
    parsed = line === undefined ? undefined : JSON.parse(line);
  } catch {
    parsed = undefined;
  }
  if (!isBackupHeader(parsed)) throw new BackupError(`${file} is not a Schutznetz backup`);
  if (parsed.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `${file} has backup format ${parsed.formatVersion}; this version of Schutznetz reads up to ${BACKUP_FORMAT_VERSION}: restore it with the version that took it`,
    );
  }
  const known = new Set(MIGRATIONS.map((migration) => migration.name));
  const unknown = parsed.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `${file} was taken by a newer Schutznetz (schema migrations ${unknown.join(', ')} are unknown here): restore it with that version`,
    );
  }
  return parsed;
}

async function ensureEmpty(repository: BackupRepository, force: boolean): Promise<void> {
  const contents = await repository.contents();
  if (contents.nodes === 0 && contents.schema === 0) return;
  if (!force) {
    throw new BackupError(
      `The database is not empty (${contents.nodes} nodes, ${contents.schema} constraints and indexes). ` +
        'Restore into an empty database, or pass --force to delete everything in it first.',
    );
  }
  await repository.wipe();
}

interface PendingBatch<Row> {
  rows: Row[];
  chars: number;
}

async function restoreGraph(
  repository: BackupRepository,
  lines: AsyncIterable<string>,
  header: BackupHeader,
): Promise<{ nodes: number; relationships: number }> {
  // The element id each node of the file got here, by its number.
  const elementIds: string[] = [];
  let relationships = 0;
  let end: BackupEnd | undefined;
  let nodes: PendingBatch<NewNode> = { rows: [], chars: 0 };
  let rels: PendingBatch<NewRelationship> = { rows: [], chars: 0 };
  const flushNodes = async (): Promise<void> => {
    if (nodes.rows.length === 0) return;
    elementIds.push(...(await repository.createNodes(nodes.rows)));
    nodes = { rows: [], chars: 0 };
  };
  const flushRelationships = async (): Promise<void> => {
    if (rels.rows.length === 0) return;
    const created = await repository.createRelationships(rels.rows);
    if (created !== rels.rows.length) {
      throw new BackupError(
        `Only ${created} of ${rels.rows.length} relationships of a batch found their nodes`,
      );
    }
    relationships += created;
    rels = { rows: [], chars: 0 };
  };
  for await (const text of lines) {
    if (text === '') continue;
    if (end) throw new BackupError('The backup goes on after its end line');
    const line = JSON.parse(text) as NodeLine | RelationshipLine | BackupEnd;
    if ('end' in line) {
      end = line;
    } else if ('n' in line) {
      if (rels.rows.length > 0 || relationships > 0)
        throw new BackupError('A node follows the relationships');
      if (line.n !== elementIds.length + nodes.rows.length)
        throw new BackupError(`Node ${line.n} is out of order`);
      nodes.rows.push({ labels: line.l, properties: line.p });
      nodes.chars += text.length;
      if (nodes.rows.length >= BATCH_ROWS || nodes.chars >= BATCH_CHARS) await flushNodes();
    } else {
      await flushNodes();
      rels.rows.push({
        start: elementIdOf(elementIds, line.s),
        type: line.t,
        end: elementIdOf(elementIds, line.e),
        properties: line.p,
      });
      rels.chars += text.length;
      if (rels.rows.length >= BATCH_ROWS || rels.chars >= BATCH_CHARS) await flushRelationships();
    }
  }
  await flushNodes();
  await flushRelationships();
  if (!end) throw new BackupError('The backup file is cut off (it has no end line): take it again');
  const counts = { nodes: elementIds.length, relationships };
  if (
    counts.nodes !== header.counts.nodes ||
    counts.relationships !== header.counts.relationships
  ) {
    throw new BackupError(
      `Restored ${counts.nodes} nodes and ${counts.relationships} relationships; the backup holds ${header.counts.nodes} and ${header.counts.relationships}`,
    );
  }
  return counts;
}

function elementIdOf(elementIds: readonly string[], n: number): string {
  const id = elementIds[n];
  if (id === undefined)
    throw new BackupError(
      `A relationship names node ${n}, which the backup does not hold before it`,
    );
  return id;
}
