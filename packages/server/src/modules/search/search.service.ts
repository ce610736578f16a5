import { maySeeContacts, type Viewer } from '../../auth';
import { fullTextQuery } from '../../neo4j/paging';
import { Problems } from '../../validation';
import { SEARCHABLE_LABELS, type SearchableLabel } from '@schutznetz/domain';
import type { SearchHitRecord, SearchRepository } from './search.repository';

export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  /**
   * Finds institutions, people, services, networks, meetings and trainings by words of their
   * names and descriptions. People are left out for viewers who may not see them (public view).
   */
  search(
    text: string,
    kinds: readonly SearchableLabel[] | undefined,
    limit: number,
    viewer: Viewer,
  ): Promise<SearchHitRecord[]> {
    const problems = new Problems();
    if (text.trim().length < 2) problems.add('text', 'must have at least 2 characters');
    problems.throwIfAny();
    const query = fullTextQuery(text);
    if (!query) return Promise.resolve([]);
    const allowed = (kinds?.length ? kinds : SEARCHABLE_LABELS).filter(
      (label) => label !== 'Person' || maySeeContacts(viewer),
    );
    return this.repository.search(query, allowed, limit);
  }
}
