import type { TypeMapping } from './compiler/mapping';
import { INSTITUTION_MAPPING } from './modules/institution/institution.mapping';
import { MEMBERSHIP_MAPPING, NETWORK_MAPPING } from './modules/network/network.mapping';
import { SERVICE_MAPPING } from './modules/offering/offering.mapping';
import {
  EMPLOYMENT_MAPPING,
  EXPERTISE_MAPPING,
  PERSON_MAPPING,
} from './modules/person/person.mapping';
import { REFERRAL_PATH_MAPPING } from './modules/referral/referral.mapping';

/** The types whose fields compiled reads project (docs/decisions/007-compiled-reads.md). */
export const READ_MAPPINGS: readonly TypeMapping[] = [
  INSTITUTION_MAPPING,
  PERSON_MAPPING,
  EMPLOYMENT_MAPPING,
  EXPERTISE_MAPPING,
  SERVICE_MAPPING,
  NETWORK_MAPPING,
  MEMBERSHIP_MAPPING,
  REFERRAL_PATH_MAPPING,
];
