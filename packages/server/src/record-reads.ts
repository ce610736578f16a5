import type { Neo4jExecutor } from './neo4j/executor';
import { ProjectedReads, readPage, type PageStatement } from './neo4j/paging';
import type { Page, PageRequest } from './pagination';

/** How a repository of a compiled type reads its records (see {@link RecordReads}). */
export interface RecordReadsSpec<Filter, Row extends object, Entity> {
  /** The page statement of a filter, each item as `projection` (the record's or a compiled one). */
  readonly pageStatement: (filter: Filter, projection: string) => PageStatement;
  /** The record's projection in Cypher (its mapping's `*Record`). */
  readonly projection: string;
  /** Binds the entry with id `$id`, for a compiled single read. */
  readonly matchById: string;
  /** Returns a row for each of `$ids` that exists, the record in `column`. */
  readonly findByIds: string;
  readonly column: string;
  /** The record of a row, as the mapping reads it. */
  readonly toRecord: (row: Row) => Entity;
}

/**
 * The reads every repository of a compiled type offers its service (EntityReads in
 * entity-reads.ts): a page of the filtered list and a batch by id as stored records, and the same
 * shaped by a compiled selection (`projected`). A repository extends it and adds its writes and
 * its own batched reads.
 */
export abstract class RecordReads<Filter, Row extends object, Entity> {
  /** Pages and single items shaped by a compiled GraphQL selection. */
  readonly projected: ProjectedReads<Filter>;

  protected constructor(
    protected readonly executor: Neo4jExecutor,
    private readonly reads: RecordReadsSpec<Filter, Row, Entity>,
  ) {
    this.projected = new ProjectedReads(executor, reads.pageStatement, reads.matchById);
  }

  findPage(filter: Filter, page: PageRequest): Promise<Page<Entity>> {
    const { cypher, params } = this.reads.pageStatement(filter, this.reads.projection);
    return readPage(this.executor, cypher, params, page, this.reads.toRecord);
  }

  async findByIds(ids: readonly string[]): Promise<Entity[]> {
    const { findByIds, column, toRecord } = this.reads;
    const rows = await this.executor.read<Record<string, Row>>(findByIds, { ids });
    return rows.flatMap((row) => {
      const stored = row[column];
      return stored === undefined ? [] : [toRecord(stored)];
    });
  }
}
