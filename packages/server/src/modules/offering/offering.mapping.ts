import { Label, Rel, type ServiceData } from '@schutznetz/domain';
import {
  computed,
  defineMapping,
  entriesOf,
  properties,
  recordOf,
  related,
  type Expression,
} from '../../compiler/mapping';
import { decodeOpeningHours, NODE_BOOKKEEPING, type NodeRecord } from '../../records';
import { ReferenceService } from '../reference/reference.service';

/** A service as stored, with its bookkeeping and the codes of what it links to. */
export type ServiceRecord = ServiceData & NodeRecord;

const { Institution, Region, Topic, TargetGroup } = Label;
const { OFFERS, ADDRESSES_TOPIC, SERVES_GROUP, SERVES_AREA } = Rel;

type V = { n: string };

const reference = new ReferenceService();

/** Codes of the taxonomy nodes a service links to over `rel`, sorted. */
const codes =
  (rel: string, label: string): Expression<V> =>
  (v, names) => {
    const code = names.fresh();
    return `COLLECT { MATCH (${v.n})-[:${rel}]->(${code}:${label}) RETURN ${code}.id ORDER BY ${code}.id }`;
  };

const topicCodes = codes(ADDRESSES_TOPIC, Topic);
const targetGroupCodes = codes(SERVES_GROUP, TargetGroup);
const areaCodes = codes(SERVES_AREA, Region);

/** Every read of a service projects the codes it links to, so they cost no extra round trip. */
export const serviceRecord = recordOf<V>(
  { variable: 'n' },
  {
    institutionId: (v, names) => {
      const offerer = names.fresh();
      return `head([(${offerer}:${Institution})-[:${OFFERS}]->(${v.n}) | ${offerer}.id])`;
    },
    topics: topicCodes,
    targetGroups: targetGroupCodes,
    area: areaCodes,
  },
);

type NullableField =
  | 'description'
  | 'minAge'
  | 'maxAge'
  | 'capacityTotal'
  | 'capacityFree'
  | 'capacityReportedAt'
  | 'boysMaxAge'
  // Services stored before interpreting was recorded hold none: false.
  | 'interpreting';

/** A service as the record's Cypher map holds it. */
export type ServiceRow = Omit<ServiceRecord, 'openingHours' | NullableField> &
  Partial<Pick<ServiceRecord, NullableField>> & { openingHours: string[] };

// Null properties are not stored: absent ones come back as null.
export function toService(row: ServiceRow): ServiceRecord {
  return {
    ...row,
    description: row.description ?? null,
    minAge: row.minAge ?? null,
    maxAge: row.maxAge ?? null,
    capacityTotal: row.capacityTotal ?? null,
    capacityFree: row.capacityFree ?? null,
    capacityReportedAt: row.capacityReportedAt ?? null,
    interpreting: row.interpreting ?? false,
    boysMaxAge: row.boysMaxAge ?? null,
    openingHours: decodeOpeningHours(row.openingHours),
  };
}

/** Service fields in Cypher for compiled reads (src/compiler). */
export const SERVICE_MAPPING = defineMapping<V>({
  type: 'Service',
  root: { n: 'n' },
  record: { cypher: serviceRecord, toRecord: toService },
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
      'boysMaxAge',
      ...NODE_BOOKKEEPING,
    ]),
    interpreting: computed(
      (v) => `coalesce(${v.n}.interpreting, false)`,
      (stored) => stored === true,
    ),
    openingHours: computed(
      (v) => `${v.n}.openingHours`,
      (stored) => decodeOpeningHours(stored as string[] | null),
    ),
    topics: computed(
      topicCodes,
      entriesOf((id) => reference.findTopic(id)),
    ),
    targetGroups: computed(
      targetGroupCodes,
      entriesOf((id) => reference.findTargetGroup(id)),
    ),
    area: computed(
      areaCodes,
      entriesOf((id) => reference.findRegion(id)),
    ),
    institution: related('Institution', false, (v, scope) => {
      const i = scope.fresh();
      return { match: `(${i}:${Institution})-[:${OFFERS}]->(${v.n})`, bind: { n: i } };
    }),
  },
});
