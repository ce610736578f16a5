import { Label, Rel, type PersonData } from '@schutznetz/domain';
import { maySeeContacts } from '../../auth';
import {
  computed,
  defineMapping,
  properties,
  property,
  recordOf,
  related,
  valuesOf,
  type Expression,
} from '../../compiler/mapping';
import { memberships } from '../network/network.mapping';
import { NODE_BOOKKEEPING, type NodeRecord } from '../../records';
import { ReferenceService } from '../reference/reference.service';

/** A person as stored, with its bookkeeping. */
export type PersonRecord = PersonData & NodeRecord;

/** "Katrin Lehmhaus" for a named person, the function ("Team Frauenhaus") for a role contact. */
export function displayName(
  person: Pick<PersonRecord, 'givenName' | 'familyName' | 'functionTitle'>,
): string {
  return person.givenName && person.familyName
    ? `${person.givenName} ${person.familyName}`
    : person.functionTitle;
}

const { Institution, Topic } = Label;
const { WORKS_AT, HAS_EXPERTISE } = Rel;

type V = { n: string };

const reference = new ReferenceService();

/** The stored properties compiled reads project as they are. */
const PLAIN_FIELDS = [
  'id',
  'givenName',
  'familyName',
  'functionTitle',
  'listingBasis',
  'isFictional',
  ...NODE_BOOKKEEPING,
];

/** Every stored property of a person's record. */
const PERSON_FIELDS = [...PLAIN_FIELDS, 'email', 'phone', 'languages', 'qualifications', 'sortKey'];

/** Named keys, so that a property Neo4j does not store (a null) comes back as null. */
export const personRecord = recordOf<V>({ variable: 'n', properties: PERSON_FIELDS }, {});

export type PersonRow = Omit<PersonRecord, 'languages' | 'qualifications'> & {
  languages: PersonRecord['languages'] | null;
  qualifications: PersonRecord['qualifications'] | null;
};

export function toPerson(row: PersonRow): PersonRecord {
  return { ...row, languages: row.languages ?? [], qualifications: row.qualifications ?? [] };
}

/** A work contact field: read only for a role that may see contacts (as PersonService.contactFor). */
const contact = (name: 'email' | 'phone') =>
  computed<V>((v, scope) => (maySeeContacts(scope) ? `${v.n}.${name}` : 'null'));

/** Person fields in Cypher for compiled reads (src/compiler); orders as the loaders'. */
export const PERSON_MAPPING = defineMapping<V>({
  type: 'Person',
  root: { n: 'n' },
  record: { cypher: personRecord, toRecord: toPerson },
  cursor: (v) => ({ sortKey: `${v.n}.sortKey`, id: `${v.n}.id` }),
  viewerRules: {
    email: 'null below member (maySeeContacts by role), as PersonService.contactFor',
    phone: 'null below member (maySeeContacts by role), as PersonService.contactFor',
  },
  fields: {
    ...properties<V>('n', PLAIN_FIELDS),
    languages: property<V>('n', 'languages', '[]'),
    qualifications: property<V>('n', 'qualifications', '[]'),
    email: contact('email'),
    phone: contact('phone'),
    displayName: computed(
      (v) => `[${v.n}.givenName, ${v.n}.familyName, ${v.n}.functionTitle]`,
      (parts) => {
        const [givenName, familyName, functionTitle] = parts as [
          string | null,
          string | null,
          string,
        ];
        return displayName({ givenName, familyName, functionTitle });
      },
    ),
    employments: related('Employment', true, (v, scope) => {
      const [w, i] = [scope.fresh(), scope.fresh()];
      return {
        match: `(${v.n})-[${w}:${WORKS_AT}]->(${i}:${Institution})`,
        orderBy: `${i}.sortKey, ${i}.id`,
        bind: { w, p: v.n, i },
      };
    }),
    expertise: related('Expertise', true, (v, scope) => {
      const [e, t] = [scope.fresh(), scope.fresh()];
      return {
        match: `(${v.n})-[${e}:${HAS_EXPERTISE}]->(${t}:${Topic})`,
        orderBy: `${t}.id`,
        bind: { e, p: v.n, t },
      };
    }),
    networks: memberships,
  },
});

type EmploymentVars = { w: string; p: string; i: string };

/** What an employment's record and fields share. */
const employment: Record<string, Expression<EmploymentVars>> = {
  role: (v) => `${v.w}.role`,
  since: (v) => `${v.w}.since`,
};

/** The record of an employment: the relationship `w` from the person `p` to the institution `i`. */
export const employmentRecord = recordOf<EmploymentVars>(null, {
  personId: (v) => `${v.p}.id`,
  institutionId: (v) => `${v.i}.id`,
  ...employment,
});

/** A `WORKS_AT` relationship with both ends bound. */
export const EMPLOYMENT_MAPPING = defineMapping<EmploymentVars>({
  type: 'Employment',
  root: { w: 'w', p: 'n', i: 'i' },
  record: { cypher: employmentRecord, toRecord: (row: object) => row },
  fields: {
    ...valuesOf(employment),
    person: related('Person', false, (v) => ({ bind: { n: v.p } })),
    institution: related('Institution', false, (v) => ({ bind: { n: v.i } })),
  },
});

type ExpertiseVars = { e: string; p: string; t: string };

/** What an expertise's record and fields share. */
const expertise: Record<string, Expression<ExpertiseVars>> = {
  level: (v) => `${v.e}.level`,
  qualification: (v) => `${v.e}.qualification`,
  since: (v) => `${v.e}.since`,
  validUntil: (v) => `${v.e}.validUntil`,
};
const topicCode: Expression<ExpertiseVars> = (v) => `${v.t}.id`;

/** The record of an expertise: the relationship `e` from the person `p` to the topic `t`. */
export const expertiseRecord = recordOf<ExpertiseVars>(null, {
  personId: (v) => `${v.p}.id`,
  topic: topicCode,
  ...expertise,
});

/** A `HAS_EXPERTISE` relationship with the person and topic bound. */
export const EXPERTISE_MAPPING = defineMapping<ExpertiseVars>({
  type: 'Expertise',
  root: { e: 'e', p: 'n', t: 't' },
  record: { cypher: expertiseRecord, toRecord: (row: object) => row },
  fields: {
    ...valuesOf(expertise),
    topic: computed(topicCode, (id) => reference.findTopic(id as string)),
    person: related('Person', false, (v) => ({ bind: { n: v.p } })),
  },
});
