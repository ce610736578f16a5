import type { GraphDataSet, PersonData } from '@schutznetz/domain';
import { encodeOpeningHours, nameSortKey } from '../../records';
import type { SeedRepository, SeedRows } from './seed.repository';

/** How a person is sorted: family name, then given name; role contacts by their function. */
export function personSortKey(
  person: Pick<PersonData, 'familyName' | 'givenName' | 'functionTitle'>,
): string {
  return nameSortKey(
    person.familyName ? `${person.familyName} ${person.givenName ?? ''}` : person.functionTitle,
  );
}

function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const dropped = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(value).filter(([key]) => !dropped.has(key))) as Omit<
    T,
    K
  >;
}

/** Splits a data set into node properties and relationship rows, as the graph stores them. */
export function toSeedRows(data: GraphDataSet): SeedRows {
  return {
    source: data,
    institutions: data.institutions.map((institution) => ({
      id: institution.id,
      props: {
        ...omit(institution, 'id', 'municipality'),
        openingHours: encodeOpeningHours(institution.openingHours),
        sortKey: nameSortKey(institution.name),
      },
    })),
    locations: data.institutions.map(({ id, municipality }) => ({ id, municipality })),
    people: data.people.map((person) => ({
      id: person.id,
      props: { ...omit(person, 'id'), sortKey: personSortKey(person) },
    })),
    services: data.services.map((service) => ({
      id: service.id,
      props: {
        ...omit(service, 'id', 'institutionId', 'topics', 'targetGroups', 'area'),
        openingHours: encodeOpeningHours(service.openingHours),
        sortKey: nameSortKey(service.name),
      },
    })),
    referralPaths: data.referralPaths.map((path) => ({
      id: path.id,
      fromId: path.fromId,
      toId: path.toId,
      props: omit(path, 'fromId', 'toId'),
    })),
    networks: data.networks.map((network) => ({
      id: network.id,
      props: { ...omit(network, 'id', 'area'), sortKey: nameSortKey(network.name) },
    })),
    meetings: data.meetings.map((meeting) => ({
      id: meeting.id,
      props: { ...omit(meeting, 'id', 'networkIds', 'participantIds'), sortKey: meeting.date },
    })),
    trainings: data.trainings.map((training) => ({
      id: training.id,
      props: {
        ...omit(training, 'id', 'topics', 'meetingId', 'participantIds'),
        sortKey: training.date ?? nameSortKey(training.title),
      },
    })),
    gaps: data.gaps.map((gap) => ({
      id: gap.id,
      props: { ...omit(gap, 'id', 'topic', 'area', 'networkId'), sortKey: gap.date },
    })),
    caseReviews: data.caseReviews.map((review) => ({
      id: review.id,
      props: { ...omit(review, 'id', 'networkId', 'gapIds'), sortKey: review.date },
    })),
  };
}

export class SeedService {
  constructor(private readonly repository: SeedRepository) {}

  /** Writes the data set (idempotent). */
  async seed(data: GraphDataSet, actor = 'seed'): Promise<void> {
    await this.repository.write(toSeedRows(data), new Date().toISOString(), actor);
  }

  /** Seeds only an empty database; returns whether it did. */
  async seedIfEmpty(data: GraphDataSet): Promise<boolean> {
    if ((await this.repository.countContent()) > 0) return false;
    await this.seed(data);
    return true;
  }
}
