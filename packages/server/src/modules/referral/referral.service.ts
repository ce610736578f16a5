import type { ReferralRepository } from './referral.repository';

export class ReferralService {
  constructor(readonly repository: ReferralRepository) {}
}
