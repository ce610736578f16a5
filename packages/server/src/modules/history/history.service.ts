import type { RestoreResult } from '../../neo4j/audit';
import type { Page, PageRequest } from '../../pagination';
import type { ChangeRecord, HistoryRepository } from './history.repository';

/** The audit trail: an entry's history, the deleted entries, restoring one. */
export class HistoryService {
  constructor(private readonly repository: HistoryRepository) {}

  /** The changes of an entry (existing or deleted), newest first. */
  history(entryId: string, page: PageRequest): Promise<Page<ChangeRecord>> {
    return this.repository.findHistory(entryId, page);
  }

  /** Entries deleted and not restored since, newest first. */
  deleted(page: PageRequest): Promise<Page<ChangeRecord>> {
    return this.repository.findDeleted(page);
  }

  /** Brings a deleted entry back with what was deleted along with it, as a new version. */
  restore(entryId: string, actor: string): Promise<RestoreResult> {
    return this.repository.restore(entryId, new Date().toISOString(), actor);
  }
}
