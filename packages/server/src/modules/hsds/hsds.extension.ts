/**
 * The `x_schutznetz` extension (docs/hsds-extension.md): what HSDS cannot express — people
 * beyond a contact, their expertise, referral paths, networks and memberships — keyed by the
 * same HSDS ids. Visibility as in the API (decision 011): people, their expertise and
 * memberships for members and up; a referral path's consent, data mode, conditions and formal
 * agreement likewise; everything else public.
 */
import type { GraphDataSet, RegionCatalog } from '@schutznetz/domain';
import { maySeeContacts, maySeePeople, type ViewerRole } from '../../auth';
import { hsdsId } from './hsds.ids';
import { termId } from './hsds.taxonomy';
import type { XSchutznetz } from './hsds.types';

type ExtensionData = Pick<
  GraphDataSet,
  'people' | 'worksAt' | 'expertise' | 'referralPaths' | 'networks' | 'memberships'
>;

/** The extension of a directory as `viewer` may see it. */
export function extensionOf(
  data: ExtensionData,
  viewer: ViewerRole,
  region: Pick<RegionCatalog, 'county'>,
): XSchutznetz {
  const people = maySeePeople(viewer);
  const contacts = maySeeContacts(viewer);
  const employed = new Set(data.worksAt.map((work) => work.personId));
  const personIds = new Set(data.people.map((person) => person.id));
  return {
    version: 1,
    region: { county: region.county?.name.de ?? null },
    people: people
      ? data.people.map((person) => ({
          id: hsdsId('person', person.id),
          given_name: person.givenName,
          family_name: person.familyName,
          function_title: person.functionTitle,
          languages: [...person.languages],
          qualifications: [...person.qualifications],
          listing_basis: person.listingBasis,
          is_fictional: person.isFictional,
          // Someone who works nowhere has no HSDS contact to carry these.
          email: contacts && !employed.has(person.id) ? person.email : null,
          phone: contacts && !employed.has(person.id) ? person.phone : null,
        }))
      : [],
    employments: people
      ? data.worksAt.map((work) => ({
          id: hsdsId('employment', work.personId, work.institutionId),
          person_id: hsdsId('person', work.personId),
          organization_id: hsdsId('organization', work.institutionId),
          contact_id: hsdsId('contact', work.personId, work.institutionId),
          role: work.role,
          since: work.since,
        }))
      : [],
    expertise: people
      ? data.expertise.map((item) => ({
          id: hsdsId('expertise', item.personId, item.topic),
          person_id: hsdsId('person', item.personId),
          topic: item.topic,
          topic_term_id: termId('topic', item.topic),
          level: item.level,
          qualification: item.qualification,
          since: item.since,
          valid_until: item.validUntil,
        }))
      : [],
    referral_paths: data.referralPaths.map((path) => ({
      id: hsdsId('referral-path', path.id),
      from_organization_id: hsdsId('organization', path.fromId),
      to_organization_id: hsdsId('organization', path.toId),
      route_template: path.routeTemplate,
      topics: [...path.topics],
      urgency: path.urgency,
      response_hours: path.responseHours,
      after_hours: path.afterHours,
      ...(people
        ? {
            consent: path.consent,
            data_mode: path.dataMode,
            formal_agreement: path.formalAgreement,
            conditions: path.conditions,
          }
        : {}),
    })),
    networks: data.networks.map((network) => ({
      id: hsdsId('network', network.id),
      name: network.name,
      kind: network.kind,
      description: network.description,
      area: [...network.area],
    })),
    memberships: data.memberships.flatMap((membership) => {
      const isPerson = personIds.has(membership.memberId);
      if (isPerson && !people) return [];
      return [
        {
          id: hsdsId('membership', membership.networkId, membership.memberId),
          network_id: hsdsId('network', membership.networkId),
          member_type: isPerson ? ('person' as const) : ('organization' as const),
          member_id: hsdsId(isPerson ? 'person' : 'organization', membership.memberId),
          role: membership.role,
          since: membership.since,
        },
      ];
    }),
  };
}
