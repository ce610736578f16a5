import type { Neo4jExecutor } from '../../neo4j/executor';

export class ReferralRepository {
  constructor(readonly executor: Neo4jExecutor) {}
}
