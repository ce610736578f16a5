/**
 * The demo data set for Landkreis Anhalt-Bitterfeld (domain.md §8.6): real public institutions,
 * invented practices, Kitas, schools and people, route instances R01–R22, networks, meetings,
 * trainings, anonymised case reviews and gaps. Node timestamps and versions are added by the
 * seeder.
 */
import type { GraphDataSet } from '@schutznetz/domain';
import { DEMO_MEETINGS, DEMO_TRAININGS } from './events';
import { DEMO_INSTITUTIONS } from './institutions';
import { DEMO_MEMBERSHIPS, DEMO_NETWORKS } from './networks';
import { DEMO_EXPERTISE, DEMO_PEOPLE, DEMO_WORKS_AT } from './people';
import { DEMO_REFERRAL_PATHS } from './referral-paths';
import { DEMO_CASE_REVIEWS, DEMO_GAPS } from './reviews';
import { DEMO_SERVICES } from './services';

import { DEMO_REGION } from './regions';

export { DEMO_REGION, DEMO_REGION_CATALOG } from './regions';

export const DEMO_DATA: GraphDataSet = {
  region: DEMO_REGION,
  institutions: DEMO_INSTITUTIONS,
  people: DEMO_PEOPLE,
  worksAt: DEMO_WORKS_AT,
  expertise: DEMO_EXPERTISE,
  services: DEMO_SERVICES,
  referralPaths: DEMO_REFERRAL_PATHS,
  networks: DEMO_NETWORKS,
  memberships: DEMO_MEMBERSHIPS,
  meetings: DEMO_MEETINGS,
  trainings: DEMO_TRAININGS,
  caseReviews: DEMO_CASE_REVIEWS,
  gaps: DEMO_GAPS,
};
