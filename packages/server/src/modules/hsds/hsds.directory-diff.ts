/**
 * Test support: a directory as content, without ids — what the round trip compares between two
 * databases (institutions, services, people, employments, expertise, referral paths, networks
 * and memberships by name, with every field the directory shows). Lists are sorted, so the
 * order of reads does not matter.
 */
import type { GraphDataSet } from '@schutznetz/domain';
import { displayName } from '../person/person.mapping';

/** The item without its id (ids differ between databases). */
function withoutId<T extends { readonly id: string }>(item: T): Omit<T, 'id'> {
  return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'id')) as Omit<T, 'id'>;
}

const sorted = <T>(items: readonly T[]): T[] => [...items].sort();
const hours = (list: readonly { day: string; opens: string; closes: string }[]) =>
  sorted(list.map((h) => `${h.day} ${h.opens}-${h.closes}`));

/** The directory of `data` with ids replaced by names; equal content gives equal values. */
export function directoryContent(data: GraphDataSet): Record<string, unknown[]> {
  const institutions = new Map(data.institutions.map((i) => [i.id, i.name]));
  const people = new Map(data.people.map((p) => [p.id, displayName(p)]));
  const networks = new Map(data.networks.map((n) => [n.id, n.name]));
  const name = (id: string) => institutions.get(id) ?? people.get(id) ?? `? ${id}`;
  const byKey = (items: readonly { key: string }[]) =>
    [...items].sort((a, b) => a.key.localeCompare(b.key));
  return {
    institutions: byKey(
      data.institutions
        .map(withoutId)
        .map(({ openingHours, languages, accessibility, ...rest }) => ({
          key: rest.name,
          ...rest,
          openingHours: hours(openingHours),
          languages: sorted(languages),
          accessibility: sorted(accessibility),
        })),
    ),
    services: byKey(
      data.services.map(withoutId).map(({ institutionId, openingHours, ...rest }) => ({
        key: `${name(institutionId)} / ${rest.name}`,
        ...rest,
        institutionId: name(institutionId),
        openingHours: hours(openingHours),
        topics: sorted(rest.topics),
        targetGroups: sorted(rest.targetGroups),
        languages: sorted(rest.languages),
        area: sorted(rest.area),
        accessibility: sorted(rest.accessibility),
      })),
    ),
    people: byKey(
      data.people.map(withoutId).map((rest) => ({
        key: `${displayName(rest)} ${rest.email ?? ''}`,
        ...rest,
        languages: sorted(rest.languages),
        qualifications: sorted(rest.qualifications),
      })),
    ),
    worksAt: byKey(
      data.worksAt.map((w) => ({
        key: `${name(w.personId)} @ ${name(w.institutionId)}`,
        role: w.role || null,
        since: w.since,
      })),
    ),
    expertise: byKey(
      data.expertise.map(({ personId, ...rest }) => ({
        key: `${name(personId)} / ${rest.topic}`,
        ...rest,
      })),
    ),
    referralPaths: byKey(
      data.referralPaths.map(withoutId).map(({ fromId, toId, ...rest }) => ({
        key: `${name(fromId)} → ${name(toId)} ${rest.routeTemplate ?? ''}`,
        ...rest,
        topics: sorted(rest.topics),
      })),
    ),
    networks: byKey(
      data.networks.map(withoutId).map((rest) => ({
        key: rest.name,
        ...rest,
        area: sorted(rest.area),
      })),
    ),
    memberships: byKey(
      data.memberships.map((m) => ({
        key: `${networks.get(m.networkId) ?? m.networkId} / ${name(m.memberId)}`,
        role: m.role,
        since: m.since,
      })),
    ),
  };
}
