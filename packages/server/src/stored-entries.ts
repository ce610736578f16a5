import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import { byIdLoader } from './loaders';
import type { NodeStore } from './neo4j/node-store';
import type { Page, PageRequest } from './pagination';

/** Stored properties of an entry, without its bookkeeping (the store adds that). */
type Properties = Readonly<Record<string, unknown>>;

/** Id lists of an entry's links, by field; an undefined list leaves those links alone. */
type Links = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * One kind of entry of a NodeStore (a meeting, a training, a case review, a gap) as its service
 * reads and writes it: one entry by id, batched per request; writes stamped with the time, new
 * ids made from the kind's prefix, and what the request's loader held of a changed entry
 * forgotten. The service keeps its own rules (required values, defaults, link ids) and calls
 * these with what they produce. Compiled types use EntityReads (entity-reads.ts) instead.
 */
export class StoredEntries<T extends { readonly id: string }> {
  /** Batched per request: any number of `find` calls in one tick cost one round trip. */
  private readonly byId: DataLoader<string, T | null>;

  /** @param idPrefix the start of a new entry's id (`mtg` makes `mtg:<uuid>`) */
  constructor(
    private readonly store: NodeStore<T>,
    private readonly idPrefix: string,
  ) {
    this.byId = byIdLoader((ids) => store.findByIds(ids));
  }

  /** A page of the filtered list, in the store's order. */
  list(filter: object, page: PageRequest): Promise<Page<T>> {
    return this.store.findPage(filter, page);
  }

  find(id: string): Promise<T | null> {
    return this.byId.load(id);
  }

  create(properties: Properties, links: Links, actor: string): Promise<T> {
    const id = `${this.idPrefix}:${randomUUID()}`;
    return this.store.create(id, properties, links, new Date().toISOString(), actor);
  }

  /** Fails with CONFLICT when `version` is not the latest. */
  async update(
    id: string,
    version: number,
    properties: Properties,
    links: Links,
    actor: string,
  ): Promise<T> {
    const now = new Date().toISOString();
    const updated = await this.store.update(id, version, properties, links, now, actor);
    this.byId.clear(id);
    return updated;
  }

  /** Returns the id of the deleted entry; `actor` is recorded in the audit trail. */
  async delete(id: string, version: number, actor: string): Promise<string> {
    await this.store.delete(id, version, new Date().toISOString(), actor);
    this.byId.clear(id);
    return id;
  }
}
