import type { OfferingRepository } from './offering.repository';

export class OfferingService {
  constructor(readonly repository: OfferingRepository) {}
}
