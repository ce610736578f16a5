import type { SearchableLabel } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { FULL_TEXT_INDEX } from '../../neo4j/paging';

export interface SearchHitRecord {
  readonly id: string;
  readonly label: SearchableLabel;
  readonly score: number;
}

const SEARCH = `
CALL db.index.fulltext.queryNodes('${FULL_TEXT_INDEX}', $query, {limit: toInteger($limit) * 4}) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label IN $labels][0] AS label
WHERE label IS NOT NULL
RETURN node.id AS id, label, score
ORDER BY score DESC, id
LIMIT toInteger($limit)`;

export class SearchRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Best matches of a Lucene query among the given labels, in one round trip. */
  search(
    query: string,
    labels: readonly SearchableLabel[],
    limit: number,
  ): Promise<SearchHitRecord[]> {
    return this.executor.read<SearchHitRecord>(SEARCH, { query, labels, limit });
  }
}
