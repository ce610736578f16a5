import { createInstitution } from './fixtures';
import type { TestApi } from './graphql';

/** What the person tests read of a person. */
export const PERSON_FIELDS = `id givenName familyName displayName functionTitle email phone languages
  qualifications listingBasis isFictional version updatedBy`;

export const CREATE_PERSON = `
mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
export const ADD_EMPLOYMENT = `
mutation($personId: ID!, $institutionId: ID!, $role: String!, $since: String) {
  addEmployment(personId: $personId, institutionId: $institutionId, role: $role, since: $since) {
    id version employments { role since institution { id name } person { id } }
  }
}`;
export const SET_EXPERTISE = `
mutation($input: SetExpertiseInput!) {
  setExpertise(input: $input) {
    id version
    expertise { level qualification since validUntil topic { id } person { id } }
  }
}`;

export interface PersonShape {
  id: string;
  givenName: string | null;
  familyName: string | null;
  displayName: string;
  functionTitle: string;
  email: string | null;
  phone: string | null;
  languages: string[];
  qualifications: string[];
  listingBasis: string;
  isFictional: boolean;
  version: number;
  updatedBy: string;
}

/** Writes and reads of the person tests, through `api`. */
export function personFixtures(api: TestApi) {
  async function createPerson(input: Record<string, unknown>): Promise<PersonShape> {
    const result = await api.query<{ createPerson: PersonShape }>(CREATE_PERSON, { input });
    expect(result.errors).toBeUndefined();
    const person = result.data?.createPerson;
    if (person === undefined) throw new Error(`no person created: ${JSON.stringify(result)}`);
    return person;
  }

  return {
    /** An institution (by default a youth welfare office in Köthen); its id. */
    createInstitution: (name: string, kind = 'YOUTH_WELFARE_OFFICE', municipality = 'koethen') =>
      createInstitution(api, name, kind, municipality),
    createPerson,
    /** A named social worker listed with consent, with `extra` fields. */
    named(givenName: string, familyName: string, extra = {}): Promise<PersonShape> {
      return createPerson({
        givenName,
        familyName,
        functionTitle: 'Sozialarbeiterin',
        listingBasis: 'CONSENT',
        ...extra,
      });
    },
    /** Every node and relationship a person mutation could write. */
    async snapshot(): Promise<unknown> {
      const [row] = await api.cypher(`
        CALL () { MATCH (p:Person) RETURN count(p) AS people, collect(p.version) AS versions }
        CALL () { MATCH ()-[w:WORKS_AT]->() RETURN collect([w.role, w.since]) AS employments }
        CALL () { MATCH ()-[e:HAS_EXPERTISE]->() RETURN collect([e.level, e.since]) AS expertise }
        RETURN people, versions, employments, expertise`);
      return row;
    },
  };
}
