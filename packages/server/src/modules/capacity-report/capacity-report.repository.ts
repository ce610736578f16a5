import { Label, Rel } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';

const { Person, Institution, Service } = Label;
const { WORKS_AT, OFFERS } = Rel;

/** Whether the person signed in as `$subject` works at the institution offering `$serviceId`. */
const WORKS_AT_SERVICE = `
MATCH (s:${Service} {id: $serviceId})
RETURN EXISTS {
  MATCH (:${Person} {signInSubject: $subject})-[:${WORKS_AT}]->(:${Institution})-[:${OFFERS}]->(s)
} AS works`;

/** Services with places at the institutions where the person signed in as `$subject` works. */
const STAFF_SERVICES = `
MATCH (:${Person} {signInSubject: $subject})-[:${WORKS_AT}]->(:${Institution})-[:${OFFERS}]->(s:${Service})
WHERE s.capacityTotal > 0
RETURN DISTINCT s.id AS id ORDER BY id`;

/** Every service with places (what a coordinator may report on). */
const ALL_SERVICES_WITH_PLACES = `
MATCH (s:${Service}) WHERE s.capacityTotal > 0
RETURN s.id AS id ORDER BY id`;

/** Links a person to a sign-in subject, which no other person keeps; `null` unlinks. */
const LINK_SIGN_IN = `
MATCH (p:${Person} {id: $personId})
CALL (p) {
  MATCH (other:${Person} {signInSubject: $subject}) WHERE other <> p
  REMOVE other.signInSubject
}
SET p.signInSubject = $subject
RETURN p.id AS id`;

/** The link between people and their sign-in, and what it lets them report. */
export class CapacityReportRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** `null` when the service does not exist. */
  async worksAtService(subject: string, serviceId: string): Promise<boolean | null> {
    const [row] = await this.executor.read<{ works: boolean }>(WORKS_AT_SERVICE, {
      subject,
      serviceId,
    });
    return row === undefined ? null : row.works;
  }

  async findServiceIds(subject: string | null): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>(
      subject === null ? ALL_SERVICES_WITH_PLACES : STAFF_SERVICES,
      { subject },
    );
    return rows.map((row) => row.id);
  }

  /** `false` when the person does not exist. */
  async linkSignIn(personId: string, subject: string | null): Promise<boolean> {
    const rows = await this.executor.writeTransaction((tx) =>
      tx.run<{ id: string }>(LINK_SIGN_IN, { personId, subject }),
    );
    return rows.length > 0;
  }
}
