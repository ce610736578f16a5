import type DataLoader from 'dataloader';
import { NotFoundError } from './errors';
import { byIdLoader } from './loaders';
import type { ProjectedReads, ProjectedRow, Projection } from './neo4j/paging';
import type { Page, PageRequest } from './pagination';

/** What an entity's repository offers its read path: pages and batches of stored records. */
export interface ReadRepository<Filter, Entity> {
  findPage(filter: Filter, page: PageRequest): Promise<Page<Entity>>;
  findByIds(ids: readonly string[]): Promise<Entity[]>;
  /** The same reads shaped by a compiled GraphQL selection (src/compiler). */
  readonly projected: ProjectedReads<Filter>;
  /** Deletes the entry if `version` is its latest (CONFLICT otherwise), audited as `actor`. */
  delete(id: string, version: number, now: string, actor: string): Promise<unknown>;
}

/**
 * The read path of one entity, shared by its service: a page of its filtered list and one entry by
 * id, each either as stored records (batched per request) or shaped by a compiled selection
 * (docs/decisions/015-one-read-path.md), and its delete, which forgets what the request read of
 * it. A service extends it and adds its own rules.
 */
export abstract class EntityReads<Filter, Entity extends { readonly id: string }> {
  /** Batched per request: any number of `findById` calls in one tick cost one round trip. */
  protected readonly byId: DataLoader<string, Entity | null>;

  /**
   * @param entity name in a NOT_FOUND error (`Institution`)
   * @param checkFilter checks a filter's codes and expands its topics; none by default
   */
  protected constructor(
    protected readonly repository: ReadRepository<Filter, Entity>,
    private readonly entity: string,
    private readonly checkFilter: (filter: Filter) => Filter = (filter) => filter,
  ) {
    this.byId = byIdLoader((ids) => repository.findByIds(ids));
  }

  /** A page of the list in its order (name, or id for referral paths). */
  list(filter: Filter, page: PageRequest): Promise<Page<Entity>> {
    return this.repository.findPage(this.checkFilter(filter), page);
  }

  /** {@link list} with each item shaped by a compiled selection, in one statement. */
  listProjected(
    filter: Filter,
    page: PageRequest,
    projection: Projection,
  ): Promise<Page<ProjectedRow>> {
    return this.repository.projected.page(this.checkFilter(filter), page, projection);
  }

  findById(id: string): Promise<Entity | null> {
    return this.byId.load(id);
  }

  /** {@link findById} shaped by a compiled selection, in one statement. */
  findByIdProjected(id: string, projection: Projection): Promise<ProjectedRow | null> {
    return this.repository.projected.byId(id, projection);
  }

  /** {@link findById} for an entry that must exist: NOT_FOUND naming the `id` otherwise. */
  async getById(id: string): Promise<Entity> {
    const entry = await this.findById(id);
    if (!entry) throw new NotFoundError(this.entity, id, 'id');
    return entry;
  }

  /** Deletes an entry of the latest `version` and returns its id. */
  async delete(id: string, version: number, actor: string): Promise<string> {
    await this.repository.delete(id, version, new Date().toISOString(), actor);
    this.forget(id);
    return id;
  }

  /**
   * Forgets what this request read of `id` after a write of it; a service whose loaders hold
   * lists the entry is in forgets those too.
   */
  protected forget(id: string): void {
    this.byId.clear(id);
  }
}
