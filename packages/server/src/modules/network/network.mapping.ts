import { Label } from '@schutznetz/domain';
import { maySeePeople } from '../../auth';
import {
  computed,
  defineMapping,
  entriesOf,
  properties,
  property,
  related,
} from '../../compiler/mapping';
import { ReferenceService } from '../reference/reference.service';
import { networkRecord } from './network.repository';
import type { NetworkRecord } from './network.repository';

const { Institution, Person, Region } = Label;

type V = { n: string };

const reference = new ReferenceService();

/** Network fields in Cypher for compiled reads (src/compiler); orders as the loaders'. */
export const NETWORK_MAPPING = defineMapping<V>({
  type: 'Network',
  root: { n: 'n' },
  record: { cypher: (v) => networkRecord(v.n), toRecord: (row: NetworkRecord) => row },
  cursor: (v) => ({ sortKey: `${v.n}.sortKey`, id: `${v.n}.id` }),
  viewerRules: {
    members: 'people among them from member up (maySeePeople by role), as NetworkService.membersOf',
  },
  fields: {
    ...properties<V>('n', [
      'id',
      'name',
      'kind',
      'description',
      'createdAt',
      'updatedAt',
      'version',
      'updatedBy',
    ]),
    area: computed(
      (v, scope) => {
        const region = scope.fresh();
        return `[(${v.n})-[:SERVES_AREA]->(${region}:${Region}) | ${region}.id]`;
      },
      entriesOf((id) => reference.findRegion(id)),
    ),
    members: related('Membership', true, (v, scope) => {
      const [r, m] = [scope.fresh(), scope.fresh()];
      return {
        match: `(${v.n})<-[${r}:MEMBER_OF]-(${m})`,
        // The public view gets no people, not even as ids (as NetworkService.membersOf).
        where: maySeePeople(scope)
          ? `${m}:${Institution} OR ${m}:${Person}`
          : `${m}:${Institution}`,
        orderBy: `${m}.sortKey, ${m}.id`,
        bind: { r, m, net: v.n },
      };
    }),
  },
});

type MembershipVars = { r: string; m: string; net: string };

/** A `MEMBER_OF` relationship with the member (institution or person) and the network bound. */
export const MEMBERSHIP_MAPPING = defineMapping<MembershipVars>({
  type: 'Membership',
  root: { r: 'r', m: 'm', net: 'n' },
  record: {
    cypher: (v) =>
      `{networkId: ${v.net}.id, memberId: ${v.m}.id, role: ${v.r}.role, since: ${v.r}.since, memberKind: CASE WHEN ${v.m}:${Institution} THEN 'institution' ELSE 'person' END}`,
    toRecord: (row: object) => row,
  },
  fields: {
    role: property<MembershipVars>('r', 'role'),
    since: property<MembershipVars>('r', 'since'),
    memberId: property<MembershipVars>('m', 'id'),
    memberKind: computed(
      (v) => `CASE WHEN ${v.m}:${Institution} THEN 'institution' ELSE 'person' END`,
    ),
    network: related('Network', false, (v) => ({ bind: { n: v.net } })),
    institution: related('Institution', false, (v) => ({
      when: `${v.m}:${Institution}`,
      bind: { n: v.m },
    })),
    person: related('Person', false, (v) => ({ when: `${v.m}:${Person}`, bind: { n: v.m } })),
  },
});
