import { Label, Rel, type NetworkData } from '@schutznetz/domain';
import { maySeePeople } from '../../auth';
import {
  computed,
  defineMapping,
  entriesOf,
  properties,
  recordOf,
  related,
  valuesOf,
  type Expression,
} from '../../compiler/mapping';
import { NODE_BOOKKEEPING, type NodeRecord } from '../../records';
import { ReferenceService } from '../reference/reference.service';

/** As stored: what the repository and the loaders return. */
export type NetworkRecord = NetworkData & NodeRecord;

const { Institution, Network, Person, Region } = Label;
const { MEMBER_OF, SERVES_AREA } = Rel;

type V = { n: string };

const reference = new ReferenceService();

/** Codes of the regions the network covers. */
const areaCodes: Expression<V> = (v, names) => {
  const region = names.fresh();
  return `[(${v.n})-[:${SERVES_AREA}]->(${region}:${Region}) | ${region}.id]`;
};

/** The stored record of the network bound to `n`. */
export const networkRecord = recordOf<V>({ variable: 'n' }, { area: areaCodes });

/** The networks an institution or person (`n`) belongs to, by name. */
export const memberships = related<V>('Membership', true, (v, scope) => {
  const [r, net] = [scope.fresh(), scope.fresh()];
  return {
    match: `(${v.n})-[${r}:${MEMBER_OF}]->(${net}:${Network})`,
    orderBy: `${net}.sortKey`,
    bind: { r, m: v.n, net },
  };
});

/** Network fields in Cypher for compiled reads (src/compiler); orders as the loaders'. */
export const NETWORK_MAPPING = defineMapping<V>({
  type: 'Network',
  root: { n: 'n' },
  record: { cypher: networkRecord, toRecord: (row: NetworkRecord) => row },
  cursor: (v) => ({ sortKey: `${v.n}.sortKey`, id: `${v.n}.id` }),
  viewerRules: {
    members: 'people among them from member up (maySeePeople by role), as NetworkService.membersOf',
  },
  fields: {
    ...properties<V>('n', ['id', 'name', 'kind', 'description', ...NODE_BOOKKEEPING]),
    area: computed(
      areaCodes,
      entriesOf((id) => reference.findRegion(id)),
    ),
    members: related('Membership', true, (v, scope) => {
      const [r, m] = [scope.fresh(), scope.fresh()];
      return {
        match: `(${v.n})<-[${r}:${MEMBER_OF}]-(${m})`,
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

/** What a membership's record and fields share. */
const membership: Record<string, Expression<MembershipVars>> = {
  role: (v) => `${v.r}.role`,
  since: (v) => `${v.r}.since`,
  memberId: (v) => `${v.m}.id`,
  memberKind: (v) => `CASE WHEN ${v.m}:${Institution} THEN 'institution' ELSE 'person' END`,
};

/** The record of a membership: the relationship `r` from the member `m` to the network `net`. */
export const membershipRecord = recordOf<MembershipVars>(null, {
  networkId: (v) => `${v.net}.id`,
  ...membership,
});

/** A `MEMBER_OF` relationship with the member (institution or person) and the network bound. */
export const MEMBERSHIP_MAPPING = defineMapping<MembershipVars>({
  type: 'Membership',
  root: { r: 'r', m: 'm', net: 'n' },
  record: { cypher: membershipRecord, toRecord: (row: object) => row },
  fields: {
    ...valuesOf(membership),
    network: related('Network', false, (v) => ({ bind: { n: v.net } })),
    institution: related('Institution', false, (v) => ({
      when: `${v.m}:${Institution}`,
      bind: { n: v.m },
    })),
    person: related('Person', false, (v) => ({ when: `${v.m}:${Person}`, bind: { n: v.m } })),
  },
});
