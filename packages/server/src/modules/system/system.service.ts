import type { DatabaseInfo, SystemRepository } from './system.repository';

export const SERVER_VERSION = '0.1.0';

export class SystemService {
  constructor(private readonly repository: SystemRepository) {}

  getDatabaseInfo(): Promise<DatabaseInfo> {
    return this.repository.findDatabaseInfo();
  }
}
