import { Label, Rel } from '@schutznetz/domain';
import { maySeeContacts } from '../../auth';
import { computed, defineMapping, properties, property, related } from '../../compiler/mapping';
import { ReferenceService } from '../reference/reference.service';
import { personRecord, toPerson } from './person.repository';
import { displayName } from './person.service';

const { Institution, Network, Topic } = Label;
const { WORKS_AT, HAS_EXPERTISE, MEMBER_OF } = Rel;

type V = { n: string };

const reference = new ReferenceService();

/** A work contact field: read only for a role that may see contacts (as PersonService.contactFor). */
const contact = (name: 'email' | 'phone') =>
  computed<V>((v, scope) => (maySeeContacts(scope) ? `${v.n}.${name}` : 'null'));

/** Person fields in Cypher for compiled reads (src/compiler); orders as the loaders'. */
export const PERSON_MAPPING = defineMapping<V>({
  type: 'Person',
  root: { n: 'n' },
  record: { cypher: (v) => personRecord(v.n), toRecord: toPerson },
  cursor: (v) => ({ sortKey: `${v.n}.sortKey`, id: `${v.n}.id` }),
  viewerRules: {
    email: 'null below member (maySeeContacts by role), as PersonService.contactFor',
    phone: 'null below member (maySeeContacts by role), as PersonService.contactFor',
  },
  fields: {
    ...properties<V>('n', [
      'id',
      'givenName',
      'familyName',
      'functionTitle',
      'listingBasis',
      'isFictional',
      'createdAt',
      'updatedAt',
      'version',
      'updatedBy',
    ]),
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
    networks: related('Membership', true, (v, scope) => {
      const [r, net] = [scope.fresh(), scope.fresh()];
      return {
        match: `(${v.n})-[${r}:${MEMBER_OF}]->(${net}:${Network})`,
        orderBy: `${net}.sortKey`,
        bind: { r, m: v.n, net },
      };
    }),
  },
});

type EmploymentVars = { w: string; p: string; i: string };

/** A `WORKS_AT` relationship with both ends bound. */
export const EMPLOYMENT_MAPPING = defineMapping<EmploymentVars>({
  type: 'Employment',
  root: { w: 'w', p: 'n', i: 'i' },
  record: {
    cypher: (v) =>
      `{personId: ${v.p}.id, institutionId: ${v.i}.id, role: ${v.w}.role, since: ${v.w}.since}`,
    toRecord: (row: object) => row,
  },
  fields: {
    role: property<EmploymentVars>('w', 'role'),
    since: property<EmploymentVars>('w', 'since'),
    person: related('Person', false, (v) => ({ bind: { n: v.p } })),
    institution: related('Institution', false, (v) => ({ bind: { n: v.i } })),
  },
});

type ExpertiseVars = { e: string; p: string; t: string };

/** A `HAS_EXPERTISE` relationship with the person and topic bound. */
export const EXPERTISE_MAPPING = defineMapping<ExpertiseVars>({
  type: 'Expertise',
  root: { e: 'e', p: 'n', t: 't' },
  record: {
    cypher: (v) =>
      `{personId: ${v.p}.id, topic: ${v.t}.id, level: ${v.e}.level, qualification: ${v.e}.qualification, since: ${v.e}.since, validUntil: ${v.e}.validUntil}`,
    toRecord: (row: object) => row,
  },
  fields: {
    ...properties<ExpertiseVars>('e', ['level', 'qualification', 'since', 'validUntil']),
    topic: computed(
      (v) => `${v.t}.id`,
      (id) => reference.findTopic(id as string),
    ),
    person: related('Person', false, (v) => ({ bind: { n: v.p } })),
  },
});
