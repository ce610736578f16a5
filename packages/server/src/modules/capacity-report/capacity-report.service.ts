import { mayEdit, type Viewer } from '../../auth';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors';
import type { ServiceRecord } from '../offering/offering.repository';
import type { OfferingService } from '../offering/offering.service';
import type { CapacityReportRepository } from './capacity-report.repository';

/**
 * Free places reported by the people who know them: a shelter's own staff (a member whose person
 * entry is linked to their sign-in and who works there) or a coordinator, in one action without a
 * version (docs/decisions/021-capacity-reports-by-staff.md).
 */
export class CapacityReportService {
  constructor(
    private readonly repository: CapacityReportRepository,
    private readonly offering: OfferingService,
  ) {}

  /** Reports `free` places of `serviceId` now; FORBIDDEN unless the viewer may report on it. */
  async reportFreePlaces(
    viewer: Viewer,
    serviceId: string,
    free: number,
    actor: string,
  ): Promise<ServiceRecord> {
    if (!Number.isInteger(free) || free < 0) {
      throw InvalidInputError.forField('free', 'free places must be a whole number, at least 0');
    }
    if (!mayEdit(viewer)) {
      const works =
        viewer.subject === undefined
          ? null
          : await this.repository.worksAtService(viewer.subject, serviceId);
      if (works === null && viewer.subject !== undefined) {
        throw new NotFoundError('Service', serviceId, 'serviceId');
      }
      if (works !== true) {
        throw new ForbiddenError(
          'Only the staff of the institution offering the service (or a coordinator) report its free places.',
          { field: 'serviceId' },
        );
      }
    }
    // One tap, no version: the report replaces whatever was reported before.
    const current = await this.offering.getById(serviceId);
    return this.offering.reportCapacity(serviceId, current.version, free, actor);
  }

  /** The services with places the viewer may report on: their own institutions', or all. */
  async reportableServices(viewer: Viewer): Promise<ServiceRecord[]> {
    if (!mayEdit(viewer) && viewer.subject === undefined) return [];
    const ids = await this.repository.findServiceIds(
      mayEdit(viewer) ? null : (viewer.subject ?? null),
    );
    const services = await Promise.all(ids.map((id) => this.offering.findById(id)));
    return services.filter((s): s is ServiceRecord => s !== null);
  }

  /** Links person `personId` to the sign-in `subject` (null unlinks); NOT_FOUND for no person. */
  async linkSignIn(personId: string, subject: string | null): Promise<string | null> {
    const trimmed = subject === null ? null : subject.trim();
    if (trimmed === '') throw InvalidInputError.forField('subject', 'must not be empty');
    if (!(await this.repository.linkSignIn(personId, trimmed))) {
      throw new NotFoundError('Person', personId, 'personId');
    }
    return trimmed;
  }
}
