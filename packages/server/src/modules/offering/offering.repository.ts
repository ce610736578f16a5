import type { Neo4jExecutor } from '../../neo4j/executor';

export class OfferingRepository {
  constructor(readonly executor: Neo4jExecutor) {}
}
