import type { Neo4jExecutor } from '../../neo4j/executor';

export class PersonRepository {
  constructor(readonly executor: Neo4jExecutor) {}
}
