import { Label, Rel } from '@schutznetz/domain';
import { computed, defineMapping, entriesOf, properties, related } from '../../compiler/mapping';
import { decodeOpeningHours } from '../../records';
import { ReferenceService } from '../reference/reference.service';
import { serviceRecord, toService } from './offering.repository';

const { Institution, Region, Topic, TargetGroup } = Label;
const { OFFERS, ADDRESSES_TOPIC, SERVES_GROUP, SERVES_AREA } = Rel;

type V = { n: string };

const reference = new ReferenceService();

/** Codes of the taxonomy nodes a service links to, sorted as the records sort them. */
const codes = (n: string, rel: string, label: string, code: string) =>
  `COLLECT { MATCH (${n})-[:${rel}]->(${code}:${label}) RETURN ${code}.id ORDER BY ${code}.id }`;

/** Service fields in Cypher for compiled reads (src/compiler). */
export const SERVICE_MAPPING = defineMapping<V>({
  type: 'Service',
  root: { n: 'n' },
  record: { cypher: (v) => serviceRecord(v.n), toRecord: toService },
  cursor: (v) => ({ sortKey: `${v.n}.sortKey`, id: `${v.n}.id` }),
  fields: {
    ...properties<V>('n', [
      'id',
      'name',
      'description',
      'minAge',
      'maxAge',
      'languages',
      'available24x7',
      'selfReferral',
      'consentRequired',
      'cost',
      'accessibility',
      'capacityTotal',
      'capacityFree',
      'capacityReportedAt',
      'createdAt',
      'updatedAt',
      'version',
      'updatedBy',
    ]),
    openingHours: computed(
      (v) => `${v.n}.openingHours`,
      (stored) => decodeOpeningHours(stored as string[] | null),
    ),
    topics: computed(
      (v, scope) => codes(v.n, ADDRESSES_TOPIC, Topic, scope.fresh()),
      entriesOf((id) => reference.findTopic(id)),
    ),
    targetGroups: computed(
      (v, scope) => codes(v.n, SERVES_GROUP, TargetGroup, scope.fresh()),
      entriesOf((id) => reference.findTargetGroup(id)),
    ),
    area: computed(
      (v, scope) => codes(v.n, SERVES_AREA, Region, scope.fresh()),
      entriesOf((id) => reference.findRegion(id)),
    ),
    institution: related('Institution', false, (v, scope) => {
      const i = scope.fresh();
      return { match: `(${i}:${Institution})-[:${OFFERS}]->(${v.n})`, bind: { n: i } };
    }),
  },
});
