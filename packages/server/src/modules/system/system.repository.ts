import type { Neo4jExecutor } from '../../neo4j/executor';

/** What the connected database says about itself. */
export interface DatabaseInfo {
  readonly name: string;
  readonly version: string;
  readonly edition: string;
}

const DATABASE_INFO = `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
LIMIT 1`;

export class SystemRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async findDatabaseInfo(): Promise<DatabaseInfo> {
    const [row] = await this.executor.read<DatabaseInfo>(DATABASE_INFO);
    return row ?? { name: 'unknown', version: 'unknown', edition: 'unknown' };
  }
}
