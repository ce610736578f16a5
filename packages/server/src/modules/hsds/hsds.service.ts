import type { ViewerRole } from '../../auth';
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
}
