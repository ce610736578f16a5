import { createRandom } from '@schutznetz/analysis';
import type { GraphDataSet } from '@schutznetz/domain';

/**
 * A data set `copies` times the size of `base`: copy 0 is `base` unchanged, copy k > 0 repeats
 * every institution, person, service, referral path, membership, meeting, training, gap and case
 * review with the id suffix `~k`. The networks and the taxonomies (municipalities, topics) are
 * not copied — a larger county has more members, not more networks — so the copies join the
 * same five networks. Referral paths of a copy lead to the same institution in a copy picked by
 * the seeded generator, which links the copies into one graph.
 */
export function scaleDataSet(base: GraphDataSet, copies: number, seed: number): GraphDataSet {
  const random = createRandom(seed);
  const anyCopy = (): number => Math.floor(random() * copies);
  const networkIds = new Set(base.networks.map((network) => network.id));
  const within = (k: number) => (id: string) => (k === 0 || networkIds.has(id) ? id : `${id}~${k}`);
  const range = Array.from({ length: copies }, (_, k) => k);

  return {
    // The copies lie in the same county (decision 030).
    region: base.region,
    institutions: range.flatMap((k) =>
      base.institutions.map((institution) => ({
        ...institution,
        id: within(k)(institution.id),
        name: k === 0 ? institution.name : `${institution.name} (${k + 1})`,
      })),
    ),
    people: range.flatMap((k) =>
      base.people.map((person) => ({ ...person, id: within(k)(person.id) })),
    ),
    worksAt: range.flatMap((k) =>
      base.worksAt.map((link) => ({
        ...link,
        personId: within(k)(link.personId),
        institutionId: within(k)(link.institutionId),
      })),
    ),
    expertise: range.flatMap((k) =>
      base.expertise.map((link) => ({ ...link, personId: within(k)(link.personId) })),
    ),
    services: range.flatMap((k) =>
      base.services.map((service) => ({
        ...service,
        id: within(k)(service.id),
        institutionId: within(k)(service.institutionId),
      })),
    ),
    referralPaths: range.flatMap((k) =>
      base.referralPaths.map((path) => ({
        ...path,
        id: within(k)(path.id),
        fromId: within(k)(path.fromId),
        toId: k === 0 ? path.toId : within(anyCopy())(path.toId),
      })),
    ),
    networks: base.networks,
    memberships: range.flatMap((k) =>
      base.memberships.map((membership) => ({
        ...membership,
        memberId: within(k)(membership.memberId),
      })),
    ),
    meetings: range.flatMap((k) =>
      base.meetings.map((meeting) => ({
        ...meeting,
        id: within(k)(meeting.id),
        participantIds: meeting.participantIds.map(within(k)),
      })),
    ),
    trainings: range.flatMap((k) =>
      base.trainings.map((training) => ({
        ...training,
        id: within(k)(training.id),
        meetingId: training.meetingId && within(k)(training.meetingId),
        participantIds: training.participantIds.map(within(k)),
      })),
    ),
    caseReviews: range.flatMap((k) =>
      base.caseReviews.map((review) => ({
        ...review,
        id: within(k)(review.id),
        gapIds: review.gapIds.map(within(k)),
      })),
    ),
    gaps: range.flatMap((k) => base.gaps.map((gap) => ({ ...gap, id: within(k)(gap.id) }))),
  };
}

/** "102 institutions, 134 people, …" for the report. */
export function describeDataSet(data: GraphDataSet): string {
  const parts: [number, string][] = [
    [data.institutions.length, 'institutions'],
    [data.people.length, 'people'],
    [data.services.length, 'services'],
    [data.referralPaths.length, 'referral paths'],
    [data.networks.length, 'networks'],
    [data.memberships.length, 'memberships'],
    [data.worksAt.length, 'employments'],
    [data.expertise.length, 'expertise links'],
  ];
  return parts.map(([count, noun]) => `${count.toLocaleString('en')} ${noun}`).join(', ');
}
