import type { ReachFieldsFragment, RouteFieldsFragment } from '../gql/graphql';
import { endsOnLastHop, routeSteps } from './route-steps';

type Hop = RouteFieldsFragment['hops'][number];

function reach(phone: string): ReachFieldsFragment {
  return {
    entryId: phone,
    serviceId: null,
    phone,
    email: null,
    website: null,
    addressProtected: false,
    street: null,
    postalCode: null,
    municipality: 'koethen',
    availability: 'OPEN',
    todayHours: [],
    nextOpeningAt: null,
    available24x7: false,
    weeklyHours: [],
    people: null,
  };
}

function place(id: string) {
  return { id, name: id, kind: 'SCHOOL' as const, municipality: 'aken' };
}

function hop(via: Hop['via'], from: string, to: string, step: Hop['step']): Hop {
  return {
    via,
    step,
    inferred: false,
    referralPathId: null,
    conditions: null,
    consent: null,
    dataMode: null,
    responseHours: 0,
    responseEstimated: false,
    waitHours: 0,
    handOverAt: null,
    contactAt: null,
    receiverAvailability: null,
    from: place(from),
    to: place(to),
    routeTemplate: null,
    reason: { de: '', en: '' },
    reach: reach(`tel-${to}`),
  };
}

/** The teacher's procedure: conversation at the school, InsoFa, ASD, feedback to the school. */
const PROCEDURE = {
  rank: 1,
  kind: 'PROCEDURE',
  endInstitution: place('asd'),
  endService: { id: 'asd-svc', name: 'Kinderschutz', available24x7: false },
  endReach: reach('tel-asd-service'),
  hops: [
    hop('PROCEDURE_STEP', 'school', 'school', 'CONVERSATION'),
    hop('REFERRAL_PATH', 'school', 'insofa', 'CONSULTATION'),
    hop('REFERRAL_PATH', 'school', 'asd', 'NOTIFICATION'),
    hop('PROCEDURE_STEP', 'asd', 'school', 'FEEDBACK'),
  ],
} as unknown as RouteFieldsFragment;

describe('routeSteps', () => {
  it('lists only the places to contact in a procedure: the InsoFa, then the ASD’s service', () => {
    expect(routeSteps(PROCEDURE).map((s) => [s.name, s.reach?.phone])).toEqual([
      ['insofa', 'tel-insofa'],
      ['asd', 'tel-asd-service'],
    ]);
    expect(endsOnLastHop(PROCEDURE)).toBe(true);
  });
});
