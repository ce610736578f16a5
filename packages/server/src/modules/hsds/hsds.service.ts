import type { RegionCatalog } from '@schutznetz/domain';
import type { ViewerRole } from '../../auth';
import type { ImportPlan, ImportResult } from '../data-import';
import { hsdsDocumentOf, type HsdsExportRegion } from './hsds.document';
import type { HsdsRepository } from './hsds.repository';
import { hsdsZip } from './hsds.tabular';
import type { HsdsDocument } from './hsds.types';

/**
 * Open Referral HSDS 3.1 (decision 032): the directory as an HSDS document or its tabular data
 * package, as the viewer may see it.
 */
export class HsdsService {
  constructor(private readonly repository: HsdsRepository) {}

  /** The directory as one HSDS document (organizations, services, taxonomies, extension). */
  async document(viewer: ViewerRole, region: HsdsExportRegion): Promise<HsdsDocument> {
    return hsdsDocumentOf(await this.repository.readDataSet(), viewer, region);
  }

  /** The directory as the HSDS tabular data package, zipped. */
  async dataPackage(viewer: ViewerRole, region: HsdsExportRegion): Promise<Buffer> {
    return hsdsZip(await this.document(viewer, region));
  }

  /** Dry run of importing an HSDS document (JSON text): per record what a commit would do. */
  importDryRun(json: string, region: RegionCatalog): Promise<ImportPlan> {
    return this.repository.imports.dryRun(json, region);
  }

  /** Imports an HSDS document all or nothing, as `actor`; `token` is its dry run's. */
  importCommit(
    json: string,
    token: string,
    region: RegionCatalog,
    actor: string,
  ): Promise<ImportResult> {
    return this.repository.imports.commit(json, token, region, actor);
  }
}
