/** How each step of a route can be reached at the chosen moment, from the cached graph. */
import {
  reachHoursAt,
  serviceHours,
  type AnalysisInstitution,
  type AnalysisService,
  type HasOpeningHours,
} from '@schutznetz/analysis';
import { hasProtectedAddress } from '@schutznetz/domain';
import type { Lookup } from '../analysis/analysis.refs';
import type { ReachPersonView, ReachView } from './referral-routes.views';

const contactsByLookup = new WeakMap<Lookup, Map<string, ReachPersonView[]>>();

/** People with their own phone or e-mail by institution, built once per graph's lookup. */
function contactsOf(lookup: Lookup, institutionId: string): readonly ReachPersonView[] {
  let byInstitution = contactsByLookup.get(lookup);
  if (byInstitution === undefined) {
    byInstitution = new Map();
    for (const person of lookup.people.values()) {
      if (person.phone === null && person.email === null) continue;
      for (const employment of person.employments) {
        const list = byInstitution.get(employment.institutionId) ?? [];
        list.push({
          id: person.id,
          name: person.name,
          role: employment.role,
          phone: person.phone,
          email: person.email,
        });
        byInstitution.set(employment.institutionId, list);
      }
    }
    contactsByLookup.set(lookup, byInstitution);
  }
  return byInstitution.get(institutionId) ?? [];
}

function reachOf(
  lookup: Lookup,
  institution: AnalysisInstitution,
  service: AnalysisService | null,
  hours: HasOpeningHours,
  at: string,
): ReachView {
  const addressProtected = hasProtectedAddress(institution.kind);
  return {
    entryId: institution.id,
    serviceId: service?.id ?? null,
    phone: institution.phone,
    email: institution.email,
    website: institution.website,
    addressProtected,
    street: addressProtected ? null : institution.street,
    postalCode: addressProtected ? null : institution.postalCode,
    municipality: institution.municipality,
    at,
    ...reachHoursAt(hours, at),
    people: contactsOf(lookup, institution.id),
  };
}

/** Reach of an institution (a start or a hop's receiver) at `at`; null when not in the graph. */
export function institutionReach(lookup: Lookup, id: string, at: string): ReachView | null {
  const institution = lookup.institutions.get(id);
  return institution === undefined ? null : reachOf(lookup, institution, null, institution, at);
}

/** Reach of an end service: its institution's contact, the service's hours (or the institution's). */
export function serviceReach(lookup: Lookup, serviceId: string, at: string): ReachView | null {
  const service = lookup.services.get(serviceId);
  const institution =
    service === undefined ? undefined : lookup.institutions.get(service.institutionId);
  if (service === undefined || institution === undefined) return null;
  return reachOf(lookup, institution, service, serviceHours(service, institution), at);
}
