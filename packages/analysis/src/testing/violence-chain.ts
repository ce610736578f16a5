/**
 * The violence-protection chain of the route finder's tests: police in Köthen, the
 * Interventionsstelle in Dessau, a shelter, the federal helpline and the ASD, with the
 * referral paths R01, R02 and R04 from the police.
 */
import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import type { RegionCode } from '@schutznetz/domain';
import type { AnalysisGraph } from '../graph';
import type { ReferralNeed, ReferralRoute, RouteStart } from '../routes';
import { aGraph, anInstitution, aReferralPath, aService } from './fixtures';

export const COUNTY: RegionCode[] = DEMO_REGION_CATALOG.municipalities.map((m) => m.code);

/**
 * Police in Köthen, the Interventionsstelle in Dessau, a shelter, the federal helpline. The
 * shelter's free places are reported at `reportedAt` (default: now, so they count for a need
 * without a moment).
 */
export function violenceGraph(
  shelterFree: number | null = 1,
  reportedAt: string = new Date().toISOString(),
): AnalysisGraph {
  return aGraph({
    institutions: [
      anInstitution('police', {
        kind: 'police_station',
        openingHours: [],
        available24x7: true,
      }),
      anInstitution('ist', {
        kind: 'domestic_violence_intervention_centre',
        municipality: 'dessau_rosslau',
        languages: ['de', 'en'],
      }),
      anInstitution('shelter', { kind: 'womens_shelter', openingHours: [], available24x7: true }),
      anInstitution('helpline', {
        kind: 'national_helpline',
        municipality: 'germany',
        openingHours: [],
        available24x7: true,
      }),
      anInstitution('asd', { kind: 'general_social_service' }),
    ],
    services: [
      aService('svc:ist', 'ist', {
        topics: ['domestic_violence', 'stalking'],
        targetGroups: ['women', 'men'],
        minAge: 18,
        languages: ['de', 'en'],
        area: ['anhalt_bitterfeld'],
        accessibility: ['phone_counselling'],
      }),
      aService('svc:shelter', 'shelter', {
        targetGroups: ['women', 'children_3_6'],
        area: COUNTY,
        available24x7: true,
        selfReferral: false,
        capacityTotal: 4,
        capacityFree: shelterFree,
        capacityReportedAt: shelterFree === null ? null : reportedAt,
      }),
      aService('svc:helpline', 'helpline', {
        topics: ['domestic_violence', 'stalking'],
        targetGroups: ['women', 'relatives_social_environment'],
        languages: ['de', 'en', 'ar', 'ru'],
        area: ['germany'],
        available24x7: true,
        accessibility: ['phone_counselling'],
      }),
      aService('svc:asd', 'asd', {
        topics: ['children_exposed_to_dv'],
        targetGroups: ['children_6_14'],
        maxAge: 18,
        area: COUNTY,
        selfReferral: false,
      }),
    ],
    referralPaths: [
      aReferralPath('ref:r01', 'police', 'ist', {
        routeTemplate: 'R01',
        topics: ['domestic_violence', 'stalking'],
        consent: 'required',
        dataMode: 'identified_with_consent',
        urgency: 'days',
        responseHours: 48,
        afterHours: 'next_working_day',
      }),
      aReferralPath('ref:r04', 'police', 'shelter', {
        routeTemplate: 'R04',
        topics: ['domestic_violence'],
        consent: 'required',
        dataMode: 'identified_with_consent',
        responseHours: 2,
        afterHours: 'available_24_7',
      }),
      aReferralPath('ref:r02', 'police', 'asd', {
        routeTemplate: 'R02',
        topics: ['children_exposed_to_dv', 'domestic_violence'],
        afterHours: 'next_working_day',
      }),
    ],
  });
}

export const POLICE: RouteStart = { kind: 'institution', institutionId: 'police' };
export const TUESDAY_MORNING = '2025-01-14T09:00:00Z'; // 10:00 CET
export const SATURDAY_NIGHT = '2025-01-18T22:00:00Z'; // 23:00 CET
export const WOMAN: ReferralNeed = {
  topic: 'domestic_violence',
  municipality: 'koethen',
  targetGroup: 'women',
  age: 30,
};

export function endsAt(routes: readonly ReferralRoute[]): string[] {
  return routes.map((r) => `${r.kind}:${r.endService.id}`);
}
